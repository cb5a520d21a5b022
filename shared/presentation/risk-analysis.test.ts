import { describe, expect, it } from 'vitest';
import { appraiseAll } from '../engine/appraise';
import { buildBenchAppraisal } from '../../test/support/bench-workload';
import { runSimulation } from '../engine/simulation-input';
import { formatMoney } from '../format';
import { riskAnalysisModel, tornadoTable } from './risk-analysis';

const input = buildBenchAppraisal();
const smaller = { ...input, options: input.options.slice(0, 4) };
const simulation = runSimulation(smaller);
const result = appraiseAll({ ...smaller, simulation });
const model = riskAnalysisModel(result, simulation);

describe('the risk analysis model', () => {
  it('names the run so a reader can reproduce it: iterations, generator and seed', () => {
    expect(model.runText).toBe(
      `10,000 iterations of a seeded xoroshiro128+ generator (pure-rand), seed ${smaller.appraisal.simulation.seed}`,
    );
  });

  it('tabulates mean and P10–P90 of NPC per option, to the pound, in the simulation’s own figures', () => {
    expect(model.npcTable.columns.map((c) => c.label)).toEqual(['Option', 'Mean', 'P10', 'P50', 'P80', 'P90']);
    model.npcTable.rows.forEach((row, i) => {
      const o = simulation.options[i];
      expect(row.header).toBe(result.options[i].option.name);
      expect(row.cells).toEqual([o.npc.mean, o.npc.p10, o.npc.p50, o.npc.p80, o.npc.p90].map(formatMoney));
    });
  });

  it('gives NPSV only for options measured against the counterfactual', () => {
    const cf = result.options.find((r) => r.isCounterfactual)!;
    expect(model.npsvTable!.rows.map((r) => r.key)).not.toContain(cf.option.id);
    expect(model.npsvTable!.rows).toHaveLength(smaller.options.length - 1);
  });

  it('says business as usual takes no part in "cheapest", and the S-curve rises from 0% to 100%', () => {
    const bau = result.options.findIndex((r) => r.option.kind === 'business-as-usual');
    expect(model.cheapestTable.rows[bau].cells[0]).toBe('— (business as usual: the benchmark)');
    expect(model.sCurveTable.rows.map((r) => r.header)).toEqual(Array.from({ length: 21 }, (_, k) => `${k * 5}%`));
    for (const o of model.options) {
      const npcs = o.sCurve.map((p) => p.npc);
      expect([...npcs].sort((a, b) => a - b)).toEqual(npcs);
    }
  });

  it('leads with the option most often cheapest, leaving business as usual out', () => {
    const leader = [...model.options]
      .filter((o) => o.probabilityCheapest !== null)
      .sort((a, b) => b.probabilityCheapest! - a.probabilityCheapest!)[0];
    expect(model.summary.startsWith(`${leader.name} is the cheapest option in`)).toBe(true);
    expect(model.summary).not.toMatch(/Business as usual's/);
  });

  it('tabulates each tornado bar with its low, high and swing', () => {
    const o = model.options[1];
    const t = tornadoTable(o.name, o.tornado);
    expect(t.rows).toHaveLength(o.tornado.length);
    expect(t.rows[0].cells).toEqual([formatMoney(o.tornado[0].low), formatMoney(o.tornado[0].high), formatMoney(o.tornado[0].swing)]);
  });
});
