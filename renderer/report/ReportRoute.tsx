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

const MISSING = 'This appraisal no longer exists, so its report cannot be shown. It may have been deleted or undone.';

/**
 * `#/report/<appraisalId>?sections=…&author=…&status=draft|final&print=1`: the printable decision
 * report, with no app chrome. Electron's export loads it in a hidden window and prints once
 * `data-report-ready` is "true"; in a browser it is the page the print dialog prints.
 */
export function ReportRoute() {
  const route = useRoute();
  const appraisalId = route.path[1] ?? '';
  const queryText = route.query.toString();
  const options = useMemo(() => parseReportQuery(new URLSearchParams(queryText)), [queryText]);
  const records = useAppraisalRecords(appraisalId);
  const root = useRef<HTMLDivElement>(null);
  const hasRecords = Boolean(records);
  useEffect(() => {
    if (hasRecords) performance.mark('report:data');
  }, [hasRecords]);

  const built = useMemo(() => {
    if (!records) return null;
    const today = todayIso();
    try {
      const model = buildReportModel({
        ...records.bundle,
        contracts: records.contracts,
        result: appraiseRecords(records, today),
        settings: records.settings,
        today,
        sections: options.sections,
        author: options.authorGiven ? options.author : undefined,
        status: options.status,
      });
      return { model, error: null };
    } catch (error) {
      return { model: null, error: `The report could not be prepared: ${describeError(error)}` };
    }
  }, [records, options]);
  const model = built?.model ?? null;
  const failure = records === null ? MISSING : (built?.error ?? null);

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
    const node = root.current;
    // Marks for the PDF benchmark: data read → first render committed → charts settled.
    performance.mark('report:rendered');
    reportSettled(node).then(
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
      {!failure && !model && (
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
