/**
 * A realistic appraisal for the report tests and the PDF benchmark, built with the engine's own
 * short-list proposal so it looks like one a user starts from the app. Pure: no node:* imports,
 * so it can be bundled for a browser as well as run in Node.
 */
import type { IsoDate } from '@shared/dates';
import { appraisalSchema, type Appraisal, type Contract, type Risk, type Settings } from '@shared/domain';
import { blankRisk, RISK_LIBRARY, riskFromTemplate } from '@shared/engine/risk-library';
import { proposeShortlist } from '@shared/engine/shortlist';
import type { AppraisalBundle } from '@shared/import/portfolio-format';

export const HOSTILE_TITLE = '<img src=x onerror=alert(1)>';

/** A copy of a contract under a new reference, with a title that would run script if rendered as markup. */
export function hostileCopy(contract: Contract, reference = `${contract.reference}-COPY`): Contract {
  return { ...contract, reference, title: HOSTILE_TITLE, notes: `${HOSTILE_TITLE} <script>alert(2)</script>`, linkedContracts: [] };
}

export interface ReportFixtureInput {
  /** The contracts appraised, the primary (EPR) first; all go into contractRefs. */
  contracts: readonly Contract[];
  /** Contracts the short list is proposed from (default: the first one). */
  proposeFrom?: readonly Contract[];
  settings: Settings;
  today: IsoDate;
  appraisalId?: string;
}

const SCORE_TABLE: Record<string, number[]> = {
  'do-minimum': [4, 8, 9, 2, 4, 6],
  'extend-via-lsp': [5, 8, 8, 3, 5, 5],
  'direct-with-vendor': [7, 9, 8, 6, 6, 7],
  'framework-call-off': [8, 6, 6, 8, 8, 6],
  're-procure': [9, 5, 5, 9, 8, 6],
};

export function buildReportFixture(input: ReportFixtureInput): AppraisalBundle {
  const id = input.appraisalId ?? 'report-fixture';
  let n = 0;
  const newId = () => `${id}-${++n}`;
  const proposal = proposeShortlist([...(input.proposeFrom ?? input.contracts.slice(0, 1))], input.settings, input.today, newId, id);
  const criteria = proposal.criteria;
  const options = proposal.options.map((o) => {
    const row = SCORE_TABLE[o.kind] ?? [5, 5, 5, 5, 5, 5];
    const scores = Object.fromEntries(criteria.map((c, i) => [c.id, row[i] ?? 5]));
    return o.kind === 're-procure'
      ? {
          ...o,
          scores,
          optimismBias: {
            ...o.optimismBias,
            development: { pct: 100, mitigation: 'Fixed-price implementation with milestone payments and a reference site visit.' },
          },
        }
      : { ...o, scores };
  });
  const direct = options.find((o) => o.kind === 'direct-with-vendor') ?? options[0];

  const risks: Risk[] = [];
  for (const o of options) {
    for (const t of RISK_LIBRARY.filter((r) => r.appliesTo(o)).slice(0, 3)) {
      const ids = { id: newId(), optionId: o.id, appraisalId: id };
      risks.push({ ...riskFromTemplate(t, ids), owner: 'Chief Digital and Information Officer', order: risks.length });
    }
  }
  risks.push({
    ...blankRisk({ id: newId(), optionId: direct.id, appraisalId: id }),
    title: 'Challenge to the direct award',
    category: 'legal-procurement',
    description: 'A competing supplier challenges the direct award in the courts.',
    owner: 'Head of Procurement',
    mitigation: 'Publish the transparency notice, observe the standstill and keep the evidence that only the vendor can supply.',
    inherent: { likelihood: 3, consequence: 4 },
    residual: { likelihood: 2, consequence: 4 },
    impact: 400_000,
    probability: 0.3,
    landsOn: input.today,
    order: risks.length,
  });

  const stamp = `${input.today}T09:00:00.000Z`;
  const appraisal: Appraisal = appraisalSchema.parse({
    id,
    title: 'EPR options appraisal 2026',
    contractRefs: input.contracts.map((c) => c.reference),
    baseDate: input.today,
    periodYears: input.settings.appraisalPeriodYears,
    discount: { ...input.settings.discount },
    priceBase: `Prices as at ${input.today.slice(0, 4)}, excluding VAT`,
    author: 'Alex Morgan, Head of Digital Procurement',
    recommendation: {
      optionId: direct.id,
      reason:
        'It keeps the live EPR and its clinical safety case, avoids an 18-month implementation during winter pressures, and leaves time to run a full competition before the new contract ends.',
      status: 'for-review',
      by: 'Alex Morgan',
      at: input.today,
    },
    createdAt: stamp,
    updatedAt: stamp,
  });
  return { appraisal, criteria, options, costLines: proposal.costLines, risks, benefits: [] };
}
