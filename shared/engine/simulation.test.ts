import { describe, expect, it } from 'vitest';
import { DEFAULT_SIMULATION, type CostLine, type Option } from '../domain';
import { buildBenchAppraisal } from '../../test/support/bench-workload';
import { computeEconomics } from './economics';
import { groupRecords } from './follow-on';
import { periodContext } from './period';
import { createSimulation, triangular, type SimulationInput } from './simulation';
import { makeOption, makeRisk, oneOffLine, periodWith, recurringLine } from '../../test/support/builders';

const appraisal = { ...periodWith({ g: 2 }), simulation: { ...DEFAULT_SIMULATION } };
const full = { startDate: '2025-04-01', durationMonths: 120 };

function run(input: Omit<SimulationInput, 'appraisal'> & { appraisal?: SimulationInput['appraisal'] }, seed?: number) {
  const sim = createSimulation({ appraisal, ...input }, seed);
  while (!sim.done()) sim.step(2500);
  return sim.result();
}

describe('Monte Carlo risk analysis', () => {
  it('Triangular(0, 0, 1) has mean 1/3 (docs/domain.md check)', () => {
    let sum = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) sum += triangular((i + 0.5) / n, 0, 0, 1);
    expect(sum / n).toBeCloseTo(1 / 3, 4);
  });

  it('with every range collapsed to a point, every percentile equals the deterministic NPC', () => {
    const bau = makeOption({ kind: 'business-as-usual', terms: full });
    const o = makeOption({ terms: full, newSystem: true, goLiveDelay: { low: 0, mostLikely: 0, high: 0 } });
    const lines: CostLine[] = [
      recurringLine(bau.id, 1_000_000, '2025-04-01', '2035-03-31'),
      recurringLine(o.id, 900_000, '2025-04-01', '2035-03-31', { range: { low: 900_000, high: 900_000 } }),
      oneOffLine(o.id, 2_000_000, '2026-01-01', { range: { low: 2_000_000, high: 2_000_000 } }),
      recurringLine(o.id, 500_000, '2025-04-01', '2026-09-30', { goLiveLink: 'until-go-live' }),
    ];
    const risks = [
      makeRisk(o.id, { impact: 100_000, probability: 1, impactRange: { low: 100_000, high: 100_000 }, landsOn: '2027-01-01' }),
    ];
    const r = run({ options: [bau, o], costLines: lines, risks });
    const ctx = periodContext(appraisal);
    const deterministic = computeEconomics(o, groupRecords([bau, o], lines, risks), ctx, { defaultImplementationMonths: 18 }).npc;
    const p = r.options[1].npc;
    for (const v of [p.mean, p.p10, p.p50, p.p80, p.p90]) expect(v).toBeCloseTo(deterministic, 4);
    expect(r.options[1].probabilityCheapest).toBe(1);
    expect(r.options[0].probabilityCheapest).toBeNull();
  });

  it('a fixed seed reproduces the result exactly; another seed does not', () => {
    const o = makeOption({ terms: full });
    const lines = [recurringLine(o.id, 1_000_000, '2025-04-01', '2035-03-31', { range: { low: 800_000, high: 1_600_000 } })];
    const a = run({ options: [o], costLines: lines, risks: [] }, 42);
    const b = run({ options: [o], costLines: lines, risks: [] }, 42);
    const c = run({ options: [o], costLines: lines, risks: [] }, 43);
    expect(b).toEqual(a);
    expect(c.options[0].npc.p50).not.toBe(a.options[0].npc.p50);
    expect(a.iterations).toBe(10_000);
  });

  it('a triangular line: simulated mean and P50 within 0.5% of the analytic values at 10,000 iterations', () => {
    const o: Option = makeOption({ terms: full });
    const [low, mode, high] = [800_000, 1_000_000, 1_500_000];
    const lines = [oneOffLine(o.id, mode, '2025-06-01', { range: { low, high } })];
    const r = run({ options: [o], costLines: lines, risks: [] });
    const mean = (low + mode + high) / 3;
    // Median of a triangular distribution with c < (a + b) / 2: b − √((b − a)(b − c) / 2).
    const median = high - Math.sqrt(((high - low) * (high - mode)) / 2);
    expect(Math.abs(r.options[0].npc.mean / mean - 1)).toBeLessThan(0.005);
    expect(Math.abs(r.options[0].npc.p50 / median - 1)).toBeLessThan(0.005);
  });

  it('a stopped run leaves nothing changed: continuing gives the same result as running straight through', () => {
    const o = makeOption({ terms: full });
    const lines = [recurringLine(o.id, 1_000_000, '2025-04-01', '2035-03-31', { range: { low: 800_000, high: 1_600_000 } })];
    const whole = run({ options: [o], costLines: lines, risks: [] }, 7);
    const sim = createSimulation({ appraisal, options: [o], costLines: lines, risks: [] }, 7);
    sim.step(1234);
    expect(sim.done()).toBe(false);
    expect(sim.result().iterations).toBe(1234);
    while (!sim.done()) sim.step(999);
    expect(sim.result()).toEqual(whole);
  });

  it('the benchmark workload (10 options × 40 lines × 15 years, 10,000 iterations) runs', () => {
    const bench = buildBenchAppraisal();
    const t0 = performance.now();
    const sim = createSimulation(bench);
    while (!sim.done()) sim.step(1000);
    const r = sim.result();
    const ms = performance.now() - t0;
    console.info(`Monte Carlo bench: ${Math.round(ms)} ms for 10 options × 40 lines × 15 years × 10,000 iterations`);
    expect(r.options).toHaveLength(10);
    expect(r.options.every((x) => x.sCurve.length === 21 && x.tornado.length > 0)).toBe(true);
  });
});
