import {
  choiceOptions,
  CONTRACT_FIELD,
  contractSchema,
  isChoiceKind,
  type Contract,
  type ContractField,
  type ContractFieldKind,
} from '@shared/domain';
import { zodReason } from '@shared/import/row-reader';
import { parseMoney } from '@shared/import/values';
import { assertNever } from '@shared/result';

/**
 * The contract editor works on strings (what the inputs hold) and converts to a Contract only
 * through the schema, so every message the user sees comes from the same rules the importer uses.
 * Labels, hints, choices and what is required come from the contract field table
 * (shared/domain/contract-fields.ts) the importer and the register export read too.
 */
export type FieldKind = 'text' | 'textarea' | 'date' | 'money' | 'integer' | 'boolean' | 'select' | 'list';

export interface FieldSpec {
  key: ContractField;
  label: string;
  kind: FieldKind;
  options?: ReadonlyArray<readonly [string, string]>;
  required?: boolean;
  hint?: string;
}

/** The editor's input for a field of the table's kind; null for kinds the form does not edit. */
function editorKind(kind: ContractFieldKind, multiline: boolean): FieldKind | null {
  if (isChoiceKind(kind)) return 'select';
  switch (kind) {
    case 'text':
      return multiline ? 'textarea' : 'text';
    case 'date':
    case 'money':
    case 'boolean':
    case 'list':
      return kind;
    case 'days':
      return 'integer';
    case 'extension-options':
      return null;
    default:
      return assertNever(kind, 'field kind');
  }
}

function fieldSpec(key: ContractField): FieldSpec {
  const { kind, editor, choices, required } = CONTRACT_FIELD[key];
  const input = editorKind(kind, editor?.multiline === true);
  if (!editor || !input) throw new Error(`The contract editor cannot show '${key}'`);
  return {
    key,
    label: editor.label,
    kind: input,
    ...(choices && { options: choiceOptions(key) }),
    ...(required && { required: true }),
    ...(editor.hint !== undefined && { hint: editor.hint }),
  };
}

/** The form's layout: which fields stand together, in the order they are shown. */
export const EDITOR_LAYOUT: ReadonlyArray<{ title: string; fields: readonly ContractField[] }> = [
  { title: 'Contract', fields: ['reference', 'title', 'description', 'category', 'system', 'modules', 'status'] },
  {
    title: 'Parties',
    fields: ['supplier', 'supplierCompanyNo', 'vendor', 'contractingModel', 'primeContractor', 'procurementRoute', 'regime'],
  },
  {
    title: 'Dates and notice',
    fields: ['startDate', 'currentEndDate', 'maximumEndDate', 'noticePeriodDays', 'internalLeadTimeDays', 'autoRenew', 'decidedOn'],
  },
  { title: 'Value (£ excluding VAT)', fields: ['annualValue', 'totalValue'] },
  { title: 'Hosting', fields: ['hostingModel', 'hostingProvider', 'hostingEndDate'] },
  { title: 'Ownership', fields: ['linkedContracts', 'owner', 'department', 'notes'] },
];

export const FIELD_GROUPS: Array<{ title: string; fields: FieldSpec[] }> = EDITOR_LAYOUT.map(({ title, fields }) => ({
  title,
  fields: fields.map(fieldSpec),
}));

export type Draft = Record<string, string>;

export function toDraft(contract: Partial<Contract>): Draft {
  const draft: Draft = {};
  for (const { fields } of FIELD_GROUPS) {
    for (const f of fields) {
      const v = contract[f.key];
      draft[f.key] =
        v == null
          ? ''
          : Array.isArray(v)
            ? f.key === 'linkedContracts' || f.key === 'modules'
              ? (v as string[]).join('; ')
              : ''
            : String(v);
    }
  }
  return draft;
}

/**
 * A schema issue beside its field, in words: the inputs already turn text into the field's kind, so
 * a value of the wrong kind can only be a required field left empty.
 */
