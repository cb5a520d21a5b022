import type { Table } from 'dexie';
import { appraisalSchema, type Appraisal, type Contract, type Option, type Settings } from '@shared/domain';
import { recordChanges } from '@shared/diff';
import { linesFollowingTerms } from '@shared/domain/option-terms';
import { countOf } from '@shared/format';
import { proposeShortlist } from '@shared/engine/shortlist';
import type { AppraisalBundle } from '@shared/import/portfolio-format';
import { bundleTables, deleteBundle, putBundle, readBundle } from './bundles';
import type { ChangeLogRow, PlannerDb } from './db';

export const newId = (): string => crypto.randomUUID();
const now = () => new Date().toISOString();

/** Every appraisal edit is one transaction that also stamps the appraisal and logs the change. */
async function inAppraisalTx<T>(db: PlannerDb, appraisalId: string, summary: string, work: () => Promise<T>): Promise<T> {
  return db.transaction('rw', [...bundleTables(db), db.changeLog], async () => {
    const result = await work();
    await db.appraisals.update(appraisalId, { updatedAt: now() });
    await db.changeLog.add({ at: now(), entity: 'appraisal', entityId: appraisalId, action: 'update', summary });
    return result;
  });
}

export interface NewAppraisal {
  title: string;
  contracts: Contract[];
  settings: Settings;
  today: string;
  /** Contracts linked to the appraised ones (a separate hosting contract), for the short list. */
  linkedContracts?: Contract[];
}

/** Creates an appraisal with a proposed short list pre-filled from the contract(s). */
export async function createAppraisal(db: PlannerDb, input: NewAppraisal): Promise<string> {
  const id = newId();
  const proposal = proposeShortlist(input.contracts, input.settings, input.today, newId, id, input.linkedContracts ?? []);
  const stamp = now();
  const appraisal: Appraisal = appraisalSchema.parse({
    id,
    title: input.title,
    contractRefs: input.contracts.map((c) => c.reference),
    baseDate: input.today,
    periodYears: input.settings.appraisalPeriodYears,
    discount: { ...input.settings.discount },
    priceBase: `Prices as at ${input.today.slice(0, 4)}, excluding VAT`,
    author: input.settings.organisation.author,
    recommendation: { reason: '', status: 'draft' },
    deflator: { assumedGrowthPct: input.settings.deflatorGrowthPct, index: [], source: '', vintage: '' },
    createdAt: stamp,
    updatedAt: stamp,
  });
  await db.transaction('rw', [...bundleTables(db), db.changeLog], async () => {
    await putBundle(db, {
      appraisal,
      criteria: proposal.criteria,
      options: proposal.options,
      costLines: proposal.costLines,
      risks: [],
      benefits: [],
    });
    await db.changeLog.add({
      at: stamp,
      entity: 'appraisal',
      entityId: id,
      action: 'create',
      summary: `Started the appraisal with ${proposal.options.length} proposed options`,
    });
  });
  return id;
}

/** Copies an appraisal with fresh ids throughout, to try a variant without touching the original. */
export async function duplicateAppraisal(db: PlannerDb, appraisalId: string): Promise<string> {
  const bundle = await readBundle(db, appraisalId);
  if (!bundle) throw new Error('That appraisal no longer exists.');
  const id = newId();
  const optionIds = new Map(bundle.options.map((o) => [o.id, newId()]));
  const criterionIds = new Map(bundle.criteria.map((c) => [c.id, newId()]));
  const stamp = now();
  const recommended = bundle.appraisal.recommendation.optionId;
  const copy = {
    appraisal: {
      ...bundle.appraisal,
      id,
      title: `${bundle.appraisal.title} (copy)`,
      createdAt: stamp,
      updatedAt: stamp,
      recommendation: { ...bundle.appraisal.recommendation, optionId: recommended && optionIds.get(recommended), status: 'draft' as const },
      counterfactual: {
        ...bundle.appraisal.counterfactual,
        optionId: bundle.appraisal.counterfactual.optionId && optionIds.get(bundle.appraisal.counterfactual.optionId),
      },
    },
    criteria: bundle.criteria.map((c) => ({ ...c, id: criterionIds.get(c.id)!, appraisalId: id })),
    options: bundle.options.map((o) => ({
      ...o,
      id: optionIds.get(o.id)!,
      appraisalId: id,
      scores: Object.fromEntries(Object.entries(o.scores).map(([k, v]) => [criterionIds.get(k) ?? k, v])),
      followOn:
        o.followOn?.kind === 'option' ? { ...o.followOn, optionId: optionIds.get(o.followOn.optionId) ?? o.followOn.optionId } : o.followOn,
    })),
    costLines: bundle.costLines.map((l) => ({ ...l, id: newId(), appraisalId: id, optionId: optionIds.get(l.optionId)! })),
    risks: bundle.risks.map((r) => ({ ...r, id: newId(), appraisalId: id, optionId: optionIds.get(r.optionId)! })),
    benefits: bundle.benefits.map((b) => ({ ...b, id: newId(), appraisalId: id, optionId: optionIds.get(b.optionId)! })),
  };
  await db.transaction('rw', [...bundleTables(db), db.changeLog], async () => {
    await putBundle(db, copy);
    await db.changeLog.add({
      at: stamp,
      entity: 'appraisal',
      entityId: id,
      action: 'create',
      summary: `Duplicated from '${bundle.appraisal.title}'`,
    });
  });
  return id;
}

