import type { Contract } from '../domain/contract';
import { CONTRACT_FIELD, CONTRACT_FIELDS, type ContractField, type ContractFieldKind } from '../domain/contract-fields';

/*
 * The importer's view of the contract field table (shared/domain/contract-fields.ts): the fields a
 * register column can fill, in export column order, with the header the export writes for each. The
 * export writes exactly these labels, and columns.ts recognises each of them, so a CSV export imports
 * back unchanged.
 */
export type ImportField = ContractField;
export type FieldKind = ContractFieldKind;

export const IMPORT_FIELDS: readonly ImportField[] = CONTRACT_FIELDS.map((f) => f.key);

const byField = <T>(pick: (field: ImportField) => T): Record<ImportField, T> =>
  Object.fromEntries(IMPORT_FIELDS.map((f) => [f, pick(f)])) as Record<ImportField, T>;

export const FIELD_LABELS: Readonly<Record<ImportField, string>> = byField((f) => CONTRACT_FIELD[f].column);

/** What a field is called inside a sentence: "not a procurement route the app knows". */
export function nounFor(field: ImportField): string {
  return FIELD_LABELS[field].replace(/ \(.*\)$/, '').toLowerCase();
}
export const FIELD_KINDS: Readonly<Record<ImportField, FieldKind>> = byField((f) => CONTRACT_FIELD[f].kind);

/**
 * Fields a new contract cannot do without: required, and with no import default. `currentEndDate` may
 * instead be derived from a start date and a `Term (Months)` column.
 */
export const REQUIRED_FIELDS: readonly ImportField[] = IMPORT_FIELDS.filter(
  (f) => CONTRACT_FIELD[f].required && CONTRACT_FIELD[f].importDefault === undefined,
);

/** Why a row is refused when a required field is empty. */
export function missingReason(field: ImportField): string {
  return CONTRACT_FIELD[field].missing ?? `${FIELD_LABELS[field]} is required`;
}

/**
 * Defaults for required enums a register often lacks (see `importDefault` in the field table). Both
 * are visible and editable after import.
 */
export const IMPORT_DEFAULTS: Readonly<Partial<Contract>> = Object.fromEntries(
  CONTRACT_FIELDS.flatMap((f) => (f.importDefault === undefined ? [] : [[f.key, f.importDefault]])),
);
