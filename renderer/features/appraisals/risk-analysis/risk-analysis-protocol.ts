import type { SimulationInput, SimulationResult } from '@shared/engine/simulation';

/** Messages between the Risk analysis tab and its worker, which runs the Monte Carlo simulation. */
export type ToRiskWorker = { type: 'run'; input: SimulationInput };

export type FromRiskWorker =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: SimulationResult; ms: number }
  | { type: 'error'; message: string };
