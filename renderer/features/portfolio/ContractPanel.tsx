import { useId, useState } from 'react';
import type { Contract } from '@shared/domain';
import { describeError } from '@shared/storage-errors';
import { useCommands, useContractHistory } from '../../data';
import { daysBetween, todayIso } from '@shared/dates';
import { href } from '../../ui/router';
import { formatDate, formatDaysAway, formatTimestamp } from '@shared/format';
import { changeLine } from '@shared/presentation/change-history';
import { FIELD_GROUPS, fromDraft, toDraft, type FieldSpec } from './contract-form';
import { KpiRatings } from './KpiRatings';
import { useContractAutosave } from './use-contract-autosave';
import type { RegisterRow } from './register-model';
import { useSampleImportGate } from '../settings/sample/SampleImportGate';

interface Props {
  row: RegisterRow | null;
  /** A new contract is being added when row is null. */
  onClose: () => void;
  /** A new contract was added, or an edit changed the contract's reference. */
  onSaved: (reference: string) => void;
  /** Deletes the contract as stored; false when it could not be deleted (the screen says why). */
  onDelete: (contract: Contract) => Promise<boolean>;
  onOpenLinked: (reference: string) => void;
  /** Whether a reference is in the register (asked for a few references, so no index of 100,000 is built). */
  existingRefs: Pick<ReadonlySet<string>, 'has'>;
}

interface FieldProps {
  spec: FieldSpec;
  value: string;
  error?: string;
  onChange: (v: string) => void;
  /** Blur or Enter: write what was typed now rather than after the pause. */
  onCommit: () => void;
}

function Field({ spec, value, error, onChange, onCommit }: FieldProps) {
  const id = useId();
  const describedBy = [spec.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    'aria-required': spec.required,
    onBlur: onCommit,
  };
  let input;
  switch (spec.kind) {
    case 'textarea':
      input = <textarea {...common} rows={3} value={value} onChange={(e) => onChange(e.target.value)} />;
      break;
    case 'select':
      input = (
        <select
          {...common}
          value={value}
          onChange={(e) => {
            onChange(e.target.value);
            onCommit(); // a choice has no half-typed state to wait for
          }}
        >
          {!spec.required && <option value="">Not recorded</option>}
          {spec.options?.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      );
      break;
    case 'boolean':
      return (
        <div className="field checkbox">
          <label htmlFor={id}>
            <input
              id={id}
              type="checkbox"
              checked={value === 'true'}
              onChange={(e) => {
                onChange(String(e.target.checked));
                onCommit();
              }}
            />{' '}
            {spec.label}
          </label>
        </div>
      );
    default:
      input = (
        <input
          {...common}
          type={spec.kind === 'date' ? 'date' : 'text'}
          inputMode={spec.kind === 'money' || spec.kind === 'integer' ? 'decimal' : undefined}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault(); // Enter writes the field; it does not submit the form
              onCommit();
            }
          }}
        />
      );
  }
  return (
    <div className="field">
      <label htmlFor={id}>
        {spec.label}
        {spec.required ? ' (required)' : ''}
      </label>
      {input}
      {spec.hint && (
        <span id={`${id}-hint`} className="hint">
          {spec.hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="error">
          {spec.label} {error}
        </span>
      )}
    </div>
  );
}

const BLANK: Partial<Contract> = { category: 'other', contractingModel: 'direct', status: 'active', extensionOptions: [] };

/**
 * Side panel: key dates, every field editable with validation, linked contracts, history. A contract
 * in the register saves as the user types (use-contract-autosave.ts); a new one is added with "Add
 * contract" once its required fields are valid, and from then on saves as typed (docs/ux.md).
 */
