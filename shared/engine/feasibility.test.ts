import { describe, expect, it } from 'vitest';
import { anEprContract } from '../../test/support/builders';
import { feasibilityOption, runFeasibility, type OptionOverrides } from '../../test/support/feasibility';
import { daysBetween } from '../dates';
import { DEFAULT_SETTINGS, type Contract, type ContractInput, type Option } from '../domain';
import type { FeasibilityCheckId, FeasibilityInput } from './feasibility';

const epr = (over: Partial<ContractInput> = {}): Contract =>
  anEprContract({ hostingModel: 'lsp-data-centre', hostingEndDate: '2027-06-30', ...over });

/** A separate hosting contract `reference`, ending on `end` with no extensions left. */
const hostingContract = (reference: string, end: string): Contract =>
  epr({ reference, category: 'hosting', currentEndDate: end, maximumEndDate: undefined, hostingEndDate: undefined });

const option = feasibilityOption;

function run(check: FeasibilityCheckId, over: Partial<FeasibilityInput> & { option: Option }) {
  const { result, all } = runFeasibility(check, epr(), over);
  expect(all.map((r) => r.check)).toEqual([
    'too-late',
    'service-gap',
    'hosting-gap',
    'coverage-gap',
    'short-list-incomplete',
    'direct-award-without-ground',
    'substantial-modification',
    'above-threshold',
  ]);
  return result;
}

describe('too late', () => {
  it('fires when today + route lead time is after the option start', () => {
    const r = run('too-late', { option: option({ route: 'open' }) });
    expect(r.fires).toBe(true);
    expect(r.title).toBe('Too late');
    // The title is not repeated at the start of the explanation ("Too late: Too late: …").
    expect(r.explanation).toMatch(/^An open procedure takes 12 months; the contract ends on 30 Jun 2027, 7 months away\./);
    expect(r.explanation).toContain('30 Nov 2027');
    expect(r.figures).toMatchObject({ earliestSignature: '2027-11-30', optionStart: '2027-07-01', routeLeadMonths: 12 });
  });

  it('counts a part-month lead time as a whole month, as the latest start of procurement does (docs/domain.md §5)', () => {
    // 11.5 months from 30 Nov 2026: the earliest signature is 12 months on, never 11.
    const settings = { ...DEFAULT_SETTINGS, leadTimesMonths: { ...DEFAULT_SETTINGS.leadTimesMonths, openProcedure: 11.5 } };
    const r = run('too-late', { option: option({ route: 'open' }), settings });
    expect(r.figures).toMatchObject({ earliestSignature: '2027-11-30' });
  });

  it('does not fire when the route fits and the notice deadline is ahead', () => {
    const r = run('too-late', { option: option({ route: 'direct-award' }) });
    expect(r.fires).toBe(false);
    expect(r.figures.noticeDeadline).toBe('2027-01-01');
  });

  it('uses the framework lead time for a call-off', () => {
    expect(run('too-late', { option: option({ route: 'framework-call-off' }), today: '2027-01-02' }).figures.routeLeadMonths).toBe(6);
  });

  it('fires when the notice deadline has passed', () => {
    const r = run('too-late', { option: option({ route: 'direct-award' }), today: '2027-02-01' });
    expect(r.fires).toBe(true);
    expect(r.figures.noticeDeadlinePassed).toBe(true);
    expect(r.explanation).toContain('notice deadline was 1 Jan 2027');
  });
});

describe('service gap', () => {
  const reprocure = (over: OptionOverrides = {}) => option({ route: 'open', newSystem: true, ...over });

  it('fires when a new system goes live after the contract ends with no bridge', () => {
    const r = run('service-gap', { option: reprocure() });
    // Signature 30 Nov 2027 (today + 12 months, later than the start), + 18 months EPR implementation.
    expect(r.fires).toBe(true);
    expect(r.figures.goLive).toBe('2029-05-30');
    expect(r.figures.gapDays).toBe(daysBetween('2027-06-30', '2029-05-30') - 1);
    expect(r.explanation).toContain('30 May 2029');
  });

  it('uses the other-systems implementation time for non-EPR contracts', () => {
    const r = run('service-gap', { option: reprocure(), contracts: [epr({ category: 'PACS' })] });
    expect(r.figures.goLive).toBe('2028-08-30');
  });

  it('does not fire when a bridge is recorded', () => {
    const r = run('service-gap', { option: reprocure({ bridgeAvailable: true }) });
    expect(r.fires).toBe(false);
    expect(r.explanation).toContain('bridge');
  });

  it('mentions unexercised extension options that could bridge', () => {
    const r = run('service-gap', {
      option: reprocure(),
      contracts: [epr({ extensionOptions: [{ months: 12 }, { months: 12, exercised: true }] })],
    });
    expect(r.explanation).toContain('12 months');
  });

  it('does not fire when the incumbent continues from the day after the end', () => {
    expect(run('service-gap', { option: option({ route: 'direct-award' }) }).fires).toBe(false);
  });
});

