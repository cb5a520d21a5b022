import type { Appraisal, Benefit, Contract, CostLine, Option, Risk, Settings } from '../domain';
import { formatMoney } from '../format';
import { primaryContract } from './feasibility-context';
import { implementationLeadMonths } from './lead-times';
import { createSimulation, type SimulationInput, type SimulationResult } from './simulation';

/**
 * What the risk analysis runs on, built one way for the worker on screen and for a report that
 * re-runs it: the records the simulation reads, without the free text it never reads (names stay,
 * for the tornado's labels). Its fingerprint says whether a result still belongs to the records:
 * editing a score or a risk's description leaves it, editing an amount or the seed does not.
 */

export interface SimulationRecords {
  appraisal: Appraisal;
  options: readonly Option[];
  costLines: readonly CostLine[];
  risks: readonly Risk[];
  benefits: readonly Benefit[];
  contracts: readonly Contract[];
  settings: Pick<Settings, 'leadTimesMonths'>;
}

export function simulationInputOf(records: SimulationRecords): SimulationInput {
  const a = records.appraisal;
  return {
    appraisal: {
      baseDate: a.baseDate,
      periodYears: a.periodYears,
      discount: a.discount,
      deflator: a.deflator,
      priceBaseYear: a.priceBaseYear,
      counterfactual: a.counterfactual,
      simulation: a.simulation,
    },
    options: records.options.map((o) => ({ ...o, scores: {}, rationale: '', assumptions: '', riskNotes: '' })),
    costLines: records.costLines.map((l) => ({ ...l, note: '' })),
    risks: records.risks.map((r) => ({ ...r, description: '', mitigation: '', notes: '', owner: '' })),
    benefits: records.benefits.map((b) => ({ ...b, description: '', measure: '', owner: '', shortfallRationale: '' })),
    defaultImplementationMonths: implementationLeadMonths(primaryContract(records.contracts)?.category, records.settings.leadTimesMonths),
  };
}

/**
 * Runs the whole simulation at once, on the calling thread: for a report reproducing the run the
 * screen showed (same records, same stored seed, same result). The screen runs it in a worker.
 */
export function runSimulation(input: SimulationInput): SimulationResult {
  const sim = createSimulation(input);
  while (!sim.done()) sim.step(5000);
  return sim.result();
}

/** Equal for inputs that give the same result; JSON keeps key order, and every input is built the same way. */
export function simulationFingerprint(input: SimulationInput): string {
  return JSON.stringify(input);
}

/**
 * Ranges the simulation cannot draw from: a triangular distribution needs low ≤ most likely ≤ high,
 * and the most likely value is the line's own amount, which may have been changed since the range
 * was entered. Each problem names the option, the line and what to do.
 */
export function rangeProblems(input: Pick<SimulationInput, 'options' | 'costLines' | 'risks' | 'benefits'>): string[] {
  const names = new Map(input.options.map((o) => [o.id, o.name]));
  const problems: string[] = [];
  const check = (optionId: string, what: string, mostLikely: number, range: { low: number; high: number }) => {
    if (range.low <= mostLikely && mostLikely <= range.high) return;
    problems.push(
      `${names.get(optionId) ?? 'An option'}: the range of ${what} (${formatMoney(range.low)} to ${formatMoney(range.high)}) does not include its most likely amount, ${formatMoney(mostLikely)}. Widen the range or change the amount.`,
    );
  };
  for (const l of input.costLines) if (l.range) check(l.optionId, `the cost line '${l.label}'`, l.amount, l.range);
  for (const b of input.benefits ?? []) {
    if (b.range && b.cashflow) check(b.optionId, `the benefit '${b.label}'`, b.cashflow.amount, b.range);
  }
  for (const r of input.risks) {
    if (r.impactRange && r.impact !== undefined) check(r.optionId, `the risk '${r.title}'`, r.impact, r.impactRange);
  }
  return problems;
}
