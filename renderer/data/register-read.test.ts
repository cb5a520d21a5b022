import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contractSchema, type Contract } from '@shared/domain';
import { applyImport } from './contracts';
import { openDb, type PlannerDb } from './db';
import { READ_PAGE, readPages } from './paged';
import { readRegisterOffThread, type FromRegisterReader, type ToRegisterReader } from './register-read';

const sample = JSON.parse(readFileSync('assets/sample-portfolio.json', 'utf8'));
const base: Contract = contractSchema.parse(sample.contracts[0]);
const many = Array.from({ length: READ_PAGE * 2 + 7 }, (_, i) => ({
  ...base,
  reference: `R-${String(i).padStart(5, '0')}`,
  sample: false,
}));

let n = 0;
const dbs: PlannerDb[] = [];
afterEach(() => {
  vi.unstubAllGlobals();
  for (const db of dbs.splice(0)) db.close();
});
const filled = async () => {
  const db = await openDb(`register-read-test-${n++}`);
  dbs.push(db);
  await applyImport(db, { toPut: many, replaced: [], addedRefs: many.map((c) => c.reference), fileName: 'r.csv', summary: 'test' });
  return db;
};

/** A stand-in Worker that answers as register-read.worker.ts does, by reading `db` in pages, or fails. */
function fakeWorker(db: PlannerDb, fail: 'never' | 'after-a-page' | 'at-once' | 'uncopyable-page') {
  const made: string[] = [];
  const workers: Array<{ terminated: boolean }> = [];
  class FakeWorker {
    onmessage: ((event: MessageEvent<FromRegisterReader>) => void) | null = null;
    onerror: ((event: unknown) => void) | null = null;
    onmessageerror: ((event: unknown) => void) | null = null;
    terminated = false;
    constructor() {
      workers.push(this);
    }
    postMessage(msg: ToRegisterReader) {
      made.push(msg.dbName);
      const send = (data: FromRegisterReader) => !this.terminated && this.onmessage?.({ data } as MessageEvent<FromRegisterReader>);
      if (fail === 'at-once') return void setTimeout(() => this.onerror?.({ message: 'no worker' }), 0);
      if (fail === 'uncopyable-page') return void setTimeout(() => this.onmessageerror?.({ data: null }), 0);
      let pages = 0;
      void readPages(db.contracts, (rows) => {
        if (fail === 'after-a-page' && pages++ === 1) throw new Error('the disk went away');
        send({ type: 'page', rows });
      }).then(
        () => send({ type: 'done' }),
        (error: Error) => send({ type: 'failed', message: error.message }),
      );
    }
    terminate() {
      this.terminated = true;
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return { asked: made, workers };
}

describe("the register's full read, off the UI thread (issue 16)", () => {
  it("gathers the worker's pages, in order, into every contract", async () => {
    const db = await filled();
    const { asked } = fakeWorker(db, 'never');
    const all = await readRegisterOffThread(db);
    expect(asked).toEqual([db.name]);
    expect(all.map((c) => c.reference)).toEqual(many.map((c) => c.reference));
    // Every field as stored: sharing repeated values (one string for each) changes none.
    expect(all).toEqual(await db.contracts.toArray());
  });

  for (const fail of ['after-a-page', 'at-once', 'uncopyable-page'] as const)
    it(`reads on this thread instead when the worker fails (${fail}), so the register still loads whole and once`, async () => {
      const db = await filled();
      fakeWorker(db, fail);
      const all = await readRegisterOffThread(db);
      expect(all.map((c) => c.reference)).toEqual(many.map((c) => c.reference));
    });

  it('stops the read on this thread too when a newer read overtakes it, reading no further page', async () => {
    const db = await filled();
    fakeWorker(db, 'at-once');
    // Pages after the first are read by key, above the last one read (paged.ts readPages); each
    // page's query is kept, so the test can wait until every page asked has answered.
    let pagesAfterFirst = 0;
    const queries: Promise<unknown>[] = [];
    const where = db.contracts.where.bind(db.contracts);
    vi.spyOn(db.contracts, 'where').mockImplementation(((index: string) => {
      pagesAfterFirst++;
      if (pagesAfterFirst === 1) stop.abort();
      const clause = where(index);
      const above = clause.above.bind(clause);
      vi.spyOn(clause, 'above').mockImplementation((key) => {
        const page = above(key);
        const toArray = page.toArray.bind(page);
        vi.spyOn(page, 'toArray').mockImplementation(() => {
          const rows = toArray();
          queries.push(rows);
          return rows;
        });
        return page;
      });
      return clause;
    }) as typeof where);
    const stop = new AbortController();
    const read = readRegisterOffThread(db, stop.signal);
    await expect(read).resolves.toEqual([]);
    // Whatever a read still under way would do next, it does once its page has answered: wait until
    // every page asked has answered and what follows each answer has run (a task after them).
    for (let answered = -1; answered !== queries.length;) {
      answered = queries.length;
      await Promise.allSettled(queries);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(queries, 'the second page was asked (and waited for)').toHaveLength(pagesAfterFirst);
    // The second page, asked for as the read was overtaken, is the last: the third is never read.
    expect(pagesAfterFirst).toBe(1);
  });

  it('lets the worker go when a newer read overtakes it, answering nothing', async () => {
    const db = await filled();
    const { workers } = fakeWorker(db, 'never');
    const stop = new AbortController();
    const read = readRegisterOffThread(db, stop.signal);
    stop.abort();
    await expect(read).resolves.toEqual([]);
    expect(workers.map((w) => w.terminated)).toEqual([true]);
  });
});
