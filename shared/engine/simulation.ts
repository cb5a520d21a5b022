import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { cumulativeStdNormalProbability, probit, quantileSorted } from 'simple-statistics';
import type { Appraisal, Benefit, CostLine, GoLiveLink, Option, Risk } from '../domain';
import { resolveCounterfactual } from './counterfactual';
import { computeEconomics, type OptionEconomics } from './economics';
import { financialYearOfDay } from '../dates';
import { moveWithGoLive, presentValue, spreadFlow, type Flow, type PeriodContext } from './flows';
import { groupRecords } from './follow-on';
import { periodContext, type AppraisalPeriod } from './period';

/**
 * Monte Carlo risk analysis (docs/domain.md §4; Green Book annex on risk): triangular three-point
 * estimates on cost lines, benefit lines, go-live delay in months (which extends bridges and dual
 * running and moves benefits) and £ risks (each occurs with its probability, impact drawn from its
 * range). A seeded xoroshiro128+ generator (pure-rand); every option draws from the same random
 * numbers in an iteration — an input shared through a follow-on draws once — so incremental figures
 * against the counterfactual are paired. Chunked, so a Web Worker can report progress and cancel:
 * `createSimulation(input, seed)`, then `step(n)` until done, then `result()`.
 *
 * Each uncertain line enters NPC linearly (its present value with optimism bias × drawn ÷ most
 * likely amount), except lines that move with go-live, whose present value is worked out for each
 * whole month of delay in advance. Lines with a range take no optimism bias by default (the
 * uncertainty is modelled here instead).
 */

export interface SimulationInput {
  appraisal: AppraisalPeriod & Pick<Appraisal, 'simulation'> & Partial<Pick<Appraisal, 'counterfactual'>>;
  options: readonly Option[];
  costLines: readonly CostLine[];
  risks: readonly Risk[];
  benefits?: readonly Benefit[];
  defaultImplementationMonths?: number;
}

export interface Percentiles {
  mean: number;
  p10: number;
  p50: number;
  p80: number;
  p90: number;
}

export interface TornadoBar {
  label: string;
  /** NPC_adj with the input at its low and high value, all else most likely. */
  low: number;
  high: number;
  swing: number;
}

export interface OptionSimulation {
  optionId: string;
  npc: Percentiles;
  /** Null for the counterfactual, or when there is none. */
  npsv: Percentiles | null;
  /** Among options other than business as usual; null for BAU. */
  probabilityCheapest: number | null;
  /** S-curve: NPC_adj at every 5th percentile, 0 to 100. */
  sCurve: Array<{ percentile: number; npc: number }>;
  /** The largest drivers of NPC_adj, largest swing first (at most 10). */
  tornado: TornadoBar[];
}

export interface SimulationResult {
  seed: number;
  algorithm: 'xoroshiro128plus';
  iterations: number;
  options: OptionSimulation[];
}

export interface Simulation {
  readonly total: number;
  /** Runs up to `n` more iterations; returns how many are done. */
  step(n: number): number;
  done(): boolean;
  /** The result so far (all iterations once done). */
  result(): SimulationResult;
}

/** Inverse CDF of Triangular(a, c, b) at u. */
export function triangular(u: number, a: number, c: number, b: number): number {
  if (b <= a) return c;
  const f = (c - a) / (b - a);
  return u < f ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
}

/** One term of an option's NPC (or PVB) in an iteration. */
interface Term {
  /** Index of the uniform for the amount, or −1 when the amount is fixed. */
  draw: number;
  low: number;
  mode: number;
  high: number;
  /** Present value per unit of the drawn amount, by months of delay (one entry when not linked). */
  pvPerUnit: Float64Array;
  /** Index of the delay input the term moves with, or −1. */
  delay: number;
  /** Risks: index of the occurrence uniform and the probability; −1 otherwise. */
  occurs: number;
  probability: number;
  label: string;
  /** Implementation cost correlated with the delay. */
  correlated: boolean;
}

