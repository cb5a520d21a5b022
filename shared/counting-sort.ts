/**
 * A stable counting sort by a small-integer key (a day number), for lists too long to sort in one
 * step: the Notices due plan's 370,000 duties and the calendar's 140,000 events of a 100,000-contract
 * register (issue 16). Each row's key is counted as the row is made (`count`), the distinct keys (a
 * few thousand days) are sorted once, and the rows are placed in key order a step at a time, into an
 * Int32Array the collector never has to copy or trace. Rows of the same key keep the order they were
 * made in.
 */
export interface SortedByKey {
  /** The row numbers in key order. */
  order: Int32Array;
  /** Each distinct key once, in ascending order. */
  keys: number[];
  /** Where each key's rows begin in `order` (keys[k]'s rows are order[starts[k]] to order[starts[k + 1] - 1]); the last is the rows' count. */
  starts: Int32Array;
}

export class CountingSort {
  private readonly counts = new Map<number, number>();

  /** Counts one more row with `key` (an integer; day numbers are small, so the Map allocates nothing per row). */
  count(key: number): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /**
   * Rows 0 to `length` − 1, each counted once by its key `keys[row]`, in key order, placed `step`
   * rows a step; yields the progress mapped onto `from`..`to` (the caller's share of its own work).
   */
  *sortInSteps(keys: Int32Array, length: number, step: number, from = 0, to = 1): Generator<number, SortedByKey, void> {
    const distinct = [...this.counts.keys()].sort((a, b) => a - b);
    const next = new Map<number, number>();
    const starts = new Int32Array(distinct.length + 1);
    let at = 0;
    distinct.forEach((key, k) => {
      next.set(key, at);
      starts[k] = at;
      at += this.counts.get(key)!;
    });
    starts[distinct.length] = length;
    yield from;
    const order = new Int32Array(length);
    for (let r = 0; r < length; r += 1) {
      const key = keys[r];
      const p = next.get(key)!;
      order[p] = r;
      next.set(key, p + 1);
      if ((r + 1) % step === 0) yield from + ((to - from) * r) / length;
    }
    return { order, keys: distinct, starts };
  }
}
