import { useCallback, useEffect, useRef, useState } from 'react';
import { formatCount, formatSeconds } from '@shared/format';
import type { FromRiskWorker, ToRiskWorker } from './risk-analysis-protocol';
import type { RiskAnalysisState } from './run-state';
import { simulationStore } from './simulation-store';

export type RunPhase =
  { phase: 'idle'; message?: string } | { phase: 'running'; done: number; total: number } | { phase: 'failed'; message: string };

/**
 * Drives one risk analysis in a worker. Cancel terminates it: the worker's half-finished iterations
 * go with it, the last result stays as it was, and nothing is written. Leaving the tab cancels too.
 */
export function useRiskAnalysis(appraisalId: string) {
  const [state, setState] = useState<RunPhase>({ phase: 'idle' });
  const worker = useRef<Worker | null>(null);
  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const run = (analysis: RiskAnalysisState) => {
    stop();
    const { input, fingerprint } = analysis;
    const total = input.appraisal.simulation.iterations;
    const w = new Worker(new URL('./risk-analysis.worker.ts', import.meta.url), { type: 'module', name: 'risk-analysis' });
    worker.current = w;
    setState({ phase: 'running', done: 0, total });
    w.onmessage = (event: MessageEvent<FromRiskWorker>) => {
      const msg = event.data;
      if (msg.type === 'progress') {
        setState({ phase: 'running', done: msg.done, total: msg.total });
        return;
      }
      stop();
      if (msg.type === 'done') {
        simulationStore.set(appraisalId, { fingerprint, result: msg.result, finishedAt: new Date().toISOString(), ms: msg.ms });
        setState({ phase: 'idle', message: `Ran ${formatCount(msg.result.iterations)} iterations in ${formatSeconds(msg.ms / 1000)}.` });
      } else setState({ phase: 'failed', message: msg.message });
    };
    w.onerror = (event) => {
      stop();
      setState({ phase: 'failed', message: `The risk analysis stopped unexpectedly: ${event.message}. Nothing was changed.` });
    };
    w.postMessage({ type: 'run', input } satisfies ToRiskWorker);
  };

  const cancel = () => {
    stop();
    setState({ phase: 'idle', message: 'Risk analysis cancelled: nothing was changed.' });
  };

  return { state, run, cancel };
}