interface OptionModel {
  id: string;
  constantNpc: number;
  constantPvb: number;
  costs: Term[];
  benefits: Term[];
  economics: OptionEconomics;
}

interface DelayInput {
  draw: number;
  low: number;
  mode: number;
  high: number;
}

function pvByDelay(
  flow: Flow,
  link: GoLiveLink,
  baseMonths: number,
  maxDelay: number,
  ctx: PeriodContext,
  df: Float64Array,
  scale: number,
): Float64Array {
  const out = new Float64Array(link === 'none' ? 1 : maxDelay + 1);
  const real = new Float64Array(ctx.n);
  const cash = new Float64Array(ctx.n);
  for (let d = 0; d < out.length; d++) {
    real.fill(0);
    spreadFlow(moveWithGoLive(flow, link, baseMonths + d), ctx, scale, real, cash);
    out[d] = presentValue(real, df);
  }
  return out;
}

export function createSimulation(input: SimulationInput, seed = input.appraisal.simulation.seed): Simulation {
  const { appraisal, options } = input;
  const iterations = appraisal.simulation.iterations;
  const ctx = periodContext(appraisal);
  const records = groupRecords(options, input.costLines, input.risks, input.benefits ?? []);
  const settings = { defaultImplementationMonths: input.defaultImplementationMonths ?? 18 };
  const inputIndex = new Map<string, number>();
  const indexOf = (key: string): number => {
    let i = inputIndex.get(key);
    if (i === undefined) {
      i = inputIndex.size;
      inputIndex.set(key, i);
    }
    return i;
  };
  const delays: DelayInput[] = [];
  const delayOf = new Map<string, number>();
  for (const o of options) {
    if (!o.goLiveDelay) continue;
    delayOf.set(o.id, delays.length);
    delays.push({ draw: indexOf(`delay:${o.id}`), low: o.goLiveDelay.low, mode: o.goLiveDelay.mostLikely, high: o.goLiveDelay.high });
  }
  const maxDelay = Math.ceil(Math.max(0, ...delays.map((d) => d.high)));

  const models: OptionModel[] = options.map((option) => {
    const e = computeEconomics(option, records, ctx, settings);
    const model: OptionModel = { id: option.id, constantNpc: 0, constantPvb: 0, costs: [], benefits: [], economics: e };
    e.contributions.lines.forEach((c, j) => {
      const fig = e.lineFigures[j];
      if (fig.excluded) return;
      const delay = c.link !== 'none' ? (delayOf.get(c.source.id) ?? -1) : -1;
      const range = c.line.range;
      if (!range && delay < 0) {
        model.constantNpc += fig.pvOb;
        return;
      }
      const unit = c.line.amount === 0 ? 0 : 1 / c.line.amount;
      const pv = delay >= 0 ? pvByDelay(c.flow, c.link, c.durationMonths, maxDelay, ctx, ctx.df, c.scale) : Float64Array.of(fig.pvOb);
      for (let d = 0; d < pv.length; d++) pv[d] = (delay >= 0 ? pv[d] * (1 + c.upliftRate) : pv[d]) * unit;
      model.costs.push({
        draw: range ? indexOf(`line:${c.line.id}`) : -1,
        low: range?.low ?? c.line.amount,
        mode: c.line.amount,
        high: range?.high ?? c.line.amount,
        pvPerUnit: pv,
        delay,
        occurs: -1,
        probability: 1,
        label: c.line.label,
        correlated: c.line.category === 'implementation' && c.source === option,
      });
    });
    for (const r of e.contributions.risks) {
      if (r.risk.impact === undefined || r.risk.probability === undefined) continue;
      const t = r.landsDay === null ? 0 : financialYearOfDay(r.landsDay) - ctx.fy0;
      const df = t >= 0 && t < ctx.n ? ctx.df[t] : 0;
      const range = r.risk.impactRange;
      model.costs.push({
        draw: range ? indexOf(`risk-impact:${r.risk.id}`) : -1,
        low: range?.low ?? r.risk.impact,
        mode: r.risk.impact,
        high: range?.high ?? r.risk.impact,
        pvPerUnit: Float64Array.of(df),
        delay: -1,
        occurs: indexOf(`risk-occurs:${r.risk.id}`),
        probability: r.risk.probability,
        label: r.risk.title,
        correlated: false,
      });
    }
    for (const b of e.contributions.benefits) {
      if (!b.flow || b.benefit.type === 'UB') continue;
      const kept = 1 - b.benefit.shortfallPct / 100;
      const df = b.benefit.valuedFromQalys ? ctx.dfHealth : ctx.df;
      const delay = b.link !== 'none' ? (delayOf.get(b.source.id) ?? -1) : -1;
      const amount = b.benefit.cashflow?.amount ?? 0;
      const pv = pvByDelay(b.flow, b.link, b.durationMonths, delay >= 0 ? maxDelay : 0, ctx, df, b.scale);
      const range = b.benefit.range;
      if (!range && delay < 0) {
        model.constantPvb += pv[0] * kept;
        continue;
      }
      for (let d = 0; d < pv.length; d++) pv[d] = amount === 0 ? 0 : (pv[d] * kept) / amount;
      model.benefits.push({
        draw: range ? indexOf(`benefit:${b.benefit.id}`) : -1,
        low: range?.low ?? amount,
        mode: amount,
        high: range?.high ?? amount,
        pvPerUnit: pv,
        delay,
        occurs: -1,
        probability: 1,
        label: b.benefit.label,
        correlated: false,
      });
    }
    return model;
  });

  const cfId = resolveCounterfactual(appraisal.counterfactual ? { counterfactual: appraisal.counterfactual } : undefined, options).optionId;
  const cfIndex = cfId ? options.findIndex((o) => o.id === cfId) : -1;
  const eligible = options.map((o) => o.kind !== 'business-as-usual');
  const rho = appraisal.simulation.delayCostCorrelation;
  // Gaussian copula parameter for a rank correlation ρ: 2 sin(πρ/6).
  const copula = 2 * Math.sin((Math.PI * rho) / 6);
  const n = options.length;
  const npc = options.map(() => new Float64Array(iterations));
  const pvb = options.map(() => new Float64Array(iterations));
  const cheapest = new Float64Array(n);
  const u = new Float64Array(inputIndex.size);
  const delayMonths = new Int32Array(delays.length);
  const rng = xoroshiro128plus(seed);
  let done = 0;

  const evaluate = (terms: Term[], firstDelayU: (t: Term) => number): number => {
    let sum = 0;
    for (const t of terms) {
      if (t.occurs >= 0 && u[t.occurs] >= t.probability) continue;
      let amount = t.mode;
      if (t.draw >= 0) {
        let p = u[t.draw];
        if (t.correlated && copula !== 0) {
          const zDelay = probit(Math.min(1 - 1e-12, Math.max(1e-12, firstDelayU(t))));
          const zOwn = probit(Math.min(1 - 1e-12, Math.max(1e-12, p)));
          p = cumulativeStdNormalProbability(copula * zDelay + Math.sqrt(1 - copula * copula) * zOwn);
        }
        amount = triangular(p, t.low, t.mode, t.high);
      }
      const pv = t.delay >= 0 ? t.pvPerUnit[Math.min(t.pvPerUnit.length - 1, delayMonths[t.delay])] : t.pvPerUnit[0];
      sum += amount * pv;
    }
    return sum;
  };

  const step = (count: number): number => {
    const end = Math.min(iterations, done + Math.max(0, Math.floor(count)));
    for (; done < end; done++) {
      for (let k = 0; k < u.length; k++) u[k] = uniformFloat64(rng);
      for (let k = 0; k < delays.length; k++) {
        const d = delays[k];
        delayMonths[k] = Math.round(triangular(u[d.draw], d.low, d.mode, d.high));
      }
      let best = -1;
      for (let i = 0; i < n; i++) {
        const m = models[i];
        const delayU = (): number => {
          const d = delayOf.get(options[i].id);
          return d === undefined ? 0.5 : u[delays[d].draw];
        };
        npc[i][done] = m.constantNpc + evaluate(m.costs, delayU);
        pvb[i][done] = m.constantPvb + evaluate(m.benefits, delayU);
        if (eligible[i] && (best < 0 || npc[i][done] < npc[best][done])) best = i;
      }
      if (best >= 0) cheapest[best] += 1;
    }
    return done;
  };

  const result = (): SimulationResult => {
    const count = done;
    return {
      seed,
      algorithm: 'xoroshiro128plus',
      iterations: count,
      options: models.map((m, i): OptionSimulation => {
        const costs = npc[i].subarray(0, count);
        const npsv =
          cfIndex >= 0 && i !== cfIndex
            ? Float64Array.from({ length: count }, (_, k) => pvb[i][k] - pvb[cfIndex][k] - (npc[i][k] - npc[cfIndex][k]))
            : null;
        const sorted = Array.from(costs).sort((a, b) => a - b);
        return {
          optionId: m.id,
          npc: percentiles(sorted),
          npsv: npsv ? percentiles(Array.from(npsv).sort((a, b) => a - b)) : null,
          probabilityCheapest: eligible[i] && count > 0 ? cheapest[i] / count : null,
          sCurve: count ? Array.from({ length: 21 }, (_, k) => ({ percentile: k * 5, npc: quantileSorted(sorted, k / 20) })) : [],
          tornado: tornado(m, delays, delayOf.get(m.id)),
        };
      }),
    };
  };

  return { total: iterations, step, done: () => done >= iterations, result };
}

