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

/**
 * The board paper's cover-sheet and strategic-case fields, stored on the appraisal and saved as
 * they are edited (one history entry per field).
 */
export function CoverFields({ appraisal }: { appraisal: Appraisal }) {
  const commands = useCommands();
  const paper = boardPaperOf(appraisal);
  const save = (patch: Partial<BoardPaper>, what: string) =>
    commands.appraisals.update(
      appraisal.id,
      (cur) => ({ ...cur, boardPaper: { ...boardPaperOf(cur), ...patch } }),
      `Changed the board paper's ${what}`,
    );
  return (
    <fieldset className="cover-fields">
      <legend>Cover sheet</legend>
      <div className="form-grid">
        <TextField
          label="Meeting"
          hint="e.g. Trust Board (public session)"
          value={paper.meeting}
          onCommit={(meeting) => save({ meeting }, 'meeting')}
        />
        <DateField
          label="Date of meeting"
          optional
          value={paper.meetingDate}
          onCommit={(meetingDate) => save({ meetingDate }, 'meeting date')}
        />
        <TextField
          label="Executive sponsor"
          value={paper.executiveSponsor}
          onCommit={(executiveSponsor) => save({ executiveSponsor }, 'executive sponsor')}
        />
        <SelectField
          label="Purpose"
          value={paper.purpose}
          options={BOARD_PURPOSES.map((p) => [p, BOARD_PURPOSE_LABELS[p]] as const)}
          onCommit={(purpose) => purpose && save({ purpose }, 'purpose')}
        />
        <SelectField
          label="Equality impact assessment"
          value={paper.eqia}
          options={IMPACT_ASSESSMENT_STATUSES.map((s) => [s, IMPACT_ASSESSMENT_STATUS_LABELS[s]] as const)}
          onCommit={(eqia) => eqia && save({ eqia }, 'equality impact assessment status')}
        />
        <SelectField
          label="Data protection impact assessment"
          value={paper.dpia}
          options={IMPACT_ASSESSMENT_STATUSES.map((s) => [s, IMPACT_ASSESSMENT_STATUS_LABELS[s]] as const)}
          onCommit={(dpia) => dpia && save({ dpia }, 'data protection impact assessment status')}
        />
      </div>
      <TextField
        label="Board assurance framework risks"
        hint="One per line, e.g. BAF 4: digital resilience"
        multiline
        value={paper.bafRisks}
        onCommit={(bafRisks) => save({ bafRisks }, 'BAF links')}
      />
      <TextField
        label="Previously considered by"
        hint="Committees and dates, e.g. Digital Board, 12 Oct 2026"
        multiline
        value={paper.previouslyConsidered}
        onCommit={(previouslyConsidered) => save({ previouslyConsidered }, 'previous consideration')}
      />
      <TextField
        label="Case for change"
        hint="Left empty, the paper states it from the contract's dates"
        multiline
        value={paper.caseForChange}
        onCommit={(caseForChange) => save({ caseForChange }, 'case for change')}
      />
      <TextField
        label="Spending objectives"
        hint="One per line"
        multiline
        value={paper.spendingObjectives}
        onCommit={(spendingObjectives) => save({ spendingObjectives }, 'spending objectives')}
      />
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
