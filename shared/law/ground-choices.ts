import type { ProcurementRoute, Regime } from '../domain';
import { isPsrRoute } from '../domain';
import { isDirectAwardRoute } from '../domain/option-terms';
import { DIRECT_AWARD_GROUNDS } from './direct-award-grounds';
import type { LegalGround } from './legal-ground';
import { MODIFICATION_GROUNDS } from './modification-grounds';

/**
 * The grounds a picker may offer for an option (docs/domain.md §5): a modification is judged by the
 * CONTRACT's own regime (PA 2023 Sch. 8 and s.74, PCR 2015 reg. 72, or PSR reg. 13); a direct award by
 * the regime of the new award (PA 2023 Sch. 5 and s.43, or PCR 2015 reg. 32 for a procurement PCR still
 * governs). A PSR route never asks for a Schedule 5 ground — it records its PSR process instead — and a
 * framework call-off or competitive route needs no ground at all.
 */
export type GroundPurpose = 'modification' | 'direct-award' | 'none';

export function groundPurpose(route: ProcurementRoute, extensionMonths = 0): GroundPurpose {
  if (route === 'modification' || extensionMonths > 0) return 'modification';
  if (isPsrRoute(route)) return 'none';
  if (isDirectAwardRoute(route)) return 'direct-award';
  return 'none';
}

/**
 * @param route the option's route
 * @param regime for a modification, the contract's own regime; for a direct award, the award's regime
 */
export function groundChoices(route: ProcurementRoute, regime: Regime, extensionMonths = 0): readonly LegalGround[] {
  switch (groundPurpose(route, extensionMonths)) {
    case 'modification':
      return MODIFICATION_GROUNDS.filter((g) => g.regime === regime);
    case 'direct-award':
      // A PSR regime with a non-PSR direct-award route is a mismatch the regime check reports: offer the Act's grounds.
      return DIRECT_AWARD_GROUNDS.filter((g) => g.regime === (regime === 'PCR2015' ? 'PCR2015' : 'PA2023'));
    case 'none':
      return [];
  }
}