function percentiles(sorted: number[]): Percentiles {
  if (sorted.length === 0) return { mean: Number.NaN, p10: Number.NaN, p50: Number.NaN, p80: Number.NaN, p90: Number.NaN };
  let sum = 0;
  for (const v of sorted) sum += v;
  return {
    mean: sum / sorted.length,
    p10: quantileSorted(sorted, 0.1),
    p50: quantileSorted(sorted, 0.5),
    p80: quantileSorted(sorted, 0.8),
    p90: quantileSorted(sorted, 0.9),
  };
}

/** Deterministic swings: each input at its low and its high with everything else most likely. */
function tornado(m: OptionModel, delays: DelayInput[], delayIndex: number | undefined): TornadoBar[] {
  const mostLikelyDelay = delayIndex === undefined ? 0 : Math.round(delays[delayIndex].mode);
  const at = (t: Term, amount: number, delay: number): number =>
    amount * t.pvPerUnit[Math.min(t.pvPerUnit.length - 1, t.delay >= 0 ? delay : 0)];
  const expected = (t: Term, amount: number, delay: number) => (t.occurs >= 0 ? t.probability : 1) * at(t, amount, delay);
  const base = m.costs.reduce((s, t) => s + expected(t, t.mode, mostLikelyDelay), m.constantNpc);
  const bars: TornadoBar[] = [];
  for (const t of m.costs) {
    if (t.draw < 0) continue;
    const low = base - expected(t, t.mode, mostLikelyDelay) + expected(t, t.low, mostLikelyDelay);
    const high = base - expected(t, t.mode, mostLikelyDelay) + expected(t, t.high, mostLikelyDelay);
    bars.push({ label: t.label, low, high, swing: Math.abs(high - low) });
  }
  if (delayIndex !== undefined) {
    const d = delays[delayIndex];
    const withDelay = (months: number) => m.costs.reduce((s, t) => s + expected(t, t.mode, months), m.constantNpc);
    const low = withDelay(Math.round(d.low));
    const high = withDelay(Math.round(d.high));
    bars.push({ label: 'Go-live delay', low, high, swing: Math.abs(high - low) });
  }
  return bars.sort((a, b) => b.swing - a.swing).slice(0, 10);
}
