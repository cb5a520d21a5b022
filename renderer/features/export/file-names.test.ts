import { describe, expect, it } from 'vitest';
import { exportFileName } from './file-names';

describe('exportFileName', () => {
  const day = new Date('2026-12-06T12:00:00Z');
  it('keeps both parts to letters, digits and hyphens, so an owner or title can never add a path', () => {
    expect(exportFileName('Northbridge Valley NHS Trust', 'key-dates-Gareth Lewis', 'ics', day)).toBe(
      'Northbridge-Valley-NHS-Trust-key-dates-Gareth-Lewis-2026-12-06.ics',
    );
    expect(exportFileName('', 'key-dates-../../etc: A/B', 'ics', day)).toBe('trust-key-dates-etc-AB-2026-12-06.ics');
  });
});
