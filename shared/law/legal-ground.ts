/**
 * The shape of a legal ground the app can record on an option (Option.legalGround holds `code`).
 * Codes are stable identifiers stored in user data: never rename one, add a new code instead.
 */
export type GroundRegime = 'PA2023' | 'PCR2015' | 'PSR';
export type GroundKind = 'direct-award' | 'modification';

export interface LegalGround {
  code: string;
  regime: GroundRegime;
  kind: GroundKind;
  /** Short label for pickers: "Technical reasons, no reasonable alternative". */
  label: string;
  /** Plain English a board member can follow. */
  description: string;
  /** The provision, e.g. "PA 2023 s.41 and Sch. 5 para. 6". */
  citation: string;
  /** Conditions the trust must be able to evidence. */
  conditions: readonly string[];
  /**
   * True for urgency: it cannot be relied on when the urgency comes from the trust's own delay or
   * from an end date it always knew about.
   */
  cannotBeSelfCaused?: boolean;
  /**
   * A cap on each change in value, as % of the value it is measured against: the estimated value
   * immediately before the change (PA 2023 Sch. 8 paras. 4, 5, 8) or the original contract value
   * (PCR 2015 reg. 72(1)(b), (c) and (2)).
   */
  valueCapPct?: number;
  /** True when the ground suits the EPR/IT continuity situations this app is built for. */
  commonForIt?: boolean;
}
