import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { todayIso } from '@shared/dates';
import { href, useRoute } from '../ui/router';
import { useAppraisalRecords } from '../data';
import { appraiseRecords } from '../features/appraisals/use-appraisal';
import { buildReportModel, type ReportModel } from '@shared/presentation/report-model';
import { parseReportQuery, type ReportOptions } from './report-query';
import { reportSettled, setReportReady } from './report-ready';
import { REPORT_READY } from '@shared/ipc';
import { ReportView } from './ReportView';
import { describeError } from '@shared/storage-errors';
import { formatCount } from '@shared/format';
import { useReportSimulation } from './use-report-simulation';
import { handedReport, handoffKey, releaseHandedReport } from './report-handoff';

const MISSING = 'This appraisal no longer exists, so its report cannot be shown. It may have been deleted or undone.';

/**
 * `#/report/<appraisalId>?sections=…&author=…&status=draft|final&form=full|short&risk=1&print=1`: the
 * printable board paper, with no app chrome. When the Report tab of the same window has just built
 * this paper (the browser host's export), its model is handed over (report-handoff.ts) and printed
 * as it is. Otherwise (Electron's hidden print window, a reload) the route reads the records and
 * builds the model once (the engine runs once inside it); with `risk=1` it reproduces the risk
 * analysis from the stored seed (use-report-simulation.ts) before it says it is ready. Electron's
 * export loads it in a hidden window and prints once `data-report-ready` is "true"; in a browser it
 * is the page the print dialog prints. Without an appraisal (`#/report/`) it draws nothing: Electron's
 * print window waits there, with the app started, for the next export.
 */
export function ReportRoute() {
  const route = useRoute();
  const appraisalId = route.path[1] ?? '';
  const queryText = route.query.toString();
  const options = useMemo(() => parseReportQuery(new URLSearchParams(queryText)), [queryText]);
  const key = `${appraisalId}?${handoffKey(queryText)}`;
  const [handed] = useState(() => ({ key, model: handedReport(appraisalId, queryText) }));
  const handedModel = handed.key === key ? handed.model : null;
  useEffect(() => {
    if (handed.model) releaseHandedReport(handed.model);
  }, [handed]);

  // `#/report/` names no appraisal: the parked print window waits there between exports
  // (electron/ipc/report-window.ts), reading nothing and drawing nothing, and says nothing is ready.
  if (!appraisalId) return null;
  return handedModel ? (
    <ReportPage appraisalId={appraisalId} print={options.print} model={handedModel} failure={null} />
  ) : (
    <StoredReport appraisalId={appraisalId} options={options} />
  );
}

/** The paper built here from the stored records: the print window's path. */
function StoredReport({ appraisalId, options }: { appraisalId: string; options: ReturnType<typeof parseReportQuery> }) {
  const records = useAppraisalRecords(appraisalId);
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
        ...modelOptions(options),
      });
      return { model, error: null };
    } catch (error) {
      return { model: null, error: `The report could not be prepared: ${describeError(error)}` };
    }
  }, [records, options, waitingForRun, simulationResult]);
  const failure =
    records === null
      ? MISSING
      : simulation.state === 'failed'
        ? `The report could not be prepared: ${simulation.message}`
        : (built?.error ?? null);
  const waiting =
    simulation.state === 'running' ? (
      <>
        Reproducing the risk analysis for the paper: {formatCount(simulation.done)} of {formatCount(simulation.total)} iterations…{' '}
        <progress max={simulation.total} value={simulation.done} aria-label="Risk analysis progress" />
      </>
    ) : undefined;
  return <ReportPage appraisalId={appraisalId} print={options.print} model={built?.model ?? null} failure={failure} waiting={waiting} />;
}

/** The route's options as buildReportModel takes them (the author only when the query names one). */
function modelOptions(options: ReportOptions & { authorGiven?: boolean }) {
  return {
    sections: options.sections,
    author: options.authorGiven === false ? undefined : options.author,
    status: options.status,
    form: options.form,
  };
}

/** The paper, its failure or what it is waiting for; tells the print window when it may print. */
function ReportPage({
  appraisalId,
  print,
  model,
  failure,
  waiting,
}: {
  appraisalId: string;
  print: boolean;
  model: ReportModel | null;
  failure: string | null;
  waiting?: ReactNode;
}) {
  const root = useRef<HTMLElement>(null);
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
    reportSettled(root.current).then(
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
      {!print && (
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
      {!failure && !model && (
        <p className="report-route-message screen-only" role="status">
          {waiting ?? 'Preparing the decision report…'}
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
