import { describe, expect, it } from 'vitest';
import { formatExtensionOptions, parseExtensionOptions } from './extension-options';

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
    const options = [{ months: 24, exerciseBy: '2026-09-30', exercised: false }, { months: 12, exercised: true }];
    expect(parseExtensionOptions(formatExtensionOptions(options))).toEqual({ ok: true, value: options });
  });

  it('explains what it could not read', () => {
    const result = parseExtensionOptions('a couple more years');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain("write e.g. '12 months by 31/03/2027; 12 months'");
    expect(parseExtensionOptions('12 months by 31/02/2027')).toEqual({ ok: false, reason: "'31/02/2027' is not a real date" });
  });
});
