import { financialYearLabel, type IsoDate } from '../dates';
import type { Benefit, CostCategory, Option, Risk } from '../domain';
import { DEFAULT_OPTIMISM_BIAS } from '../domain';
import { contributionsOf, durationShiftMonths, implementationMonthsOf, type Contributions } from './contributions';
import { addMonthsToDay, dayNumberToIso, financialYearOfDay, isoToDayNumber } from '../dates';
import { annuityFactor } from './discount';
import { moveWithGoLive, presentValue, spreadFlow, sum, type PeriodContext } from './flows';
import type { OptionRecords } from './follow-on';

/**
 * One option's economic case (docs/domain.md §4): real costs discounted in three layers —
 * NPC_base (no sunk costs, ex VAT), NPC_OB (optimism bias: development and service-charge uplifts on
 * their categories, and duration bias moving go-live, which extends bridge and dual running and delays
 * benefits), NPC_adj (plus each risk's probability × impact in the year it lands) — with whole-life
 * cost in cash and real terms beside each, the equivalent annual cost, and benefits after shortfall.
 *
 * Risk impacts are entered in constant (price-base) prices, as risk estimates usually are. A
 * `contingency` line is left out of the economic case whenever the option has optimism bias or a
 * risk allowance (it would count the same uncertainty twice) and is shown in the financial case only.
 */

export interface Layer {
  npc: number;
  wholeLifeReal: number;
  wholeLifeCash: number;
}

export interface UpliftResult {
  pct: number;
  upperBound: number;
  atUpperBound: boolean;
  mitigation: string;
  /** Present value the uplift adds. */
  npc: number;
}

export interface YearRow {
  /** FY start year, e.g. 2025 for 2025/26. */
  fy: number;
  label: string;
  t: number;
  df: number;
  /** D_pb ÷ D_t: cash × this = real. */
  cashToReal: number;
  /** Base cost lines in cash and in real terms. */
  cash: number;
  real: number;
  /** Real cost with optimism bias (NPC_OB layer), undiscounted. */
  cost: number;
  /** The optimism bias part of `cost` (uplifts and the duration move). */
  optimismBias: number;
  /** Expected value of risks landing this year (real). */
  risk: number;
  /** cost × DF: this year's part of NPC_OB (the risk allowance is in `cumulativeDiscounted`). */
  discounted: number;
  /** Base real cost by category. */
  byCategory: Partial<Record<CostCategory, number>>;
  /** Monetised benefits after shortfall, real, undiscounted. */
  benefits: number;
}

export interface BenefitTotals {
  /** Σ real benefit × DF over CRB, NCRB and SB after shortfall. */
  pvb: number;
  pvbBeforeShortfall: number;
  byType: { CRB: number; NCRB: number; SB: number };
  /** Realised cash-releasing benefits after shortfall, cash, per year (financial case). */
  realisedCrbCash: Float64Array;
  /** Real monetised benefits after shortfall per year, by the discount schedule they take. */
  realStandard: Float64Array;
  realHealth: Float64Array;
  unmonetised: Benefit[];
  count: number;
}

export interface OptionEconomics {
  optionId: string;
  base: Layer;
  optimismBias: Layer;
  riskAdjusted: Layer;
  /** The headline: NPC_adj. */
  npc: number;
  /** NPC_adj ÷ Σ DF_t: annuity in advance over the appraisal period. */
  eac: number;
  uplifts: { development: UpliftResult; serviceCharge: UpliftResult; duration: UpliftResult & { months: number } };
  riskAllowance: { npc: number; real: number; outsidePeriod: number };
  /** False when the option has no risks recorded: "risk not assessed", never lowest risk. */
  riskAssessed: boolean;
  contingency: { includedInEconomicCase: boolean; cash: number; real: number };
  /** Cash dated before the base date: out of the economic case. */
  sunkCash: number;
  afterPeriodCash: number;
  byYear: YearRow[];
  byCategory: Partial<Record<CostCategory, { real: number; cash: number; npc: number }>>;
  /** Running total of (cost + risk) × DF; the last entry equals `npc` (NPC_adj). */
  cumulativeDiscounted: number[];
  goLive: { planned: IsoDate | null; withOptimismBias: IsoDate | null; implementationMonths: number; shiftMonths: number };
  benefits: BenefitTotals;
  contributions: Contributions;
  /** Per cost line, aligned with `contributions.lines`: base cash by year, sunk cash, PV at the OB layer. */
  lineFigures: LineFigures[];
}

export interface LineFigures {
  cash: Float64Array;
  sunkCash: number;
  /** Present value the line adds to NPC_OB (with its uplift and any go-live move). */
  pvOb: number;
  /** A contingency line left out of the economic case. */
  excluded: boolean;
}

export interface EconomicsSettings {
  /** Implementation months for a new system that gives none (settings lead time by category). */
  defaultImplementationMonths: number;
}

