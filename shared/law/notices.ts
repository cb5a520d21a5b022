import type { IsoDate } from '../dates';
import type { ProcurementRoute, PsrDirectAwardProcess, Regime } from '../domain';
import { addDaysIso } from '../dates';
import { formatDate } from '../format';
import { assertNever } from '../result';
import { pcrDaysAfter, workingDaysAfter, workingDaysBeginningWith, type WorkingDayCalendar } from './working-days';

/**
 * The notices and waiting periods of a route under a regime, in the order they happen (docs/domain.md
 * section 5). The route's own regime decides: a framework call-off gets no tender notice and no
 * mandatory standstill; a PSR route never gets Schedule 5 notices; a PCR contract gets no PA notices.
 */
export interface NoticeWait {
  days: number;
  unit: 'working-days' | 'calendar-days';
  /** Which working days count (PA: any part of the UK; PSR: England only). */
  calendar?: WorkingDayCalendar;
  /** "beginning with" counts the notice day as day 1; "day-after" starts on the next day. */
  counting: 'beginning-with' | 'day-after';
}

export interface RequiredNotice {
  code: string;
  label: string;
  /** When in the timeline it is due, in plain English. */
  when: string;
  citation: string;
  /** Minimum wait before the next step, if the notice starts one. */
  wait?: NoticeWait;
  /** Recommended or optional rather than required. */
  voluntary?: boolean;
  /** Only over £5m incl. VAT (KPIs, publication of the contract). */
  overFiveMillionOnly?: boolean;
}

export interface NoticeOptions {
  /** The award relies on extreme and unavoidable urgency: no mandatory standstill (PA 2023 s.51(3)). */
  urgency?: boolean;
  psrProcess?: PsrDirectAwardProcess;
  lightTouch?: boolean;
}

const PA_STANDSTILL: NoticeWait = { days: 8, unit: 'working-days', calendar: 'pa', counting: 'beginning-with' };
const PSR_STANDSTILL: NoticeWait = { days: 8, unit: 'working-days', calendar: 'psr', counting: 'day-after' };

const CONFLICTS: RequiredNotice = {
  code: 'conflicts-assessment',
  label: 'Conflicts assessment',
  when: 'Before publishing the tender or transparency notice, and kept under review',
  citation: 'PA 2023 s.83',
};
const KPIS: RequiredNotice = {
  code: 'kpis',
  label: 'Key performance indicators (at least three)',
  when: 'Set before award, for a contract over £5m, unless performance cannot appropriately be assessed by KPIs',
  citation: 'PA 2023 s.52',
  overFiveMillionOnly: true,
};
const AWARD_NOTICE: RequiredNotice = {
  code: 'contract-award-notice',
  label: 'Contract award notice (UK6)',
  when: 'Before entering into the contract; starts the standstill period',
  citation: 'PA 2023 s.50',
};
const STANDSTILL: RequiredNotice = {
  code: 'standstill',
  label: 'Standstill period',
  when: '8 working days beginning with the day the contract award notice is published, before the contract is entered into',
  citation: 'PA 2023 s.51(2)',
  wait: PA_STANDSTILL,
};
const VOLUNTARY_STANDSTILL: RequiredNotice = {
  code: 'voluntary-standstill',
  label: 'Voluntary standstill period',
  when: 'No standstill is required (s.51(3)); a voluntary one of at least 8 working days protects the award',
  citation: 'PA 2023 s.51(3) and (5)',
  wait: PA_STANDSTILL,
  voluntary: true,
};

function detailsNotices(lightTouch: boolean): RequiredNotice[] {
  return [
    {
      code: 'contract-details-notice',
      label: 'Contract details notice (UK7)',
      when: `Within ${lightTouch ? 120 : 30} days beginning with the day the contract is entered into`,
      citation: 'PA 2023 s.53(1)',
    },
    {
      code: 'contract-publication',
      label: 'Publication of the contract',
      when: `Over £5m: a copy of the contract within ${lightTouch ? 180 : 90} days beginning with the day it is entered into (redactions only under s.94)`,
      citation: 'PA 2023 s.53(3)',
      overFiveMillionOnly: true,
    },
  ];
}

function paDirectAward(o: NoticeOptions): RequiredNotice[] {
  return [
    CONFLICTS,
    {
      code: 'transparency-notice',
      label: 'Transparency notice (UK5)',
      when: 'Before awarding the contract directly, setting out the direct award justification; no statutory wait follows it',
      citation: 'PA 2023 s.44',
    },
    ...(o.lightTouch ? [] : [KPIS]),
    AWARD_NOTICE,
    o.urgency
      ? { ...VOLUNTARY_STANDSTILL, when: 'No standstill for an award on urgency grounds (s.51(3)); a voluntary one may be set' }
      : STANDSTILL,
    ...detailsNotices(Boolean(o.lightTouch)),
  ];
}

