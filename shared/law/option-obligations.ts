import type { IsoDate } from '../dates';
import type { ProcurementRoute, Regime } from '../domain';
import { isPsrRoute } from '../domain';
import { addMonthsToDay, dayNumberToIso, isoToDayNumber } from '../dates';
import type { NoticeFinding } from './modification-types';
import type { Obligation, ObligationKind, ObligationStatus } from './obligations';
import { DEFAULT_VAT_RATE, exceeds, FIVE_MILLION, PIPELINE_CONTRACT_TEST } from './thresholds';
import { workingDaysBeginningWith } from './working-days';

/**
 * The Procurement Act duties an appraisal option would bring, dated from its own timeline (docs/domain.md
 * section 5): for the board paper's commercial case and the .ics export of a chosen option.
 */
export interface OptionPlanInput {
  contractRef: string;
  optionId: string;
  route: ProcurementRoute;
  /** The regime the award or change falls under (the direct-award or modification check decides it). */
  regime: Regime;
  today: IsoDate;
  /** When the tender or transparency notice is expected (decision + approvals); else signature − lead. */
  noticeDate?: IsoDate;
  /** The day the contract (or the change) is expected to be entered into. */
  signature: IsoDate;
  /** Term in months including extension options. */
  termMonths: number;
  estimatedValueExVat: number | null;
  vatRate?: number;
  lightTouch?: boolean;
  kpiCount?: number;
  /** For a modification: the change-notice finding of the modification check. */
  changeNotice?: NoticeFinding;
  /** The trust's answer to the pipeline £100m test for the year of the notice. */
  pipelineApplies?: 'yes' | 'no' | 'not-known';
}

function task(input: OptionPlanInput, kind: ObligationKind, due: number | null, basis: string, todayDay: number, tbc = false): Obligation {
  const status: ObligationStatus = tbc || due === null ? 'to-be-confirmed' : due < todayDay ? 'overdue' : 'due';
  return {
    contractRef: input.contractRef,
    optionId: input.optionId,
    kind,
    dueDate: due === null ? null : dayNumberToIso(due),
    status,
    basis,
  };
}

/** 26 May of the financial year containing `day` (the pipeline notice deadline, s.93). */
function pipelineDeadlineFor(day: number): number {
  const iso = dayNumberToIso(day);
  const y = Number(iso.slice(0, 4));
  const fyStart = iso.slice(5) >= '04-01' ? y : y - 1;
  return isoToDayNumber(`${fyStart}-05-26`);
}

export function planOption(input: OptionPlanInput): Obligation[] {
  if (input.regime !== 'PA2023' || isPsrRoute(input.route)) return [];
  const todayDay = isoToDayNumber(input.today);
  const vat = input.vatRate ?? DEFAULT_VAT_RATE;
  const valueInc = input.estimatedValueExVat === null ? null : input.estimatedValueExVat * (1 + vat);
  const over5m = valueInc !== null && exceeds(valueInc, FIVE_MILLION);
  const sign = isoToDayNumber(input.signature);
  const end = addMonthsToDay(sign, input.termMonths) - 1;
  const out: Obligation[] = [];

  if (input.route === 'modification') {
    const n = input.changeNotice;
    if (n && n.status !== 'not-required' && n.status !== 'none') {
      out.push(
        task(
          input,
          'change-notice',
          sign - 1,
          `${n.sentence} Publish before the change; a voluntary standstill of 8 working days is recommended (s.76).`,
          todayDay,
          n.status === 'legal-view-needed',
        ),
      );
      if (over5m)
        out.push(
          task(
            input,
            'modified-contract-publication',
            sign + 89,
            'over £5m: within 90 days beginning with the day the modification is made (s.77)',
            todayDay,
          ),
        );
    }
    return out;
  }

  const callOff = input.route === 'framework-call-off';
  if (!callOff) {
    const notice = input.noticeDate ? isoToDayNumber(input.noticeDate) : null;
    out.push(
      task(
        input,
        'conflicts-assessment',
        notice,
        'before the tender or transparency notice is published, and kept under review (s.83)',
        todayDay,
      ),
    );
    if (notice !== null && valueInc !== null && exceeds(valueInc, PIPELINE_CONTRACT_TEST)) {
      const deadline = pipelineDeadlineFor(notice);
      const applies = input.pipelineApplies ?? 'not-known';
      if (applies !== 'no') {
        out.push(
          task(
            input,
            'pipeline-inclusion',
            deadline,
            applies === 'yes'
              ? 'over £2m with a notice expected in the 18 months from 1 April: list it by 26 May (s.93)'
              : 'over £2m: list it by 26 May if the trust expects to pay more than £100m this year (s.93) — not yet stated',
            todayDay,
            applies === 'not-known',
          ),
        );
      }
    }
  }
  if (over5m && !input.lightTouch && (input.kpiCount ?? 0) < 3) {
    out.push(
      task(
        input,
        'kpis',
        sign - 1,
        'over £5m: at least three KPIs set before the contract is entered into, unless they cannot be used (s.52)',
        todayDay,
      ),
    );
  }
  out.push(
    task(
      input,
      'contract-details-notice',
      sign + (input.lightTouch ? 119 : 29),
      `${input.lightTouch ? 120 : 30} days beginning with the day the contract is entered into (s.53(1))`,
      todayDay,
    ),
  );
  if (over5m)
    out.push(
      task(
        input,
        'contract-publication',
        sign + (input.lightTouch ? 179 : 89),
        `over £5m: ${input.lightTouch ? 180 : 90} days beginning with the day it is entered into (s.53(3))`,
        todayDay,
      ),
    );
  if (over5m && !input.lightTouch) {
    for (let k = 1; addMonthsToDay(sign, 12 * k) - 1 < end; k += 1) {
      out.push(
        task(
          input,
          'performance-notice',
          addMonthsToDay(sign, 12 * k) - 1,
          `performance notice for year ${k} (s.71; PR 2024 reg. 39)`,
          todayDay,
        ),
      );
    }
    out.push(task(input, 'final-performance-notice', end + 29, 'at the end of the contract (s.71)', todayDay));
  }
  out.push(
    task(input, 'termination-notice', end + 29, '30 days beginning with the day the contract ends — expiry included (s.80)', todayDay),
  );
  return out;
}

/**
 * s.55: a procurement termination notice as soon as reasonably practicable after deciding not to award;
 * the app's default is 5 working days beginning with the decision.
 */
export function procurementTerminationDue(decision: IsoDate): IsoDate {
  return workingDaysBeginningWith(decision, 5, 'pa').end;
}
