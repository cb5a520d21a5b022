import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { isIsoDate } from '@shared/dates';
import { codesOf } from '@shared/domain';
import { formatMoneyExact } from '@shared/format';
import { parseMoney } from '@shared/import/values';
import { describeError } from '@shared/storage-errors';
import { cancelEdit, clearJournalled, flushEdit, journalEdit, scheduleEdit, takeJournalled } from '../data';

/**
 * Autosaving inputs for the appraisal workspace. Each keeps a local draft while the user types and
 * saves it a moment after they stop (and at once on blur or Enter), so a pause is one transaction
 * and one history entry, not one per key. What is typed is never lost: a waiting edit is journalled
 * as it is typed and flushed before close, print and export (renderer/data/pending-edits.ts).
 * An invalid value is shown with its message and never saved.
 */

/** What an onCommit may return: saving is asynchronous, and may fail. */
type Commit<T> = (value: T) => unknown;

/**
 * Runs a save and keeps its failure to show beside the field: an edit that could not be stored
 * (disk full, record deleted meanwhile) must say so rather than look saved.
 */
function useSave() {
  const [saveError, setSaveError] = useState<string>();
  const run = (result: unknown) => {
    setSaveError(undefined);
    Promise.resolve(result).catch((error: unknown) => setSaveError(`Not saved: ${describeError(error)}.`));
  };
  return [saveError, run] as const;
}

interface BaseProps {
  label: string;
  hint?: string;
  className?: string;
}

function FieldShell({ id, label, hint, error, children, className }: BaseProps & { id: string; error?: string; children: ReactNode }) {
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

/** Ties an input to the hint and error its FieldShell shows, so a screen reader reads them with it. */
function describedBy(id: string, hint: string | undefined, error: string | undefined) {
  return {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined,
  } as const;
}

/**
 * A local draft that starts again from the saved value whenever that value changes underneath it,
 * except when the change is our own save landing while the user kept typing.
 */
function useDraft(value: string) {
  const [state, setState] = useState({ value, draft: value, sent: undefined as string | undefined });
  const echo = state.value !== value && value === state.sent;
  if (state.value !== value) setState({ value, draft: echo ? state.draft : value, sent: undefined });
  const setDraft = (draft: string) => setState((s) => ({ ...s, draft }));
  const markSent = (sent: string) => setState((s) => ({ ...s, sent }));
  return [state.value !== value && !echo ? value : state.draft, setDraft, markSent] as const;
}

/**
 * Saves a field's draft as the user types (debounced), journals it until the save lands, and
 * replays a journalled draft left by a page that closed before its save landed.
 *
 * The journal names a field by what survives a reload: the route, its label and the saved value it
 * was typed over. (React's ids depend on what else rendered first, so they do not.) Two fields with
 * the same label on one screen holding the same value cannot be told apart; the first to appear
 * takes the draft, which is why the replay happens only if the value is still exactly the base.
 */
function useAutosave(label: string, saved: string, persist: (draft: string) => unknown) {
  const key = useId();
  const journalKey = `${window.location.hash}|${label}|${saved}`;
  const [saveError, run] = useSave();

  const schedule = (draft: string, valid: boolean, delayMs?: number) => {
    if (!valid || draft === saved) {
      cancelEdit(key);
      clearJournalled(journalKey);
      return;
    }
    journalEdit(journalKey, { base: saved, draft });
    scheduleEdit(
      key,
      () => {
        const result = Promise.resolve(persist(draft)).then(() => clearJournalled(journalKey, draft));
        run(result);
        return result;
      },
      delayMs,
    );
  };
  // A field that goes away (tab changed, row deleted) writes what it was waiting to write.
  useEffect(() => () => void flushEdit(key).catch(() => undefined), [key]);
  return { journalKey, saveError, schedule, flush: () => void flushEdit(key).catch(() => undefined) };
}

/** On mount, the draft a closed page left unsaved (if its record still holds what it was typed over). */
function useJournalReplay(journalKey: string, saved: string, replay: (draft: string) => void) {
  const once = useRef(false);
  useEffect(() => {
    if (once.current) return;
    once.current = true;
    const draft = takeJournalled(journalKey, saved);
    if (draft !== undefined) replay(draft);
  });
}

interface TextProps extends BaseProps {
  value: string;
  onCommit: Commit<string>;
  multiline?: boolean;
  required?: boolean;
}

export function TextField({ value, onCommit, multiline, required, ...base }: TextProps) {
  const id = useId();
  const [draft, setDraft, markSent] = useDraft(value);
  const autosave = useAutosave(base.label, value, (next) => {
    markSent(next);
    return onCommit(next);
  });
  const invalid = (v: string) => (required && !v.trim() ? `${base.label} is required` : undefined);
  const error = invalid(draft) ?? autosave.saveError;
  const change = (next: string, delayMs?: number) => {
    setDraft(next);
    autosave.schedule(next, !invalid(next), delayMs);
  };
  useJournalReplay(autosave.journalKey, value, (journalled) => {
    change(journalled, 0);
  });
  const commit = autosave.flush;
  const common = { id, value: draft, ...describedBy(id, base.hint, error), onBlur: commit };
  return (
    <FieldShell id={id} error={error} {...base}>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => change(e.target.value)} />
      ) : (
        <input
          {...common}
          onChange={(e) => change(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
          }}
        />
      )}
    </FieldShell>
  );
}

