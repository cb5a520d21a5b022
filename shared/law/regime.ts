import type { IsoDate } from '../dates';
import type { Regime } from '../domain';

/**
 * Which procurement regime governs a procurement, by the date it started (DOMAIN.md section 5).
 *
 * The Procurement Act 2023 came into force on 24 February 2025 (commencement regulations made under
 * PA 2023 s.127). Under the transitional provisions, procurements begun before then continue under the
 * Public Contracts Regulations 2015, as do later modifications of contracts awarded under them.
 *
 * Health care *services* arranged by NHS bodies may instead fall under the Provider Selection Regime
 * (Health Care Services (Provider Selection Regime) Regulations 2023, in force 1 January 2024). An
 * EPR or other IT system is goods/services, not a health care service, so it normally falls under
 * PA 2023; the PSR is only returned when the caller says the contract is a health care service.
 */
export const PA2023_COMMENCEMENT: IsoDate = '2025-02-24';
export const PSR_COMMENCEMENT: IsoDate = '2024-01-01';

export function regimeForDate(procurementStart: IsoDate, options?: { healthCareService?: boolean }): Regime {
  if (options?.healthCareService && procurementStart >= PSR_COMMENCEMENT) return 'PSR';
  return procurementStart < PA2023_COMMENCEMENT ? 'PCR2015' : 'PA2023';
}
