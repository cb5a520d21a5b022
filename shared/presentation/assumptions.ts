import { financialYearLabel } from '../dates';
import type { Appraisal, CostLine, Option, Settings } from '../domain';
import type { OptionResult } from '../engine/appraise';
import { VAT_RATE } from '../engine/feasibility-legal';
import { formatDate, formatMoney, formatPct, formatRate } from '../format';
import { firstFinancialYear } from '../engine/period';
import type { LabelledValue } from './details';

/** The assumptions section: every setting and per-option choice the figures rest on. */

export interface OptionAssumptions {
  optionId: string;
  optionName: string;
  indexation: string;
  optimismBias: string;
  outsidePeriod: string | null;
  assumptions: string;
  rationale: string;
}

export interface AssumptionsModel {
  general: LabelledValue[];
  perOption: OptionAssumptions[];
}

function indexationText(option: Option, lines: readonly CostLine[]): string {
  const rates = lines
    .filter((l) => l.optionId === option.id && l.kind === 'recurring')
    .map((l) => (l.kind === 'recurring' ? l.indexationPct : 0));
  const parts = [`Option terms: ${formatPct(option.terms.indexationPct)} a year`];
  if (rates.length > 0) {
    const lo = Math.min(...rates);
    const hi = Math.max(...rates);
    parts.push(
      lo === hi ? `recurring cost lines: ${formatPct(lo)} a year` : `recurring cost lines: ${formatPct(lo)} to ${formatPct(hi)} a year`,
    );
  }
  return parts.join('; ');
}

export function assumptionsModel(input: {
  appraisal: Appraisal;
  settings: Settings;
  costLines: readonly CostLine[];
  results: readonly OptionResult[];
}): AssumptionsModel {
  const { appraisal, settings, costLines, results } = input;
  const fy0 = firstFinancialYear(appraisal.baseDate);
  const d = appraisal.discount;
  const lead = settings.leadTimesMonths;
  const t = settings.thresholds;
  const general: LabelledValue[] = [
    { label: 'Base date', value: `${formatDate(appraisal.baseDate)} (year 0 is ${financialYearLabel(fy0)})` },
    {
      label: 'Appraisal period',
      value: `${appraisal.periodYears} years, ${financialYearLabel(fy0)} to ${financialYearLabel(fy0 + appraisal.periodYears - 1)}; costs outside it are not counted`,
    },
    {
      label: 'Discount rate',
      value: `${formatRate(d.rate)} a year (real) for years 1 to ${d.switchYear}, ${formatRate(d.longRate)} from year ${d.switchYear + 1}; year 0 is not discounted (HM Treasury Green Book)`,
    },
    { label: 'Price base', value: appraisal.priceBase.trim() || 'Not stated' },
    {
      label: 'VAT',
      value: `All costs exclude VAT. Thresholds include VAT, so whole-life costs are multiplied by ${1 + VAT_RATE} before comparison`,
    },
    {
      label: 'Procurement thresholds (incl. VAT)',
      value: `Goods and services ${formatMoney(t.goodsServices)}; works ${formatMoney(t.works)}; light-touch services ${formatMoney(t.lightTouch)}`,
    },
    {
      label: 'Lead times to contract signature',
      value: `Direct award ${lead.directAward} months; framework call-off ${lead.frameworkCallOff} months; open or competitive procedure ${lead.openProcedure} months`,
    },
    {
      label: 'Lead times to go-live',
      value: `New EPR ${lead.eprImplementation} months; other new systems ${lead.otherImplementation} months; hosting transfer ${lead.hostingTransfer} months`,
    },
    {
      label: 'Risk allowance',
      value:
        'For each risk with a £ impact and a probability, probability × impact is added in the financial year the risk lands; net present cost is shown with and without it',
    },
    {
      label: 'Sensitivity ranges',
      value:
        'Discount rate ±20%; indexation of every recurring line ±2 percentage points; each option’s largest cost line ±20%. Options are ranked on net present cost without the risk allowance',
    },
    { label: 'Rounding', value: 'Figures are shown to the nearest pound; totals are computed from unrounded values' },
  ];
  const perOption = results.map((r): OptionAssumptions => {
    const o = r.option;
    const out = { before: r.costs.sunkCash, after: r.costs.afterPeriodCash, riskAllowance: r.costs.riskAllowance.outsidePeriod };
    const outside = out.before + out.after + out.riskAllowance;
    return {
      optionId: o.id,
      optionName: o.name,
      indexation: indexationText(o, costLines),
      optimismBias: `Development ${formatPct(o.optimismBias.development.pct)}, service charges ${formatPct(o.optimismBias.serviceCharge.pct)}, duration ${formatPct(o.optimismBias.duration.pct)} (${formatMoney(r.costs.optimismBias.npc - r.costs.base.npc)} of net present cost)${[
        o.optimismBias.development.mitigation,
        o.optimismBias.serviceCharge.mitigation,
        o.optimismBias.duration.mitigation,
      ]
        .filter((m) => m.trim())
        .map((m) => `. Mitigation: ${m}`)
        .join('')}`,
      outsidePeriod:
        outside !== 0
          ? `${formatMoney(out.before)} before and ${formatMoney(out.after)} after the appraisal period${out.riskAllowance ? `, and ${formatMoney(out.riskAllowance)} of risk allowance,` : ''} are not counted.`
          : null,
      assumptions: o.assumptions,
      rationale: o.rationale,
    };
  });
  return { general, perOption };
}
