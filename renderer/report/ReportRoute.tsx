import { useEffect, useMemo, useRef } from 'react';
import { todayIso } from '@shared/dates';
import { href, useRoute } from '../ui/router';
import { useAppraisalRecords } from '../data';
import { appraiseRecords } from '../features/appraisals/use-appraisal';
import { buildReportModel } from '@shared/presentation/report-model';
import { parseReportQuery } from './report-query';
import { reportSettled, setReportReady } from './report-ready';
import { REPORT_READY } from '@shared/ipc';
import { ReportView } from './ReportView';
import { describeError } from '@shared/storage-errors';
import { formatCount } from '@shared/format';
import { useReportSimulation } from './use-report-simulation';

const MISSING = 'This appraisal no longer exists, so its report cannot be shown. It may have been deleted or undone.';

/**
 * `#/report/<appraisalId>?sections=…&author=…&status=draft|final&form=full|short&risk=1&print=1`: the
 * printable board paper, with no app chrome. With `risk=1` it includes the risk analysis, reproduced
 * from the stored seed (use-report-simulation.ts) before the report says it is ready. The model is built once per route (the engine runs
 * once inside it). Electron's export loads it in a hidden window and prints once
 * `data-report-ready` is "true"; in a browser it is the page the print dialog prints.
 */
export function ReportRoute() {
  const route = useRoute();
  const appraisalId = route.path[1] ?? '';
  const queryText = route.query.toString();
  const options = useMemo(() => parseReportQuery(new URLSearchParams(queryText)), [queryText]);
  const records = useAppraisalRecords(appraisalId);
  const root = useRef<HTMLDivElement>(null);
  const simulation = useReportSimulation(appraisalId, records, options.risk);
  const simulationResult = simulation.state === 'ready' ? simulation.result : undefined;
  const waitingForRun = simulation.state === 'running';
  const hasRecords = Boolean(records);
  useEffect(() => {
    if (hasRecords) performance.mark('report:data');
  }, [hasRecords]);

  const built = useMemo(() => {
    if (!records || waitingForRun) return null;
    const today = todayIso();
    try {
      const model = buildReportModel({
        ...records.bundle,
        contracts: records.contracts,
        result: appraiseRecords(records, today, simulationResult),
        simulation: simulationResult,
        settings: records.settings,
        today,
        sections: options.sections,
        author: options.authorGiven ? options.author : undefined,
        status: options.status,
        form: options.form,
      });
      return { model, error: null };
    } catch (error) {
      return { model: null, error: `The report could not be prepared: ${describeError(error)}` };
    }
  }, [records, options, waitingForRun, simulationResult]);
  const model = built?.model ?? null;
  const failure =
    records === null
      ? MISSING
      : simulation.state === 'failed'
        ? `The report could not be prepared: ${simulation.message}`
        : (built?.error ?? null);

  useEffect(() => {
    if (model) document.title = model.documentTitle;
  }, [model]);

  // Not ready until this appraisal's report has settled; cleared when the route goes.
  useEffect(() => {
    setReportReady(REPORT_READY.pending);
    return () => setReportReady(null);
  }, [appraisalId]);

  useEffect(() => {
    if (failure) {
      setReportReady(REPORT_READY.failed);
      return undefined;
    }
    if (!model || !root.current) return undefined;
    let cancelled = false;
    // Marks for the PDF benchmark: data read → model built and first render committed → ready.
    performance.mark('report:rendered');
    reportSettled().then(
      () => {
        performance.mark('report:ready');
        if (!cancelled) setReportReady(REPORT_READY.ready);
      },
      () => {
        if (!cancelled) setReportReady(REPORT_READY.failed);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [model, failure]);

  return (
    <div className="report-route">
      {!options.print && (
        <div className="report-toolbar">
          <a href={href('appraisals', appraisalId)}>Back to the appraisal</a>
          <button type="button" className="primary" onClick={() => window.print()} disabled={!model}>
            Print or save as PDF…
          </button>
        </div>
      )}
      {failure && (
        <main className="report-route-message">
          <h1>The decision report cannot be shown</h1>
          <p role="alert">{failure}</p>
        </main>
      )}
      {!failure && !model && simulation.state === 'running' && (
        <p className="report-route-message screen-only" role="status">
          Reproducing the risk analysis for the paper: {formatCount(simulation.done)} of {formatCount(simulation.total)} iterations…{' '}
          <progress max={simulation.total} value={simulation.done} aria-label="Risk analysis progress" />
        </p>
      )}
      {!failure && !model && simulation.state !== 'running' && (
        <p className="report-route-message screen-only" role="status">
          Preparing the decision report…
        </p>
      )}
      {model && (
        <main ref={root}>
          <ReportView model={model} />
        </main>
      )}
    </div>
  );
}
