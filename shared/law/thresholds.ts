import { z } from 'zod';
import type { IsoDate } from '../dates';
import { formatDate, formatMoney } from '../format';

/**
 * Procurement thresholds and the money tests (docs/domain.md §5, "Money tests").
 *
 * PA 2023 values are estimated values INCLUDING VAT (the maximum the trust could pay, options included:
 * PA 2023 s.4 and Sch. 3). The register stores £ ex VAT, so every test grosses up at the VAT rate
 * (editable, 20%). Boundaries are exact: a contract is above threshold when its value is NOT LESS than
 * the threshold (≥, Sch. 1 para. 1); KPIs, contract publication and s.77 apply ABOVE £5m (>); pipeline
 * tests are MORE THAN £100m and MORE THAN £2m (>).
 *
 * Thresholds change every two years and are chosen by the date the procurement started. NHS trusts and
 * NHS foundation trusts are "central government authorities" for threshold purposes (PR 2024 Sch. 2
 * lists them), so the lower central-government figure applies to them — not the sub-central one.
 */
export const DEFAULT_VAT_RATE = 0.2;

export const thresholdBandSchema = z.object({
  /** First day the band applies (procurement start date on or after it). */
  from: z.string(),
  centralGoodsServices: z.number().min(0),
  subCentralGoodsServices: z.number().min(0),
  works: z.number().min(0),
  lightTouch: z.number().min(0),
  source: z.string(),
});
export type ThresholdBand = z.infer<typeof thresholdBandSchema>;

/** Editable defaults: the lead puts these in Settings with a reset to default. */
export const DEFAULT_THRESHOLD_BANDS: readonly ThresholdBand[] = [
  {
    from: '2025-02-24',
    centralGoodsServices: 139_688,
    subCentralGoodsServices: 214_904,
    works: 5_372_609,
    lightTouch: 663_540,
    source: 'PA 2023 Sch. 1 as in force 24 Feb 2025 to 31 Dec 2025 (amounts including VAT)',
  },
  {
    from: '2026-01-01',
    centralGoodsServices: 135_018,
    subCentralGoodsServices: 207_720,
    works: 5_193_000,
    lightTouch: 663_540,
    source: 'PA 2023 Sch. 1 as amended from 1 Jan 2026 (Procurement Act 2023 (Threshold Amounts) regulations; amounts including VAT)',
  },
];

/** PCR 2015 thresholds for procurements still under PCR (reg. 5), central government, incl. VAT, from 1 Jan 2024. */
export const DEFAULT_PCR_THRESHOLDS = {
  goodsServices: 139_688,
  works: 5_372_609,
  lightTouch: 663_540,
  source: 'PCR 2015 reg. 5 as amended (figures from 1 Jan 2024, including VAT)',
} as const;

/** Contract details notice duty below threshold (s.87): contracts of £12,000 or more incl. VAT (central government; £30,000 sub-central). */
export const BELOW_THRESHOLD_NOTICE_FROM = 12_000;
/** KPIs (s.52), contract publication (s.53(3)) and modified-contract publication (s.77) apply above £5m. */
export const FIVE_MILLION = 5_000_000;
export const PIPELINE_SPEND_TEST = 100_000_000;
export const PIPELINE_CONTRACT_TEST = 2_000_000;

export type ThresholdKind = 'goods-services' | 'works' | 'light-touch';

export interface ThresholdChoice {
  amount: number;
  band: ThresholdBand;
  /** "£135,018 (central government goods and services, procurements from 1 Jan 2026)". */
  label: string;
}

/** The band in force on a procurement start date; before the first band, the first (PCR dates use PCR thresholds instead). */
export function thresholdBandFor(date: IsoDate, bands: readonly ThresholdBand[] = DEFAULT_THRESHOLD_BANDS): ThresholdBand {
  let chosen = bands[0];
  for (const b of bands) if (b.from <= date) chosen = b;
  return chosen;
}

export function thresholdFor(
  kind: ThresholdKind,
  procurementStart: IsoDate,
  bands: readonly ThresholdBand[] = DEFAULT_THRESHOLD_BANDS,
): ThresholdChoice {
  const band = thresholdBandFor(procurementStart, bands);
  const amount = kind === 'works' ? band.works : kind === 'light-touch' ? band.lightTouch : band.centralGoodsServices;
  const what =
    kind === 'works'
      ? 'works'
      : kind === 'light-touch'
        ? 'light-touch services'
        : 'goods and services for central government authorities, which include NHS trusts (PR 2024 Sch. 2)';
  return { amount, band, label: `${formatMoney(amount)} (${what}; procurements from ${formatDate(band.from)})` };
}

/** £ ex VAT → £ incl. VAT. Rounded to the penny so a boundary test is exact. */
export function grossUp(exVat: number, vatRate = DEFAULT_VAT_RATE): number {
  return Math.round(exVat * (1 + vatRate) * 100) / 100;
}

/** Not less than (≥): a public contract's value against the threshold (PA 2023 s.3, Sch. 1). */
export function reachesThreshold(valueIncVat: number, threshold: number): boolean {
  return valueIncVat >= threshold;
}

/** More than (>): the £5m, £2m and £100m tests. */
export function exceeds(valueIncVat: number, limit: number): boolean {
  return valueIncVat > limit;
}
