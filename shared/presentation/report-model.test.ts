import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  contractSchema,
  costLineSchema,
  DEFAULT_BOARD_PAPER,
  DEFAULT_SETTINGS,
  type ApprovalTier,
  type Contract,
  type Settings,
} from '../domain';
import { appraiseAll, type AppraisalResult } from '../engine/appraise';
import { formatMoney } from '../format';
import { runSensitivity } from '../engine/sensitivity';
import { buildReportFixture, HOSTILE_TITLE, hostileCopy } from '../../test/bench/report/report-fixture';
import { buildReportModel, SHORT_FORM_LIMIT, suggestedForm, type ReportInput } from './report-model';
import { ALL_SECTION_IDS } from './sections';
import { urgencySentence, whenInWords } from './cover';

const sample = JSON.parse(readFileSync('assets/sample-portfolio.json', 'utf8')) as {
  contracts: unknown[];
  organisation: { trustName: string };
};
const contract = (ref: string): Contract => contractSchema.parse(sample.contracts.find((c) => (c as Contract).reference === ref));
const epr = contract('NVH-EPR-001');
const settings: Settings = { ...DEFAULT_SETTINGS, organisation: { trustName: sample.organisation.trustName, author: 'Priya Shah' } };
const TODAY = '2026-04-01';

function input(over: Partial<ReportInput> = {}, contracts: Contract[] = [epr]): ReportInput {
  const bundle = buildReportFixture({ contracts, settings, today: TODAY });
  return { ...bundle, contracts, settings, today: TODAY, ...over };
}

describe('report sections', () => {
  it('prints the Five Case Model in order, numbered, with every option’s route and ground', () => {
    const model = buildReportModel(input());
    expect(model.sections.map((s) => s.id)).toEqual(ALL_SECTION_IDS);
    expect(model.sections.map((s) => s.title)).toEqual([
      'Executive summary',
      'Strategic case',
      'Economic case',
      'Commercial case',
      'Financial case',
      'Management case',
      'Appendix: workings',
    ]);
    expect(model.sections.map((s) => s.number)).toEqual(ALL_SECTION_IDS.map((_, i) => i + 1));
    const routes = model.commercial?.routes.map((r) => r.route).join(' | ');
    expect(routes).toContain('Direct award');
    expect(routes).toContain('Modification of existing contract');
  });

  it('sets out the preferred option’s ground, notices and duties, and the engine’s finding when the ground is missing', () => {
    const base = input();
    const detail = buildReportModel(base).commercial?.details[0];
    expect(detail?.legal.ground?.citation).toBe('PA 2023 s.41 and Sch. 5 para. 6');
    expect(detail?.legal.notices.map((n) => n.label)).toEqual([
      'Conflicts assessment',
      'Transparency notice (UK5)',
      'Key performance indicators (at least three)',
      'Contract award notice (UK6)',
      'Standstill period',
      'Contract details notice (UK7)',
      'Publication of the contract',
    ]);
    expect(detail?.legal.notices[4].wait).toBe('at least 8 working days');
    // Procurement Act duties, dated from the option's own timeline (shared/engine/option-duties.ts).
    const duties = detail?.duties.map((d) => d.title) ?? [];
    expect(duties).toContain('Contract details notice');
    expect(duties).toContain('Contract termination notice');

    const options = base.options.map((o) => (o.route === 'direct-award' ? { ...o, legalGround: undefined } : o));
    const missing = buildReportModel({ ...base, options }).commercial?.details[0].legal;
    expect(missing?.ground).toBeNull();
    expect(missing?.findings[0]).toMatchObject({ title: 'Direct award without a legal ground', fires: true });
  });

  it('prints only the sections asked for, and the short form leaves out the appendix', () => {
    const model = buildReportModel(input({ sections: ['management', 'summary', 'economic'] }));
    expect(model.sections).toEqual([
      { id: 'summary', number: 1, title: 'Executive summary' },
      { id: 'economic', number: 2, title: 'Economic case' },
      { id: 'management', number: 3, title: 'Management case' },
    ]);
    const short = buildReportModel(input({ form: 'short' }));
    expect(short.sections.map((s) => s.id)).not.toContain('appendix');
    expect(short.appendix).toBeNull();
  });
});

