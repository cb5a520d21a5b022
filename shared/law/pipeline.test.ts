import { describe, expect, it } from 'vitest';
import { contractSchema, DEFAULT_SETTINGS, type Contract, type ContractInput } from '../domain';
import { buildPipeline, type SpendAnswer } from './pipeline';
import { pipelineCsvRows, pipelineOcdsPackage, pipelineXlsxRows } from './pipeline-export';

const lead = DEFAULT_SETTINGS.leadTimesMonths; // open procedure 12 months
const TODAY = '2026-02-10'; // the notice to publish is for 2026/27, by 26 May 2026
const mk = (over: Partial<ContractInput>): Contract =>
  contractSchema.parse({
    reference: 'R',
    title: 'System',
    category: 'PACS',
    supplier: 'S',
    contractingModel: 'direct',
    currentEndDate: '2030-12-31',
    ...over,
  });

/** A contract paying `annualExVat` for the whole of 2026/27 and ending long after the window. */
const payer = (annualExVat: number) =>
  mk({ reference: 'PAY', startDate: '2020-01-01', currentEndDate: '2035-12-31', annualValue: annualExVat });

function run(contracts: Contract[], spend: SpendAnswer = 'not-known', overrides = {}) {
  return buildPipeline({ contracts, today: TODAY, spendStated: spend, leadTimes: lead, overrides });
}

describe('pipeline £100m test (PA 2023 s.93)', () => {
  it('passes by £1: register payments of £100,000,001 incl. VAT settle it as required', () => {
    const r = run([payer(83_333_334.17)]);
    expect(r.registerPaymentsIncVat).toBe(100_000_001);
    expect(r.status).toBe('required');
  });

  it('fails by £1: £99,999,999 settles nothing, so "not known" stays to be confirmed — never "not required"', () => {
    const r = run([payer(83_333_332.5)]);
    expect(r.registerPaymentsIncVat).toBe(99_999_999);
    expect(r.status).toBe('to-be-confirmed');
    expect(r.statusReason).toMatch(/To be confirmed/);
  });

  it('exactly £100m is not "more than" £100m', () => {
    expect(run([payer(83_333_333.33)]).status).toBe('to-be-confirmed');
  });

  it('follows the user’s yes or no when the register does not settle it, and overrides a "no" when it does', () => {
    expect(run([payer(1_000)], 'yes').status).toBe('required');
    expect(run([payer(1_000)], 'no').status).toBe('not-required');
    const r = run([payer(90_000_000)], 'no');
    expect(r.status).toBe('required');
    expect(r.statusReason).toContain('overrides the answer "no"');
  });

  it('counts down to 26 May and spans 1 Apr 2026 to 30 Sep 2027', () => {
    const r = run([]);
    expect(r).toMatchObject({
      financialYear: 2026,
      windowStart: '2026-04-01',
      windowEnd: '2027-09-30',
      deadline: '2026-05-26',
      daysToDeadline: 105,
    });
  });
});

describe('pipeline entries', () => {
  // End 31 Mar 2027 → replacement from 1 Apr 2027 → open procedure 12 months → notice 1 Apr 2026.
  const big = (ref: string, totalExVat: number, end = '2027-03-31') =>
    mk({ reference: ref, title: ref, currentEndDate: end, totalValue: totalExVat });

  it('lists a contract over £2m incl. VAT (£2m + £1) and not one at exactly £2m', () => {
    const r = run([big('AT-2M', 1_666_666.67), big('OVER-2M', 1_666_667.5)]);
    const at = r.entries.find((e) => e.reference === 'AT-2M');
    const over = r.entries.find((e) => e.reference === 'OVER-2M');
    expect(at?.estimatedValueIncVat).toBe(2_000_000);
    expect(at?.included).toBe(false);
    expect(at?.reason).toBe('not over £2m incl. VAT');
    expect(over?.estimatedValueIncVat).toBe(2_000_001);
    expect(over?.included).toBe(true);
  });

  it('includes notices on the window’s first day (1 Apr 2026) and last day (30 Sep 2027), not the days either side', () => {
    const r = run([
      big('FIRST', 5_000_000, '2027-03-31'),
      big('LAST', 5_000_000, '2028-09-29'),
      big('BEFORE', 5_000_000, '2027-03-30'),
      big('AFTER', 5_000_000, '2028-09-30'),
    ]);
    const byRef = new Map(r.entries.map((e) => [e.reference, e]));
    expect(byRef.get('FIRST')?.expectedNoticeDate).toBe('2026-04-01');
    expect(byRef.get('FIRST')?.included).toBe(true);
    expect(byRef.get('LAST')?.expectedNoticeDate).toBe('2027-09-30');
    expect(byRef.get('LAST')?.included).toBe(true);
    expect(byRef.has('BEFORE')).toBe(false);
    expect(byRef.has('AFTER')).toBe(false);
  });

  it('leaves out framework call-offs, modifications and PSR awards', () => {
    const r = run([big('CALL', 5_000_000)], 'yes', { CALL: { route: 'framework-call-off' } });
    expect(r.entries.find((e) => e.reference === 'CALL')?.included ?? false).toBe(false);
  });

  it('applies per-entry overrides: include, value, expected notice date and CPV', () => {
    const r = run([big('SMALL', 100_000)], 'yes', {
      SMALL: { include: true, estimatedValueExVat: 3_000_000, expectedNoticeDate: '2026-10-01', cpv: '48000000' },
    });
    expect(r.entries[0]).toMatchObject({
      included: true,
      estimatedValueIncVat: 3_600_000,
      expectedNoticeDate: '2026-10-01',
      cpv: '48000000',
      overridden: true,
    });
  });
});

