/** A typed array twice as long as `a`, with `a`'s values at its start: a growable column's next size. */
export function doubled<T extends Int32Array | Uint8Array>(a: T): T {
  const b = new (a.constructor as new (length: number) => T)(a.length * 2);
  b.set(a);
  return b;
}
