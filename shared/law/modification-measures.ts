import type { IsoDate } from '../dates';
import type { Contract, ModificationEntry, OptionLegalFacts } from '../domain';
import { addDaysIso, addMonthsIso, daysBetween, wholeMonthsBetween } from '../dates';
import { formatDate, formatMoney, formatMonths, formatPct } from '../format';
import { DEFAULT_VAT_RATE, grossUp, type ThresholdBand } from './thresholds';

/**
 * The figures every modification test shares (docs/domain.md §5 and §8): the term change against the
 * maximum term provided for on award, the value change against the estimated value immediately before
 * the change (PA 2023) or the initial value (PCR 2015), and the earlier modifications aggregated with
 * this one unless the user recorded why they could not have been made together (s.74(7)-(8), s.75(4)-(5)).
 */
export interface ProposedChange {
  /** Months added to the term beyond the current end date (0 for a change of value or scope only). */
  termMonths: number;
  /** The day the change would be made. */
  date: IsoDate;
}

export interface ModificationSettings {
  vatRate?: number;
  thresholdBands?: readonly ThresholdBand[];
  /** PCR 2015 goods and services threshold incl. VAT (editable). */
  pcrThreshold?: number;
}

/** A term measured in whole months when both spans are whole months (so 10 of 100 is exactly 10%), else days. */
export interface TermMeasure {
  unit: 'months' | 'days';
  maxTermOnAward: number;
  change: number;
  share: number;
  onAwardAssumed: boolean;
}

export interface Measures {
  newEnd: IsoDate;
  /** Current maximum end (options included), else the current end. */
  currentMaximumEnd: IsoDate;
  /** True when the new end stays within what the contract's own options already provide for. */
  withinExistingOptions: boolean;
  term: TermMeasure | null;
  /** £ ex VAT of this change alone, and whether it was estimated from the annual value. */
  valueChangeExVat: number | null;
  valueEstimated: boolean;
  /** Estimated value immediately before the change, £ incl. VAT. */
  valueBeforeIncVat: number | null;
  /** Initial (award) value £ ex VAT, for PCR percentages. */
  initialValueExVat: number | null;
  earlier: readonly ModificationEntry[];
  aggregated: readonly ModificationEntry[];
  excused: readonly { entry: ModificationEntry; reason: string }[];
  aggregatedValueExVat: number | null;
  aggregatedTermMonths: number;
  vatRate: number;
  works: boolean;
}

function annualValue(contract: Contract): number | null {
  if (contract.annualValue !== undefined) return contract.annualValue;
  if (contract.totalValue !== undefined && contract.startDate) {
    const end = contract.maximumEndDate ?? contract.currentEndDate;
    const days = daysBetween(contract.startDate, end) + 1;
    if (days > 0) return (contract.totalValue * 365) / days;
  }
  return null;
}

function termMeasure(contract: Contract, changeMonths: number, changeDays: number): TermMeasure | null {
  if (!contract.startDate) return null;
  const onAward = contract.maximumEndDateOnAward ?? contract.maximumEndDate ?? contract.currentEndDate;
  const onAwardAssumed = contract.maximumEndDateOnAward === undefined;
  const dayAfter = addDaysIso(onAward, 1);
  const months = wholeMonthsBetween(contract.startDate, dayAfter);
  const wholeMonths = addMonthsIso(contract.startDate, months) === dayAfter;
  if (wholeMonths && months > 0 && Number.isInteger(changeMonths)) {
    return { unit: 'months', maxTermOnAward: months, change: changeMonths, share: changeMonths / months, onAwardAssumed };
  }
  const days = daysBetween(contract.startDate, dayAfter);
  if (days <= 0) return null;
  return { unit: 'days', maxTermOnAward: days, change: changeDays, share: changeDays / days, onAwardAssumed };
}

