import { riskSchema, type Option, type Risk, type RiskCategory, type RiskScore } from '../domain';
import { isDirectAwardRoute } from '../domain/option-terms';

/**
 * Seed risks a user can pick from (docs/domain.md §6). Scores are typical starting points on the
 * NHS 5×5 matrix for an EPR-scale change, for the user to adjust to their own circumstances; the
 * residual score assumes the listed mitigation is in place.
 */
export interface RiskTemplate {
  key: string;
  title: string;
  category: RiskCategory;
  description: string;
  mitigation: string;
  inherent: RiskScore;
  residual: RiskScore;
  /** Which options it usually applies to, used to pre-select it. */
  appliesTo: (option: Pick<Option, 'kind' | 'route' | 'newSystem' | 'hosting' | 'extensionMonths'>) => boolean;
}

const s = (likelihood: number, consequence: number): RiskScore => ({ likelihood, consequence });
const changesHosting = (o: Pick<Option, 'hosting'>): boolean =>
  o.hosting.targetModel !== undefined && o.hosting.targetModel !== o.hosting.currentModel;

export const RISK_LIBRARY: readonly RiskTemplate[] = [
  {
    key: 'data-migration-failure',
    title: 'Data migration failure',
    category: 'data-migration',
    description:
      'Data from the current system fails validation or reconciliation in a migration cycle. Each failed cycle typically costs 3–4 months of delay.',
    mitigation:
      'Start data quality work early; run several trial loads and dress rehearsals with reconciliation reports; agree go/no-go criteria for cut-over.',
    inherent: s(4, 4),
    residual: s(3, 3),
    appliesTo: (o) => o.newSystem,
  },
  {
    key: 'post-go-live-instability',
    title: 'Post-go-live instability',
    category: 'operational',
    description: 'Productivity drops after go-live while staff adapt; waiting lists can grow by about 25% for 4–6 months.',
    mitigation:
      'Plan reduced activity and recovery capacity; fund floorwalkers and super-users; keep a stabilisation period before further change.',
    inherent: s(4, 4),
    residual: s(3, 4),
    appliesTo: (o) => o.newSystem,
  },
  {
    key: 'direct-award-challenge',
    title: 'Challenge to a direct award',
    category: 'legal-procurement',
    description: 'Another supplier challenges the direct award, delaying signature or making the contract ineffective.',
    mitigation:
      'Record the legal ground and evidence that there is no reasonable alternative; publish the transparency (or VEAT) notice and observe the standstill; take legal advice.',
    inherent: s(3, 4),
    residual: s(2, 4),
    appliesTo: (o) => isDirectAwardRoute(o.route),
  },
  {
    key: 'hosting-gap-cut-over',
    title: 'Hosting gap at cut-over',
    category: 'hosting-technical',
    description: 'The current hosting arrangement ends before the new hosting is live, leaving the system without a data centre.',
    mitigation: 'Align the hosting end date with go-live; negotiate a hosting extension; plan dual running across the cut-over.',
    inherent: s(3, 5),
    residual: s(2, 5),
    appliesTo: changesHosting,
  },
  {
    key: 'loss-of-supplier-support',
    title: 'Loss of supplier support',
    category: 'supplier',
    description: 'The supplier withdraws support for the product or version in use, or leaves the market.',
    mitigation: 'Secure support to the end of the term in the contract; agree an exit plan; check the product roadmap.',
    inherent: s(2, 5),
    residual: s(1, 5),
    appliesTo: (o) => !o.newSystem,
  },
  {
    key: 'spine-integration',
    title: 'Spine / national integration not delivered',
    category: 'hosting-technical',
    description: 'Interfaces to the NHS Spine and other national services are not assured or live in time for go-live.',
    mitigation: 'Make national integration a contractual milestone; start NHS England assurance early; test end to end before cut-over.',
    inherent: s(3, 4),
    residual: s(2, 4),
    appliesTo: (o) => o.newSystem,
  },
  {
    key: 'dcb0160-not-ready',
    title: 'Clinical safety case (DCB0160) not ready',
    category: 'clinical-safety',
    description: "The trust's clinical risk management file and safety case under DCB0160 are not complete for go-live.",
    mitigation: "Appoint the Clinical Safety Officer early; keep the hazard log from design onwards; obtain the supplier's DCB0129 case.",
    inherent: s(3, 4),
    residual: s(2, 4),
    appliesTo: (o) => o.newSystem || changesHosting(o),
  },
  {
    key: 'supplier-dspt-lapsed',
    title: 'Supplier DSPT status lapsed',
    category: 'information-governance',
    description: 'The supplier\'s Data Security and Protection Toolkit status lapses or falls below "Standards Met".',
    mitigation: 'Check DSPT status before award and annually; make it a contractual obligation with remedies.',
    inherent: s(2, 4),
    residual: s(1, 4),
    appliesTo: () => true,
  },
  {
    key: 'scope-creep-substantial',
    title: 'Scope creep makes a modification substantial',
    category: 'legal-procurement',
    description:
      'Further changes to an extended contract push it past the limits for a lawful modification (10% of the maximum term, 50% of the original value), so it needs a new procurement.',
    mitigation: 'Run change control; track cumulative term and value against the limits; publish contract change notices.',
    inherent: s(3, 3),
    residual: s(2, 3),
    appliesTo: (o) => o.route === 'modification' || o.extensionMonths > 0,
  },
];

type RiskIds = Pick<Risk, 'id' | 'optionId' | 'appraisalId'>;

/**
 * A risk the user writes from scratch, ready to store: rated medium before mitigation and a step lower
 * after, until they rate it; every other field takes its schema default.
 */
export function blankRisk(ids: RiskIds): Risk {
  return riskSchema.parse({ ...ids, title: 'New risk', category: 'operational', inherent: s(3, 3), residual: s(2, 3) });
}

/** A Risk record from a template, ready to store (every field editable later). */
export function riskFromTemplate(template: RiskTemplate, ids: RiskIds): Risk {
  return {
    ...blankRisk(ids),
    title: template.title,
    category: template.category,
    description: template.description,
    mitigation: template.mitigation,
    inherent: { ...template.inherent },
    residual: { ...template.residual },
  };
}

/** Templates that usually apply to an option, for pre-selection in the picker. */
export function suggestedRiskTemplates(
  option: Pick<Option, 'kind' | 'route' | 'newSystem' | 'hosting' | 'extensionMonths'>,
): RiskTemplate[] {
  return RISK_LIBRARY.filter((t) => t.appliesTo(option));
}
