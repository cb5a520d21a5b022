/** Monte Carlo risk analysis (DOMAIN.md section 4); see createSimulation. */

export interface Percentiles {
  mean: number;
  p10: number;
  p50: number;
  p80: number;
  p90: number;
}

export interface OptionSimulation {
  optionId: string;
  npc: Percentiles;
  /** Null for the counterfactual, or when there is none. */
  npsv: Percentiles | null;
  probabilityCheapest: number | null;
}

export interface SimulationResult {
  options: OptionSimulation[];
}