describe('report figures', () => {
  it('are appraiseAll’s, formatted to the pound', () => {
    const inp = input();
    const model = buildReportModel(inp);
    const engine = appraiseAll({ ...inp, contracts: [epr] });
    expect(model.options.map((o) => o.id)).toEqual(engine.options.map((r) => r.option.id));
    const row = (key: string) => model.comparison.rows.find((r) => r.key === key)!.cells.map((c) => c.text);
    engine.options.forEach((r, i) => {
      expect(row('npc-with-ob')[i]).toBe(formatMoney(r.costs.optimismBias.npc));
      expect(row('whole-life-cash')[i]).toBe(formatMoney(r.costs.riskAdjusted.wholeLifeCash));
      expect(row('npc')[i]).toContain(formatMoney(r.costs.npc));
      expect(model.economic?.costs[i].costs).toEqual(r.costs);
      expect(row('npc')[i]).toMatch(/^£\d{1,3}(,\d{3})*$/);
    });
    expect(model.economic?.sensitivity.series).toEqual(
      runSensitivity({ appraisal: inp.appraisal, options: inp.options, costLines: inp.costLines, risks: inp.risks }),
    );
  });

  it('shows the DOMAIN worked check 2 (base date 1 Jun 2025: 61 days sunk) as £2,158,872', () => {
    const base = input();
    const option = { ...base.options[0], id: 'only', order: 0 };
    const model = buildReportModel({
      ...base,
      appraisal: {
        ...base.appraisal,
        baseDate: '2025-06-01',
        periodYears: 10,
        deflator: { ...base.appraisal.deflator, assumedGrowthPct: 0 },
        recommendation: { reason: '', status: 'draft' },
      },
      options: [option],
      costLines: [
        costLineSchema.parse({
          id: 'l',
          optionId: 'only',
          appraisalId: base.appraisal.id,
          label: 'Support',
          category: 'support',
          kind: 'recurring',
          amount: 1_200_000,
          startDate: '2025-04-01',
          endDate: '2027-03-31',
          indexationPct: 0,
          // Service-charge optimism bias off, so the figure is the plain worked check.
          uplift: 'none',
        }),
      ],
      risks: [],
    });
    const cell = (key: string) => model.comparison.rows.find((r) => r.key === key)!.cells[0].text;
    expect(cell('npc-with-ob')).toBe('£2,158,872');
    expect(cell('whole-life-cash')).toBe('£2,199,452');
    expect(model.economic?.costs[0].costs.byYear.slice(0, 3).map((y) => y.label)).toEqual(['2025/26', '2026/27', '2027/28']);
  });

  it('writes dates en-GB and financial years as 2026/27', () => {
    const model = buildReportModel(input());
    expect(model.cover.date).toBe('1 Apr 2026');
    expect(model.economic?.costs[0].costs.byYear[0].label).toBe('2026/27');
    const epRow = model.strategic.contracts[0];
    expect(epRow.fields.find((f) => f.label === 'Current end date')?.value).toBe('30 Jun 2027');
    expect(epRow.fields.find((f) => f.label === 'Notice deadline')?.value).toBe('1 Jan 2027');
    expect(model.management.assumptions.general[0].value).toBe('1 Apr 2026 (year 0 is 2026/27)');
  });
});

