import type { CostCategory, CostLine } from '../domain';
import { anniversaryDay, civilOf, daysInFinancialYear, financialYearOfDay, fyStartDay, isoToDayNumber } from '../dates';

/**
 * Spreads cost lines over NHS financial years exactly as docs/domain.md §4 rules:
 *
 * - a one-off amount falls wholly in the financial year containing its date;
 * - a recurring line accrues daily, start and end inclusive; day d costs A_k / (days in the FY
 *   containing d), with A_k = amount × (1 + i)^k and k counting anniversaries of the start date.
 *
 * The rate is constant between an FY boundary and an anniversary, so instead of visiting every day
 * the line is cut into segments at those points and each segment adds days × A_k / fyDays. That is
 * the same sum, at a few dozen pieces per line instead of thousands of days.
 *
 * Anniversaries follow date-fns `addYears(start, k)`: a line starting 29 Feb steps up on 28 Feb in
 * common years and on 29 Feb in leap years. An end before the start spreads nothing.
 */

/** Receives one portion of a line: FY start year and an unrounded amount. */
export type SpreadSink = (fy: number, amount: number) => void;

export interface SpreadOptions {
  /** Percentage points added to every recurring line's indexation (sensitivity analysis). */
  indexationDeltaPct?: number;
}

/** Spreads one line, calling `sink` once per (FY, piece); no per-day work. */
export function spreadLine(line: CostLine, sink: SpreadSink, options?: SpreadOptions): void {
  if (line.kind === 'one-off') {
    const day = isoToDayNumber(line.date);
    if (Number.isNaN(day) || line.amount === 0) return;
    sink(financialYearOfDay(day), line.amount);
    return;
  }
  spreadRecurring(line.amount, line.startDate, line.endDate, (line.indexationPct ?? 0) + (options?.indexationDeltaPct ?? 0), sink);
}

/**
 * Receives one constant-rate piece of a recurring line: its FY, the line year k it belongs to, and
 * its share of an annual amount (days in the piece / days in that FY). `beforeCut` is true for
 * pieces before the cut day (the appraisal's base date: those days are sunk).
 */
export type PieceVisitor = (fy: number, k: number, days: number, fyDays: number, beforeCut: boolean, firstDay: number) => void;

/**
 * Walks a recurring line from start to end (inclusive), cutting at FY boundaries, at `cutDay` when
 * given (a day number) and, when asked, at anniversaries of the start date. The rate is constant
 * inside each piece.
 */
export function walkRecurring(
  startDate: string,
  endDate: string,
  splitAtAnniversaries: boolean,
  visit: PieceVisitor,
  cutDay = Number.NEGATIVE_INFINITY,
): void {
  walkRecurringDays(isoToDayNumber(startDate), isoToDayNumber(endDate), splitAtAnniversaries, visit, cutDay);
}

/** walkRecurring on day numbers (the engine shifts dates as day numbers, never as strings). */
export function walkRecurringDays(
  start: number,
  end: number,
  splitAtAnniversaries: boolean,
  visit: PieceVisitor,
  cutDay: number,
  secondCutDay = Number.NEGATIVE_INFINITY,
): void {
  if (!(end >= start)) return; // also false for NaN dates

  const [sy, sm, sd] = civilOf(start);
  let fy = financialYearOfDay(start);
  let nextFy = fyStartDay(fy + 1);
  let fyDays = daysInFinancialYear(fy);
  let k = 0;
  let nextAnniversary = splitAtAnniversaries ? anniversaryDay(sy, sm, sd, 1) : Number.POSITIVE_INFINITY;

  let cursor = start;
  while (cursor <= end) {
    const before = cursor < cutDay;
    const segEnd = Math.min(
      end,
      nextFy - 1,
      nextAnniversary - 1,
      before ? cutDay - 1 : end,
      cursor < secondCutDay ? secondCutDay - 1 : end,
    );
    visit(fy, k, segEnd - cursor + 1, fyDays, before, cursor);
    cursor = segEnd + 1;
    if (cursor === nextFy) {
      fy += 1;
      nextFy = fyStartDay(fy + 1);
      fyDays = daysInFinancialYear(fy);
    }
    if (cursor === nextAnniversary) {
      k += 1;
      nextAnniversary = anniversaryDay(sy, sm, sd, k + 1);
    }
  }
}

/** The recurring rule on plain values, shared by spreadLine and the property tests. */
export function spreadRecurring(annualAmount: number, startDate: string, endDate: string, indexationPct: number, sink: SpreadSink): void {
  if (annualAmount === 0) return;
  const growth = 1 + indexationPct / 100;
  // Without indexation anniversaries change nothing, so a full FY stays one piece and sums to
  // exactly the annual amount (no floating-point residue from re-adding pieces).
  const indexed = growth !== 1;
  let lastK = 0;
  let annual = annualAmount;
  walkRecurring(startDate, endDate, indexed, (fy, k, days, fyDays) => {
    if (k !== lastK) {
      // Math.pow from the base amount (not repeated multiplication) so A_k is the rule's value.
      annual = annualAmount * Math.pow(growth, k);
      lastK = k;
    }
    sink(fy, days === fyDays ? annual : (days * annual) / fyDays);
  });
}

export interface CostSpread {
  /** FY start year → unrounded amount, all lines. */
  byYear: Map<number, number>;
  /** Category → (FY start year → unrounded amount). */
  byCategory: Map<CostCategory, Map<number, number>>;
}

function addTo(map: Map<number, number>, fy: number, amount: number): void {
  map.set(fy, (map.get(fy) ?? 0) + amount);
}

/** Spreads several lines into per-year and per-category totals (for tables and charts). */
export function spreadCostLines(lines: readonly CostLine[], options?: SpreadOptions): CostSpread {
  const byYear = new Map<number, number>();
  const byCategory = new Map<CostCategory, Map<number, number>>();
  for (const line of lines) {
    let cat = byCategory.get(line.category);
    if (!cat) {
      cat = new Map();
      byCategory.set(line.category, cat);
    }
    const target = cat;
    spreadLine(
      line,
      (fy, amount) => {
        addTo(byYear, fy, amount);
        addTo(target, fy, amount);
      },
      options,
    );
  }
  return { byYear, byCategory };
}