export function measureChange(
  contract: Contract,
  change: ProposedChange,
  facts: OptionLegalFacts,
  settings: ModificationSettings,
): Measures {
  const vatRate = settings.vatRate ?? DEFAULT_VAT_RATE;
  const currentMaximumEnd = contract.maximumEndDate ?? contract.currentEndDate;
  const newEnd = addMonthsIso(contract.currentEndDate, change.termMonths);
  const beyondDays = Math.max(0, daysBetween(currentMaximumEnd, newEnd));
  // Months beyond the maximum end: exact when the current end is the maximum end (the usual case).
  const beyondMonths = currentMaximumEnd === contract.currentEndDate ? change.termMonths : wholeMonthsBetween(currentMaximumEnd, newEnd);
  const withinExistingOptions = change.termMonths > 0 && beyondDays === 0;

  const earlier = (contract.modifications ?? []).filter((m) => m.date <= change.date);
  const reasons = new Map((facts.notAggregatedWith ?? []).map((n) => [n.modificationId, n.reason]));
  const aggregated = earlier.filter((m) => !reasons.has(m.id));
  const excused = earlier.filter((m) => reasons.has(m.id)).map((entry) => ({ entry, reason: reasons.get(entry.id) ?? '' }));

  const annual = annualValue(contract);
  let valueChangeExVat: number | null = facts.valueChangeExVat ?? null;
  let valueEstimated = false;
  if (valueChangeExVat === null && change.termMonths > 0 && annual !== null) {
    valueChangeExVat = Math.round(((annual * beyondMonths) / 12) * 100) / 100;
    valueEstimated = true;
  }
  if (valueChangeExVat === null && change.termMonths === 0) valueChangeExVat = 0;

  const earlierValue = earlier.reduce((sum, m) => sum + m.valueChange, 0);
  const baseTotal =
    contract.totalValue ??
    (annual !== null && contract.startDate ? (annual * (daysBetween(contract.startDate, currentMaximumEnd) + 1)) / 365 : null);
  const valueBeforeIncVat = baseTotal !== null ? grossUp(baseTotal + earlierValue, vatRate) : null;
  const aggregatedValueExVat = valueChangeExVat === null ? null : valueChangeExVat + aggregated.reduce((s, m) => s + m.valueChange, 0);
  const aggregatedTermMonths = beyondMonths + aggregated.reduce((s, m) => s + m.termChangeMonths, 0);

  const aggregatedDays = beyondDays + aggregated.reduce((s, m) => s + Math.round(m.termChangeMonths * 30.4375), 0);
  return {
    newEnd,
    currentMaximumEnd,
    withinExistingOptions,
    term: termMeasure(contract, aggregatedTermMonths, aggregatedDays),
    valueChangeExVat,
    valueEstimated,
    valueBeforeIncVat,
    initialValueExVat: contract.initialValue ?? contract.totalValue ?? null,
    earlier,
    aggregated,
    excused,
    aggregatedValueExVat,
    aggregatedTermMonths,
    vatRate,
    works: contract.works === true,
  };
}

/** "Term +8 months = 9.5% of the 84-month maximum term on award". */
export function termPhrase(t: TermMeasure): string {
  const change = t.unit === 'months' ? formatMonths(t.change) : `${t.change} days`;
  const of = t.unit === 'months' ? `${t.maxTermOnAward}-month` : `${t.maxTermOnAward}-day`;
  return `Term +${change} = ${formatPct(t.share * 100)} of the ${of} maximum term on award${t.onAwardAssumed ? ' (assumed: the maximum end date on award is not recorded, the current maximum end date is used)' : ''}`;
}

/** "value +£960,000 incl. VAT = 9.5%" against a base. */
export function valuePhrase(changeExVat: number, baseIncVat: number, vatRate: number, baseWords: string): string {
  const inc = grossUp(changeExVat, vatRate);
  return `value ${inc >= 0 ? '+' : '−'}${formatMoney(Math.abs(inc))} incl. VAT = ${formatPct((Math.abs(inc) / baseIncVat) * 100)} of ${baseWords} (${formatMoney(baseIncVat)})`;
}

/** "not aggregated with the change of 12 Mar 2026 (reason recorded)" / "aggregated with …". */
export function aggregationPhrase(m: Measures): string {
  const parts: string[] = [];
  if (m.aggregated.length > 0) {
    parts.push(
      `aggregated with ${m.aggregated.map((e) => `the change of ${formatDate(e.date)}`).join(', ')} (PA 2023 s.74(7)–(8): no reason recorded why they could not have been made together)`,
    );
  }
  if (m.excused.length > 0) {
    parts.push(`not aggregated with ${m.excused.map((e) => `the change of ${formatDate(e.entry.date)}`).join(', ')} (reason recorded)`);
  }
  return parts.join('; ');
}