describe('cover and summary', () => {
  it('names the trust, the author and the status', () => {
    const model = buildReportModel(input({ status: 'final' }));
    expect(model.cover.trustName).toBe('Northbridge Valley Hospitals NHS Trust (sample)');
    expect(model.cover.author).toBe('Priya Shah');
    expect(model.cover.statusLabel).toBe('Final');
    expect(model.cover.sample).toBe(true);
    expect(model.documentTitle).toBe('EPR options appraisal 2026 — board paper');
    expect(buildReportModel(input({ author: 'J. Bloggs' })).cover.author).toBe('J. Bloggs');
  });

  it('states the recommendation and says what it departs from, without repeating the reason', () => {
    const inp = input();
    const model = buildReportModel(inp);
    const direct = inp.options.find((o) => o.kind === 'direct-with-vendor');
    expect(model.summary.recommendedName).toBe(direct?.name);
    expect(model.summary.headline).toBe(`Recommended option: ${direct?.name}.`);
    expect(model.summary.statusLine).toBe('Recommendation status: For review; recorded by Alex Morgan on 1 Apr 2026.');
    // The reason is printed once, in the summary's own callout; the departure says whether one is recorded.
    if (model.summary.departure) {
      expect(model.summary.departure).toMatch(/^The recommended option is not /);
      expect(model.summary.departure).toContain('The reason recorded for it is given with the recommendation.');
      expect(model.summary.departure).not.toContain(inp.appraisal.recommendation.reason);
    }
    expect(model.summary.reason).toBe(inp.appraisal.recommendation.reason);
    expect(model.options.find((o) => o.recommended)?.id).toBe(direct?.id);
    // Recommending the dearest option departs from the lowest net present cost, and says so.
    const engine = appraiseAll({ ...inp, contracts: [epr] });
    const dearest = [...engine.options].filter((r) => r.option.kind !== 'business-as-usual').sort((a, b) => b.costs.npc - a.costs.npc)[0];
    const dear = buildReportModel({
      ...inp,
      appraisal: { ...inp.appraisal, recommendation: { ...inp.appraisal.recommendation, optionId: dearest.option.id } },
    });
    expect(dear.summary.departure).toMatch(/^The recommended option is not the lowest net present cost/);
    expect(dear.summary.departure).toContain('The reason recorded for it is given with the recommendation.');
    expect(dear.summary.departure).not.toContain(inp.appraisal.recommendation.reason);
  });

  it('says nothing about departing when the recommendation is both top score and lowest NPC', () => {
    const inp = input();
    const engine = appraiseAll({ ...inp, contracts: [epr] });
    const candidates = engine.options.filter((r) => r.option.kind !== 'business-as-usual');
    const lowest = [...candidates].sort((a, b) => a.costs.npc - b.costs.npc)[0].option.id;
    const top = lowest;
    // Make one option best on both by giving the cheapest the top marks.
    const options = inp.options.map((o) =>
      o.id === lowest ? { ...o, scores: Object.fromEntries(inp.criteria.map((c) => [c.id, 10])) } : o,
    );
    const model = buildReportModel({
      ...inp,
      options,
      appraisal: { ...inp.appraisal, recommendation: { ...inp.appraisal.recommendation, optionId: lowest } },
    });
    expect(top).toBeDefined();
    expect(model.summary.departure).toBeNull();
  });

  it('carries hostile text through as data, untouched', () => {
    const copy = hostileCopy(contract('NVH-HOST-004'));
    const model = buildReportModel(input({}, [epr, copy]));
    expect(model.strategic.contracts.map((c) => c.title)).toContain(HOSTILE_TITLE);
    expect(model.cover.contracts.some((c) => c.includes(HOSTILE_TITLE))).toBe(true);
  });
});

