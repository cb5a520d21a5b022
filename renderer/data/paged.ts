import type { Table } from 'dexie';

/**
 * Rows per read: small enough that deserialising a page (one task on the UI thread) stays well
 * under the 50 ms a long task starts at even on a slow, busy machine (issue 16); 4,000-row pages
 * measured over 100 ms there.
 */
export const READ_PAGE = 2_000;

/**
 * Reads a whole table in pages by primary key. One getAll of 100,000 rows deserialises in a single
 * task of a second or more, freezing the window; pages keep every task short. Inside a transaction
 * the pages read one consistent snapshot.
 */
export async function readAllPaged<T, K, I>(table: Table<T, K, I>, onPage?: (rowsSoFar: number) => void): Promise<T[]> {
  const all: T[] = [];
  await readPages(table, (page) => {
    for (const row of page) all.push(row);
    onPage?.(all.length);
  });
  return all;
}

/** Reads a whole table in pages of READ_PAGE by primary key, handing each page on as it is read. */
export async function readPages<T, K, I>(table: Table<T, K, I>, onPage: (page: T[]) => void): Promise<void> {
  let last: unknown;
  for (;;) {
    const page =
      last === undefined
        ? await table.orderBy(':id').limit(READ_PAGE).toArray()
        : await table.where(':id').above(last).limit(READ_PAGE).toArray();
    onPage(page);
    if (page.length < READ_PAGE) return;
    last = keyOf(table, page[page.length - 1]);
  }
}

/** Every table in the schema has an inline primary key ('reference', 'id', '++id', 'key'). */
function keyOf<T, K, I>(table: Table<T, K, I>, row: T): unknown {
  const path = table.schema.primKey.keyPath;
  if (typeof path !== 'string') throw new Error(`Table ${table.name} has no inline primary key, so it cannot be read in pages.`);
  return (row as Record<string, unknown>)[path];
}