/** Deletes an appraisal and everything under it; returns what was deleted, for Undo. */
export async function deleteAppraisal(db: PlannerDb, appraisalId: string): Promise<AppraisalBundle | undefined> {
  return db.transaction('rw', [...bundleTables(db), db.changeLog], async () => {
    const bundle = await readBundle(db, appraisalId);
    await deleteBundle(db, appraisalId);
    await db.changeLog.add({ at: now(), entity: 'appraisal', entityId: appraisalId, action: 'delete', summary: 'Deleted the appraisal' });
    return bundle;
  });
}

/**
 * Edits take an updater applied to the record as stored, inside the transaction: two quick edits
 * (type in one field, tab to the next) then both land, where saving a copy of the record as the
 * form last saw it would let the second overwrite the first.
 */
export async function updateAppraisal(
  db: PlannerDb,
  appraisalId: string,
  update: (current: Appraisal) => Appraisal,
  summary: string,
): Promise<void> {
  await db.transaction('rw', [db.appraisals, db.changeLog], async () => {
    const before = await db.appraisals.get(appraisalId);
    if (!before) return;
    const after = { ...update(before), updatedAt: now() };
    await db.appraisals.put(after);
    await db.changeLog.add({
      at: now(),
      entity: 'appraisal',
      entityId: appraisalId,
      action: 'update',
      summary,
      changes: recordChanges(before, after),
    });
  });
}

/** A record that hangs off an appraisal: an item of one of its bundle's lists (options, cost lines, risks, criteria, benefits). */
export type Child = AppraisalBundle[Exclude<keyof AppraisalBundle, 'appraisal'>][number];
const tableFor = (db: PlannerDb, kind: ChildKind): Table<Child, string> =>
  ({ option: db.options, costLine: db.costLines, risk: db.risks, criterion: db.criteria, benefit: db.benefits })[kind] as unknown as Table<
    Child,
    string
  >;

export type ChildKind = keyof typeof KIND_LABEL;

const KIND_LABEL = { option: 'option', costLine: 'cost line', risk: 'risk', criterion: 'criterion', benefit: 'benefit' } as const;

function nameOf(record: Child): string {
  if ('name' in record) return record.name;
  if ('label' in record) return record.label;
  return record.title;
}

/** Adds a new option, cost line, risk, criterion or benefit. */
export async function addChild(db: PlannerDb, kind: ChildKind, record: Child): Promise<void> {
  await inAppraisalTx(db, record.appraisalId, `Added ${KIND_LABEL[kind]} '${nameOf(record)}'`, () => tableFor(db, kind).put(record));
}

/** Edits one child record through an updater (see updateAppraisal), recording the fields it changed. */
export async function updateChild<T extends Child>(db: PlannerDb, kind: ChildKind, record: T, update: (current: T) => T): Promise<void> {
  const table = tableFor(db, kind);
  await db.transaction('rw', [...bundleTables(db), db.changeLog], async () => {
    const before = (await table.get(record.id)) as T | undefined;
    if (!before) return; // deleted meanwhile: nothing to edit
    const after = update(before);
    await table.put(after);
    await db.appraisals.update(record.appraisalId, { updatedAt: now() });
    await db.changeLog.add({
      at: now(),
      entity: 'appraisal',
      entityId: record.appraisalId,
      action: 'update',
      summary: `Edited ${KIND_LABEL[kind]} '${nameOf(after)}'`,
      changes: recordChanges(before, after),
    });
  });
}

/** Deletes a child record; deleting an option takes its cost lines, risks and benefits with it. */
export async function deleteChild(db: PlannerDb, kind: ChildKind, record: Child): Promise<void> {
  await inAppraisalTx(db, record.appraisalId, `Deleted ${KIND_LABEL[kind]} '${nameOf(record)}'`, async () => {
    await tableFor(db, kind).delete(record.id);
    if (kind === 'option') {
      await db.costLines.where('optionId').equals(record.id).delete();
      await db.risks.where('optionId').equals(record.id).delete();
      await db.benefits.where('optionId').equals(record.id).delete();
    }
  });
}

/**
 * Changes an option's terms, and moves the cost lines tied to them: a line that started on the old
 * start date or ran to the old end of term follows the new dates. Lines with their own dates stay.
 */
export async function saveOptionTerms(db: PlannerDb, option: Option, patch: Partial<Option['terms']>): Promise<void> {
  await db.transaction('rw', [...bundleTables(db), db.changeLog], async () => {
    const before = await db.options.get(option.id);
    if (!before) return;
    const terms = { ...before.terms, ...patch };
    const after: Option = { ...before, terms };
    await db.options.put(after);
    const lines = await db.costLines.where('optionId').equals(option.id).toArray();
    const moved = linesFollowingTerms(lines, before.terms, terms);
    if (moved.length) await db.costLines.bulkPut(moved);
    await db.appraisals.update(option.appraisalId, { updatedAt: now() });
    const summary = `Edited option '${after.name}'${moved.length ? ` and moved ${countOf(moved.length, 'cost line')} with its term` : ''}`;
    await db.changeLog.add({
      at: now(),
      entity: 'appraisal',
      entityId: option.appraisalId,
      action: 'update',
      summary,
      changes: recordChanges(before, after),
    });
  });
}

export function appraisalHistory(db: PlannerDb, appraisalId: string): Promise<ChangeLogRow[]> {
  return db.changeLog.where('[entity+entityId]').equals(['appraisal', appraisalId]).reverse().sortBy('at');
}
