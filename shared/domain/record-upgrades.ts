/**
 * Upgrade of stored appraisal records from the first shape (database schema 1, portfolio format 2)
 * to the second (database schema 2, portfolio format 3), as one pure step on plain JSON that both the
 * database upgrade and the portfolio file upgrade call. It never mutates its input.
 *
 * What changes (docs/domain.md §3 and §4, as corrected 5 Dec 2026):
 * - cost lines of the removed category `benefit` (savings entered as negative costs) become
 *   cash-releasing benefits (CRB) with the opposite sign, so NPC − PVB is exactly the old net figure;
 * - an option's single optimism bias `{ pct, rationale }` (which uplifted one-off costs) becomes the
 *   development uplift with the rationale as its mitigation; the service-charge and duration uplifts
 *   take their defaults (the upper bounds), as docs/domain.md requires for every option;
 * - cost lines and risks get an `order` (their position in the option's list), so lists keep the
 *   order the user gave them.
 * Every other new field takes its schema default when the record is next parsed.
 */

import {
  appraisalSchema,
  costLineSchema,
  optionSchema,
  riskSchema,
  type Appraisal,
  type CostLine,
  type Option,
  type Risk,
} from './appraisal';
import { benefitSchema, type Benefit } from './benefits';

type Json = Record<string, unknown>;

export interface AppraisalRecordsV1 {
  options: readonly unknown[];
  costLines: readonly unknown[];
  risks: readonly unknown[];
}

export interface AppraisalRecordsV2 {
  options: Json[];
  costLines: Json[];
  risks: Json[];
  benefits: Json[];
}

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Copies own keys safely (a `__proto__` key from JSON stays data, never a prototype). */
function copy(record: Json): Json {
  return Object.fromEntries(Object.entries(record));
}

function upgradeOptimismBias(option: Json): Json {
  const out = copy(option);
  const old = option.optimismBias;
  if (isRecord(old) && typeof old.pct === 'number' && !('development' in old)) {
    out.optimismBias = { development: { pct: old.pct, mitigation: typeof old.rationale === 'string' ? old.rationale : '' } };
  }
  return out;
}

/** A `benefit` cost line as the cash-releasing benefit it stood for. */
function benefitFromLine(line: Json): Json {
  const amount = typeof line.amount === 'number' ? -line.amount : 0;
  const cashflow =
    line.kind === 'one-off'
      ? { kind: 'one-off', amount, date: line.date }
      : { kind: 'recurring', amount, startDate: line.startDate, endDate: line.endDate, indexationPct: line.indexationPct ?? 0 };
  return {
    id: line.id,
    optionId: line.optionId,
    appraisalId: line.appraisalId,
    type: 'CRB',
    label: line.label,
    description: 'Moved from a negative cost line (category "benefit") when the app began to record benefits separately.',
    cashflow,
    basis: 'cash',
  };
}

export function upgradeAppraisalRecords(input: AppraisalRecordsV1): AppraisalRecordsV2 {
  const orderWithin = new Map<string, number>();
  const nextOrder = (key: string): number => {
    const n = orderWithin.get(key) ?? 0;
    orderWithin.set(key, n + 1);
    return n;
  };
  const options = input.options.filter(isRecord).map(upgradeOptimismBias);
  const costLines: Json[] = [];
  const benefits: Json[] = [];
  for (const line of input.costLines.filter(isRecord)) {
    const optionId = String(line.optionId);
    if (line.category === 'benefit') {
      benefits.push({ ...benefitFromLine(line), order: nextOrder(`b:${optionId}`) });
    } else {
      costLines.push({ ...copy(line), order: typeof line.order === 'number' ? line.order : nextOrder(`l:${optionId}`) });
    }
  }
  const risks = input.risks
    .filter(isRecord)
    .map((risk) => ({ ...copy(risk), order: typeof risk.order === 'number' ? risk.order : nextOrder(`r:${String(risk.optionId)}`) }));
  return { options, costLines, risks, benefits };
}

/**
 * The upgrade of stored tables (database schema 1 → 2, and a schema-1 backup being restored): the
 * record step above, then every record parsed so each new field holds its default. Throws a zod
 * error on a record that does not fit, so a caller's transaction rolls back whole.
 */
export function upgradeStoredTablesToV2(tables: {
  appraisals: readonly unknown[];
  options: readonly unknown[];
  costLines: readonly unknown[];
  risks: readonly unknown[];
}): { appraisals: Appraisal[]; options: Option[]; costLines: CostLine[]; risks: Risk[]; benefits: Benefit[] } {
  const upgraded = upgradeAppraisalRecords(tables);
  return {
    appraisals: tables.appraisals.map((a) => appraisalSchema.parse(a)),
    options: upgraded.options.map((o) => optionSchema.parse(o)),
    costLines: upgraded.costLines.map((l) => costLineSchema.parse(l)),
    risks: upgraded.risks.map((r) => riskSchema.parse(r)),
    benefits: upgraded.benefits.map((b) => benefitSchema.parse(b)),
  };
}
