import { ReportPreview } from '../../report/ReportPreview';
import type { AppraisalData } from './use-appraisal';

export function ReportTab({ data }: { data: AppraisalData }) {
  return <ReportPreview appraisalId={data.bundle.appraisal.id} />;
}
