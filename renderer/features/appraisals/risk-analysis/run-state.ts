import { simulationFingerprint, simulationInputOf, type SimulationRecords } from '@shared/engine/simulation-input';
import type { SimulationInput } from '@shared/engine/simulation';
import type { StoredRun } from './simulation-store';

/** The risk analysis as the workspace sees it: what a run would use, and the last run if it still fits. */
export interface RiskAnalysisState {
  input: SimulationInput;
  fingerprint: string;
  /** The last run, when it was made on the records as they are now. */
  run: StoredRun | undefined;
  /** A run exists but the records have changed since: its figures are no longer shown. */
  stale: boolean;
}

export function riskAnalysisOf(records: SimulationRecords, stored: StoredRun | undefined): RiskAnalysisState {
  const input = simulationInputOf(records);
  const fingerprint = simulationFingerprint(input);
  const fits = stored?.fingerprint === fingerprint;
  return { input, fingerprint, run: fits ? stored : undefined, stale: stored !== undefined && !fits };
}
