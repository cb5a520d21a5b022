import { describe, expect, it } from 'vitest';
import { anAppraisalWithOptions, appraiseInput, someSettings } from '../../test/support/builders';
import { appraiseAll } from '../engine/appraise';
import { optionDuties } from '../engine/option-duties';
import { buildCommercialCase } from './commercial-case';
import { timelineModel } from './timeline';

/**
 * One "latest start of procurement" in the whole paper: the commercial case, the dates timeline and
 * the Procurement Act duties read the same date, with a fractional lead time rounded up (docs/domain.md §5).
 */
describe('latest start of procurement with a 2.5-month direct-award lead time', () => {
  const records = anAppraisalWithOptions();
  const settings = someSettings({ leadTimesMonths: { directAward: 2.5 } });
  const input = { ...appraiseInput(records), settings };
  const direct = records.options[1];
  // Signed on its start date, 1 Apr 2027; 2.5 months rounds up to 3, so the procurement starts by 1 Jan 2027.
  const expected = '2027-01-01';

  it('the commercial case says "Procurement starts by 1 Jan 2027"', () => {
    const model = buildCommercialCase({
      result: appraiseAll(input),
      recommendedId: direct.id,
      contracts: input.contracts,
      settings,
      today: input.today,
    });
    const row = model.details[0].timeline.find((t) => t.label.startsWith('Procurement starts by'));
    expect(row?.value).toBe('1 Jan 2027');
  });

  it('the timeline’s procurement bar starts on 1 Jan 2027 and its contract bar ends on the last day of the term', () => {
    const row = timelineModel({ options: [direct], contracts: input.contracts, settings, today: input.today }).rows[0];
    expect(row.bars.find((b) => b.kind === 'procurement')?.from).toBe(expected);
    expect(row.bars.find((b) => b.kind === 'contract')).toMatchObject({ from: '2027-04-01', to: '2032-03-31' });
  });

  it('the Act duties plan the conflicts assessment, due before the transparency notice, for 1 Jan 2027', () => {
    const duties = optionDuties(direct, input.contracts, settings, input.today);
    expect(duties.find((d) => d.kind === 'conflicts-assessment')?.dueDate).toBe(expected);
  });
});

describe('an estimated hosting go-live with a 2.5-month hosting transfer', () => {
  it('the timeline’s hosting-transfer bar runs three whole months, as the hosting-gap check counts it', () => {
    const records = anAppraisalWithOptions();
    const settings = someSettings({ leadTimesMonths: { hostingTransfer: 2.5 } });
    const input = { ...appraiseInput(records), settings };
    const option = { ...records.options[1], hosting: { ...records.options[1].hosting, transferStart: '2027-04-01', goLive: undefined } };
    const row = timelineModel({ options: [option], contracts: input.contracts, settings, today: input.today }).rows[0];
    expect(row.bars.find((b) => b.kind === 'hosting-transfer')).toMatchObject({ from: '2027-04-01', to: '2027-06-30' });
  });
});
