import { z } from 'zod';
import { isoDateSchema } from './contract';
import { OPTION_KINDS } from './enums';

/**
 * The board paper's cover sheet (docs/domain.md §9): what an NHS board secretary asks of every
 * paper — the meeting, the executive sponsor, whether the board is asked to approve, take assurance
 * or note, links to board assurance framework (BAF) risks, the status of the equality and
 * data-protection impact assessments, and where the paper has been before. Stored on the appraisal
 * as an optional object whose fields all default, so records saved before it existed load unchanged
 * (no upgrade step).
 */

export const BOARD_PURPOSES = ['approve', 'assure', 'note'] as const;
export type BoardPurpose = (typeof BOARD_PURPOSES)[number];
export const BOARD_PURPOSE_LABELS: Record<BoardPurpose, string> = { approve: 'For approval', assure: 'For assurance', note: 'To note' };

export const IMPACT_ASSESSMENT_STATUSES = ['not-started', 'in-progress', 'completed', 'not-required'] as const;
export type ImpactAssessmentStatus = (typeof IMPACT_ASSESSMENT_STATUSES)[number];
export const IMPACT_ASSESSMENT_STATUS_LABELS: Record<ImpactAssessmentStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  completed: 'Completed',
  'not-required': 'Not required (screened out)',
};

export const boardPaperSchema = z.object({
  /** "Trust Board (public session)". */
  meeting: z.string().max(300).default(''),
  meetingDate: isoDateSchema.optional(),
  executiveSponsor: z.string().max(200).default(''),
  purpose: z.enum(BOARD_PURPOSES).default('approve'),
  /** Board assurance framework risks the paper bears on, one per line ("BAF 4: digital resilience"). */
  bafRisks: z.string().max(2000).default(''),
  eqia: z.enum(IMPACT_ASSESSMENT_STATUSES).default('not-started'),
  dpia: z.enum(IMPACT_ASSESSMENT_STATUSES).default('not-started'),
  /** Committees that saw it before, with dates ("Digital Board, 12 Oct 2026"). */
  previouslyConsidered: z.string().max(2000).default(''),
  /** The strategic case's case for change; left empty, the report states it from the contract's dates. */
  caseForChange: z.string().max(20_000).default(''),
  /** Spending objectives, one per line (SMART objectives the options are judged against). */
  spendingObjectives: z.string().max(20_000).default(''),
  /** The long list: why each kind of option not on the short list was discounted, by option kind. */
  discounted: z.partialRecord(z.enum(OPTION_KINDS), z.string().max(2000)).default({}),
});
export type BoardPaper = z.infer<typeof boardPaperSchema>;

export const DEFAULT_BOARD_PAPER: BoardPaper = {
  meeting: '',
  executiveSponsor: '',
  purpose: 'approve',
  bafRisks: '',
  eqia: 'not-started',
  dpia: 'not-started',
  previouslyConsidered: '',
  caseForChange: '',
  spendingObjectives: '',
  discounted: {},
};

/** The cover fields of an appraisal, with defaults for one saved before they existed. */
export function boardPaperOf(appraisal: { boardPaper?: Partial<BoardPaper> }): BoardPaper {
  return { ...DEFAULT_BOARD_PAPER, ...appraisal.boardPaper };
}
