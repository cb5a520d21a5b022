import type { Settings } from '../domain';
import type { ThresholdBand } from '../law/thresholds';
import type { LeadTimes } from './lead-times';

/**
 * The editable law figures in the shape the law and engine functions take them (vatRate,
 * thresholdBands, lead times for every route), read from Settings in one place.
 */
export interface LawContext {
  vatRate: number;
  thresholdBands: readonly ThresholdBand[];
  leadTimes: LeadTimes;
}

export function lawContextOf(settings: Pick<Settings, 'law' | 'leadTimesMonths' | 'vatRate'>): LawContext {
  return {
    vatRate: settings.vatRate,
    thresholdBands: settings.law.thresholdBands,
    leadTimes: { ...settings.leadTimesMonths, ...settings.law.leadTimesMonths },
  };
}
