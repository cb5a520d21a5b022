import type { BenefitCashflow, CostCategory, CostLine, EntryBasis, GoLiveLink, LineUplift } from '../domain';
import { walkRecurringDays } from './cost-spread';
import type { DeflatorModel } from './deflator';
import { addMonthsToDay, financialYearOfDay, isoToDayNumber } from '../dates';

/**
 * A line as the engine spreads it (docs/domain.md §4): dates as day numbers so shifting a line
 * (a follow-on, a later go-live) is integer arithmetic, and amounts in the line's own entry basis.
 * Cost lines and monetised benefits share this form.
 */
export interface Flow {
  kind: 'one-off' | 'recurring';
  amount: number;
  /** One-off date, or the recurring start. */
  start: number;
  /** Recurring end (inclusive); equals start for a one-off. */
  end: number;
  indexationPct: number;
  basis: EntryBasis;
  /**
   * Days before this are left out (a follow-on option serves from its follow-on date; the option
   * before it covers the time until then). Indexation still counts from `start`.
   */
  from?: number;
}

/** The period every figure is computed over, worked out once per appraisal. */
export interface PeriodContext {
  /** Number of financial years in the period. */
  n: number;
  /** Year 0: the financial year containing the base date. */
  fy0: number;
  /** Amounts dated before this day are sunk. */
  baseDay: number;
  /** Last day of the period (31 March of year N − 1). */
  endDay: number;
  df: Float64Array;
  /** Green Book health discount factors, for benefits valued from QALYs. */
  dfHealth: Float64Array;
  deflator: DeflatorModel;
  /** cashToReal for each year of the period, index t (the hot path reads this, not the model). */
  toReal: Float64Array;
  /** Percentage points added to every recurring line's indexation (sensitivity analysis). */
  indexationDeltaPct: number;
}

export function flowOfLine(line: CostLine): Flow {
  return line.kind === 'one-off'
    ? {
        kind: 'one-off',
        amount: line.amount,
        start: isoToDayNumber(line.date),
        end: isoToDayNumber(line.date),
        indexationPct: 0,
        basis: line.basis,
      }
    : {
        kind: 'recurring',
        amount: line.amount,
        start: isoToDayNumber(line.startDate),
        end: isoToDayNumber(line.endDate),
        indexationPct: line.indexationPct ?? 0,
        basis: line.basis,
      };
}

export function flowOfBenefit(cashflow: BenefitCashflow, basis: EntryBasis): Flow {
  return cashflow.kind === 'one-off'
    ? {
        kind: 'one-off',
        amount: cashflow.amount,
        start: isoToDayNumber(cashflow.date),
        end: isoToDayNumber(cashflow.date),
        indexationPct: 0,
        basis,
      }
    : {
        kind: 'recurring',
        amount: cashflow.amount,
        start: isoToDayNumber(cashflow.startDate),
        end: isoToDayNumber(cashflow.endDate),
        indexationPct: cashflow.indexationPct ?? 0,
        basis,
      };
}

/** Moves every date by whole days (a follow-on brought to its start date). */
export function shiftFlowDays(flow: Flow, days: number): Flow {
  return days === 0 ? flow : { ...flow, start: flow.start + days, end: flow.end + days };
}

/**
 * Moves a line with go-live (duration optimism bias, a simulated delay): a line running until
 * go-live is extended by `months`; one starting at go-live moves by `months`.
 */
export function moveWithGoLive(flow: Flow, link: GoLiveLink, months: number): Flow {
  if (months === 0 || link === 'none') return flow;
  // An end moves as "the day before": a bridge to 30 Sep ending before a 1 Oct go-live, moved ten
  // months, ends on 31 Jul before a 1 Aug go-live.
  const end = flow.kind === 'one-off' ? flow.end : addMonthsToDay(flow.end + 1, months) - 1;
  if (link === 'until-go-live') return flow.kind === 'one-off' ? flow : { ...flow, end };
  const start = addMonthsToDay(flow.start, months);
  return { ...flow, start, end: flow.kind === 'one-off' ? start : end };
}

/** The line's whole total in its own basis, ignoring the period (for shifts that keep totals). */
export function flowTotal(flow: Flow, indexationDeltaPct = 0): number {
  if (flow.kind === 'one-off') return Number.isNaN(flow.start) ? 0 : flow.amount;
  let total = 0;
  spreadPieces({ ...flow, from: undefined }, indexationDeltaPct, Number.NEGATIVE_INFINITY, (_fy, amount) => {
    total += amount;
  });
  return total;
}

