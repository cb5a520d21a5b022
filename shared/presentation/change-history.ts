import { CONTRACT_FIELD, choiceLabel, RECORD_FIELDS, type ContractField, type RecordFieldKind } from '../domain/contract-fields';
import { REGIME_EVENT_LABELS } from '../domain/enums';
import { countOf, formatDate, formatDecimal, formatMoneyExact, NONE } from '../format';

/**
 * A recorded change to a contract (renderer/data/contracts.ts: field → [before, after], an absent
 * value as null) in words, as the change history shows it: "Notice period: 180 days → 365 days",
 * "Procurement route: Direct award → Framework call-off". The label and the reading of each value come
 * from the one table of contract fields (shared/domain/contract-fields.ts) and the one formatting
 * module, so the history says a field as the editor names it and a value as every screen shows it;
 * no field key, enum code, ISO date or JSON reaches the screen, whatever an older entry holds.
 */

/** One recorded change in words, "—" for an empty side: "Notice period: 180 days → 365 days". */
export function changeLine(field: string, before: unknown, after: unknown): string {
  const { label, kind, entry } = fieldReading(field);
  return `${label}: ${valueInWords(field, kind, before, entry)} → ${valueInWords(field, kind, after, entry)}`;
}

function fieldReading(field: string): { label: string; kind: RecordFieldKind | undefined; entry?: readonly [string, string] } {
  const spec = Object.hasOwn(CONTRACT_FIELD, field) ? CONTRACT_FIELD[field as ContractField] : undefined;
  // "Notice period (days)" and "Annual value (£)" name their unit; the value here says it, so the label need not.
  if (spec) return { label: (spec.editor?.label ?? spec.column).replace(/ \((days|£)\)$/, ''), kind: spec.kind };
  const other = Object.hasOwn(RECORD_FIELDS, field) ? RECORD_FIELDS[field as keyof typeof RECORD_FIELDS] : undefined;
  return other ?? { label: readableLabel(field), kind: undefined };
}

/** A field this module does not know, named in words: "someNewField" → "Some new field". */
function readableLabel(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words[0].toUpperCase() + words.slice(1) : 'A field';
}

function valueInWords(field: string, kind: RecordFieldKind | undefined, value: unknown, entry?: readonly [string, string]): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return NONE;
  switch (kind) {
    case 'date':
      return typeof value === 'string' ? formatDate(value) : plainValue(value);
    case 'money':
      return typeof value === 'number' ? formatMoneyExact(value) : plainValue(value);
    case 'days':
      return typeof value === 'number' ? countOf(value, 'day') : plainValue(value);
    case 'extension-options':
      return Array.isArray(value) ? value.map(extensionOptionInWords).join('; ') : plainValue(value);
    case 'regime-event':
      return typeof value === 'string' && Object.hasOwn(REGIME_EVENT_LABELS, value)
        ? REGIME_EVENT_LABELS[value as keyof typeof REGIME_EVENT_LABELS]
        : plainValue(value);
    case 'entries':
      return Array.isArray(value) && entry ? countOf(value.length, entry[0], entry[1]) : plainValue(value);
    case 'text':
    case 'boolean':
    case 'list':
    case undefined:
      return plainValue(value);
    default:
      return typeof value === 'string' ? choiceLabel(field as ContractField, value) : plainValue(value);
  }
}

/** "12 months, exercise by 31 Mar 2027", "(exercised)" once it has been. */
function extensionOptionInWords(option: unknown): string {
  if (typeof option !== 'object' || option === null) return plainValue(option);
  const { months, exerciseBy, exercised } = option as { months?: unknown; exerciseBy?: unknown; exercised?: unknown };
  const term = typeof months === 'number' ? countOf(months, 'month') : 'An extension';
  const by = typeof exerciseBy === 'string' ? `, exercise by ${formatDate(exerciseBy)}` : '';
  return `${term}${by}${exercised === true ? ' (exercised)' : ''}`;
}

/** Any value without a kind of its own, in words: text as written, Yes/No, numbers grouped, lists joined, a record as "Recorded". */
function plainValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return NONE;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return Number.isFinite(value) ? formatDecimal(value) : NONE;
  if (Array.isArray(value)) {
    if (value.length === 0) return NONE;
    return value.every((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
      ? value.map(plainValue).join('; ')
      : countOf(value.length, 'entry', 'entries');
  }
  return 'Recorded';
}
