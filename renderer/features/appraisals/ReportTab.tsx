import { ReportPreview } from '../../report/ReportPreview';
import type { AppraisalData } from './use-appraisal';

/** The Report tab; `autoExport` when File > Export decision report… brought the user here. */
export function ReportTab({ data, autoExport }: { data: AppraisalData; autoExport: boolean }) {
  return <ReportPreview data={data} autoExport={autoExport} />;
}