export function riskExpectedValue(risk: Pick<Risk, 'impact' | 'probability'>): number {
  if (risk.impact === undefined || risk.probability === undefined) return 0;
  return risk.impact * risk.probability;
}

function uplift(pct: number, upperBound: number, mitigation: string, npc: number): UpliftResult {
  return { pct, upperBound, atUpperBound: pct >= upperBound, mitigation, npc };
}

function layer(real: Float64Array, cash: Float64Array, df: Float64Array): Layer {
  return { npc: presentValue(real, df), wholeLifeReal: sum(real), wholeLifeCash: sum(cash) };
}

export function hasOptimismBias(option: Option): boolean {
  const ob = option.optimismBias;
  return ob.development.pct > 0 || ob.serviceCharge.pct > 0 || ob.duration.pct > 0;
}

export function computeEconomics(option: Option, records: OptionRecords, ctx: PeriodContext, settings: EconomicsSettings): OptionEconomics {
  const contributions = contributionsOf(option, records, ctx, settings.defaultImplementationMonths);
  const { n, df } = ctx;
  const baseReal = new Float64Array(n);
  const baseCash = new Float64Array(n);
  const obReal = new Float64Array(n);
  const obCash = new Float64Array(n);
  const riskReal = new Float64Array(n);
  const scratchReal = new Float64Array(n);
  const movedReal = new Float64Array(n);
  const movedCash = new Float64Array(n);
  const categories = new Map<CostCategory, { real: Float64Array; cash: Float64Array }>();
  let devNpc = 0;
  let serviceNpc = 0;
  let durationNpc = 0;
  let sunkCash = 0;
  let afterPeriodCash = 0;
  let contingencyCash = 0;
  let contingencyReal = 0;

  let riskOutside = 0;
  let hasRiskAllowance = false;
  for (const r of contributions.risks) {
    const ev = riskExpectedValue(r.risk);
    if (ev === 0) continue;
    hasRiskAllowance = true;
    const t = r.landsDay === null ? 0 : financialYearOfDay(r.landsDay) - ctx.fy0;
    if (t < 0 || t >= n) riskOutside += ev;
    else riskReal[t] += ev;
  }
  const includeContingency = !(hasOptimismBias(option) || hasRiskAllowance);

  const lineFigures: LineFigures[] = [];
  for (const c of contributions.lines) {
    scratchReal.fill(0);
    const lineCash = new Float64Array(n);
    const scratchCash = lineCash;
    const spread = spreadFlow(c.flow, ctx, c.scale, scratchReal, scratchCash);
    sunkCash += spread.sunkCash;
    afterPeriodCash += spread.afterCash;
    const figures: LineFigures = { cash: lineCash, sunkCash: spread.sunkCash, pvOb: 0, excluded: false };
    lineFigures.push(figures);
    if (c.line.category === 'contingency' && !includeContingency) {
      contingencyCash += sum(scratchCash);
      contingencyReal += sum(scratchReal);
      figures.excluded = true;
      continue;
    }
    const moved = moveWithGoLive(c.flow, c.link, c.durationMonths);
    let mReal = scratchReal;
    let mCash = scratchCash;
    if (moved !== c.flow) {
      movedReal.fill(0);
      movedCash.fill(0);
      spreadFlow(moved, ctx, c.scale, movedReal, movedCash);
      mReal = movedReal;
      mCash = movedCash;
      durationNpc += presentValue(movedReal, df) - presentValue(scratchReal, df);
    }
    const u = c.upliftRate;
    const pvMoved = presentValue(mReal, df);
    figures.pvOb = pvMoved * (1 + u);
    if (u !== 0) {
      if (c.uplift === 'development') devNpc += pvMoved * u;
      else serviceNpc += pvMoved * u;
    }
    let cat = categories.get(c.line.category);
    if (!cat) {
      cat = { real: new Float64Array(n), cash: new Float64Array(n) };
      categories.set(c.line.category, cat);
    }
    for (let t = 0; t < n; t++) {
      baseReal[t] += scratchReal[t];
      baseCash[t] += scratchCash[t];
      cat.real[t] += scratchReal[t];
      cat.cash[t] += scratchCash[t];
      obReal[t] += mReal[t] * (1 + u);
      obCash[t] += mCash[t] * (1 + u);
    }
  }

  const benefits = benefitTotals(contributions, ctx);
  const base = layer(baseReal, baseCash, df);
  const optimismBias = layer(obReal, obCash, df);
  const riskNpc = presentValue(riskReal, df);
  const riskWhole = sum(riskReal);
  const riskAdjusted: Layer = {
    npc: optimismBias.npc + riskNpc,
    wholeLifeReal: optimismBias.wholeLifeReal + riskWhole,
    // Risk values are in price-base terms; their cash equivalent inflates them year by year.
    wholeLifeCash: optimismBias.wholeLifeCash + riskReal.reduce((s, v, t) => s + v / ctx.deflator.cashToReal(ctx.fy0 + t), 0),
  };

  const byYear: YearRow[] = [];
  const cumulativeDiscounted: number[] = [];
  let running = 0;
  for (let t = 0; t < n; t++) {
    const fy = ctx.fy0 + t;
    const discounted = obReal[t] * df[t];
    running += discounted + riskReal[t] * df[t];
    cumulativeDiscounted.push(running);
    const rowCategories: Partial<Record<CostCategory, number>> = {};
    for (const [category, v] of categories) if (v.real[t] !== 0) rowCategories[category] = v.real[t];
    byYear.push({
      fy,
      label: financialYearLabel(fy),
      t,
      df: df[t],
      cashToReal: ctx.deflator.cashToReal(fy),
      cash: baseCash[t],
      real: baseReal[t],
      cost: obReal[t],
      optimismBias: obReal[t] - baseReal[t],
      risk: riskReal[t],
      discounted,
      byCategory: rowCategories,
      benefits: benefits.realByYear[t],
    });
  }
  const byCategory: OptionEconomics['byCategory'] = {};
  for (const [category, v] of categories) byCategory[category] = { real: sum(v.real), cash: sum(v.cash), npc: presentValue(v.real, df) };

  const ob = option.optimismBias;
  const implementationMonths = implementationMonthsOf(option, settings.defaultImplementationMonths);
  const shiftMonths = durationShiftMonths(option, settings.defaultImplementationMonths);
  const planned = implementationMonths > 0 ? addMonthsToDay(isoToDayNumber(option.terms.startDate), implementationMonths) : null;
  return {
    optionId: option.id,
    base,
    optimismBias,
    riskAdjusted,
    npc: riskAdjusted.npc,
    eac: riskAdjusted.npc / annuityFactor(df),
    uplifts: {
      development: uplift(ob.development.pct, DEFAULT_OPTIMISM_BIAS.development.pct, ob.development.mitigation, devNpc),
      serviceCharge: uplift(ob.serviceCharge.pct, DEFAULT_OPTIMISM_BIAS.serviceCharge.pct, ob.serviceCharge.mitigation, serviceNpc),
      duration: {
        ...uplift(ob.duration.pct, DEFAULT_OPTIMISM_BIAS.duration.pct, ob.duration.mitigation, durationNpc),
        months: shiftMonths,
      },
    },
    riskAllowance: { npc: riskNpc, real: riskWhole, outsidePeriod: riskOutside },
    riskAssessed: (records.risks.get(option.id)?.length ?? 0) > 0,
    contingency: { includedInEconomicCase: includeContingency, cash: contingencyCash, real: contingencyReal },
    sunkCash,
    afterPeriodCash,
    byYear,
    byCategory,
    cumulativeDiscounted,
    goLive: {
      planned: planned === null ? null : dayNumberToIso(planned),
      withOptimismBias: planned === null ? null : dayNumberToIso(addMonthsToDay(planned, shiftMonths)),
      implementationMonths,
      shiftMonths,
    },
    benefits: benefits.totals,
    contributions,
    lineFigures,
  };
}

