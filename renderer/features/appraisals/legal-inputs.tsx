import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { isIsoDate } from '@shared/dates';
import type { Judgement } from '@shared/domain';
import { describeError } from '@shared/storage-errors';

/**
 * Inputs for the option's legal facts. They save as the user types — debounced, so a burst of keys is
 * one transaction and one history entry — and flush a pending save when they go away, so nothing
 * typed is lost by switching tab. A value that does not parse is shown with its message and not saved.
 */
const SAVE_DELAY_MS = 500;

type Save<T> = (value: T) => unknown;

function useDebounced<T>(value: T, save: Save<T>, delay = SAVE_DELAY_MS) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<string>();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef<{ value: T; save: Save<T> } | null>(null);
  if (!Object.is(seen, value)) {
    setSeen(value);
    if (!dirty) setDraft(value);
  }
  const run = (v: T, s: Save<T>) => {
    setError(undefined);
    Promise.resolve(s(v)).then(
      () => setDirty(false),
      (e: unknown) => setError(`Not saved: ${describeError(e)}.`),
    );
  };
  const change = (next: T, valid = true) => {
    setDraft(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    latest.current = null;
    if (!valid) return;
    setDirty(true);
    latest.current = { value: next, save };
    timer.current = setTimeout(() => {
      timer.current = null;
      latest.current = null;
      run(next, save);
    }, delay);
  };
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      const pending = latest.current;
      if (pending) void Promise.resolve(pending.save(pending.value)).catch(() => undefined);
    },
    [],
  );
  return { draft, change, error };
}

function Shell({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <div className="field">
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

const describedBy = (id: string, hint?: string, error?: string) =>
  [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;

export function LegalText({
  label,
  value,
  onSave,
  hint,
  multiline,
}: {
  label: string;
  value: string | undefined;
  onSave: Save<string | undefined>;
  hint?: string;
  multiline?: boolean;
}) {
  const id = useId();
  const { draft, change, error } = useDebounced<string | undefined>(value, onSave);
  const common = {
    id,
    value: draft ?? '',
    'aria-describedby': describedBy(id, hint, error),
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => change(e.target.value.trim() ? e.target.value : undefined),
  };
  return (
    <Shell id={id} label={label} hint={hint} error={error}>
      {multiline ? <textarea rows={2} {...common} /> : <input {...common} />}
    </Shell>
  );
}

/** Pounds: `£1,250,000`, `1250000` or empty (not recorded). */
export function LegalMoney({
  label,
  value,
  onSave,
  hint,
}: {
  label: string;
  value: number | undefined;
  onSave: Save<number | undefined>;
  hint?: string;
}) {
  const id = useId();
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const { change, error: saveError } = useDebounced<number | undefined>(value, onSave);
  const clean = text.replace(/[£,\s]/g, '');
  const n = Number(clean);
  const error = clean !== '' && !Number.isFinite(n) ? `'${text}' is not an amount in pounds` : saveError;
  return (
    <Shell id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        inputMode="decimal"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => {
          setText(e.target.value);
          const c = e.target.value.replace(/[£,\s]/g, '');
          change(c === '' ? undefined : Number(c), c === '' || Number.isFinite(Number(c)));
        }}
      />
    </Shell>
  );
}

export function LegalDate({
  label,
  value,
  onSave,
  hint,
}: {
  label: string;
  value: string | undefined;
  onSave: Save<string | undefined>;
  hint?: string;
}) {
  const id = useId();
  const { draft, change, error } = useDebounced<string | undefined>(value, onSave, 0);
  return (
    <Shell id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        type="date"
        value={draft ?? ''}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => change(e.target.value || undefined, e.target.value === '' || isIsoDate(e.target.value))}
      />
    </Shell>
  );
}

const JUDGEMENT_OPTIONS: ReadonlyArray<readonly [string, string]> = [
  ['', 'Not recorded'],
  ['yes', 'Yes'],
  ['no', 'No'],
  ['unknown', 'Not known yet'],
];

/** A recorded judgement: the app never assumes one, so "not recorded" stays distinct from "no". */
export function Judged({
  label,
  value,
  onSave,
  hint,
}: {
  label: string;
  value: Judgement | undefined;
  onSave: Save<Judgement | undefined>;
  hint?: string;
}) {
  return (
    <Choice
      label={label}
      value={value ?? ''}
      options={JUDGEMENT_OPTIONS}
      hint={hint}
      onSave={(v) => onSave((v || undefined) as Judgement | undefined)}
    />
  );
}

export function Choice({
  label,
  value,
  options,
  onSave,
  hint,
}: {
  label: string;
  value: string;
  options: ReadonlyArray<readonly [string, string]>;
  onSave: Save<string>;
  hint?: string;
}) {
  const id = useId();
  const { draft, change, error } = useDebounced<string>(value, onSave, 0);
  return (
    <Shell id={id} label={label} hint={hint} error={error}>
      <select id={id} value={draft} aria-describedby={describedBy(id, hint, error)} onChange={(e) => change(e.target.value)}>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </Shell>
  );
}

export function LegalCheckbox({ label, checked, onSave, hint }: { label: string; checked: boolean; onSave: Save<boolean>; hint?: string }) {
  const id = useId();
  const { draft, change, error } = useDebounced<boolean>(checked, onSave, 0);
  return (
    <div className="field checkbox">
      <label htmlFor={id}>
        <input id={id} type="checkbox" checked={draft} onChange={(e) => change(e.target.checked)} /> {label}
      </label>
      {hint && <span className="hint">{hint}</span>}
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
