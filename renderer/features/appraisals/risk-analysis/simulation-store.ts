import { useSyncExternalStore } from 'react';
import type { SimulationResult } from '@shared/engine/simulation';

/**
 * The last finished risk analysis of each appraisal, kept in memory for the session (a run takes a
 * second or two and is reproducible from the seed stored with the appraisal, so it is not written
 * to disk). Each result carries the fingerprint of the records it was run on: once they change, the
 * workspace stops showing it rather than show figures that no longer belong to the appraisal.
 */

export interface StoredRun {
  fingerprint: string;
  result: SimulationResult;
  /** When the run finished (ISO timestamp). */
  finishedAt: string;
  /** Wall-clock time the worker took. */
  ms: number;
}

const runs = new Map<string, StoredRun>();
const listeners = new Set<() => void>();

export const simulationStore = {
  get: (appraisalId: string): StoredRun | undefined => runs.get(appraisalId),
  set(appraisalId: string, run: StoredRun): void {
    runs.set(appraisalId, run);
    for (const l of listeners) l();
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useStoredRun(appraisalId: string): StoredRun | undefined {
  return useSyncExternalStore(simulationStore.subscribe, () => simulationStore.get(appraisalId));
}
