import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aBareContract } from '../../test/support/builders';
import { AppError } from '../result';
import { OCDS_LIMITS, previewOcdsImport } from './ocds';

const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/ocds/${name}`, import.meta.url), 'utf8');
const mk = aBareContract;

const register = [
  mk({ reference: 'PACS-2025', title: 'PACS', startDate: '2025-07-01', currentEndDate: '2030-06-30', totalValue: 2_900_000 }),
  mk({
    reference: 'host-9',
    title: 'Hosting',
    category: 'hosting',
    startDate: '2025-09-01',
    currentEndDate: '2028-06-30',
    totalValue: 800_000,
  }),
];

describe('OCDS release package import (Find a Tender)', () => {
  const p = previewOcdsImport(fixture('release-package.json'), register);

  it('matches by the buyer reference in tender.id and lists the rest as unmatched', () => {
    expect(p.kind).toBe('release-package');
    expect(p.releasesRead).toBe(3);
    expect(p.matched.map((m) => m.reference)).toEqual(['PACS-2025']);
    expect(p.unmatched).toEqual([{ ocid: 'ocds-h6vhtk-ffffff', title: 'Catering equipment' }]);
  });

  it('shows end date, maximum end date, value, CPV, supplier identifiers, amendments and notices as a diff', () => {
    const m = p.matched[0];
    const by = Object.fromEntries(m.changes.map((c) => [c.field, c]));
    expect(by.currentEndDate).toMatchObject({ before: '30 Jun 2030', after: '31 Dec 2030' });
    expect(by.maximumEndDate).toMatchObject({ before: '—', after: '31 Dec 2032' });
    expect(by.totalValue).toMatchObject({ before: '£2,900,000', after: '£3,150,000' });
    expect(by.cpvCodes.after).toBe('48180000, 72000000');
    expect(by.supplierIdentifiers.after).toBe('GB-COH-01234567, GB-PPON-ABCD-1234-EFGH');
    expect(m.next.modifications).toEqual([
      expect.objectContaining({
        date: '2026-03-15',
        valueChange: 150_000,
        termChangeMonths: 6,
        noticePublished: true,
        noticeIdentifier: '030001-2026',
      }),
    ]);
    expect(m.next.notices?.map((n) => `${n.type} ${n.date}`)).toEqual([
      'UK4 2025-03-03',
      'UK6 2025-06-02',
      'UK7 2025-07-20',
      'UK10 2026-03-01',
    ]);
    expect(by.notices.after).toContain('UK10 contract change notice of 1 Mar 2026');
  });

  it('writes nothing: the register passed in is unchanged', () => {
    expect(register[0].currentEndDate).toBe('2030-06-30');
    expect(register[0].notices).toBeUndefined();
  });

  it('importing the same package again changes nothing more', () => {
    const again = previewOcdsImport(fixture('release-package.json'), [p.matched[0].next, register[1]]);
    expect(again.matched).toEqual([]);
  });
});

describe('OCDS record package import', () => {
  it('reads each record’s compiled release, matching by tender id; amountGross is converted to ex VAT', () => {
    const p = previewOcdsImport(fixture('record-package.json'), register);
    expect(p.kind).toBe('record-package');
    const m = p.matched[0];
    expect(m.reference).toBe('host-9');
    expect(m.next).toMatchObject({
      currentEndDate: '2028-08-31',
      totalValue: 800_000,
      cpvCodes: ['72415000'],
      supplierIdentifiers: ['GB-COH-07654321'],
    });
    expect(m.changes.map((c) => c.field)).toEqual(['currentEndDate', 'cpvCodes', 'supplierIdentifiers', 'notices']);
  });
});

describe('OCDS refusals', () => {
  const code = (fn: () => unknown): string => {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      return `${(e as AppError).code}: ${(e as AppError).message}`;
    }
    throw new Error('expected a refusal');
  };

  it('refuses text that is not JSON', () => {
    expect(code(() => previewOcdsImport('{"releases": [', register, { fileName: 'notices.json' }))).toMatch(
      /^OCDS_NOT_JSON: 'notices.json' is not valid JSON/,
    );
  });

  it('refuses JSON that is not a package', () => {
    expect(code(() => previewOcdsImport('{"contracts": []}', register))).toMatch(/^OCDS_NOT_A_PACKAGE: .*no "releases" or "records" list/);
  });

  it('refuses a malformed release, naming the release and field', () => {
    expect(code(() => previewOcdsImport(fixture('malformed-release.json'), register))).toMatch(/^OCDS_INVALID: .*Release 1, field ocid/);
  });

  it('refuses an oversized package before reading it', () => {
    const many = JSON.stringify({ releases: Array.from({ length: OCDS_LIMITS.maxReleases + 1 }, () => 0) });
    expect(code(() => previewOcdsImport(many, register))).toMatch(/^OCDS_TOO_MANY_RELEASES: .*250,001 releases/);
  });
});