/** Free text the record keeps only when it says something: a blank field is saved as not recorded. */
export function NoteField({
  value,
  onCommit,
  ...rest
}: Omit<TextProps, 'value' | 'onCommit' | 'required'> & { value: string | undefined; onCommit: Commit<string | undefined> }) {
  return <TextField {...rest} value={value ?? ''} onCommit={(next) => onCommit(next.trim() ? next : undefined)} />;
}

interface NumberProps extends BaseProps {
  value: number | undefined;
  onCommit: Commit<number | undefined>;
  min?: number;
  max?: number;
  integer?: boolean;
  optional?: boolean;
  /** Shown and typed as a percentage; stored as the given scale (1 = the number itself). */
  scale?: number;
  /** A sum of pounds, read by the importer's parser so it takes what a register may hold: £1.2m, £450k, (1,234). */
  money?: boolean;
}

/** What was typed as a number, or why it cannot be read; blank is undefined. */
function readNumber(typed: string, money: boolean | undefined): { value: number | undefined } | { error: string } {
  if (typed.trim() === '') return { value: undefined };
  if (money) {
    const parsed = parseMoney(typed);
    return parsed.ok ? { value: parsed.value } : { error: parsed.reason };
  }
  const n = Number(typed.replace(/[£,\s]/g, ''));
  return Number.isFinite(n) ? { value: n } : { error: `'${typed}' is not a number` };
}

