import { useMemo } from 'react';
import { timelineModel } from '@shared/presentation/timeline';
import { DatesTimeline } from '../../../ui/charts/DatesTimeline';
import type { AppraisalData } from '../use-appraisal';

/** Each option's procurement, implementation and hosting dates against the current contract's deadlines. */
export function OptionsTimeline({ data }: { data: AppraisalData }) {
  const model = useMemo(
    () => timelineModel({ options: data.bundle.options, contracts: data.contracts, settings: data.settings, today: data.today }),
    [data.bundle.options, data.contracts, data.settings, data.today],
  );
  return <DatesTimeline {...model} title="Key dates by option" width={960} />;
}
