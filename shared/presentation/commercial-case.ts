import type { IsoDate } from '../dates';
import { procurementStartBy } from '../domain/option-terms';
import { HOSTING_MODEL_LABELS, PROCUREMENT_ROUTE_LABELS, REGIME_LABELS, type Contract, type Settings } from '../domain';
import type { AppraisalResult, OptionResult } from '../engine/appraise';
import { planOptionDuties } from '../engine/option-duties';
import { findLegalGround, OBLIGATION_LABELS, type ObligationStatus } from '../law';
import { formatDate, formatMoney, formatTerm, NONE } from '../format';
import { legalEntry, needsLegalSection, type LabelledValue, type LegalEntry } from './details';
import { resultContext } from './result-context';

/**
 * The commercial case (docs/domain.md §9): every option's route and legal ground in one table,
 * then for the preferred option (for every option but the counterfactual when none is recommended)
 * the ground with its citation and conditions, notices and standstill, the procurement timeline,
 * the Procurement Act duties (the plan the appraisal's key dates use, shared/engine/option-duties.ts) and the hosting plan.
 */

export interface DutyRow {
  title: string;
  section: string;
  due: string;
  status: string;
  basis: string;
}

export interface CommercialDetail {
  optionId: string;
  optionName: string;
  legal: LegalEntry;
  timeline: LabelledValue[];
  duties: DutyRow[];
  /** Why no duties are listed (PCR or PSR), or null. */
  dutiesNote: string | null;
  /**
   * When an option on another route only extends the current contract: its duties are planned as a
   * change to that contract under the contract's own regime, which the paper says, so the route's
   * notices above and the duties below never seem to disagree. Null otherwise.
   */
  dutiesBasis: string | null;
  hosting: LabelledValue[];
}

export interface CommercialCaseModel {
  routes: { optionId: string; optionName: string; route: string; ground: string }[];
  details: CommercialDetail[];
}

const STATUS_WORDS: Record<ObligationStatus, string> = {
  due: 'Due',
  overdue: 'Overdue',
  'to-be-confirmed': 'To be confirmed',
  done: 'Done',
};

function groundText(r: OptionResult): string {
  const ground = findLegalGround(r.option.legalGround);
  if (ground) return `${ground.label} (${ground.citation})`;
  return needsLegalSection(r.option) ? 'None recorded: needed for this route' : 'Not needed: a competitive route';
}

function hostingRows(r: OptionResult): LabelledValue[] {
  const h = r.option.hosting;
  const model = (m: typeof h.currentModel) => (m ? HOSTING_MODEL_LABELS[m] : 'Not recorded');
  const rows: LabelledValue[] = [
    { label: 'Hosting now', value: model(h.currentModel) },
    { label: 'Hosting after', value: `${model(h.targetModel)}${h.provider ? ` (${h.provider})` : ''}` },
  ];
  if (h.transferStart) rows.push({ label: 'Transfer starts', value: formatDate(h.transferStart) });
  if (h.goLive) rows.push({ label: 'Hosting go-live', value: formatDate(h.goLive) });
  if (h.dualRunningMonths > 0) rows.push({ label: 'Dual running', value: formatTerm(h.dualRunningMonths) });
  if (h.transferCost > 0) rows.push({ label: 'One-off transfer cost (ex VAT)', value: formatMoney(h.transferCost) });
  return rows;
}

function detail(r: OptionResult, contracts: readonly Contract[], settings: Settings, today: IsoDate): CommercialDetail {
  const o = r.option;
  const ctx = resultContext(r, contracts, settings, today);
  const noticeDate = procurementStartBy(ctx.signature, ctx.routeLead, today);
  // The appraisal's duty plan, on this paper's own dates (approval lead included) and modification
  // check: a change to the current contract is planned under the contract's own regime.
  const plan = planOptionDuties(o, contracts, settings, today, { valueExVat: r.approval.contractValueExVat, context: ctx });
  const duties = plan.duties;
  const timeline: LabelledValue[] = [
    { label: 'Approval before the procurement', value: `${r.approval.tierLabel}: about ${formatTerm(r.approval.leadMonths)} (assumed)` },
  ];
  if (ctx.routeLead > 0)
    timeline.push({ label: `Procurement starts by (${formatTerm(ctx.routeLead)} lead time)`, value: formatDate(noticeDate) });
  timeline.push({ label: 'Contract signed', value: formatDate(ctx.signature) });
  if (ctx.goLive !== ctx.signature) timeline.push({ label: 'Go-live (with duration optimism bias)', value: formatDate(ctx.goLive) });
  timeline.push({
    label: 'Term, with extension options',
    value: `${formatTerm(r.approval.term.months)}, to ${formatDate(r.approval.term.to)}`,
  });
  return {
    optionId: o.id,
    optionName: o.name,
    legal: legalEntry(r),
    timeline,
    duties: duties.map((d) => ({
      title: OBLIGATION_LABELS[d.kind].title,
      section: OBLIGATION_LABELS[d.kind].section,
      due: d.dueDate ? formatDate(d.dueDate) : NONE,
      status: STATUS_WORDS[d.status],
      basis: d.basis,
    })),
    dutiesNote:
      duties.length > 0
        ? null
        : plan.regime === 'PA2023'
          ? `No Procurement Act duties follow from this ${plan.change ? 'change' : 'route'}.`
          : `No Procurement Act duties: the ${plan.change ? 'change' : 'award'} falls under the ${REGIME_LABELS[plan.regime]}.`,
    dutiesBasis:
      plan.change && o.route !== 'modification'
        ? `This option extends the current contract, so its duties are planned as a change to that contract under the ${REGIME_LABELS[plan.regime]}, not as a new award.`
        : null,
    hosting: hostingRows(r),
  };
}

export function buildCommercialCase(input: {
  result: AppraisalResult;
  recommendedId: string | undefined;
  contracts: readonly Contract[];
  settings: Settings;
  today: IsoDate;
}): CommercialCaseModel {
  const { result, recommendedId } = input;
  const chosen = recommendedId
    ? result.options.filter((r) => r.option.id === recommendedId)
    : result.options.filter((r) => !r.isCounterfactual);
  return {
    routes: result.options.map((r) => ({
      optionId: r.option.id,
      optionName: r.option.name,
      route: `${PROCUREMENT_ROUTE_LABELS[r.option.route]} (${REGIME_LABELS[r.option.regime]})`,
      ground: groundText(r),
    })),
    details: chosen.map((r) => detail(r, input.contracts, input.settings, input.today)),
  };
}
