import type { ReportModel } from '@shared/presentation/report-model';

/**
 * The model the Report tab has already built, handed to the print route in the same window (the
 * browser host's export opens the route in the app's own tab). The route then renders it at once
 * instead of reading the database and running the engine a second time (issue 16: report data
 * computed once). It is taken once, and only for the same appraisal and the same report options, so
 * a later visit to the route (Back, Forward, a reload) builds the paper from the stored records again.
 */

interface Handed {
  appraisalId: string;
  query: string;
  model: ReportModel;
}

let handed: Handed | null = null;

/** The route's options without `print=1`, in one order, so the tab's query and the route's compare equal. */
export function handoffKey(query: string): string {
  const params = new URLSearchParams(query);
  params.delete('print');
  params.sort();
  return params.toString();
}

export function handReportOver(appraisalId: string, query: string, model: ReportModel): void {
  handed = { appraisalId, query: handoffKey(query), model };
}

/** The handed model if it is for this appraisal and these options (read during render). */
export function handedReport(appraisalId: string, query: string): ReportModel | null {
  return handed && handed.appraisalId === appraisalId && handed.query === handoffKey(query) ? handed.model : null;
}

/** Called once the route has shown the handed model (from an effect), so no later visit reuses it. */
export function releaseHandedReport(model: ReportModel): void {
  if (handed?.model === model) handed = null;
}
