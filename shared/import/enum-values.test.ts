import { describe, expect, it } from 'vitest';
import { parseProcurementRoute } from './enum-values';

describe('procurement route spellings for the Provider Selection Regime', () => {
  it.each([
    ['Direct award (PSR)', 'psr-direct-award'],
    ['direct award (psr)', 'psr-direct-award'],
    ['PSR direct award process C', 'psr-direct-award'],
    ['Most suitable provider process', 'psr-most-suitable-provider'],
    ['Competitive process (PSR)', 'psr-competitive'],
    ['Direct Award', 'direct-award'],
  ])('%s → %s', (text, code) => {
    const parsed = parseProcurementRoute(text);
    expect(parsed.ok && parsed.value).toBe(code);
  });
});
