import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@shared/domain';
import { buildBenchAppraisal } from '../../../../test/support/bench-workload';
import { runSimulation } from '@shared/engine/simulation-input';
import { riskAnalysisOf } from './run-state';
import { simulationStore, type StoredRun } from './simulation-store';

const bench = buildBenchAppraisal();
const records = { ...bench, options: bench.options.slice(0, 2), settings: DEFAULT_SETTINGS };

describe('which run the workspace shows', () => {
  const first = riskAnalysisOf(records, undefined);
  const stored: StoredRun = {
    fingerprint: first.fingerprint,
    result: runSimulation(first.input),
    finishedAt: '2026-12-06T12:00:00Z',
    ms: 1,
  };

  it('none before a run; the run while the records are as it found them', () => {
    expect(first).toMatchObject({ run: undefined, stale: false });
    expect(riskAnalysisOf(records, stored)).toMatchObject({ run: stored, stale: false });
    const rescored = { ...records, options: records.options.map((o) => ({ ...o, scores: { c: 3 } })) };
    expect(riskAnalysisOf(rescored, stored).run).toBe(stored);
  });

  it('stale, and not shown, once an input the simulation reads has changed', () => {
    const line = records.costLines[0];
    const changed = { ...records, costLines: [{ ...line, amount: line.amount * 2 }, ...records.costLines.slice(1)] };
    expect(riskAnalysisOf(changed, stored)).toMatchObject({ run: undefined, stale: true });
  });

  it('the store keeps one run per appraisal and tells its subscribers', () => {
    let told = 0;
    const stop = simulationStore.subscribe(() => told++);
    simulationStore.set('appraisal-a', stored);
    expect(simulationStore.get('appraisal-a')).toBe(stored);
    expect(simulationStore.get('appraisal-b')).toBeUndefined();
    stop();
    simulationStore.set('appraisal-a', stored);
    expect(told).toBe(1);
  });
});