function formReason(issue: Parameters<typeof zodReason>[0]): string {
  return issue.code === 'invalid_type' ? 'is required' : zodReason(issue);
}

export type DraftResult = { ok: true; contract: Contract } | { ok: false; errors: Partial<Record<keyof Contract, string>> };

function convert(f: FieldSpec, raw: string): { value: unknown } | { error: string } {
  const text = raw.trim();
  if (text === '') {
    if (f.kind === 'list') return { value: [] };
    if (f.kind === 'boolean') return { value: false };
    return { value: undefined };
  }
  switch (f.kind) {
    case 'money': {
      // The importer's parser, so the editor takes what a register may hold: £1,234.56, £1.2m, (1,000).
      const parsed = parseMoney(text);
      return parsed.ok ? { value: parsed.value } : { error: parsed.reason };
    }
    case 'integer': {
      const n = Number(text);
      return Number.isInteger(n) ? { value: n } : { error: `'${text}' is not a whole number` };
    }
    case 'boolean':
      return { value: text === 'true' };
    case 'list':
      return {
        value: text
          .split(/[;,]/)
          .map((s) => s.trim())
          .filter(Boolean),
      };
    default:
      return { value: text };
  }
}

/** Converts the form back into a contract, keeping fields the form does not show (extension options). */
export function fromDraft(draft: Draft, base: Partial<Contract>): DraftResult {
  const errors: Partial<Record<keyof Contract, string>> = {};
  const candidate: Record<string, unknown> = { ...base };
  for (const { fields } of FIELD_GROUPS) {
    for (const f of fields) {
      const converted = convert(f, draft[f.key] ?? '');
      if ('error' in converted) errors[f.key] = converted.error;
      else candidate[f.key] = converted.value;
    }
  }
  const parsed = contractSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] as keyof Contract;
      errors[key] ??= formReason(issue);
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, contract: parsed.data };
}

export interface EditResult {
  /** The contract with every edit that could be applied, or undefined when nothing can be saved yet. */
  contract?: Contract;
  /** The fields whose edits `contract` holds. */
  applied: Array<keyof Contract>;
  /** What is wrong, by field: shown beside the field; an edit with an error is not saved. */
  errors: Partial<Record<keyof Contract, string>>;
}

const FIELD_BY_KEY = new Map(FIELD_GROUPS.flatMap(({ fields }) => fields.map((f) => [f.key, f] as const)));

/**
 * Applies the fields the user has edited (`edits`, field → what the input holds) to the saved
 * contract, for saving as they type. Each field saves when its own value is valid; an invalid one is
 * left out (and reported) so the others still save. A rule across fields that fails on a field the
 * user did not edit (the end date is before the start date just typed) saves nothing until fixed, as
 * nothing the user typed can be left out to satisfy it.
 */
export function applyEdits(saved: Partial<Contract>, edits: Draft, isTaken: (reference: string) => boolean): EditResult {
  const errors: Partial<Record<keyof Contract, string>> = {};
  const values = new Map<keyof Contract, unknown>();
  for (const [key, raw] of Object.entries(edits)) {
    const spec = FIELD_BY_KEY.get(key as ContractField);
    if (!spec) continue;
    const converted = convert(spec, raw);
    if ('error' in converted) errors[spec.key] = converted.error;
    else if (spec.key === 'reference' && raw.trim() !== saved.reference && isTaken(raw.trim()))
      errors.reference = `'${raw.trim()}' is already used by another contract`;
    else values.set(spec.key, converted.value);
  }
  for (;;) {
    const parsed = contractSchema.safeParse({ ...saved, ...Object.fromEntries(values) });
    if (parsed.success) return { contract: values.size > 0 ? parsed.data : undefined, applied: [...values.keys()], errors };
    let blamedOther = false;
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] as keyof Contract;
      errors[key] ??= formReason(issue);
      if (values.has(key)) values.delete(key);
      else blamedOther = true;
    }
    if (blamedOther || values.size === 0) return { applied: [], errors };
  }
}
