import { describe, expect, it, vi } from 'vitest';

/**
 * Issue 16, start-up: the register's amounts and counts are whole numbers, written without an Intl
 * formatter (shared/format.test.ts checks they read exactly as one writes them). The first formatter
 * built loads the en-GB data, tens of milliseconds in one task of the start-up that nothing can split.
 * Isolated (vitest.config.ts): it needs a fresh copy of the module, with no formatter built yet.
 */
describe('whole amounts and counts', () => {
  it('builds no Intl formatter for a whole number of pounds or a whole count: the first one built loads the en-GB data, tens of milliseconds of the start-up in one task (issue 16)', async () => {
    vi.resetModules();
    const built = vi.spyOn(Intl, 'NumberFormat');
    const fresh = await import('./format');
    expect([
      fresh.formatMoney(2_359_420.29),
      fresh.formatMoney(-1500),
      fresh.formatCount(100_000),
      fresh.countOf(3651, 'contract'),
    ]).toEqual(['£2,359,420', '-£1,500', '100,000', '3,651 contracts']);
    expect(built).not.toHaveBeenCalled();
  });
});