/** Spreads a flow into (financial year, amount, sunk) pieces by the docs/domain.md rule. */
function spreadPieces(
  flow: Flow,
  indexationDeltaPct: number,
  cutDay: number,
  sink: (fy: number, amount: number, sunk: boolean) => void,
): void {
  if (flow.amount === 0 || Number.isNaN(flow.start)) return;
  const from = flow.from ?? Number.NEGATIVE_INFINITY;
  if (flow.kind === 'one-off') {
    if (flow.start >= from) sink(financialYearOfDay(flow.start), flow.amount, flow.start < cutDay);
    return;
  }
  const growth = 1 + (flow.indexationPct + indexationDeltaPct) / 100;
  const indexed = growth !== 1;
  let lastK = 0;
  let annual = flow.amount;
  walkRecurringDays(
    flow.start,
    flow.end,
    indexed,
    (fy, k, days, fyDays, before, firstDay) => {
      if (k !== lastK) {
        annual = flow.amount * Math.pow(growth, k);
        lastK = k;
      }
      if (firstDay < from) return;
      // A full financial year without indexation costs exactly the annual amount.
      sink(fy, days === fyDays ? annual : (days * annual) / fyDays, before);
    },
    cutDay,
    from,
  );
}

/** Where one flow's money falls, after scaling. */
export interface SpreadTotals {
  /** Cash dated before the base date: out of the economic case, "committed before the appraisal". */
  sunkCash: number;
  /** Cash after the last year of the period. */
  afterCash: number;
}

/**
 * Adds one flow × scale into per-year real and cash vectors (index t = FY − year 0). Cash lines are
 * deflated to real; constant-price lines are inflated to cash.
 */
export function spreadFlow(flow: Flow, ctx: PeriodContext, scale: number, real: Float64Array, cash: Float64Array): SpreadTotals {
  const out: SpreadTotals = { sunkCash: 0, afterCash: 0 };
  const constant = flow.basis === 'constant';
  spreadPieces(flow, ctx.indexationDeltaPct, ctx.baseDay, (fy, amount, sunk) => {
    const a = amount * scale;
    const t = fy - ctx.fy0;
    const toReal = t >= 0 && t < ctx.n ? ctx.toReal[t] : ctx.deflator.cashToReal(fy);
    const cashAmount = constant ? a / toReal : a;
    if (sunk) {
      out.sunkCash += cashAmount;
      return;
    }
    if (t >= ctx.n) {
      out.afterCash += cashAmount;
      return;
    }
    real[t] += constant ? a : a * toReal;
    cash[t] += cashAmount;
  });
  return out;
}

/** Σ v_t × DF_t */
export function presentValue(v: Float64Array, df: Float64Array): number {
  let sum = 0;
  for (let t = 0; t < df.length; t++) sum += v[t] * df[t];
  return sum;
}

export function sum(v: Float64Array): number {
  let s = 0;
  for (let t = 0; t < v.length; t++) s += v[t];
  return s;
}

/** The uplift a category takes by default (docs/domain.md §4, optimism bias). */
export function defaultUplift(category: CostCategory): LineUplift {
  switch (category) {
    case 'implementation':
    case 'migration':
    case 'hosting-transfer':
      return 'development';
    case 'licence':
    case 'support':
    case 'hosting':
    case 'dual-running':
      return 'service-charge';
    default:
      return 'none';
  }
}

/** The uplift a line takes: the user's choice, else none where a range is simulated, else by category. */
export function lineUplift(line: CostLine): LineUplift {
  return line.uplift ?? (line.range ? 'none' : defaultUplift(line.category));
}

/** How a line moves with go-live: the user's choice, else dual running runs until go-live. */
export function lineGoLiveLink(line: CostLine): GoLiveLink {
  return line.goLiveLink ?? (line.category === 'dual-running' ? 'until-go-live' : 'none');
}

/**
 * Cash a flow pays between two days inclusive (scaled), wherever the appraisal period lies: the
 * approval route tests an option over its own contract term, not the appraisal period.
 */
export function cashBetween(flow: Flow, fromDay: number, toDay: number, deflator: DeflatorModel, scale = 1): number {
  if (Number.isNaN(flow.start) || toDay < fromDay) return 0;
  const capped = flow.kind === 'recurring' && flow.end > toDay ? { ...flow, end: toDay } : flow;
  if (capped.kind === 'one-off' && (capped.start < fromDay || capped.start > toDay)) return 0;
  let total = 0;
  spreadPieces(capped, 0, fromDay, (fy, amount, before) => {
    if (before) return;
    total += (flow.basis === 'constant' ? amount / deflator.cashToReal(fy) : amount) * scale;
  });
  return total;
}
