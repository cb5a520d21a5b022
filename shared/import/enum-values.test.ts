import { describe, expect, it } from 'vitest';
import { parseContractingModel, parseProcurementRoute } from './enum-values';

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

describe('NHS framework and route spellings (issue 11)', () => {
  it.each([
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

  it.each([
    ['HSSF', 'framework'],
    ['Crown Commercial Service', 'framework'],
    ['NHS SBS framework', 'framework'],
  ])('contracting model %s → %s', (text, code) => {
    const parsed = parseContractingModel(text);
    expect(parsed.ok ? parsed.value : parsed.reason).toBe(code);
  });
});
