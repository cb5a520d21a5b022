import { DIRECT_AWARD_GROUNDS } from './direct-award-grounds';
import type { LegalGround } from './legal-ground';
import { MODIFICATION_GROUNDS } from './modification-grounds';

export const ALL_LEGAL_GROUNDS: readonly LegalGround[] = [...DIRECT_AWARD_GROUNDS, ...MODIFICATION_GROUNDS];

const BY_CODE = new Map(ALL_LEGAL_GROUNDS.map((g) => [g.code, g]));

/** The ground recorded on an option, or undefined for an unknown or empty code. */
export function findLegalGround(code: string | undefined | null): LegalGround | undefined {
  return code ? BY_CODE.get(code) : undefined;
}
