import { useEffect, useMemo, useRef, useState } from 'react';
import { todayIso } from '@shared/dates';
import { useDb } from '../app-context';
import { href, useRoute } from '../ui/router';
import { loadReportData, type ReportData } from './report-data';
import { buildReportModel } from './report-model';
import { parseReportQuery } from './report-query';
import { reportSettled, setReportReady } from './report-ready';
import { REPORT_READY } from '@shared/ipc';
import { ReportView } from './ReportView';
import { describeError } from '@shared/storage-errors';

type Load = { state: 'loading' } | { state: 'ready'; data: ReportData } | { state: 'error'; message: string };

/**
 * `#/report/<appraisalId>?sections=…&author=…&status=draft|final&print=1`: the printable decision
 * report, with no app chrome. Electron's export loads it in a hidden window and prints once
 * `data-report-ready` is "true"; in a browser it is the page the print dialog prints.
 */
export function ReportRoute() {
  const db = useDb();
  const route = useRoute();
  const appraisalId = route.path[1] ?? '';
  const queryText = route.query.toString();
  const options = useMemo(() => parseReportQuery(new URLSearchParams(queryText)), [queryText]);
  // Keyed by appraisal so a new id shows "loading" without resetting state inside an effect.
  const [loaded, setLoaded] = useState<{ id: string; load: Load }>({ id: '', load: { state: 'loading' } });
  const load: Load = useMemo(() => (loaded.id === appraisalId ? loaded.load : { state: 'loading' }), [loaded, appraisalId]);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let cancelled = false;
    setReportReady(REPORT_READY.pending);
    loadReportData(db, appraisalId).then(
      (data) => {
        performance.mark('report:data');
        if (!cancelled) setLoaded({ id: appraisalId, load: { state: 'ready', data } });
      },
      (error: unknown) => {
        if (!cancelled) setLoaded({ id: appraisalId, load: { state: 'error', message: describeError(error) } });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [db, appraisalId]);

  const built = useMemo(() => {
    if (load.state !== 'ready') return null;
    try {
      const model = buildReportModel({
        ...load.data,
        today: todayIso(),
        sections: options.sections,
        author: options.authorGiven ? options.author : undefined,
        status: options.status,
      });
      return { model, error: null };
    } catch (error) {
      return { model: null, error: `The report could not be prepared: ${describeError(error)}` };
    }
  }, [load, options]);
  const model = built?.model ?? null;
  const failure = load.state === 'error' ? load.message : (built?.error ?? null);

  useEffect(() => {
    if (model) document.title = model.documentTitle;
  }, [model]);

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

  useEffect(() => () => setReportReady(null), []);

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
