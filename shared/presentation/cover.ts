import { daysBetween, type IsoDate } from '../dates';
import {
  BOARD_PURPOSE_LABELS,
  boardPaperOf,
  IMPACT_ASSESSMENT_STATUS_LABELS,
  type Appraisal,
  type BoardPurpose,
  type Contract,
  type Settings,
} from '../domain';
import type { AppraisalResult } from '../engine/appraise';
import { primaryContract } from '../engine/feasibility-context';
import { computeKeyDates, leadTimeOf, noticePeriodOf, type ContractDefaults } from '../engine/key-dates';
import { formatCount, formatDate, formatMoney } from '../format';
import type { LabelledValue } from './details';
import { REPORT_STATUS_LABELS, type ReportStatus } from './sections';

/**
 * The board paper's cover sheet (docs/domain.md §9): what the board is asked to do in one
 * sentence, the urgency in words with day counts, and the governance fields a board secretary
 * checks (sponsor, purpose, BAF links, impact assessments, where the paper has been before).
 */

export interface CoverModel {
  trustName: string;
  title: string;
  /** Today's date: when the paper was produced. */
  date: string;
  author: string;
  statusLabel: string;
  contracts: string[];
  sample: boolean;
  purpose: string;
  /** "The Board is asked to approve …": one sentence. */
  ask: string;
  /** "The notice deadline is in 31 days (2 Nov 2026); the latest decision date passed on 3 Oct 2026." or null. */
  urgency: string | null;
  /** The governance fields by name (a trust's Word template places each on its own cover sheet). */
  details: CoverDetails;
  /** Meeting, date, sponsor, BAF, EqIA, DPIA, previously considered: the cover's table. */
  fields: LabelledValue[];
}

export interface CoverDetails {
  meeting: string;
  meetingDate: string;
  author: string;
  sponsor: string;
  purpose: string;
  bafRisks: string;
  eqia: string;
  dpia: string;
  previouslyConsidered: string;
}

/** "is in 31 days (2 Nov 2026)", "is today (…)", "passed on 3 Oct 2026". */
export function whenInWords(date: IsoDate, today: IsoDate): string {
  const days = daysBetween(today, date);
  if (days < 0) return `passed on ${formatDate(date)}`;
  if (days === 0) return `is today (${formatDate(date)})`;
  return `is in ${formatCount(days)} ${days === 1 ? 'day' : 'days'} (${formatDate(date)})`;
}

/** The urgency sentence for the appraised contract: notice deadline first, then the latest decision date. */
export function urgencySentence(contracts: readonly Contract[], today: IsoDate, defaults?: ContractDefaults): string | null {
  const contract = primaryContract(contracts);
  if (!contract) return null;
  const k = computeKeyDates(contract, { today, defaults });
  const notice = noticePeriodOf(contract, defaults);
  const lead = leadTimeOf(contract, defaults);
  const assumed = (used: { assumed: boolean }) => (used.assumed ? " (on the trust's default period, none being recorded)" : '');
  const parts: string[] = [];
  if (notice.days > 0) parts.push(`the notice deadline ${whenInWords(k.noticeDeadline, today)}${assumed(notice)}`);
  if (lead.days > 0)
    parts.push(`the latest decision date ${whenInWords(k.latestDecisionDate, today)}${assumed({ assumed: k.decisionAssumed })}`);
  const end = daysBetween(today, contract.currentEndDate);
  parts.push(
    end < 0
      ? `the contract ended on ${formatDate(contract.currentEndDate)}`
      : `the contract ${whenInWords(contract.currentEndDate, today).replace(/^is /, 'ends ')}`,
  );
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

const VERB: Record<BoardPurpose, string> = {
  approve: 'approve',
  assure: 'take assurance that the options have been appraised soundly and that',
  note: 'note that',
};

/** "The Board is asked to approve <option> for <contract>, at … ." One sentence, from the recommendation. */
export function boardAsk(appraisal: Appraisal, contracts: readonly Contract[], result: AppraisalResult): string {
  const purpose = boardPaperOf(appraisal).purpose;
  const contract = primaryContract(contracts);
  const subject = contract ? `the ${contract.title} contract (${contract.reference})` : appraisal.title;
  const recommended = result.options.find((r) => r.option.id === appraisal.recommendation.optionId);
  if (!recommended) return `The Board is asked to note the options appraised for ${subject}; no option has been recommended yet.`;
  const name = recommended.option.name;
  const a = recommended.approval;
  const cost = `a whole-life cost of ${formatMoney(a.wholeLife)} in cash including irrecoverable VAT over its ${formatCount(a.term.months)}-month term (net present cost ${formatMoney(recommended.costs.npc)})`;
  switch (purpose) {
    case 'approve':
      return `The Board is asked to approve ${name} as the preferred option for ${subject}, at ${cost}.`;
    case 'assure':
      return `The Board is asked to ${VERB.assure} ${name} is the preferred option for ${subject}, at ${cost}.`;
    case 'note':
      return `The Board is asked to ${VERB.note} ${name} is the preferred option for ${subject}, at ${cost}.`;
  }
}

const orNot = (text: string, none = 'Not recorded') => (text.trim() ? text.trim() : none);

export function buildCover(input: {
  appraisal: Appraisal;
  contracts: readonly Contract[];
  settings: Settings;
  result: AppraisalResult;
  today: IsoDate;
  author: string;
  status: ReportStatus;
}): CoverModel {
  const { appraisal, contracts, today } = input;
  const paper = boardPaperOf(appraisal);
  const details: CoverDetails = {
    meeting: orNot(paper.meeting),
    meetingDate: paper.meetingDate ? formatDate(paper.meetingDate) : 'Not recorded',
    author: orNot(input.author, 'Not stated'),
    sponsor: orNot(paper.executiveSponsor),
    purpose: BOARD_PURPOSE_LABELS[paper.purpose],
    bafRisks: orNot(paper.bafRisks, 'No BAF risk linked'),
    eqia: IMPACT_ASSESSMENT_STATUS_LABELS[paper.eqia],
    dpia: IMPACT_ASSESSMENT_STATUS_LABELS[paper.dpia],
    previouslyConsidered: orNot(paper.previouslyConsidered, 'Not previously considered'),
  };
  return {
    trustName: input.settings.organisation.trustName,
    title: appraisal.title,
    date: formatDate(today),
    author: input.author,
    statusLabel: REPORT_STATUS_LABELS[input.status],
    contracts: contracts.map((c) => `${c.reference}: ${c.title} (${c.supplier})`),
    sample: contracts.some((c) => c.sample === true),
    purpose: BOARD_PURPOSE_LABELS[paper.purpose],
    ask: boardAsk(appraisal, contracts, input.result),
    urgency: urgencySentence(contracts, today, input.settings.contractDefaults),
    details,
    fields: [
      { label: 'Meeting', value: details.meeting },
      { label: 'Date of meeting', value: details.meetingDate },
      { label: 'Author', value: details.author },
      { label: 'Executive sponsor', value: details.sponsor },
      { label: 'Purpose', value: details.purpose },
      { label: 'Board assurance framework', value: details.bafRisks },
      { label: 'Equality impact assessment', value: details.eqia },
      { label: 'Data protection impact assessment', value: details.dpia },
      { label: 'Previously considered by', value: details.previouslyConsidered },
    ],
  };
}
