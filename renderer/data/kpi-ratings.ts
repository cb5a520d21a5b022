import { contractSchema, type Contract } from '@shared/domain';
import { AppError } from '@shared/result';
import type { PlannerDb } from './db';

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
    const after = contractSchema.parse({ ...current, kpis: next.kpis, kpiRatings: next.kpiRatings });
    await db.contracts.put(after);
    await db.changeLog.add({ at: new Date().toISOString(), entity: 'contract', entityId: reference, action: 'update', summary });
    return after;
  });
}