describe('pipeline exports', () => {
  const r = run(
    [mk({ reference: 'EPR-9', title: 'EPR', currentEndDate: '2027-06-30', totalValue: 20_000_000, cpvCodes: ['48000000'] })],
    'yes',
  );

  it('CSV rows: header, en-GB date, whole pounds, notice type', () => {
    const rows = pipelineCsvRows(r);
    expect(rows[0][0]).toBe('Contract reference');
    expect(rows[1]).toEqual([
      'EPR-9',
      'EPR',
      'Open procedure',
      '24000000',
      '1 Jul 2026',
      'UK4 tender notice',
      '48000000',
      'Yes',
      expect.stringContaining('over £2m'),
    ]);
  });

  it('XLSX rows keep numbers and dates typed', () => {
    const rows = pipelineXlsxRows(r);
    expect(rows[1][3]).toBe(24_000_000);
    expect(rows[1][4]).toEqual({ date: '2026-07-01' });
  });

  it('OCDS JSON uses Find a Tender’s field names', () => {
    const pkg = pipelineOcdsPackage(r, { buyerName: 'Example NHS Trust', publishedDate: '2026-02-10T09:00:00Z' });
    const rel = pkg.releases[0];
    expect(pkg.version).toBe('1.1');
    expect(rel.tag).toEqual(['planning']);
    expect(rel.tender).toMatchObject({
      status: 'planning',
      classification: { scheme: 'CPV', id: '48000000' },
      value: { amountGross: 24_000_000, currency: 'GBP' },
      communication: { futureNoticeDate: '2026-07-01T00:00:00Z' },
    });
    expect(rel.planning.documents[0].noticeType).toBe('UK1');
  });
});

describe('pipeline notice kind: one rule for screen and export', () => {
  const contracts = (['DA', 'NPWPP', 'OPEN'] as const).map((ref) =>
    mk({ reference: ref, title: ref, currentEndDate: '2027-06-30', totalValue: 20_000_000 }),
  );
  const r = run(contracts, 'yes', {
    DA: { route: 'direct-award' },
    NPWPP: { route: 'negotiated-without-publication' },
    OPEN: { route: 'open' },
  });
  const csv = new Map(pipelineCsvRows(r).map((row) => [row[0], row[5]]));
  const xlsx = new Map(pipelineXlsxRows(r).map((row) => [row[0], row[5]]));

  it.each([
    ['DA', 'transparency', 'UK5 transparency notice'],
    ['NPWPP', 'transparency', 'UK5 transparency notice'],
    ['OPEN', 'tender', 'UK4 tender notice'],
  ])('%s: the Pipeline screen says a %s notice and the CSV and XLSX say %s', (ref, screenWord, exported) => {
    const entry = r.entries.find((e) => e.reference === ref);
    expect(entry?.reason).toBe(`over £2m incl. VAT with a ${screenWord} notice expected in the window`);
    expect(csv.get(ref)).toBe(exported);
    expect(xlsx.get(ref)).toBe(exported);
  });
});
