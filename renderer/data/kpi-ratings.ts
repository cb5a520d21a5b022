import { contractSchema, type Contract } from '@shared/domain';
import { zodReason } from '@shared/import/row-reader';
import { AppError } from '@shared/result';
import type { PlannerDb } from './db';

/** What each checked part of a KPI edit is called when it is refused ("the note is longer than …"). */
const KPI_FIELD_NAMES: Record<string, string> = {
  kpi: 'the KPI name',
  note: 'the note',
  assessedOn: 'the date assessed',
  periodStart: 'the start of the period',
  periodEnd: 'the end of the period',
  rating: 'the rating',
};

/**
 * Writes a change to one contract's KPIs and their ratings (Portfolio › contract › KPI ratings): read
 * the contract as stored, apply `update` to its KPI fields only, check the result against the schema,
 * write it and log `summary` in its change history, in one transaction. Touching only these two
 * fields means an edit made meanwhile in the contract form is never overwritten.
 */
export async function updateContractKpis(
  db: PlannerDb,
  reference: string,
  update: (current: Pick<Contract, 'kpis' | 'kpiRatings'>) => Pick<Contract, 'kpis' | 'kpiRatings'>,
  summary: string,
): Promise<Contract> {
  return db.transaction('rw', db.contracts, db.changeLog, async () => {
    const current = await db.contracts.get(reference);
    if (!current)
      throw new AppError(
        'CONTRACT_NOT_FOUND',
        `Contract ${reference} is no longer in the register (it may have been deleted or renamed); close its panel and open it again.`,
      );
    const next = update({ kpis: current.kpis, kpiRatings: current.kpiRatings });
    const checked = contractSchema.safeParse({ ...current, kpis: next.kpis, kpiRatings: next.kpiRatings });
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const field = String(issue.path.at(-1) ?? '');
      throw new AppError('CONTRACT_INVALID', `${KPI_FIELD_NAMES[field] ?? 'the change'} ${zodReason(issue)}`);
    }
    const after = checked.data;
    await db.contracts.put(after);
    await db.changeLog.add({ at: new Date().toISOString(), entity: 'contract', entityId: reference, action: 'update', summary });
    return after;
  });
}
