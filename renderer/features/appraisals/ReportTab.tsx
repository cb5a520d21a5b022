import type { ReportExportKind } from '../../report/report-query';
import { ReportPreview } from '../../report/ReportPreview';
import type { AppraisalData } from './use-appraisal';

/** The Report tab; `autoExport` when File › Export (the report, Word or Excel) brought the user here. */
export function ReportTab({ data, autoExport }: { data: AppraisalData; autoExport: ReportExportKind | null }) {
  return <ReportPreview data={data} autoExport={autoExport} />;
}