function benefitTotals(contributions: Contributions, ctx: PeriodContext): { totals: BenefitTotals; realByYear: Float64Array } {
  const { n } = ctx;
  const realByYear = new Float64Array(n);
  const realisedCrbCash = new Float64Array(n);
  const real = new Float64Array(n);
  const cash = new Float64Array(n);
  const totals: BenefitTotals = {
    pvb: 0,
    pvbBeforeShortfall: 0,
    byType: { CRB: 0, NCRB: 0, SB: 0 },
    realisedCrbCash,
    realStandard: new Float64Array(n),
    realHealth: new Float64Array(n),
    unmonetised: [],
    count: contributions.benefits.length,
  };
  for (const c of contributions.benefits) {
    const b = c.benefit;
    if (b.type === 'UB' || !c.flow) {
      if (!c.followOn) totals.unmonetised.push(b);
      continue;
    }
    real.fill(0);
    cash.fill(0);
    spreadFlow(moveWithGoLive(c.flow, c.link, c.durationMonths), ctx, c.scale, real, cash);
    const kept = 1 - b.shortfallPct / 100;
    const pv = presentValue(real, b.valuedFromQalys ? ctx.dfHealth : ctx.df);
    totals.pvbBeforeShortfall += pv;
    totals.pvb += pv * kept;
    totals.byType[b.type] += pv * kept;
    const bySchedule = b.valuedFromQalys ? totals.realHealth : totals.realStandard;
    for (let t = 0; t < n; t++) {
      realByYear[t] += real[t] * kept;
      bySchedule[t] += real[t] * kept;
      if (b.type === 'CRB') realisedCrbCash[t] += cash[t] * kept;
    }
  }
  return { totals, realByYear };
}

/** The name the renderer has used for an option’s cost figures. */
export type OptionCosts = OptionEconomics;