function paCompetitive(o: NoticeOptions): RequiredNotice[] {
  return [
    CONFLICTS,
    {
      code: 'tender-notice',
      label: 'Tender notice (UK4)',
      when: 'To start the competitive tendering procedure; normally at least 25 days to tender (s.54)',
      citation: 'PA 2023 s.21 and s.54',
    },
    ...(o.lightTouch ? [] : [KPIS]),
    {
      code: 'assessment-summaries',
      label: 'Assessment summaries',
      when: 'To each supplier that tendered, before the award notice',
      citation: 'PA 2023 s.50(2)',
    },
    AWARD_NOTICE,
    STANDSTILL,
    ...detailsNotices(Boolean(o.lightTouch)),
  ];
}

function paCallOff(o: NoticeOptions): RequiredNotice[] {
  return [
    ...(o.lightTouch ? [] : [KPIS]),
    {
      ...AWARD_NOTICE,
      when: 'Before entering into the call-off contract (no tender or transparency notice for a call-off)',
      citation: 'PA 2023 ss.45–46 and 50',
    },
    VOLUNTARY_STANDSTILL,
    ...detailsNotices(Boolean(o.lightTouch)),
  ];
}

export const PA2023_MODIFICATION_NOTICES: readonly RequiredNotice[] = [
  {
    code: 'contract-change-notice',
    label: 'Contract change notice (UK10)',
    when: 'Before the modification is made, unless an exemption in s.75(2) or (6) applies',
    citation: 'PA 2023 s.75',
  },
  {
    code: 'voluntary-standstill',
    label: 'Voluntary standstill period',
    when: 'Recommended after a change notice: at least 8 working days beginning with the day it is published',
    citation: 'PA 2023 s.76',
    wait: PA_STANDSTILL,
    voluntary: true,
  },
  {
    code: 'modified-contract-publication',
    label: 'Publication of the modification or modified contract',
    when: 'Over £5m: within 90 days beginning with the day the modification is made',
    citation: 'PA 2023 s.77',
    overFiveMillionOnly: true,
  },
];

export const PCR2015_DIRECT_AWARD_NOTICES: readonly RequiredNotice[] = [
  {
    code: 'veat-notice',
    label: 'Voluntary ex ante transparency (VEAT) notice',
    when: 'Before entering into the contract; then wait at least 10 days beginning with the day after publication',
    citation: 'PCR 2015 reg. 99(3)',
    wait: { days: 10, unit: 'calendar-days', counting: 'day-after' },
  },
  {
    code: 'contract-award-notice',
    label: 'Contract award notice',
    when: 'No later than 30 days after the contract is awarded',
    citation: 'PCR 2015 reg. 50',
  },
];

export const PCR2015_COMPETITIVE_NOTICES: readonly RequiredNotice[] = [
  { code: 'contract-notice', label: 'Contract notice', when: 'To start the procedure', citation: 'PCR 2015 reg. 49' },
  {
    code: 'standstill',
    label: 'Standstill period',
    when: 'Ends at midnight at the end of the 10th day after the award decision is sent electronically; sign from the day after',
    citation: 'PCR 2015 reg. 87',
    wait: { days: 10, unit: 'calendar-days', counting: 'day-after' },
  },
  PCR2015_DIRECT_AWARD_NOTICES[1],
];

export const PCR2015_CALL_OFF_NOTICES: readonly RequiredNotice[] = [
  {
    code: 'voluntary-standstill',
    label: 'Voluntary standstill (mini-competition)',
    when: 'Not required; a voluntary 10-day standstill protects a mini-competition call-off from ineffectiveness',
    citation: 'PCR 2015 reg. 99(6)–(7)',
    wait: { days: 10, unit: 'calendar-days', counting: 'day-after' },
    voluntary: true,
  },
  {
    code: 'no-award-notice',
    label: 'No contract award notice per call-off',
    when: 'Call-offs are exempt from the award notice; only while the framework runs (normally at most 4 years)',
    citation: 'PCR 2015 reg. 50(4) and reg. 33',
  },
];

export const PCR2015_MODIFICATION_NOTICES: readonly RequiredNotice[] = [
  {
    code: 'modification-notice',
    label: 'Modification notice',
    when: 'After a modification under reg. 72(1)(b) or (c) (product default: within 30 days)',
    citation: 'PCR 2015 reg. 72(3)',
  },
];

const PSR_AWARD_NOTICE: RequiredNotice = {
  code: 'psr-award-notice',
  label: 'Contract award notice (PSR)',
  when: 'Within 30 days of the contract being awarded',
  citation: 'PSR reg. 9 and reg. 12',
};
const PSR_INTENTION: RequiredNotice = {
  code: 'psr-intention-notice',
  label: 'Notice of intention to award',
  when: 'Published before award; the standstill runs from the day after',
  citation: 'PSR reg. 12',
};
const PSR_STANDSTILL_NOTICE: RequiredNotice = {
  code: 'standstill',
  label: 'Standstill period (PSR)',
  when: "8 working days counted from the day after the intention notice (England's bank holidays only)",
  citation: 'PSR reg. 12',
  wait: PSR_STANDSTILL,
};

