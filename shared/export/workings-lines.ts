import type { OptionResult } from '../engine/appraise';
import { financialYearOfDay } from '../dates';
import { riskExpectedValue } from '../engine/economics';
import { moveWithGoLive, presentValue, spreadFlow, type PeriodContext } from '../engine/flows';

/**
 * The inputs of the Excel workings per option, laid out so the workbook's formulas reproduce the
 * engine: each cost line spread over the period in its own entry basis (cash, or constant prices),
 * before and after the go-live move of duration optimism bias, with the uplift it takes; each
 * risk's probability, impact and year; each monetised benefit's spread and shortfall. The spreads
 * are the engine's own (spreadFlow: daily accrual, sunk days cut); everything after them — real
 * terms, optimism bias, discounting, NPC, EAC, NPSV — is left to formulas.
 */

export interface WorkingsLine {
  label: string;
  category: string;
  basis: 'cash' | 'constant';
  uplift: 'development' | 'service-charge' | 'none';
  /** A contingency line left out of the economic case. */
  excluded: boolean;
  base: Float64Array;
  moved: Float64Array;
}

export interface WorkingsRisk {
  title: string;
  probability: number;
  impact: number;
  /** Year index t in the period, or -1 when it lands outside it. */
  t: number;
  expected: number;
}

export interface WorkingsBenefit {
  label: string;
  type: string;
  basis: 'cash' | 'constant';
  health: boolean;
  shortfall: number;
  amounts: Float64Array;
  /** Present value after shortfall (the formula's cached result). */
  pv: number;
}

export interface OptionWorkings {
  lines: WorkingsLine[];
  risks: WorkingsRisk[];
  benefits: WorkingsBenefit[];
}

function ownBasis(basis: 'cash' | 'constant', real: Float64Array, cash: Float64Array): Float64Array {
  return basis === 'constant' ? real : cash;
}

export function optionWorkings(r: OptionResult, ctx: PeriodContext): OptionWorkings {
  const n = ctx.n;
  const lines = r.costs.contributions.lines.map((c, i): WorkingsLine => {
    const real = new Float64Array(n);
    const cash = new Float64Array(n);
    spreadFlow(c.flow, ctx, c.scale, real, cash);
    const moved = moveWithGoLive(c.flow, c.link, c.durationMonths);
    let movedOwn = ownBasis(c.flow.basis, real, cash);
    if (moved !== c.flow) {
      const mReal = new Float64Array(n);
      const mCash = new Float64Array(n);
      spreadFlow(moved, ctx, c.scale, mReal, mCash);
      movedOwn = ownBasis(c.flow.basis, mReal, mCash);
    }
    return {
      label: c.line.label + (c.followOn ? ` (from ${c.source.name})` : ''),
      category: c.line.category,
      basis: c.flow.basis,
      uplift: c.uplift,
      excluded: r.costs.lineFigures[i].excluded,
      base: ownBasis(c.flow.basis, real, cash),
      moved: movedOwn,
    };
  });
  const risks = r.costs.contributions.risks
    .filter((c) => riskExpectedValue(c.risk) !== 0)
    .map((c): WorkingsRisk => {
      const t = c.landsDay === null ? 0 : financialYearOfDay(c.landsDay) - ctx.fy0;
      return {
        title: c.risk.title,
        probability: c.risk.probability ?? 0,
        impact: c.risk.impact ?? 0,
        t: t < 0 || t >= n ? -1 : t,
        expected: riskExpectedValue(c.risk),
      };
    });
  const benefits = r.costs.contributions.benefits.flatMap((c): WorkingsBenefit[] => {
    if (c.benefit.type === 'UB' || !c.flow) return [];
    const real = new Float64Array(n);
    const cash = new Float64Array(n);
    spreadFlow(moveWithGoLive(c.flow, c.link, c.durationMonths), ctx, c.scale, real, cash);
    return [
      {
        label: c.benefit.label,
        type: c.benefit.type,
        basis: c.flow.basis,
        health: c.benefit.valuedFromQalys,
        shortfall: c.benefit.shortfallPct / 100,
        amounts: ownBasis(c.flow.basis, real, cash),
        pv: (1 - c.benefit.shortfallPct / 100) * presentValue(real, c.benefit.valuedFromQalys ? ctx.dfHealth : ctx.df),
      },
    ];
  });
  return { lines, risks, benefits };
}
