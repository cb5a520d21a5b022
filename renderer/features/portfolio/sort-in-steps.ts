/**
 * A stable merge sort that yields as it goes, for runInSteps (renderer/ui/run-in-steps): one
 * Array.prototype.sort of 100,000 rows is a single task of 100 ms or more on a slow machine, which
 * freezes the window (issue 16). Runs of RUN items are sorted natively (stable, like the merges),
 * then merged pairwise, yielding every YIELD_EVERY items placed, so no step is longer than a few
 * milliseconds. Yields the fraction done.
 */
const RUN = 512;
const YIELD_EVERY = 4_096;

export function* sortInSteps<T>(items: readonly T[], compare: (a: T, b: T) => number): Generator<number, T[], void> {
  const n = items.length;
  let src: T[] = [];
  for (let lo = 0; lo < n; lo += RUN) {
    for (const item of items.slice(lo, lo + RUN).sort(compare)) src.push(item);
    if (lo + RUN < n) yield 0;
  }
  const passes = Math.max(1, Math.ceil(Math.log2(n / RUN)));
  let pass = 0;
  let dst: T[] = new Array<T>(n);
  for (let width = RUN; width < n; width *= 2, pass++) {
    let placed = 0;
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      for (let k = lo; k < hi; k++) {
        // `<= 0` takes the left run's item on a tie: the sort stays stable.
        dst[k] = i < mid && (j >= hi || compare(src[i], src[j]) <= 0) ? src[i++] : src[j++];
        if (++placed % YIELD_EVERY === 0) yield (pass + placed / n) / passes;
      }
    }
    [src, dst] = [dst, src];
  }
  return src;
}

/** Runs a stepped computation to its end at once: for tests and for inputs too small to need steps. */
export function drain<T>(steps: Generator<number, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
