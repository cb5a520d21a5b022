import { useState } from 'react';
import { valueChoices } from '@shared/import/enum-values';
import type { HeaderRowChoice } from '@shared/import/header-detect';
import type { ImportIssue, ImportWarning } from '@shared/import/issues';
import { describeUnrecognised, type UnrecognisedColumn } from '@shared/import/unrecognised';
import { countOf, formatCount } from '@shared/format';
import { OptionList } from '../../ui/fields';

type ValueMappings = Record<string, Record<string, string>>;

/** A select value meaning "not answered yet": the value stays unrecognised and keeps its warning. */
const UNANSWERED = '\u0000unanswered';

/**
 * "Header row": lets the user say which row holds the column names when the detected one is wrong
 * (title rows above the header, or a header the importer did not recognise).
 */
export function HeaderRowChooser({
  choices,
  rowNumber,
  onChoose,
}: {
  choices: HeaderRowChoice[];
  rowNumber: number | undefined;
  onChoose: (index: number) => void;
}) {
  if (choices.length === 0) return null;
  const current = rowNumber !== undefined ? rowNumber - 1 : choices[0].index;
  return (
    <label className="field-inline">
      <span>Header row</span>
      <select value={current} onChange={(e) => onChoose(Number(e.target.value))}>
        {!choices.some((c) => c.index === current) && <option value={current}>Row {current + 1}</option>}
        <OptionList options={choices.map((c) => [String(c.index), c.label] as const)} />
      </select>
    </label>
  );
}

/**
 * Values the app did not recognise, grouped per column: one select per value to say what it means, or
 * to leave the field blank. The answers are remembered with the column layout when the import is saved.
 */
export function UnrecognisedValues({
  groups,
  answers,
  onApply,
}: {
  groups: UnrecognisedColumn[];
  answers: ValueMappings;
  onApply: (answers: ValueMappings) => void;
}) {
  const [draft, setDraft] = useState<ValueMappings>({});
  if (groups.length === 0) return null;
  const changed = Object.values(draft).some((values) => Object.keys(values).length > 0);
  const set = (column: string, value: string, code: string) => {
    const forColumn = { ...(draft[column] ?? {}) };
    if (code === UNANSWERED) delete forColumn[value];
    else forColumn[value] = code;
    setDraft({ ...draft, [column]: forColumn });
  };
  const apply = () => {
    const merged: ValueMappings = { ...answers };
    for (const [column, values] of Object.entries(draft)) merged[column] = { ...(merged[column] ?? {}), ...values };
    onApply(merged);
  };

  return (
    <section aria-labelledby="import-unrecognised">
      <h3 id="import-unrecognised">Values the app does not recognise</h3>
      <p>These rows will still be imported. Say what each value means, or leave the field blank.</p>
      {groups.map((group) => {
        const choices = valueChoices(group.field) ?? [];
        return (
          <fieldset key={group.column}>
            <legend>{describeUnrecognised(group)}</legend>
            {group.values.map(({ value, rows }) => (
              <label key={value} className="field-inline">
                <span>
                  {value} ({countOf(rows, 'row')})
                </span>
                <select
                  aria-label={`What '${value}' in ${group.column} means`}
                  value={draft[group.column]?.[value] ?? UNANSWERED}
                  onChange={(e) => set(group.column, value, e.target.value)}
                >
                  <option value={UNANSWERED}>Not chosen (left blank, with a warning)</option>
                  <option value="">Leave it blank</option>
                  <OptionList options={choices.map((c) => [c.value, c.label] as const)} />
                </select>
              </label>
            ))}
          </fieldset>
        );
      })}
      <button type="button" disabled={!changed} onClick={apply}>
        Apply these answers
      </button>
    </section>
  );
}

/** Cells left blank in rows that are imported, each named by row, column and value. */
export function ImportWarnings({ fileName, warnings, count }: { fileName: string; warnings: ImportWarning[]; count: number }) {
  if (count === 0) return null;
  return (
    <section aria-labelledby="import-warnings">
      <h3 id="import-warnings">
        Imported with a field left blank: {countOf(count, 'cell')} in {fileName}
      </h3>
      <IssueTable issues={warnings} count={count} label="Cells left blank" lastColumn="What happened" />
    </section>
  );
}

/** Issues (or warnings) by row, column and value, scrolling, with how many more there are past the cap. */
export function IssueTable({
  issues,
  count,
  label,
  lastColumn,
}: {
  issues: ImportIssue[];
  count: number;
  label: string;
  lastColumn: string;
}) {
  return (
    <div className="scroll-box" tabIndex={0} role="region" aria-label={label}>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Column</th>
            <th scope="col">Value</th>
            <th scope="col">{lastColumn}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, i) => (
            <tr key={i}>
              <td className="numeric">{issue.row}</td>
              <td>{issue.column || '—'}</td>
              <td>{issue.value || '(empty)'}</td>
              <td>{issue.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {count > issues.length && <p>…and {formatCount(count - issues.length)} more.</p>}
    </div>
  );
}
