/** The order of a new cost line, benefit or risk: new lines go last, so the list keeps the order the user gave it. */
export function nextOrder(items: ReadonlyArray<{ order: number }>): number {
  return items.reduce((max, item) => Math.max(max, item.order + 1), 0);
}