describe('hosting gap', () => {
  it('fires when the target hosting goes live after the current hosting ends', () => {
    const r = run('hosting-gap', {
      option: option({ hosting: { currentModel: 'lsp-data-centre', targetModel: 'vendor-hosted', goLive: '2027-09-01' } }),
    });
    expect(r.fires).toBe(true);
    expect(r.figures.hostingEnd).toBe('2027-06-30');
    expect(r.explanation).toContain('1 Sep 2027');
  });

  it('does not fire when hosting is live in time', () => {
    const r = run('hosting-gap', {
      option: option({ hosting: { currentModel: 'lsp-data-centre', targetModel: 'vendor-hosted', goLive: '2027-06-01' } }),
    });
    expect(r.fires).toBe(false);
  });

  it('estimates go-live from the transfer start plus the hosting lead time', () => {
    const inTime = run('hosting-gap', { option: option({ hosting: { targetModel: 'vendor-hosted', transferStart: '2027-01-01' } }) });
    expect(inTime.figures).toMatchObject({ hostingGoLive: '2027-07-01', estimated: true });
    expect(inTime.fires).toBe(false); // live the day after hosting ends
    const late = run('hosting-gap', { option: option({ hosting: { targetModel: 'vendor-hosted', transferStart: '2027-01-02' } }) });
    expect(late.fires).toBe(true);
  });

  it('does not fire without a hosting change', () => {
    expect(run('hosting-gap', { option: option() }).fires).toBe(false);
  });

  it('takes the end of a separate hosting contract', () => {
    const hosting = hostingContract('HOST-1', '2027-03-31');
    const r = run('hosting-gap', {
      contracts: [epr({ hostingEndDate: undefined }), hosting],
      option: option({ hosting: { targetModel: 'vendor-hosted', goLive: '2027-05-01' } }),
    });
    expect(r.fires).toBe(true);
    expect(r.figures.hostingContract).toBe('HOST-1');
  });
});

// The three legal checks (direct award, modification, threshold) are tested in feasibility-legal.test.ts.

describe('additions of issues 12 and 13', () => {
  it('too late counts the approval lead time before the route', () => {
    const opt = option({ route: 'direct-award' }); // 3 months: in time on its own for 1 Jul 2027
    expect(run('too-late', { option: opt }).fires).toBe(false);
    const r = run('too-late', { option: opt, approval: { leadMonths: 9, tierLabel: 'NHS England' } });
    expect(r.fires).toBe(true);
    expect(r.explanation).toMatch(/^Approval \(NHS England\) takes 9 months and a direct award takes 3 months;/);
    expect(r.figures).toMatchObject({ approvalLeadMonths: 9, earliestSignature: '2027-11-30' });
  });

  it('says a past end date in words, never as a negative count', () => {
    const r = run('too-late', { option: option({ route: 'open' }), today: '2028-09-01' });
    expect(r.explanation).toContain('the contract ended on 30 Jun 2027, ended 429 days ago');
    expect(r.explanation).not.toMatch(/-\d/);
  });

  it('service gap moves go-live by the duration optimism bias', () => {
    const r = run('service-gap', { option: option({ route: 'open', newSystem: true }), goLiveShiftMonths: 10 });
    expect(r.figures).toMatchObject({ goLive: '2030-03-30', durationOptimismBiasMonths: 10 });
    expect(r.explanation).toContain('+ 10 months duration optimism bias');
  });

  it('raises the hosting gap on a separate linked hosting contract', () => {
    const hosting = hostingContract('HOST-9', '2027-03-31');
    const r = run('hosting-gap', {
      contracts: [epr({ hostingEndDate: undefined })],
      linkedContracts: [hosting],
      option: option({ hosting: { targetModel: 'vendor-hosted', goLive: '2027-05-01' } }),
    });
    expect(r.fires).toBe(true);
    expect(r.contractRef).toBe('HOST-9');
    expect(r.title).toBe('Hosting gap');
    expect(r.explanation).not.toMatch(/^Hosting gap/);
  });

  it('on the same day, the hosting contract itself carries the finding rather than the EPR', () => {
    const hosting = epr({ reference: 'HOST-2', category: 'hosting', maximumEndDate: undefined, hostingEndDate: undefined });
    const r = run('hosting-gap', {
      contracts: [epr(), hosting],
      option: option({ hosting: { targetModel: 'vendor-hosted', goLive: '2027-09-01' } }),
    });
    expect(r.contractRef).toBe('HOST-2');
  });

  it('coverage gap and short list checks fire from the appraisal’s figures', () => {
    const coverage = {
      complete: false,
      gaps: [{ from: '2029-07-01', to: '2036-03-31', days: 2466, months: 81 }],
      gapDays: 2466,
      gapMonths: 81,
      followOn: { kind: 'none' as const },
      problem: null,
    };
    const gap = run('coverage-gap', { option: option(), coverage });
    expect(gap.fires).toBe(true);
    expect(gap.explanation).toContain('81 months of the appraisal period without the service (1 Jul 2029 to 31 Mar 2036)');
    const list = run('short-list-incomplete', {
      option: option(),
      shortList: { complete: false, missing: ['a do-minimum option'], text: 'Short list incomplete: it needs a do-minimum option.' },
    });
    expect(list.fires).toBe(true);
    expect(list.explanation).toContain('a do-minimum option');
  });
});