export function NumberField({ value, onCommit, min, max, integer, optional, scale = 1, money, ...base }: NumberProps) {
  const id = useId();
  const shown = value === undefined ? '' : String(+(value * scale).toPrecision(12));
  const [draft, setDraft, markSent] = useDraft(shown);
  const invalid = (d: string): string | undefined => {
    const read = readNumber(d, money);
    if ('error' in read) return read.error;
    const n = read.value;
    if (n === undefined) return optional ? undefined : `${base.label} is required`;
    if (integer && !Number.isInteger(n)) return `${base.label} must be a whole number`;
    const bound = (limit: number) => (money ? formatMoneyExact(limit) : String(limit));
    if (min !== undefined && n < min) return `${base.label} must be at least ${bound(min)}`;
    if (max !== undefined && n > max) return `${base.label} must be at most ${bound(max)}`;
    return undefined;
  };
  const autosave = useAutosave(base.label, shown, (next) => {
    markSent(next);
    const read = readNumber(next, money);
    return onCommit('value' in read && read.value !== undefined ? read.value / scale : undefined);
  });
  const error = invalid(draft) ?? autosave.saveError;
  const change = (next: string, delayMs?: number) => {
    setDraft(next);
    autosave.schedule(next, !invalid(next), delayMs);
  };
  useJournalReplay(autosave.journalKey, shown, (journalled) => change(journalled, 0));
  const commit = autosave.flush;
  return (
    <FieldShell id={id} error={error} {...base}>
      <input
        id={id}
        inputMode="decimal"
        value={draft}
        {...describedBy(id, base.hint, error)}
        onChange={(e) => change(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    </FieldShell>
  );
}

/** One row of a table of number fields: the key of the record it edits, and how the field reads and checks it. */
export type NumberFieldSpec<K extends string> = { key: K } & Pick<NumberProps, 'label' | 'hint' | 'min' | 'max' | 'integer' | 'scale'>;

/**
 * The number fields of one record, from a table, in its order; none may be left blank, so each
 * commits its own key only with a number.
 */
export function NumberFields<K extends string>({
  fields,
  values,
  onCommit,
}: {
  fields: readonly NumberFieldSpec<K>[];
  values: Readonly<Record<K, number>>;
  onCommit: (key: K, value: number) => unknown;
}) {
  return fields.map(({ key, ...field }) => (
    <NumberField key={key} {...field} value={values[key]} onCommit={(value) => value !== undefined && onCommit(key, value)} />
  ));
}

interface DateProps extends BaseProps {
  value: string | undefined;
  onCommit: Commit<string | undefined>;
  optional?: boolean;
}

/** A date input only holds a value once the date is complete, so it saves on change, like a select. */
export function DateField({ value, onCommit, optional, ...base }: DateProps) {
  const id = useId();
  const [draft, setDraft] = useDraft(value ?? '');
  const errorFor = (v: string) =>
    v === '' ? (optional ? undefined : `${base.label} is required`) : isIsoDate(v) ? undefined : `'${v}' is not a real date`;
  const [saveError, save] = useSave();
  const error = errorFor(draft) ?? saveError;
  const change = (next: string) => {
    setDraft(next);
    if (!errorFor(next) && next !== (value ?? '')) save(onCommit(next || undefined));
  };
  return (
    <FieldShell id={id} error={error} {...base}>
      <input id={id} type="date" value={draft} {...describedBy(id, base.hint, error)} onChange={(e) => change(e.target.value)} />
    </FieldShell>
  );
}

interface SelectProps<T extends string> extends BaseProps {
  value: T | undefined;
  options: ReadonlyArray<readonly [T, string]>;
  onCommit: Commit<T | undefined>;
  emptyLabel?: string;
}

/** Selects save as soon as they change: there is no half-typed state to protect. */
export function SelectField<T extends string>({ value, options, onCommit, emptyLabel, ...base }: SelectProps<T>) {
  const id = useId();
  const [saveError, save] = useSave();
  return (
    <FieldShell id={id} error={saveError} {...base}>
      <select id={id} value={value ?? ''} onChange={(e) => save(onCommit((e.target.value || undefined) as T | undefined))}>
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        <OptionList options={options} />
      </select>
    </FieldShell>
  );
}

/**
 * A required choice from one of the closed vocabularies (shared/domain/enums.ts): its codes in the
 * label table's order, each shown by its label. There is no blank to pick, so it commits only a code.
 */
export function ChoiceField<T extends string>({
  labels,
  onCommit,
  ...rest
}: BaseProps & { value: T; labels: Readonly<Record<T, string>>; onCommit: Commit<T> }) {
  return (
    <SelectField {...rest} options={labelledOptions(codesOf(labels), labels)} onCommit={(code) => code !== undefined && onCommit(code)} />
  );
}

export function CheckboxField({
  label,
  checked,
  onCommit,
  hint,
}: {
  label: string;
  checked: boolean;
  onCommit: Commit<boolean>;
  hint?: string;
}) {
  const id = useId();
  const [saveError, save] = useSave();
  return (
    <div className="field checkbox">
      <label htmlFor={id}>
        <input id={id} type="checkbox" checked={checked} onChange={(e) => save(onCommit(e.target.checked))} /> {label}
      </label>
      {hint && <span className="hint">{hint}</span>}
      {saveError && (
        <span className="error" role="alert">
          {saveError}
        </span>
      )}
    </div>
  );
}

/** A plain labelled select for choosing what to look at (not a saved value). */
export function PickerSelect({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: ReadonlyArray<readonly [string, string]>;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="field-inline">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <OptionList options={options} />
      </select>
    </div>
  );
}

/** A select's options from a list of codes and the label of each, in the list's order. */
export function labelledOptions<T extends string>(codes: readonly T[], labels: Readonly<Record<T, string>>) {
  return codes.map((code) => [code, labels[code]] as const);
}

/** The `<option>`s of a select, from [value, label] pairs. */
export function OptionList({ options }: { options: ReadonlyArray<readonly [string, string]> }) {
  return options.map(([v, l]) => (
    <option key={v} value={v}>
      {l}
    </option>
  ));
}

/**
 * For a form whose onChange takes an updater of the whole record: `set('key')` is the onCommit of the
 * field that edits that one key.
 */
export function setterOf<R>(onChange: (update: (current: R) => R) => unknown) {
  return <K extends keyof R>(key: K) =>
    (value: R[K]) =>
      onChange((current) => ({ ...current, [key]: value }));
}