export function ContractPanel({ row, onClose, onSaved, onDelete, onOpenLinked, existingRefs }: Props) {
  const commands = useCommands();
  const sampleGate = useSampleImportGate();
  const autosave = useContractAutosave({ contract: row?.contract, isTaken: (ref) => existingRefs.has(ref), onRenamed: onSaved });
  const [submitErrors, setSubmitErrors] = useState<Record<string, string>>();
  const [status, setStatus] = useState('');
  const history = useContractHistory(row?.contract.reference);
  const today = todayIso();
  // A new contract's required fields are not flagged before the user has typed in them or tried to add it.
  const errors = row
    ? autosave.errors
    : (submitErrors ?? Object.fromEntries(Object.keys(autosave.edits).map((k) => [k, autosave.errors[k]])));

  const add = (e: React.FormEvent) => {
    e.preventDefault();
    if (row) return autosave.flush();
    const result = fromDraft({ ...toDraft(BLANK), ...autosave.edits }, BLANK);
    if (!result.ok) {
      setSubmitErrors(result.errors as Record<string, string>);
      setStatus(`Not added: ${Object.keys(result.errors).length} field(s) need attention.`);
      return;
    }
    if (existingRefs.has(result.contract.reference)) {
      setSubmitErrors({ reference: `'${result.contract.reference}' is already used by another contract` });
      setStatus('Not added: the reference must be unique.');
      return;
    }
    const write = async () => {
      try {
        await commands.contracts.save(result.contract);
      } catch (error) {
        setStatus(`Not added: ${describeError(error)}.`);
        return;
      }
      setSubmitErrors(undefined);
      setStatus(`Added ${result.contract.reference}.`);
      onSaved(result.contract.reference);
    };
    // A first contract of the trust's own, added while the sample is loaded: ask whether it replaces the sample.
    sampleGate.beforeCommit(() => void write(), 'contract');
  };

  const title = row ? `${row.contract.reference}: ${row.contract.title}` : 'New contract';
  return (
    <aside className="side-panel" aria-label={row ? `Contract ${row.contract.reference}` : 'New contract'}>
      <div className="panel-header">
        <h2>{title}</h2>
        <button type="button" onClick={onClose} aria-label="Close contract details">
          Close
        </button>
      </div>
      {row && (
        <dl className="key-dates" aria-label="Key dates">
          <div>
            <dt>Ends</dt>
            <dd>
              {formatDate(row.contract.currentEndDate)} ({formatDaysAway(row.keyDates.daysToExpiry, 'ended')})
            </dd>
          </div>
          <div>
            <dt>Notice deadline</dt>
            <dd>
              {formatDate(row.keyDates.noticeDeadline)} ({formatDaysAway(daysBetween(today, row.keyDates.noticeDeadline), 'passed')})
              {row.keyDates.noticeAssumed && ' — assumed: no notice period is recorded, so the trust’s default is used'}
            </dd>
          </div>
          <div>
            <dt>Latest decision date</dt>
            <dd>
              {formatDate(row.keyDates.latestDecisionDate)} ({formatDaysAway(daysBetween(today, row.keyDates.latestDecisionDate), 'passed')}
              ){row.keyDates.overdue ? ' — decision overdue' : ''}
            </dd>
          </div>
        </dl>
      )}
      {row && !row.keyDates.expired && (
        <p>
          <a className="button-link" href={`${href('appraisals')}?contract=${encodeURIComponent(row.contract.reference)}`}>
            Start an appraisal of this contract
          </a>
        </p>
      )}
      {row && row.contract.linkedContracts.length > 0 && (
        <nav aria-label="Linked contracts" className="linked">
          <span>Linked:</span>
          {row.contract.linkedContracts.map((ref) => (
            <button type="button" key={ref} className="link-button" onClick={() => onOpenLinked(ref)} disabled={!existingRefs.has(ref)}>
              {ref}
              {existingRefs.has(ref) ? '' : ' (not in register)'}
            </button>
          ))}
        </nav>
      )}
      <form onSubmit={add} noValidate>
        {FIELD_GROUPS.map((group) => (
          <fieldset key={group.title}>
            <legend>{group.title}</legend>
            {group.fields.map((spec) => (
              <Field
                key={spec.key}
                spec={spec}
                value={autosave.value(spec.key)}
                error={errors[spec.key]}
                onChange={(v) => {
                  setSubmitErrors(undefined);
                  autosave.change(spec.key, v);
                }}
                onCommit={autosave.flush}
              />
            ))}
          </fieldset>
        ))}
        <div className="button-row sticky-actions">
          {!row && (
            <button type="submit" className="primary">
              Add contract
            </button>
          )}
          {row && (
            <button
              type="button"
              onClick={() =>
                void (async () => {
                  // What was typed is saved first, so Undo of the delete brings it back too.
                  const current = await autosave.settle();
                  if (current && (await onDelete(current))) autosave.discard();
                })()
              }
            >
              Delete contract
            </button>
          )}
          <span role="status" aria-live="polite">
            {row ? autosaveStatus(autosave, errors) : status}
          </span>
        </div>
      </form>
      {row && <KpiRatings contract={row.contract} />}
      {row && (
        <section aria-label="Change history">
          <h3>Change history</h3>
          {history && history.length > 0 ? (
            <ol className="history">
              {history.map((h) => (
                <li key={h.id}>
                  <time dateTime={h.at}>{formatTimestamp(h.at)}</time> {h.summary}
                  {h.changes && (
                    <ul>
                      {Object.entries(h.changes).map(([field, [before, after]]) => (
                        <li key={field}>{changeLine(field, before, after)}</li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
          ) : (
            <p>No edits recorded since it was imported.</p>
          )}
        </section>
      )}
      {sampleGate.element}
    </aside>
  );
}

/** What the panel says about saving a contract in the register: the last save, or why it could not. */
function autosaveStatus(autosave: ReturnType<typeof useContractAutosave>, errors: Record<string, string | undefined>): string {
  if (autosave.saveError) return autosave.saveError;
  const wrong = Object.values(errors).filter(Boolean).length;
  if (wrong > 0) return `Not saved: ${wrong} field${wrong === 1 ? ' needs' : 's need'} attention.`;
  return autosave.lastSaved ? `Saved ${autosave.lastSaved}.` : 'Changes save as you type.';
}
