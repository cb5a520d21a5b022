import { describe, expect, it } from 'vitest';
import type { Contract, Option, Regime } from '../domain';
import { anAppraisalWithOptions, appraiseInput } from '../../test/support/builders';
import { appraiseAll } from '../engine/appraise';
import { optionDuties } from '../engine/option-duties';
import { buildCommercialCase } from './commercial-case';
import { OBLIGATION_LABELS } from '../law';
import { formatDate, NONE } from '../format';

/**
 * The board paper's commercial case and the Act duties (the appraisal's .ics, the duties screen)
 * plan one option's duties: fed the same option, they list the same duties, due the same days,
 * whether the option is a new award or a change to the current contract under either regime.
 */
function bothFor(contractRegime: Regime, pick: (options: Option[]) => Option, change: Partial<Option> = {}) {
  const records = anAppraisalWithOptions();
  const contract: Contract = { ...records.contract, regime: contractRegime };
  const option = { ...pick(records.options), ...change };
  const options = records.options.map((o) => (o.id === option.id ? option : o));
  const input = appraiseInput({ ...records, contract, options });
  const model = buildCommercialCase({
    result: appraiseAll(input),
    recommendedId: option.id,
    contracts: input.contracts,
    settings: records.settings,
    today: input.today,
  });
  const paper = model.details[0].duties.map((d) => `${d.title}: ${d.due}`);
  const act = optionDuties(option, input.contracts, records.settings, input.today).map(
    (d) => `${OBLIGATION_LABELS[d.kind].title}: ${d.dueDate ? formatDate(d.dueDate) : NONE}`,
  );
  return { paper, act };
}

/** A change the contract provides for, not changing its overall nature: permitted (Sch. 8 para. 1 / reg. 72(1)(a)). */
const providedFor = { legal: { providedForInContract: 'yes', overallNatureChanges: 'no' } } as const;

describe('the commercial case and the Act duties agree on an option’s duties', () => {
  for (const regime of ['PCR2015', 'PA2023'] as const) {
    it(`business as usual extended by three months, as the ${regime} contract provides`, () => {
      const { paper, act } = bothFor(regime, (o) => o[0], { extensionMonths: 3, ...providedFor });
      if (regime === 'PA2023') expect(act, 'the change notice').toContainEqual(expect.stringMatching(/^Contract change notice/));
      expect(paper).toEqual(act);
    });

    it(`a direct award option that extends the ${regime} contract by a year (a change to it, not a new award)`, () => {
      const { paper, act } = bothFor(regime, (o) => o[1], { extensionMonths: 12, ...providedFor });
      expect(paper).toEqual(act);
    });

    it(`business as usual extended by a year with a £3m change to the ${regime} contract (not shown to be permitted)`, () => {
      const { paper, act } = bothFor(regime, (o) => o[0], { extensionMonths: 12, legal: { valueChangeExVat: 3_000_000 } });
      expect(paper).toEqual(act);
    });

    it(`a direct award replacing the ${regime} contract`, () => {
      const { paper, act } = bothFor(regime, (o) => o[1]);
      expect(act.length).toBeGreaterThan(0);
      expect(paper).toEqual(act);
    });
  }
});
