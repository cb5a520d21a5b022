import type { Regime } from '../domain';
import type { RegimeDecision } from './regime';

/** One step of the modification check, in docs/domain.md §8's order, with its figures and provision. */
export type StepOutcome = 'pass' | 'fail' | 'not-applicable' | 'needs-judgement' | 'info';

export interface ModificationStep {
  id: string;
  outcome: StepOutcome;
  provision: string;
  /** A sentence a board member can follow, with the figures. */
  sentence: string;
  figures?: Record<string, string | number | boolean | null>;
  /** The question to ask the user when the outcome is needs-judgement. */
  question?: string;
}

export type ModificationVerdict = 'permitted' | 'not-permitted' | 'needs-judgement' | 'new-award';

export type NoticeStatus = 'required' | 'not-required' | 'recommended' | 'legal-view-needed' | 'none';

export interface NoticeFinding {
  status: NoticeStatus;
  label: string;
  citation: string;
  sentence: string;
}

export interface ModificationResult {
  regime: Regime;
  regimeDecision: RegimeDecision;
  verdict: ModificationVerdict;
  /** Code and citation of the gateway that permits it, when one does. */
  ground?: { code: string; citation: string };
  steps: ModificationStep[];
  notice: NoticeFinding;
  /** Voluntary standstill (PA 2023 s.76) and publication over £5m (s.77), when they apply. */
  followUps: NoticeFinding[];
  /** The verdict and its reason in one paragraph. */
  summary: string;
}
