import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  expandTwoDigitYear,
  parseBoolean,
  parseCategory,
  parseContractingModel,
  parseDate,
  parseHostingModel,
  parseInteger,
  parseList,
  parseMoney,
  parseProcurementRoute,
  parseRegime,
  parseStatus,
} from './values';
import { civilFromDays, daysFromCivil, isoFromParts, isoToExcelSerial } from './excel-serial';

function value<T>(result: { ok: true; value: T } | { ok: false; reason: string }): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.reason}`);
  return result.value;
}
function reason(result: { ok: boolean; reason?: string }): string {
  if (result.ok) throw new Error('expected a failure');
  return result.reason ?? '';
}

describe('parseDate', () => {
  it.each([
    ['2026-04-01', '2026-04-01'],
    ['01/04/2026', '2026-04-01'],
    ['1/4/2026', '2026-04-01'],
    ['1/4/26', '2026-04-01'],
    ['01.04.2026', '2026-04-01'],
    ['1 Apr 2026', '2026-04-01'],
    ['01-Apr-26', '2026-04-01'],
    ['1 April 2026', '2026-04-01'],
    ['1st April 2026', '2026-04-01'],
    ['April 1, 2026', '2026-04-01'],
    ['1 Sept 2026', '2026-09-01'],
    ['01/04/2026 00:00', '2026-04-01'],
    ['2026-04-01T00:00:00', '2026-04-01'],
    ['29/02/2024', '2024-02-29'],
  ])('reads %s day first', (text, iso) => {
    expect(value(parseDate(text))).toBe(iso);
  });

  it('pivots two-digit years at 70 (00-69 → 2000s, 70-99 → 1900s)', () => {
    expect(expandTwoDigitYear(0)).toBe(2000);
    expect(expandTwoDigitYear(69)).toBe(2069);
    expect(expandTwoDigitYear(70)).toBe(1970);
    expect(expandTwoDigitYear(99)).toBe(1999);
    expect(value(parseDate('31/12/69'))).toBe('2069-12-31');
    expect(value(parseDate('1/1/70'))).toBe('1970-01-01');
  });

  it('rejects impossible dates as not real, naming the value', () => {
    expect(reason(parseDate('31/02/2026'))).toBe("'31/02/2026' is not a real date");
    expect(reason(parseDate('29/02/2025'))).toContain('is not a real date');
    expect(reason(parseDate('2026-13-01'))).toContain('is not a real date');
    expect(reason(parseDate('31 Apr 2026'))).toContain('is not a real date');
  });

  it('explains the expected format for text that is not a date', () => {
    expect(reason(parseDate('next spring'))).toBe("'next spring' is not a date: use dd/mm/yyyy");
    expect(reason(parseDate('1 Foo 2026'))).toContain('use dd/mm/yyyy');
    expect(reason(parseDate('01/04/0026'))).toContain('year');
  });

  it('reads numbers as Excel serials in the 1900 system, with the Lotus leap-year bug', () => {
    expect(value(parseDate(1))).toBe('1900-01-01');
    expect(value(parseDate(59))).toBe('1900-02-28');
    expect(reason(parseDate(60))).toContain('29/02/1900');
    expect(value(parseDate(61))).toBe('1900-03-01');
    // Microsoft documents 2958465 as 31 Dec 9999, the last date Excel supports.
    expect(value(parseDate(2958465))).toBe('9999-12-31');
    expect(reason(parseDate(0))).toContain('start at 1');
    expect(value(parseDate(45383.75))).toBe(value(parseDate(45383)));
  });

  it('reads the 1904 system: serial 0 is 1 Jan 1904, 1,462 days after the 1900 system', () => {
    expect(value(parseDate(0, { date1904: true }))).toBe('1904-01-01');
    fc.assert(
      fc.property(fc.integer({ min: 1462, max: 100_000 }), (serial1900) => {
        expect(value(parseDate(serial1900 - 1462, { date1904: true }))).toBe(value(parseDate(serial1900)));
      }),
    );
  });

  it('reads five-digit serials written as text', () => {
    expect(value(parseDate('45383'))).toBe(value(parseDate(45383)));
  });

  it('round-trips every day through its serial in both systems (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: daysFromCivil(1900, 3, 1), max: daysFromCivil(2199, 12, 31) }), fc.boolean(), (day, date1904) => {
        const [y, m, d] = civilFromDays(day);
        if (date1904 && y < 1904) return;
        const iso = isoFromParts(y, m, d);
        expect(value(parseDate(isoToExcelSerial(iso, date1904), { date1904 }))).toBe(iso);
      }),
    );
  });

  it('agrees with every text format it accepts (property)', () => {
    const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    fc.assert(
      fc.property(fc.integer({ min: daysFromCivil(1970, 1, 1), max: daysFromCivil(2069, 12, 31) }), (day) => {
        const [y, m, d] = civilFromDays(day);
        const iso = isoFromParts(y, m, d);
        const dd = String(d).padStart(2, '0');
        const mm = String(m).padStart(2, '0');
        const yy = String(y % 100).padStart(2, '0');
        for (const text of [iso, `${dd}/${mm}/${y}`, `${d}/${m}/${yy}`, `${d} ${MON[m - 1]} ${y}`, `${dd}-${MON[m - 1]}-${yy}`]) {
          expect(value(parseDate(text))).toBe(iso);
        }
      }),
    );
  });
});

describe('parseMoney', () => {
  it.each([
    ['£1,234,567.89', 1234567.89],
    ['1234567', 1234567],
    ['(1,234)', -1234],
    ['-£5', -5],
    ['£-5', -5],
    ['£1.2m', 1_200_000],
    ['£450k', 450_000],
    ['£1.2bn', 1_200_000_000],
    ['£ 1 234 567', 1234567],
    ['GBP 1,000', 1000],
    ['1000 GBP', 1000],
    ['£0.21m', 210_000],
    ['1.005', 1.01],
    ['12.344', 12.34],
    ['£2.5 million', 2_500_000],
    ['.5', 0.5],
  ])('reads %s', (text, pounds) => {
    expect(value(parseMoney(text))).toBe(pounds);
  });

  it('rounds numeric cells to pence', () => {
    expect(value(parseMoney(1234.5678))).toBe(1234.57);
    expect(value(parseMoney(-0.004))).toBe(0);
  });

  it.each(['about 50k', '1,5', '£', '12..5', '1.2.3', '--5', '(−5)x', 'TRUE'])('rejects %s with advice', (text) => {
    expect(reason(parseMoney(text))).toContain('is not an amount of money');
  });

  it('reads any whole-pence amount written with £ and thousands separators (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (pence) => {
        const pounds = pence / 100;
        const text = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }).format(pounds);
        expect(value(parseMoney(text))).toBe(pounds);
        expect(value(parseMoney(String(pounds)))).toBe(pounds);
      }),
    );
  });
});

describe('parseInteger and parseBoolean', () => {
  it('reads whole numbers with separators and units', () => {
    expect(value(parseInteger('90 days', { units: ['days'] }))).toBe(90);
    expect(value(parseInteger('1,000'))).toBe(1000);
    expect(value(parseInteger(30))).toBe(30);
    expect(value(parseInteger('30.0'))).toBe(30);
  });
  it('rejects fractions, words and out-of-range values', () => {
    expect(reason(parseInteger('2.5'))).toContain('is not a whole number');
    expect(reason(parseInteger('three months', { noun: 'a number of days' }))).toBe("'three months' is not a number of days");
    expect(reason(parseInteger('5000', { min: 0, max: 3650 }))).toContain('outside');
  });
  it.each([
    ['yes', true],
    ['Y', true],
    ['TRUE', true],
    ['1', true],
    ['no', false],
    ['n', false],
    ['False', false],
    ['0', false],
  ] as const)('reads %s', (text, bool) => {
    expect(value(parseBoolean(text))).toBe(bool);
  });
  it('rejects other words', () => {
    expect(reason(parseBoolean('maybe'))).toBe("'maybe' is not yes or no");
    expect(value(parseBoolean(true))).toBe(true);
  });
});

describe('enum parsers', () => {
  it.each([
    ['Via LSP', 'via-lsp'],
    ['LSP', 'via-lsp'],
    ['National Programme', 'via-lsp'],
    ['Direct', 'direct'],
    ['Reseller', 'reseller'],
    ['Framework', 'framework'],
    ['via-lsp', 'via-lsp'],
  ])('contracting model %s', (text, code) => expect(value(parseContractingModel(text))).toBe(code));

  it.each([
    ['Electronic Patient Record', 'EPR'],
    ['epr', 'EPR'],
    ['A&E', 'ED'],
    ['Emergency Department', 'ED'],
    ['Pathology', 'LIMS'],
    ['Patient Administration System', 'PAS'],
    ['Maternity', 'maternity'],
  ])('category %s', (text, code) => expect(value(parseCategory(text))).toBe(code));

  it.each([
    ['Vendor hosted', 'vendor-hosted'],
    ['Supplier hosted', 'vendor-hosted'],
    ['On-prem', 'on-premise'],
    ['LSP data centre', 'lsp-data-centre'],
    ['Public cloud', 'public-cloud'],
  ])('hosting model %s', (text, code) => expect(value(parseHostingModel(text))).toBe(code));

  it.each([
    ['Open procedure', 'open'],
    ['Direct Award', 'direct-award'],
    ['Call-off from framework', 'framework-call-off'],
    ['Negotiated procedure without prior publication', 'negotiated-without-publication'],
  ])('procurement route %s', (text, code) => expect(value(parseProcurementRoute(text))).toBe(code));

  it.each([
    ['PCR 2015', 'PCR2015'],
    ['Procurement Act 2023', 'PA2023'],
    ['PA 2023', 'PA2023'],
    ['Provider Selection Regime', 'PSR'],
  ])('regime %s', (text, code) => expect(value(parseRegime(text))).toBe(code));

  it('reads statuses and explains unknown values with the accepted choices', () => {
    expect(value(parseStatus('In procurement'))).toBe('in-procurement');
    expect(value(parseStatus('Live'))).toBe('active');
    const why = reason(parseCategory('Cloudy stuff'));
    expect(why).toContain("'Cloudy stuff' is not a recognised category");
    expect(why).toContain('Electronic patient record (EPR)');
  });
});

describe('parseList', () => {
  it('splits on semicolons, commas and line breaks and drops empties', () => {
    expect(value(parseList('PAS; Maternity, ED\nTheatres;;'))).toEqual(['PAS', 'Maternity', 'ED', 'Theatres']);
  });

  it('gives exactly the items of the earlier backtracking split, on any text (property)', () => {
    // The earlier regex took ~2 s on a cell of 32,000 spaces between two words (see values.ts).
    const earlier = (text: string): string[] =>
      text
        .trim()
        .split(/\s*[;,\n\r]\s*/)
        .filter((s) => s !== '');
    const unit = fc.constantFrom(';', ',', '\n', '\r', ' ', '\t', '\u00a0', '\u2028', '\ufeff', 'a', 'B', '1', '—');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        expect(value(parseList(text))).toEqual(earlier(text));
      }),
      { numRuns: 2000 },
    );
    expect(value(parseList(`PAS${' '.repeat(32_000)}ED`))).toEqual([`PAS${' '.repeat(32_000)}ED`]);
  });
});
