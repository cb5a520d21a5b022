/**
 * The PDF benchmark's appraisal: the engine benchmark's 10 options (40 cost lines each, 15 years)
 * with 6 risks per option, 60 in all, re-keyed under its own appraisal id.
 */
import type { Contract } from '@shared/domain';
import type { AppraisalBundle } from '@shared/import/portfolio-format';
import { buildBenchAppraisal } from '../engine-workload';

export const REPORT_BENCH_ID = 'bench-report';
export const REPORT_BENCH_SHAPE = { options: 10, risks: 60 } as const;

export function buildBenchReportBundle(): { bundle: AppraisalBundle; contracts: Contract[] } {
  const input = buildBenchAppraisal();
  const id = REPORT_BENCH_ID;
  const risksPerOption = REPORT_BENCH_SHAPE.risks / REPORT_BENCH_SHAPE.options;
  const risks = input.options
    .flatMap((o) => input.risks.filter((r) => r.optionId === o.id).slice(0, risksPerOption))
    .map((r) => ({ ...r, appraisalId: id, title: `${r.title}: ${r.optionId}` }));
  if (input.options.length !== REPORT_BENCH_SHAPE.options || risks.length !== REPORT_BENCH_SHAPE.risks) {
    throw new Error(
      `Report bench expected ${REPORT_BENCH_SHAPE.options} options and ${REPORT_BENCH_SHAPE.risks} risks, got ${input.options.length} and ${risks.length}.`,
    );
  }
  const bundle: AppraisalBundle = {
    appraisal: {
      ...input.appraisal,
      id,
      title: 'PDF benchmark appraisal (10 options, 60 risks)',
      recommendation: { optionId: input.options[2].id, reason: 'Benchmark recommendation.', status: 'draft' },
    },
    criteria: input.criteria.map((c) => ({ ...c, appraisalId: id })),
    options: input.options.map((o) => ({ ...o, appraisalId: id })),
    costLines: input.costLines.map((l) => ({ ...l, appraisalId: id })),
    risks,
    benefits: input.benefits.map((b) => ({ ...b, appraisalId: id })),
  };
  return { bundle, contracts: [...input.contracts] };
}
