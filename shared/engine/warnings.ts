import type { Option } from '../domain';
import type { OptionEconomics } from './economics';
import type { OptionRecords } from './follow-on';
import { riskExpectedValue } from './economics';

/**
 * Warnings an option's figures carry (docs/domain.md §4): a quantified risk overlapping an
 * optimism bias uplift still at its upper bound ("possible double count"), an uplift reduced without
 * a named mitigation, a cash-releasing benefit whose label matches a cost line of the counterfactual
 * (a saving already counted there), and a new system going live late in the period with no residual
 * value entered.
 */

export interface OptionWarnings {
  doubleCounts: string[];
  missingMitigations: string[];
  crbMatches: string[];
  residualValueNotAssessed: boolean;
  /** Lines whose uncertainty is modelled by simulation (their uplift defaults to 0). */
  simulatedLines: string[];
}

const UPLIFT_NAMES = { development: 'development', serviceCharge: 'service-charge', duration: 'duration' } as const;

function normalise(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function optionWarnings(
  option: Option,
  costs: OptionEconomics,
  records: OptionRecords,
  counterfactualId: string | null,
): OptionWarnings {
  const ob = option.optimismBias;
  const doubleCounts: string[] = [];
  for (const risk of records.risks.get(option.id) ?? []) {
    if (risk.overlaps === 'none' || riskExpectedValue(risk) === 0) continue;
    const key = risk.overlaps === 'service-charge' ? 'serviceCharge' : risk.overlaps;
    const u = costs.uplifts[key];
    if (u.atUpperBound) {
      doubleCounts.push(
        `Possible double count: the risk '${risk.title}' is priced and overlaps the ${UPLIFT_NAMES[key]} uplift, still at its upper bound (${u.pct}%). Reduce the uplift against this risk as a named mitigation.`,
      );
    }
  }
  const missingMitigations: string[] = [];
  for (const key of ['development', 'serviceCharge', 'duration'] as const) {
    const u = costs.uplifts[key];
    if (!u.atUpperBound && !ob[key].mitigation.trim()) {
      missingMitigations.push(
        `The ${UPLIFT_NAMES[key]} uplift is ${u.pct}%, below its ${u.upperBound}% upper bound, with no named mitigation.`,
      );
    }
  }
  const crbMatches: string[] = [];
  if (counterfactualId && counterfactualId !== option.id) {
    const cfLabels = (records.lines.get(counterfactualId) ?? []).map((l) => ({ label: l.label, key: normalise(l.label) }));
    for (const b of records.benefits.get(option.id) ?? []) {
      if (b.type !== 'CRB') continue;
      const key = normalise(b.label);
      const match = cfLabels.find((l) => l.key && key && (l.key.includes(key) || key.includes(l.key)));
      if (match) {
        crbMatches.push(
          `The cash-releasing benefit '${b.label}' matches the counterfactual's cost line '${match.label}': a saving already visible as a lower cost line is counted there, not again as a benefit.`,
        );
      }
    }
  }
  const lastThirdFrom = Math.floor((costs.byYear.length * 2) / 3);
  const goLive = costs.goLive.withOptimismBias;
  const lateGoLive = goLive !== null && costs.byYear.findIndex((y) => `${y.fy + 1}-03-31` >= goLive) >= lastThirdFrom;
  const residualValueNotAssessed = lateGoLive && !(records.lines.get(option.id) ?? []).some((l) => l.category === 'residual-value');
  const simulatedLines = (records.lines.get(option.id) ?? []).filter((l) => l.range && l.uplift === undefined).map((l) => l.id);
  return { doubleCounts, missingMitigations, crbMatches, residualValueNotAssessed, simulatedLines };
}