describe('risks, timeline, feasibility, assumptions', () => {
  it('gives each option its heat map and register, highest residual first', () => {
    const inp = input();
    const model = buildReportModel(inp);
    for (const block of model.management.risks) {
      const total = block.counts.flat().reduce((a, b) => a + b, 0);
      expect(total).toBe(inp.risks.filter((r) => r.optionId === block.optionId).length);
      const scores = block.rows.map((r) => r.residual.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
    const challenge = model.management.risks.flatMap((b) => b.rows).find((r) => r.title === 'Challenge to the direct award');
    expect(challenge?.allowance).toBe('£120,000 (30% × £400,000, 2026/27)');
    expect(challenge?.residual.text).toBe('Unlikely × Major = 8 (High)');
  });

  it('marks the current contract’s deadlines on the timeline', () => {
    const model = buildReportModel(input());
    expect(model.management.timeline.markers.map((m) => [m.kind, m.date])).toEqual([
      ['decision', '2026-10-03'],
      ['notice', '2027-01-01'],
      ['hosting-end', '2027-03-31'],
      ['end', '2027-06-30'],
    ]);
    expect(model.management.timeline.rows).toHaveLength(model.options.length);
    for (const row of model.management.timeline.rows) expect(row.bars.some((b) => b.kind === 'contract')).toBe(true);
  });

  it('lists every feasibility check with the engine’s explanation, problems first', () => {
    const inp = input();
    const model = buildReportModel(inp);
    const engine = appraiseAll({ ...inp, contracts: [epr] });
    model.management.feasibility.forEach((block, i) => {
      // Business as usual is the benchmark, never procured: no procurement or timing checks apply to it.
      expect(block.findings).toHaveLength(engine.options[i].option.kind === 'business-as-usual' ? 0 : 8);
      expect(new Set(block.findings.map((f) => f.explanation))).toEqual(new Set(engine.options[i].feasibility.map((f) => f.explanation)));
      const firing = block.findings.map((f) => f.fires);
      expect(firing).toEqual([...firing].sort((a, b) => Number(b) - Number(a)));
    });
  });

  it('records discount rates, period, optimism bias and lead times', () => {
    const model = buildReportModel(input());
    const general = Object.fromEntries(model.management.assumptions.general.map((g) => [g.label, g.value]));
    expect(general['Discount rate']).toContain('3.5% a year');
    expect(general['Discount rate']).toContain('3% from year 31');
    expect(general['Appraisal period']).toContain('10 years, 2026/27 to 2035/36');
    expect(general['Procurement thresholds (incl. VAT)']).toContain('£135,018');
    const reprocure = model.management.assumptions.perOption.find((o) => o.optionName.startsWith('Re-procure'));
    expect(reprocure?.optimismBias).toMatch(/^Development 100%, service charges 41%, duration 54%/);
  });
});

describe('the board paper’s cover sheet', () => {
  it('asks the board one sentence from the recommendation, by the paper’s purpose', () => {
    const inp = input();
    const model = buildReportModel(inp);
    const direct = inp.options.find((o) => o.kind === 'direct-with-vendor');
    expect(model.cover.ask).toMatch(
      new RegExp(
        `^The Board is asked to approve ${direct?.name.replace(/[()]/g, '\\$&')} as the preferred option for the Electronic patient record contract \\(NVH-EPR-001\\), at a whole-life cost of £[\\d,]+ in cash including irrecoverable VAT over its \\d+-month term \\(net present cost £[\\d,]+\\)\\.$`,
      ),
    );
    const note = buildReportModel({ ...inp, appraisal: { ...inp.appraisal, boardPaper: { purpose: 'note' } as never } });
    expect(note.cover.ask).toMatch(/^The Board is asked to note that /);
    expect(note.cover.purpose).toBe('To note');
    const none = buildReportModel({ ...inp, appraisal: { ...inp.appraisal, recommendation: { reason: '', status: 'draft' } } });
    expect(none.cover.ask).toMatch(/^The Board is asked to note the options appraised for .*; no option has been recommended yet\.$/);
  });

  it('puts the urgency in words with the right day counts', () => {
    // NVH-EPR-001 ends 30 Jun 2027: notice deadline 1 Jan 2027, latest decision date 3 Oct 2026.
    expect(urgencySentence([epr], '2026-12-01')).toBe(
      'The notice deadline is in 31 days (1 Jan 2027); the latest decision date passed on 3 Oct 2026; the contract ends in 211 days (30 Jun 2027).',
    );
    expect(whenInWords('2026-12-02', '2026-12-01')).toBe('is in 1 day (2 Dec 2026)');
    expect(whenInWords('2026-12-01', '2026-12-01')).toBe('is today (1 Dec 2026)');
    expect(buildReportModel(input()).cover.urgency).toContain('the latest decision date is in 185 days (3 Oct 2026)');
  });

  it('shows the cover fields with defaults for an appraisal saved before they existed', () => {
    const model = buildReportModel(input());
    const fields = Object.fromEntries(model.cover.fields.map((f) => [f.label, f.value]));
    expect(fields['Executive sponsor']).toBe('Not recorded');
    expect(fields['Purpose']).toBe('For approval');
    expect(fields['Equality impact assessment']).toBe('Not started');
    expect(fields['Previously considered by']).toBe('Not previously considered');
  });
  it('prints the cover fields the user entered, each in words', () => {
    const base = input();
    const appraisal = {
      ...base.appraisal,
      boardPaper: {
        ...DEFAULT_BOARD_PAPER,
        executiveSponsor: 'Dr Amira Khan, Chief Digital Information Officer',
        purpose: 'assure' as const,
        bafRisks: 'BAF 4: digital resilience',
        eqia: 'in-progress' as const,
        dpia: 'completed' as const,
        previouslyConsidered: 'Digital Board, 12 Oct 2026',
      },
    };
    const fields = Object.fromEntries(buildReportModel({ ...base, appraisal }).cover.fields.map((f) => [f.label, f.value]));
    expect(fields['Executive sponsor']).toBe('Dr Amira Khan, Chief Digital Information Officer');
    expect(fields['Board assurance framework']).toBe('BAF 4: digital resilience');
    expect(fields['Equality impact assessment']).toBe('In progress');
    expect(fields['Data protection impact assessment']).toBe('Completed');
    expect(fields['Previously considered by']).toBe('Digital Board, 12 Oct 2026');
    expect(fields['Purpose']).toBe('For assurance');
  });
});

describe('empty sections', () => {
  it('leaves out the commercial and financial cases and the workings when no option has been added yet', () => {
    const base = input();
    const model = buildReportModel({ ...base, options: [], costLines: [], benefits: [], risks: [] });
    expect(model.commercial).toBeNull();
    expect(model.financial).toBeNull();
    expect(model.sections.map((s) => s.title)).toEqual(['Executive summary', 'Strategic case', 'Economic case', 'Management case']);
    expect(model.sections.map((s) => s.number)).toEqual([1, 2, 3, 4]);
  });
});

describe('management case', () => {
  it('draws heat maps only for options with risks', () => {
    const inp = input();
    const withRisk = inp.options[1].id;
    const model = buildReportModel({ ...inp, risks: inp.risks.filter((r) => r.optionId === withRisk) });
    expect(model.management.risks.map((b) => b.optionId)).toEqual([withRisk]);
    expect(model.management.unassessed).toHaveLength(inp.options.length - 1);
  });
});

describe('the form suggested for the paper', () => {
  /** An appraisal result whose recommended option ('rec') costs `wholeLife` over its term and needs `tier`'s approval. */
  const result = (wholeLife: number, tier: ApprovalTier = 'trust-board') =>
    ({
      options: [
        { option: { id: 'other' }, approval: { tier: 'hm-treasury', wholeLife: 50_000_000 } },
        { option: { id: 'rec' }, approval: { tier, wholeLife } },
      ],
    }) as unknown as AppraisalResult;

  it('suggests the short form (business justification) below £1m whole-life, and the full Five Case paper at or above it', () => {
    expect(SHORT_FORM_LIMIT).toBe(1_000_000);
    expect(suggestedForm(result(999_999.99), 'rec')).toBe('short');
    expect(suggestedForm(result(0), 'rec')).toBe('short');
    expect(suggestedForm(result(1_000_000), 'rec')).toBe('full');
    expect(suggestedForm(result(1_000_000.01), 'rec')).toBe('full');
  });

  it('suggests the full paper for a small contract that needs approval beyond the trust board, or when nothing is recommended', () => {
    expect(suggestedForm(result(500_000, 'nhs-england'), 'rec')).toBe('full');
    expect(suggestedForm(result(500_000), undefined)).toBe('full');
    expect(suggestedForm(result(500_000), 'gone')).toBe('full');
  });

  it('suggests the full paper for the sample EPR appraisal, whose recommended option costs millions', () => {
    const inp = input();
    const engine = appraiseAll({ ...inp, contracts: [epr] });
    const rec = engine.options.find((o) => o.option.id === inp.appraisal.recommendation.optionId);
    expect(rec?.approval.wholeLife).toBeGreaterThan(SHORT_FORM_LIMIT);
    expect(suggestedForm(engine, inp.appraisal.recommendation.optionId)).toBe('full');
  });
});
