/**
 * The median: the middle value, or the mean of the two middle values. One for every benchmark, Node
 * side and in the benchmark page alike (so this module imports nothing).
 */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const half = sorted.length >> 1;
  return sorted.length % 2 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
}
