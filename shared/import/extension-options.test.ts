import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExtensionOption } from '../domain/contract';
import { formatExtensionOptions, parseExtensionOptions } from './extension-options';
import { parseDate } from './values';

/** The single regular expression the parser used before (quadratic on long runs of spaces). */
const EARLIER_ITEM_RE = /^(?:(\d{1,2})\s*x\s*)?(\d{1,3})\s*(months?|mths?|mos?|m|years?|yrs?|y)\b\s*(?:by\s+(.+?))?\s*(\(?exercised\)?)?$/i;

function earlierParse(text: string): ExtensionOption[] | null {
  const result: ExtensionOption[] = [];
  for (const item of text
    .trim()
    .split(/[;\n\r]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '')) {
    const m = EARLIER_ITEM_RE.exec(item);
    if (!m) return null;
    const count = m[1] ? Number(m[1]) : 1;
    const months = Number(m[2]) * (/^y/i.test(m[3]) ? 12 : 1);
    if (count < 1 || months < 1 || months > 600) return null;
    let exerciseBy: string | undefined;
    if (m[4]) {
      const date = parseDate(m[4]);
      if (!date.ok) return null;
      exerciseBy = date.value;
    }
    for (let i = 0; i < count; i += 1)
      result.push(exerciseBy !== undefined ? { months, exercised: Boolean(m[5]), exerciseBy } : { months, exercised: Boolean(m[5]) });
  }
  return result;
}

describe('extension options', () => {
  it('reads the forms registers use', () => {
    const parsed = parseExtensionOptions('12 months by 31/03/2027 (exercised); 2 x 12 months\n1 year; 6m by 2028-01-31');
    expect(parsed).toEqual({
      ok: true,
      value: [
        { months: 12, exerciseBy: '2027-03-31', exercised: true },
        { months: 12, exercised: false },
        { months: 12, exercised: false },
        { months: 12, exercised: false },
        { months: 6, exerciseBy: '2028-01-31', exercised: false },
      ],
    });
  });

  it('round-trips what the export writes', () => {
    const options = [
      { months: 24, exerciseBy: '2026-09-30', exercised: false },
      { months: 12, exercised: true },
    ];
    expect(parseExtensionOptions(formatExtensionOptions(options))).toEqual({ ok: true, value: options });
  });

  it('explains what it could not read', () => {
    const result = parseExtensionOptions('a couple more years');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain("write e.g. '12 months by 31/03/2027; 12 months'");
    expect(parseExtensionOptions('12 months by 31/02/2027')).toEqual({ ok: false, reason: "'31/02/2027' is not a real date" });
  });

  it('accepts exactly what the earlier single regular expression accepted (property)', () => {
    const token = fc.constantFrom(
      '1',
      '2',
      '12',
      '24',
      '600',
      '601',
      ' ',
      '  ',
      '\t',
      '\u00a0',
      'x',
      'X',
      ' x ',
      'months',
      'month',
      'mths',
      'mo',
      'm',
      'years',
      'y',
      'yr',
      'by',
      'BY',
      ' by ',
      'by  ',
      '31/03/2027',
      '2027-03-31',
      '1 April 2027',
      '31/02/2027',
      'exercised',
      'Exercised',
      '(exercised)',
      '(',
      ')',
      ';',
      '\n',
      'e',
      'a',
      '-',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), (tokens) => {
        const text = tokens.join('');
        const now = parseExtensionOptions(text);
        const before = earlierParse(text);
        expect(now.ok).toBe(before !== null);
        if (now.ok) expect(now.value).toEqual(before);
      }),
      { numRuns: 3000 },
    );
  });
});
