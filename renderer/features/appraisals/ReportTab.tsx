import { ReportPreview } from '../../report/ReportPreview';
import type { AppraisalData } from './use-appraisal';

/** The Report tab; File › Export (the report, Word or Excel) asks it to export at once. */
export function ReportTab({ data }: { data: AppraisalData }) {
  return <ReportPreview data={data} />;
}
