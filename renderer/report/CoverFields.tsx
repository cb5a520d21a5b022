import {
  BOARD_PURPOSE_LABELS,
  BOARD_PURPOSES,
  boardPaperOf,
  IMPACT_ASSESSMENT_STATUS_LABELS,
  IMPACT_ASSESSMENT_STATUSES,
  OPTION_KIND_LABELS,
  OPTION_KINDS,
  type Appraisal,
  type BoardPaper,
} from '@shared/domain';
import { useCommands } from '../data';
import { DateField, SelectField, TextField } from '../ui/fields';

type PaperKey = keyof BoardPaper;

/** The free-text parts of the paper, in the order they appear; `what` names the change in the history. */
const PAPER_TEXTS: ReadonlyArray<{
  key: 'bafRisks' | 'previouslyConsidered' | 'caseForChange' | 'spendingObjectives';
  label: string;
  hint: string;
  what: string;
}> = [
  { key: 'bafRisks', label: 'Board assurance framework risks', hint: 'One per line, e.g. BAF 4: digital resilience', what: 'BAF links' },
  {
    key: 'previouslyConsidered',
    label: 'Previously considered by',
    hint: 'Committees and dates, e.g. Digital Board, 12 Oct 2026',
    what: 'previous consideration',
  },
  {
    key: 'caseForChange',
    label: 'Case for change',
    hint: "Left empty, the paper states it from the contract's dates",
    what: 'case for change',
  },
  { key: 'spendingObjectives', label: 'Spending objectives', hint: 'One per line', what: 'spending objectives' },
];

/** The two impact assessments the cover sheet reports the status of. */
const ASSESSMENTS: ReadonlyArray<{ key: 'eqia' | 'dpia'; label: string }> = [
  { key: 'eqia', label: 'Equality impact assessment' },
  { key: 'dpia', label: 'Data protection impact assessment' },
];
const ASSESSMENT_OPTIONS = IMPACT_ASSESSMENT_STATUSES.map((s) => [s, IMPACT_ASSESSMENT_STATUS_LABELS[s]] as const);

/** A select that always holds a value: its empty choice (none is offered) changes nothing. */
const chosen =
  <T,>(commit: (value: T) => unknown) =>
  (value: T | undefined) =>
    value !== undefined && commit(value);

/**
 * The board paper's cover-sheet and strategic-case fields, stored on the appraisal and saved as
 * they are edited (one history entry per field).
 */
export function CoverFields({ appraisal }: { appraisal: Appraisal }) {
  const commands = useCommands();
  const paper = boardPaperOf(appraisal);
  /** Saves one field of the paper, named in the change history by `what`. */
  const saveTo =
    <K extends PaperKey>(key: K, what: string) =>
    (value: BoardPaper[K]) =>
      commands.appraisals.update(
        appraisal.id,
        (cur) => ({ ...cur, boardPaper: { ...boardPaperOf(cur), [key]: value } }),
        `Changed the board paper's ${what}`,
      );
  return (
    <fieldset className="cover-fields">
      <legend>Cover sheet</legend>
      <div className="form-grid">
        <TextField label="Meeting" hint="e.g. Trust Board (public session)" value={paper.meeting} onCommit={saveTo('meeting', 'meeting')} />
        <DateField label="Date of meeting" optional value={paper.meetingDate} onCommit={saveTo('meetingDate', 'meeting date')} />
        <TextField label="Executive sponsor" value={paper.executiveSponsor} onCommit={saveTo('executiveSponsor', 'executive sponsor')} />
        <SelectField
          label="Purpose"
          value={paper.purpose}
          options={BOARD_PURPOSES.map((p) => [p, BOARD_PURPOSE_LABELS[p]] as const)}
          onCommit={chosen(saveTo('purpose', 'purpose'))}
        />
        {ASSESSMENTS.map(({ key, label }) => (
          <SelectField
            key={key}
            label={label}
            value={paper[key]}
            options={ASSESSMENT_OPTIONS}
            onCommit={chosen(saveTo(key, `${label.toLowerCase()} status`))}
          />
        ))}
      </div>
      {PAPER_TEXTS.map(({ key, label, hint, what }) => (
        <TextField key={key} label={label} hint={hint} multiline value={paper[key]} onCommit={saveTo(key, what)} />
      ))}
    </fieldset>
  );
}

/** Why each kind of option not on the short list was discounted (the economic case's long list). */
export function LongListFields({ appraisal, shortListed }: { appraisal: Appraisal; shortListed: ReadonlySet<string> }) {
  const commands = useCommands();
  const paper = boardPaperOf(appraisal);
  const discountedKinds = OPTION_KINDS.filter((k) => !shortListed.has(k));
  if (discountedKinds.length === 0) return null;
  return (
    <fieldset className="cover-fields">
      <legend>Long list: why these kinds of option were discounted</legend>
      {discountedKinds.map((kind) => (
        <TextField
          key={kind}
          label={OPTION_KIND_LABELS[kind]}
          multiline
          value={paper.discounted[kind] ?? ''}
          onCommit={(reason) =>
            commands.appraisals.update(
              appraisal.id,
              (cur) => {
                const current = boardPaperOf(cur);
                return { ...cur, boardPaper: { ...current, discounted: { ...current.discounted, [kind]: reason } } };
              },
              `Changed why '${OPTION_KIND_LABELS[kind]}' was discounted`,
            )
          }
        />
      ))}
    </fieldset>
  );
}
