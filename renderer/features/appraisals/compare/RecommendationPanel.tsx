import { RECOMMENDATION_STATUSES, type Recommendation } from '@shared/domain';
import { useCommands } from '../../../data';
import { DateField, SelectField, TextField, labelledOptions } from '../../../ui/fields';
import { describeDeparture } from '@shared/presentation/summary';
import type { AppraisalData } from '../use-appraisal';

const STATUS_LABELS = { draft: 'Draft', 'for-review': 'For review', approved: 'Approved' } as const;

/** The chosen option and why; when it departs from the best score or lowest NPC it says so. */
export function RecommendationPanel({ data }: { data: AppraisalData }) {
  const commands = useCommands();
  const a = data.bundle.appraisal;
  const rec = a.recommendation;
  const save = (patch: Partial<Recommendation>, what: string) =>
    commands.appraisals.update(a.id, (cur) => ({ ...cur, recommendation: { ...cur.recommendation, ...patch } }), what);
  const departure = rec.optionId ? describeDeparture(data.result, rec.optionId, rec.reason) : null;

  return (
    <section aria-labelledby="recommendation-title" className="recommendation">
      <h2 id="recommendation-title">Recommendation</h2>
      <div className="form-grid">
        <SelectField
          label="Recommended option"
          value={rec.optionId}
          emptyLabel="Not yet chosen"
          options={data.bundle.options.map((o) => [o.id, o.name] as const)}
          onCommit={(optionId) => save({ optionId }, 'Changed the recommended option')}
        />
        <SelectField
          label="Status"
          value={rec.status}
          options={labelledOptions(RECOMMENDATION_STATUSES, STATUS_LABELS)}
          onCommit={(status) => status && save({ status }, `Set the recommendation to ${STATUS_LABELS[status]}`)}
        />
        <TextField label="By" value={rec.by ?? ''} onCommit={(by) => save({ by }, 'Changed who made the recommendation')} />
        <DateField label="On" optional value={rec.at} onCommit={(at) => save({ at }, 'Changed the recommendation date')} />
      </div>
      {departure && <p className="notice notice-warning">{departure.sentence}</p>}
      <TextField
        label="Reason"
        multiline
        value={rec.reason}
        required={departure !== null}
        onCommit={(reason) => save({ reason }, 'Changed the reason for the recommendation')}
      />
    </section>
  );
}