/** Intention notice, standstill and award notice of a PSR process under `reg` (with reg. 12's standstill). */
function psrAwardSteps(reg: number): RequiredNotice[] {
  return [
    { ...PSR_INTENTION, citation: `PSR reg. ${reg} and reg. 12` },
    PSR_STANDSTILL_NOTICE,
    { ...PSR_AWARD_NOTICE, citation: `PSR reg. ${reg}` },
  ];
}

function psrNotices(route: ProcurementRoute, o: NoticeOptions): RequiredNotice[] {
  if (route === 'psr-direct-award') {
    if (o.psrProcess === 'A' || o.psrProcess === 'B') {
      return [{ ...PSR_AWARD_NOTICE, citation: `PSR reg. ${o.psrProcess === 'A' ? 7 : 8}` }];
    }
    return psrAwardSteps(9);
  }
  if (route === 'psr-most-suitable-provider') {
    return [
      {
        code: 'psr-msp-notice',
        label: 'Notice of intention to follow the most suitable provider process',
        when: 'At least 14 days before the trust identifies the provider',
        citation: 'PSR reg. 10',
      },
      ...psrAwardSteps(10),
    ];
  }
  if (route === 'psr-competitive') {
    return [
      { code: 'psr-contract-notice', label: 'Contract notice (PSR)', when: 'To start the competitive process', citation: 'PSR reg. 11' },
      ...psrAwardSteps(11),
    ];
  }
  if (route === 'modification') {
    return [
      {
        code: 'psr-modification-notice',
        label: 'Modification notice (PSR)',
        when: 'Within 30 days of a change the trust decides once its cumulative effect reaches £500,000 or more',
        citation: 'PSR reg. 13',
      },
    ];
  }
  return [];
}

/**
 * Notices for a route under a regime. A non-PSR route under the PSR regime (or a PSR route under another
 * regime) is a mismatch: it returns the notices of the route's own regime, and the feasibility checks
 * say so.
 */
export function noticesFor(route: ProcurementRoute, regime: Regime, options: NoticeOptions = {}): readonly RequiredNotice[] {
  if (regime === 'PSR') return psrNotices(route, options);
  const pa = regime === 'PA2023';
  switch (route) {
    case 'direct-award':
    case 'negotiated-without-publication':
      return pa ? paDirectAward(options) : PCR2015_DIRECT_AWARD_NOTICES;
    case 'open':
    case 'restricted':
    case 'competitive-flexible':
      return pa ? paCompetitive(options) : PCR2015_COMPETITIVE_NOTICES;
    case 'framework-call-off':
      return pa ? paCallOff(options) : PCR2015_CALL_OFF_NOTICES;
    case 'modification':
      return pa ? PA2023_MODIFICATION_NOTICES : PCR2015_MODIFICATION_NOTICES;
    case 'psr-direct-award':
    case 'psr-most-suitable-provider':
    case 'psr-competitive':
      return psrNotices(route, options);
    default:
      return assertNever(route, 'procurement route');
  }
}

/** "at least 8 working days", "at least 10 days". */
export function waitPhrase(wait: NoticeWait): string {
  return `at least ${wait.days} ${wait.unit === 'working-days' ? 'working days' : 'days'}`;
}

export interface WaitResult {
  /** Last day of the wait. */
  end: IsoDate;
  /** First day the contract (or change) may be entered into. */
  earliest: IsoDate;
  projected: boolean;
  sentence: string;
}

/** Works out a statutory wait from the day its notice is published (or, for PCR, sent). */
export function computeWait(wait: NoticeWait, noticeDate: IsoDate, citation: string): WaitResult {
  if (wait.unit === 'calendar-days') {
    const p = pcrDaysAfter(noticeDate, wait.days);
    return {
      end: p.end,
      earliest: p.firstDayAfter,
      projected: p.projected,
      sentence: `${wait.days} days after ${formatDate(noticeDate)} end on ${formatDate(p.end)}; the contract may be entered into from ${formatDate(p.firstDayAfter)} (${citation}).`,
    };
  }
  const calendar = wait.calendar ?? 'pa';
  const p =
    wait.counting === 'day-after'
      ? workingDaysAfter(noticeDate, wait.days, calendar)
      : workingDaysBeginningWith(noticeDate, wait.days, calendar);
  const earliest = addDaysIso(p.end, 1);
  const counted =
    wait.counting === 'day-after' ? `from the day after ${formatDate(noticeDate)}` : `beginning with ${formatDate(noticeDate)}`;
  return {
    end: p.end,
    earliest,
    projected: p.projected,
    sentence: `${wait.days} working days ${counted} end on ${formatDate(p.end)}; the earliest date to proceed is ${formatDate(earliest)} (${citation})${p.projected ? ' — bank holidays for that year are projected from the standing rules' : ''}.`,
  };
}
