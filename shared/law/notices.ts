import type { ProcurementRoute, Regime } from '../domain';
import { assertNever } from '../result';

/**
 * Notices and waiting periods a route needs, in the order they happen (DOMAIN.md section 5).
 * Thresholds deciding whether these apply at all are settings (Settings.thresholds), not here.
 */
export interface RequiredNotice {
  code: string;
  label: string;
  /** When in the timeline it is due, in plain English. */
  when: string;
  citation: string;
  /** Minimum wait before the next step, if the notice starts one. */
  wait?: { days: number; unit: 'working-days' | 'calendar-days' };
}

/** PA 2023 direct award (s.41): transparency notice first, then award, standstill, details. */
export const PA2023_DIRECT_AWARD_NOTICES: readonly RequiredNotice[] = [
  {
    code: 'transparency-notice',
    label: 'Transparency notice',
    when: 'Before awarding the contract directly, explaining the direct award justification',
    citation: 'PA 2023 s.44',
  },
  {
    code: 'contract-award-notice',
    label: 'Contract award notice',
    when: 'Before entering into the contract; starts the standstill period',
    citation: 'PA 2023 s.50',
  },
  {
    code: 'standstill',
    label: 'Standstill period',
    when: 'At least 8 working days after the contract award notice before the contract is signed',
    citation: 'PA 2023 s.51',
    wait: { days: 8, unit: 'working-days' },
  },
  {
    code: 'contract-details-notice',
    label: 'Contract details notice',
    when: 'Within 30 days after the contract is entered into',
    citation: 'PA 2023 s.53',
  },
];

/** PA 2023 competitive tendering procedure (open or competitive flexible) and framework awards. */
export const PA2023_COMPETITIVE_NOTICES: readonly RequiredNotice[] = [
  { code: 'tender-notice', label: 'Tender notice', when: 'To start the competitive tendering procedure', citation: 'PA 2023 s.21' },
  PA2023_DIRECT_AWARD_NOTICES[1],
  PA2023_DIRECT_AWARD_NOTICES[2],
  PA2023_DIRECT_AWARD_NOTICES[3],
];

/** PA 2023 modification of an existing contract. */
export const PA2023_MODIFICATION_NOTICES: readonly RequiredNotice[] = [
  {
    code: 'contract-change-notice',
    label: 'Contract change notice',
    when: 'Before the modification is made (unless an exemption in s.75 applies); a voluntary standstill may follow',
    citation: 'PA 2023 s.75',
  },
];

/** PCR 2015 reg. 32 award: VEAT notice and a 10-day wait protect against ineffectiveness. */
export const PCR2015_DIRECT_AWARD_NOTICES: readonly RequiredNotice[] = [
  {
    code: 'veat-notice',
    label: 'Voluntary ex ante transparency (VEAT) notice',
    when: 'Before entering into the contract, stating the intention to award without prior publication',
    citation: 'PCR 2015 reg. 99(3)',
    wait: { days: 10, unit: 'calendar-days' },
  },
  {
    code: 'contract-award-notice',
    label: 'Contract award notice',
    when: 'No later than 30 days after the contract is awarded',
    citation: 'PCR 2015 reg. 50',
  },
];

/** PCR 2015 open/restricted procedures and competitive call-offs. */
export const PCR2015_COMPETITIVE_NOTICES: readonly RequiredNotice[] = [
  { code: 'contract-notice', label: 'Contract notice', when: 'To start the procedure', citation: 'PCR 2015 reg. 49' },
  {
    code: 'standstill',
    label: 'Standstill period',
    when: 'At least 10 days after the award decision is communicated (electronically) before the contract is signed',
    citation: 'PCR 2015 reg. 87',
    wait: { days: 10, unit: 'calendar-days' },
  },
  PCR2015_DIRECT_AWARD_NOTICES[1],
];

/** PCR 2015 modification under reg. 72(1)(b) or (c): a modification notice. */
export const PCR2015_MODIFICATION_NOTICES: readonly RequiredNotice[] = [
  {
    code: 'modification-notice',
    label: 'Modification notice',
    when: 'After a modification under reg. 72(1)(b) or (c)',
    citation: 'PCR 2015 reg. 72(3)',
  },
];

/**
 * Notices for a route under a regime. The Provider Selection Regime has its own notices outside the
 * scope of IT procurement; an empty list tells the UI to point the user to PSR guidance.
 */
export function noticesFor(route: ProcurementRoute, regime: Regime): readonly RequiredNotice[] {
  if (regime === 'PSR') return [];
  const pa = regime === 'PA2023';
  switch (route) {
    case 'direct-award':
    case 'negotiated-without-publication':
      return pa ? PA2023_DIRECT_AWARD_NOTICES : PCR2015_DIRECT_AWARD_NOTICES;
    case 'open':
    case 'restricted':
    case 'competitive-flexible':
    case 'framework-call-off':
      return pa ? PA2023_COMPETITIVE_NOTICES : PCR2015_COMPETITIVE_NOTICES;
    case 'modification':
      return pa ? PA2023_MODIFICATION_NOTICES : PCR2015_MODIFICATION_NOTICES;
    default:
      return assertNever(route, 'procurement route');
  }
}
