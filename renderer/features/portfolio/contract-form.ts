import {
  CATEGORIES,
  CATEGORY_LABELS,
  CONTRACT_STATUS_LABELS,
  CONTRACT_STATUSES,
  CONTRACTING_MODEL_LABELS,
  CONTRACTING_MODELS,
  contractSchema,
  HOSTING_MODEL_LABELS,
  HOSTING_MODELS,
  PROCUREMENT_ROUTE_LABELS,
  PROCUREMENT_ROUTES,
  REGIME_LABELS,
  REGIMES,
  type Contract,
} from '@shared/domain';
import { parseMoney } from '@shared/import/values';

/**
 * The contract editor works on strings (what the inputs hold) and converts to a Contract only
 * through the schema, so every message the user sees comes from the same rules the importer uses.
 */
export type FieldKind = 'text' | 'textarea' | 'date' | 'money' | 'integer' | 'boolean' | 'select' | 'list';

export interface FieldSpec {
  key: keyof Contract;
  label: string;
  kind: FieldKind;
  options?: ReadonlyArray<readonly [string, string]>;
  required?: boolean;
  hint?: string;
}

const opts = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((v) => [v, labels[v]] as const);

export const FIELD_GROUPS: Array<{ title: string; fields: FieldSpec[] }> = [
  {
    title: 'Contract',
    fields: [
      { key: 'reference', label: 'Reference', kind: 'text', required: true },
      { key: 'title', label: 'Title', kind: 'text', required: true },
      { key: 'description', label: 'Description', kind: 'textarea' },
      { key: 'category', label: 'Category', kind: 'select', options: opts(CATEGORIES, CATEGORY_LABELS), required: true },
      { key: 'system', label: 'System / product', kind: 'text' },
      { key: 'modules', label: 'Modules', kind: 'list', hint: 'Separate with semicolons' },
      { key: 'status', label: 'Status', kind: 'select', options: opts(CONTRACT_STATUSES, CONTRACT_STATUS_LABELS), required: true },
    ],
  },
  {
    title: 'Parties',
    fields: [
      { key: 'supplier', label: 'Supplier', kind: 'text', required: true },
      { key: 'supplierCompanyNo', label: 'Companies House number', kind: 'text' },
      { key: 'vendor', label: 'Vendor (software developer)', kind: 'text' },
      {
        key: 'contractingModel',
        label: 'Contracting model',
        kind: 'select',
        options: opts(CONTRACTING_MODELS, CONTRACTING_MODEL_LABELS),
        required: true,
      },
      { key: 'primeContractor', label: 'Prime contractor / LSP', kind: 'text' },
      { key: 'procurementRoute', label: 'Procurement route', kind: 'select', options: opts(PROCUREMENT_ROUTES, PROCUREMENT_ROUTE_LABELS) },
      { key: 'regime', label: 'Regime', kind: 'select', options: opts(REGIMES, REGIME_LABELS) },
    ],
  },
  {
    title: 'Dates and notice',
    fields: [
      { key: 'startDate', label: 'Start date', kind: 'date' },
      { key: 'currentEndDate', label: 'Current end date', kind: 'date', required: true, hint: 'Includes extensions already taken' },
      { key: 'maximumEndDate', label: 'Maximum end date', kind: 'date', hint: 'Includes all extension options' },
      { key: 'noticePeriodDays', label: 'Notice period (days)', kind: 'integer' },
      {
        key: 'internalLeadTimeDays',
        label: 'Internal lead time (days)',
        kind: 'integer',
        hint: 'Board and NHS England approvals before notice',
      },
      { key: 'autoRenew', label: 'Renews automatically unless notice is given', kind: 'boolean' },
      { key: 'decidedOn', label: 'Decision made on', kind: 'date', hint: 'Clears the "decision overdue" flag' },
    ],
  },
  {
    title: 'Value (£ excluding VAT)',
    fields: [
      { key: 'annualValue', label: 'Annual value', kind: 'money' },
      { key: 'totalValue', label: 'Total value', kind: 'money' },
    ],
  },
  {
    title: 'Hosting',
    fields: [
      { key: 'hostingModel', label: 'Hosting model', kind: 'select', options: opts(HOSTING_MODELS, HOSTING_MODEL_LABELS) },
      { key: 'hostingProvider', label: 'Hosting provider', kind: 'text' },
      { key: 'hostingEndDate', label: 'Hosting end date', kind: 'date' },
    ],
  },
  {
    title: 'Ownership',
    fields: [
      { key: 'linkedContracts', label: 'Linked contracts', kind: 'list', hint: 'References, separated with semicolons' },
      { key: 'owner', label: 'Owner', kind: 'text' },
      { key: 'department', label: 'Department', kind: 'text' },
      { key: 'notes', label: 'Notes', kind: 'textarea' },
    ],
  },
];

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
      errors[key] ??= issue.message;
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
    const spec = FIELD_BY_KEY.get(key as keyof Contract);
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
      errors[key] ??= issue.message;
      if (values.has(key)) values.delete(key);
      else blamedOther = true;
    }
    if (blamedOther || values.size === 0) return { applied: [], errors };
  }
}
