import { describe, expect, it } from 'vitest';
import { parseContractingModel, parseProcurementRoute } from './enum-values';

describe('procurement route spellings: the Provider Selection Regime, and NHS frameworks (issue 11)', () => {
  it.each([
    ['Direct award (PSR)', 'psr-direct-award'],
    ['direct award (psr)', 'psr-direct-award'],
    ['PSR direct award process C', 'psr-direct-award'],
    ['Most suitable provider process', 'psr-most-suitable-provider'],
    ['Competitive process (PSR)', 'psr-competitive'],
    ['Direct Award', 'direct-award'],
    ['HSSF', 'framework-call-off'],
    ['Health Systems Support Framework', 'framework-call-off'],
    ['CCS', 'framework-call-off'],
    ['Crown Commercial Service', 'framework-call-off'],
    ['CCS framework', 'framework-call-off'],
    ['NHS SBS', 'framework-call-off'],
    ['NHS Shared Business Services', 'framework-call-off'],
    ['G-Cloud 14', 'framework-call-off'],
    ['Further competition (HSSF)', 'framework-call-off'],
    ['Further competition (CCS RM6221)', 'framework-call-off'],
    ['Further Competition - NHS SBS', 'framework-call-off'],
    ['Mini-competition (Crown Commercial Service)', 'framework-call-off'],
    ['Direct award (HSSF)', 'framework-call-off'],
    ['Direct award (CCS)', 'framework-call-off'],
    ['Direct award (PSR)', 'psr-direct-award'],
    ['Direct award (PSR process C)', 'psr-direct-award'],
    ['Direct award (Provider Selection Regime)', 'psr-direct-award'],
    ['Direct award (single tender waiver)', 'direct-award'],
    ['Open tender (Find a Tender)', 'open'],
  ])('%s → %s', (text, code) => {
    const parsed = parseProcurementRoute(text);
    expect(parsed.ok ? parsed.value : parsed.reason).toBe(code);
  });

  it('leaves a value it cannot place unrecognised rather than guessing', () => {
    expect(parseProcurementRoute('Successful tender').ok).toBe(false);
    expect(parseProcurementRoute('Bespoke arrangement').ok).toBe(false);
  });

  it('reads a framework named as the contracting model as a framework', () => {
    const models = ['HSSF', 'Crown Commercial Service', 'NHS SBS framework'].map((text) => {
      const parsed = parseContractingModel(text);
      return parsed.ok ? parsed.value : parsed.reason;
    });
    expect(models).toEqual(['framework', 'framework', 'framework']);
  });
});
