import { useEffect, useMemo, useRef } from 'react';
import type { SimulationResult } from '@shared/engine/simulation';
import { rangeProblems } from '@shared/engine/simulation-input';
import type { AppraisalRecords } from '../data';
import { riskAnalysisOf } from '../features/appraisals/risk-analysis/run-state';
import { useStoredRun } from '../features/appraisals/risk-analysis/simulation-store';
import { useRiskAnalysis } from '../features/appraisals/risk-analysis/use-risk-analysis';

export type ReportSimulation =
  | { state: 'none' }
  | { state: 'running'; done: number; total: number }
  | { state: 'ready'; result: SimulationResult }
  | { state: 'failed'; message: string };

/**
 * The risk analysis a printed paper shows, when it asks for one: the run already made on these
 * records in this window (the browser prints in the app's own window), otherwise the same seeded run
 * again, in the same worker as the screen, so the paper's P50 and P80 are the screen's to the pound.
 * Electron prints in a fresh hidden window, which has no run of its own and always reproduces it.
 */
export function useReportSimulation(appraisalId: string, records: AppraisalRecords | null | undefined, wanted: boolean): ReportSimulation {
  const stored = useStoredRun(appraisalId);
  const analysis = useRiskAnalysis(appraisalId);
  const risk = useMemo(
    () =>
      wanted && records ? riskAnalysisOf({ ...records.bundle, contracts: records.contracts, settings: records.settings }, stored) : null,
    [wanted, records, stored],
  );
  const problems = useMemo(() => (risk ? rangeProblems(risk.input) : []), [risk]);
  // One attempt per set of records: a failed run is reported, not retried in a loop.
  const attempted = useRef<string | null>(null);
  const { run } = analysis;
  useEffect(() => {
    if (!risk || risk.run || problems.length > 0 || attempted.current === risk.fingerprint) return;
    attempted.current = risk.fingerprint;
    run(risk);
  }, [risk, problems, run]);

  if (!wanted) return { state: 'none' };
  if (risk?.run) return { state: 'ready', result: risk.run.result };
  if (problems.length > 0) return { state: 'failed', message: `The risk analysis cannot be reproduced: ${problems[0]}` };
  if (analysis.state.phase === 'failed') return { state: 'failed', message: analysis.state.message };
  if (analysis.state.phase === 'running') return { state: 'running', done: analysis.state.done, total: analysis.state.total };
  return { state: 'running', done: 0, total: risk?.input.appraisal.simulation.iterations ?? 0 };
}
