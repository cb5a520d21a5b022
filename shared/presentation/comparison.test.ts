import { describe, expect, it } from 'vitest';
import { appraiseAll } from '../engine/appraise';
import { buildBenchAppraisal } from '../../test/support/bench-workload';
import { formatMoney, formatPct } from '../format';
import { runSimulation } from '../engine/simulation-input';
import { buildComparison } from './comparison';

const input = buildBenchAppraisal();
const result = appraiseAll(input);

describe('the comparison model the Compare screen and the report both render', () => {
  it('has one column per option in order, and one row per measure with a cell for each option', () => {
    const model = buildComparison(result, 'opt-3');
    expect(model.columns.map((c) => c.id)).toEqual(result.options.map((r) => r.option.id));
    expect(model.columns.filter((c) => c.recommended).map((c) => c.id)).toEqual(['opt-3']);
    for (const row of model.rows) expect(row.cells).toHaveLength(result.options.length);
  });

  it('shows the engine’s figures to the pound, never as raw numbers', () => {
    const npc = buildComparison(result).rows.find((r) => r.key === 'npc')!;
    expect(npc.cells.map((c) => c.text)).toEqual(result.options.map((r) => formatMoney(r.costs.npc)));
    expect(npc.cells.every((c) => /^-?£[\d,]+$/.test(c.text))).toBe(true);
    const npsv = buildComparison(result).rows.find((r) => r.key === 'npsv')!;
    const cf = result.options.findIndex((r) => r.isCounterfactual);
    if (cf >= 0) expect(npsv.cells[cf].text).toBe('—');
  });

  it('marks best only where one option stands out, with the word that says what best means', () => {
    const npc = buildComparison(result).rows.find((r) => r.key === 'npc')!;
    expect(npc.cells.map((c) => c.best)).toEqual(result.options.map((r) => r.option.id === result.best.npc));
    expect(npc.bestWord).toBe('lowest');
    // An option without risks is "not assessed" on screen and paper, and never marked best.
    const unassessed = result.options.findIndex((r) => !r.costs.riskAssessed);
    if (unassessed >= 0) {
      expect(npc.cells[unassessed].note).toBe('risk not assessed');
      expect(npc.cells[unassessed].best).toBe(false);
    }

    const tied = appraiseAll({ ...input, options: input.options.map((o) => ({ ...o, scores: {} })) });
    const score = buildComparison(tied).rows.find((r) => r.key === 'score')!;
    expect(score.cells.some((c) => c.best)).toBe(false);
  });

  it('says n/a for cost per point where the score is 0, and names the top risk in words', () => {
    const unscored = appraiseAll({ ...input, options: input.options.map((o) => ({ ...o, scores: {} })) });
    const model = buildComparison(unscored);
    expect(model.rows.find((r) => r.key === 'npc-per-point')!.cells.every((c) => c.text === 'n/a')).toBe(true);
    const risk = model.rows.find((r) => r.key === 'top-risk')!.cells[0];
    expect(risk.grade?.label).toMatch(/^(Low|Moderate|High|Extreme)$/);
    expect(risk.text).toBe(`${risk.grade!.label} (${risk.grade!.score})`);
  });
});

describe('risk analysis rows: P50, P80 and the probability of being cheapest', () => {
  it('are absent until a finished run is passed to the engine', () => {
    const keys = buildComparison(result).rows.map((r) => r.key);
    expect(keys).not.toContain('npc-p80');
    expect(keys).not.toContain('probability-cheapest');
  });

  it('show each option’s simulated figures, with the engine’s honest best marks', () => {
    const simulation = runSimulation(input);
    const withRun = appraiseAll({ ...input, simulation });
    const model = buildComparison(withRun);
    const row = (key: string) => model.rows.find((r) => r.key === key)!;
    const figures = (id: string) => simulation.options.find((o) => o.optionId === id)!;
    expect(row('npc-p80').cells.map((c) => c.text)).toEqual(withRun.options.map((r) => formatMoney(figures(r.option.id).npc.p80)));
    expect(row('npc-p50').cells.map((c) => c.text)).toEqual(withRun.options.map((r) => formatMoney(figures(r.option.id).npc.p50)));
    expect(row('npc-p80').cells.map((c) => c.best)).toEqual(withRun.options.map((r) => r.option.id === withRun.best.p80));
    expect(row('npc-p80').bestWord).toBe('lowest');
    const cheapest = row('probability-cheapest');
    expect(cheapest.bestWord).toBe('highest');
    withRun.options.forEach((r, i) => {
      const p = figures(r.option.id).probabilityCheapest;
      if (r.option.kind === 'business-as-usual') expect(cheapest.cells[i]).toMatchObject({ text: '—', note: 'the benchmark', best: false });
      else expect(cheapest.cells[i].text).toBe(formatPct(p! * 100));
    });
    // Probabilities of being cheapest are shares of one set of iterations: they add up to 100%.
    const total = simulation.options.reduce((s, o) => s + (o.probabilityCheapest ?? 0), 0);
    expect(total).toBeCloseTo(1, 9);
  });
});
