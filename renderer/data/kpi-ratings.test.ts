import { describe, expect, it } from 'vitest';
import type { KpiRating } from '@shared/domain';
import { anInfrastructureContract } from '../../test/support/builders';
import { freshDb } from '../../test/support/fresh-db';
import { addKpi, removeKpi, renameKpi, setRating } from '../features/portfolio/kpi-edits';
import { createBackup, readBackup, restoreBackup } from './backup';
import { contractHistory, saveContract } from './contracts';
import { updateContractKpis } from './kpi-ratings';

const contract = anInfrastructureContract({ owner: 'Gareth Lewis' });
const first = { start: '2025-10-01', end: '2026-09-30' };

describe('saving a contract’s KPIs and ratings', () => {
  it('writes the change to the stored contract, logs it in the contract’s history and leaves other fields as stored', async () => {
    const db = await freshDb();
    await saveContract(db, contract);
    // An edit to another field lands meanwhile (the contract form): the KPI write must not undo it.
    await db.contracts.update(contract.reference, { owner: 'Angela Crowe' });
    await updateContractKpis(db, contract.reference, addKpi('Response time'), 'Added the KPI “Response time”');
    const after = await updateContractKpis(
      db,
      contract.reference,
      setRating('Response time', first, 'approaching-target', '2026-10-14'),
      "Rated 'Response time' in 1 Oct 2025 – 30 Sep 2026: Approaching target",
    );
    const stored = await db.contracts.get(contract.reference);
    expect(stored).toEqual(after);
    expect(stored).toMatchObject({
      owner: 'Angela Crowe',
      kpis: ['Response time'],
      kpiRatings: [
        {
          kpi: 'Response time',
          periodStart: '2025-10-01',
          periodEnd: '2026-09-30',
          rating: 'approaching-target',
          assessedOn: '2026-10-14',
        },
      ],
    });
    const history = (await contractHistory(db, contract.reference)).map((h) => h.summary);
    expect(history).toContain("Rated 'Response time' in 1 Oct 2025 – 30 Sep 2026: Approaching target");
    expect(history).toContain('Added the KPI “Response time”');
  });

  it('refuses an edit that would make the record invalid, writing nothing, and names a contract no longer there', async () => {
    const db = await freshDb();
    await saveContract(db, contract);
    /** Saves KPI `A` with one rating of it, `rating` overriding a valid one. */
    const rateA = (rating: Partial<KpiRating>, summary: string) =>
      updateContractKpis(
        db,
        contract.reference,
        () => ({
          kpis: ['A'],
          kpiRatings: [
            { kpi: 'A', periodStart: '2025-10-01', periodEnd: '2026-09-30', rating: 'good', assessedOn: '2026-10-02', ...rating },
          ],
        }),
        summary,
      );
    await expect(rateA({ periodStart: '2026-01-01', periodEnd: '2025-01-01', assessedOn: '2026-01-02' }, 'bad')).rejects.toThrow();
    expect((await db.contracts.get(contract.reference))?.kpis).toBeUndefined();
    // In words the panel shows after "Not saved:", never the schema's own dump of issues.
    await expect(rateA({ note: 'x'.repeat(2001) }, 'long note')).rejects.toMatchObject({
      code: 'CONTRACT_INVALID',
      message: 'the note is longer than 2,000 characters',
    });
    expect((await db.contracts.get(contract.reference))?.kpis).toBeUndefined();
    await expect(updateContractKpis(db, 'GONE-1', addKpi('A'), 'x')).rejects.toMatchObject({
      code: 'CONTRACT_NOT_FOUND',
      message: expect.stringContaining('GONE-1'),
    });
  });

  it('a backup keeps the ratings exactly, and a restore puts them back', async () => {
    const db = await freshDb();
    await saveContract(db, { ...contract, kpis: ['Response time', 'Availability'] });
    await updateContractKpis(db, contract.reference, setRating('Availability', first, 'inadequate', '2026-10-15'), 'rated');
    await updateContractKpis(db, contract.reference, renameKpi(1, 'Service availability'), 'renamed');
    const before = await db.contracts.get(contract.reference);
    expect(before?.kpiRatings).toEqual([
      { kpi: 'Service availability', periodStart: '2025-10-01', periodEnd: '2026-09-30', rating: 'inadequate', assessedOn: '2026-10-15' },
    ]);
    const text = await createBackup(db);
    await updateContractKpis(db, contract.reference, removeKpi(1), 'removed');
    expect((await db.contracts.get(contract.reference))?.kpiRatings).toBeUndefined();
    const { tables } = await readBackup(db, text);
    await restoreBackup(db, tables);
    expect(await db.contracts.get(contract.reference)).toEqual(before);
  });
});
