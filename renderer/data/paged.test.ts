import { describe, expect, it } from 'vitest';
import { freshDb } from '../../test/support/fresh-db';
import { READ_PAGE, readAllPaged } from './paged';

describe('readAllPaged', () => {
  it.each([0, 1, READ_PAGE - 1, READ_PAGE, READ_PAGE + 1, 2 * READ_PAGE + 7])(
    'reads every one of %i rows once, in key order',
    async (rows) => {
      const db = await freshDb();
      const entries = Array.from({ length: rows }, (_, i) => ({
        at: `2026-01-01T00:00:${i}`,
        entity: 'contract' as const,
        entityId: `C-${i}`,
        action: 'create' as const,
        summary: `row ${i}`,
      }));
      await db.changeLog.bulkAdd(entries);
      const pages: number[] = [];
      const all = await readAllPaged(db.changeLog, (soFar) => pages.push(soFar));
      expect(all.map((r) => r.summary)).toEqual(entries.map((e) => e.summary));
      expect(pages.at(-1)).toBe(rows);
      expect(pages.length).toBe(Math.floor(rows / READ_PAGE) + 1);
    },
  );

  it('pages by string keys too', async () => {
    const db = await freshDb();
    await db.meta.bulkAdd(Array.from({ length: READ_PAGE + 3 }, (_, i) => ({ key: `k${String(i).padStart(5, '0')}`, value: i })));
    const all = await readAllPaged(db.meta);
    expect(all.map((r) => r.value)).toEqual(Array.from({ length: READ_PAGE + 3 }, (_, i) => i));
  });
});
