/**
 * Keys that could reach Object.prototype if a parsed object were later merged or spread into another
 * (`Object.assign(target, parsed)` with an own `__proto__` key sets target's prototype). No portfolio
 * field uses them, so they are dropped at parse time rather than trusted to every later consumer.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function reviver(key: string, value: unknown): unknown {
  return FORBIDDEN_KEYS.has(key) ? undefined : value;
}

/** JSON.parse without prototype-polluting keys. Throws SyntaxError like JSON.parse. */
export function parseJsonSafely(text: string): unknown {
  return JSON.parse(text, reviver);
}
