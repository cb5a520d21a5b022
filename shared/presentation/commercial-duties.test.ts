import { describe, expect, it } from 'vitest';
import { REGIME_LABELS, type Contract, type Option, type Regime } from '../domain';
import { anAppraisalWithOptions, appraiseInput } from '../../test/support/builders';
import { appraiseAll } from '../engine/appraise';
import { optionDuties } from '../engine/option-duties';
import { buildCommercialCase } from './commercial-case';
import { OBLIGATION_LABELS } from '../law';
import { formatDate, NONE } from '../format';
import { addDaysIso } from '../dates';
import { defaultPipelineYear } from '../law/pipeline';
import { resultContext } from './result-context';

/**
 * The board paper's commercial case and the appraisal's key dates (its .ics)
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
  return { paper, act, detail: model.details[0] };
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
      const { paper, act, detail } = bothFor(regime, (o) => o[1], { extensionMonths: 12, ...providedFor });
      expect(paper).toEqual(act);
      // The paper says why a direct award's duties are a change's, under the contract's own regime.
      expect(detail.dutiesBasis).toBe(
        `This option extends the current contract, so its duties are planned as a change to that contract under the ${REGIME_LABELS[regime]}, not as a new award.`,
      );
    });

    it(`business as usual extended by a year with a £3m change to the ${regime} contract (not shown to be permitted)`, () => {
      const { paper, act } = bothFor(regime, (o) => o[0], { extensionMonths: 12, legal: { valueChangeExVat: 3_000_000 } });
      expect(paper).toEqual(act);
    });

    it(`a direct award replacing the ${regime} contract`, () => {
      const { paper, act, detail } = bothFor(regime, (o) => o[1]);
      expect(act.length).toBeGreaterThan(0);
      expect(detail.dutiesBasis).toBeNull();
      expect(paper).toEqual(act);
    });
  }
});

describe('the commercial case’s duties follow the paper’s own dates and the trust’s answers', () => {
  function paperFor(over: { startDate?: string; pipeline?: 'yes' | 'no' | 'not-known' } = {}) {
    const records = anAppraisalWithOptions();
    const contract: Contract = { ...records.contract, regime: 'PA2023' };
    const option = {
      ...records.options[2],
      terms: { ...records.options[2].terms, startDate: over.startDate ?? records.options[2].terms.startDate },
    };
    const options = records.options.map((o) => (o.id === option.id ? option : o));
    const input = appraiseInput({ ...records, contract, options });
    const settings = over.pipeline
      ? {
          ...records.settings,
          law: { ...records.settings.law, pipelineSpend: { [String(defaultPipelineYear(input.today))]: over.pipeline } },
        }
      : records.settings;
    const result = appraiseAll({ ...input, settings });
    const r = result.options.find((x) => x.option.id === option.id)!;
    const model = buildCommercialCase({ result, recommendedId: option.id, contracts: input.contracts, settings, today: input.today });
    return { detail: model.details[0], ctx: resultContext(r, input.contracts, settings, input.today) };
  }

  it('dates the duties from the signature its timeline shows, approval lead included, when the option starts as soon as it can', () => {
    const { detail, ctx } = paperFor({ startDate: '2026-06-01' });
    expect(ctx.approvalLead).toBeGreaterThan(0);
    const signed = detail.timeline.find((t) => t.label === 'Contract signed')!.value;
    expect(signed).toBe(formatDate(ctx.signature));
    // The contract details notice is due within 30 days beginning with the day the contract is signed.
    const details = detail.duties.find((d) => d.title === OBLIGATION_LABELS['contract-details-notice'].title);
    expect(details?.due).toBe(formatDate(addDaysIso(ctx.signature, 29)));
  });

  it('leaves out the pipeline duty when the trust answered that it is under the £100m test, and asks for it when unknown', () => {
    const title = OBLIGATION_LABELS['pipeline-inclusion'].title;
    expect(paperFor({ pipeline: 'not-known' }).detail.duties.map((d) => d.title)).toContain(title);
    expect(paperFor({ pipeline: 'no' }).detail.duties.map((d) => d.title)).not.toContain(title);
  });
});
