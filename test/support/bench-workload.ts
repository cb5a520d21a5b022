/**
 * The engine benchmark workload: 10 options × 40 cost lines over a 15-year appraisal, with risks,
 * benefits, criteria, follow-ons (the short options are followed by a long one), real terms (a 2%
 * deflator, some constant-price lines) and three-point ranges for the risk analysis, generated
 * deterministically. The engine, simulation and presentation tests build on it, and
 * test/bench/engine-workload.ts times it. It is test support: nothing in the app imports it.
 */
import type { Appraisal, Benefit, Contract, CostCategory, CostLine, Criterion, Option, Risk } from '@shared/domain';
import { appraisalSchema, benefitSchema, contractSchema, costLineSchema, DEFAULT_SETTINGS, optionSchema, riskSchema } from '@shared/domain';
import type { AppraiseAllInput } from '@shared/engine/appraise';
import { defaultCriteria } from '@shared/engine/scoring';

export const BENCH_SHAPE = { options: 10, linesPerOption: 40, years: 15, risksPerOption: 8, benefitsPerOption: 4 } as const;

/** Small deterministic PRNG (mulberry32) so every run benchmarks the same data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function isoPlusDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const RECURRING: CostCategory[] = ['licence', 'support', 'hosting', 'staff', 'dual-running', 'other'];
const ONE_OFF: CostCategory[] = ['implementation', 'migration', 'hosting-transfer', 'procurement-legal', 'exit'];
const KINDS: Option['kind'][] = [
  'business-as-usual',
  'do-minimum',
  'direct-with-vendor',
  're-procure',
  'framework-call-off',
  'extend-via-lsp',
];
const ROUTES: Option['route'][] = [
  'modification',
  'modification',
  'direct-award',
  'competitive-flexible',
  'framework-call-off',
  'modification',
];

export function buildBenchAppraisal(): AppraiseAllInput & { appraisal: Appraisal; benefits: Benefit[] } {
  const rand = prng(20260401);
  const baseDate = '2026-04-01';
  const appraisal: Appraisal = appraisalSchema.parse({
    id: 'bench',
    title: 'Engine bench',
    contractRefs: ['EPR-BENCH'],
    baseDate,
    periodYears: BENCH_SHAPE.years,
    priceBase: '2026/27',
    createdAt: '2026-04-01T00:00:00Z',
    updatedAt: '2026-04-01T00:00:00Z',
  });
  let next = 0;
  const newId = () => `b${next++}`;
  const criteria: Criterion[] = defaultCriteria(appraisal.id, newId);
  const options: Option[] = [];
  const costLines: CostLine[] = [];
  const risks: Risk[] = [];
  const benefits: Benefit[] = [];

  for (let o = 0; o < BENCH_SHAPE.options; o++) {
    const kindIdx = o % KINDS.length;
    const scores: Record<string, number> = {};
    for (const c of criteria) scores[c.id] = Math.round(rand() * 10);
    const option = optionSchema.parse({
      id: `opt-${o}`,
      appraisalId: appraisal.id,
      kind: KINDS[kindIdx],
      name: `Option ${o + 1}`,
      order: o,
      route: ROUTES[kindIdx],
      regime: 'PA2023',
      legalGround: ROUTES[kindIdx] === 'direct-award' ? 'pa2023-sch5-technical' : undefined,
      newSystem: KINDS[kindIdx] === 're-procure' || KINDS[kindIdx] === 'framework-call-off',
      extensionMonths: ROUTES[kindIdx] === 'modification' ? 24 : 0,
      // Odd options run 3 years and are followed by the next option from their end.
      terms: { startDate: '2027-07-01', durationMonths: o % 2 ? 36 : 120 },
      followOn: o % 2 && o + 1 < BENCH_SHAPE.options ? { kind: 'option', optionId: `opt-${o + 1}`, from: '2030-07-01' } : undefined,
      hosting: { currentModel: 'lsp-data-centre', targetModel: o % 2 ? 'vendor-hosted' : 'lsp-data-centre' },
      goLiveDelay: { low: 0, mostLikely: 2, high: 9 },
      scores,
    });
    options.push(option);
    for (let l = 0; l < BENCH_SHAPE.linesPerOption; l++) {
      const common = { id: `${option.id}-l${l}`, optionId: option.id, appraisalId: appraisal.id, label: `Line ${l + 1}` };
      const range = l % 5 === 0;
      if (l % 4 === 3) {
        const amount = Math.round(20_000 + rand() * 2_000_000);
        costLines.push(
          costLineSchema.parse({
            ...common,
            order: l,
            kind: 'one-off',
            category: ONE_OFF[l % ONE_OFF.length],
            amount,
            date: isoPlusDays(baseDate, Math.floor(rand() * 365 * BENCH_SHAPE.years)),
            range: range ? { low: amount * 0.8, high: amount * 1.6 } : undefined,
          }),
        );
      } else {
        const start = Math.floor(rand() * 365 * 3);
        const amount = Math.round(10_000 + rand() * 900_000);
        costLines.push(
          costLineSchema.parse({
            ...common,
            order: l,
            kind: 'recurring',
            category: RECURRING[l % RECURRING.length],
            basis: l % 7 === 0 ? 'constant' : 'cash',
            amount,
            startDate: isoPlusDays(baseDate, start - 200),
            endDate: isoPlusDays(baseDate, start + Math.floor(365 * (8 + rand() * 8))),
            indexationPct: Math.round(rand() * 40) / 10,
            goLiveLink: l === 1 ? 'until-go-live' : undefined,
            range: range ? { low: amount * 0.9, high: amount * 1.3 } : undefined,
          }),
        );
      }
    }
    for (let r = 0; r < BENCH_SHAPE.risksPerOption; r++) {
      const impact = Math.round(rand() * 1_000_000);
      risks.push(
        riskSchema.parse({
          id: `${option.id}-r${r}`,
          optionId: option.id,
          appraisalId: appraisal.id,
          order: r,
          title: `Risk ${r + 1}`,
          category: 'operational',
          inherent: { likelihood: 1 + Math.floor(rand() * 5), consequence: 1 + Math.floor(rand() * 5) },
          residual: { likelihood: 1 + Math.floor(rand() * 5), consequence: 1 + Math.floor(rand() * 5) },
          impact,
          impactRange: { low: impact * 0.5, high: impact * 2 },
          probability: Math.round(rand() * 100) / 100,
          landsOn: isoPlusDays(baseDate, Math.floor(rand() * 365 * 5)),
        }),
      );
    }
    for (let b = 0; b < BENCH_SHAPE.benefitsPerOption; b++) {
      const amount = Math.round(50_000 + rand() * 500_000);
      benefits.push(
        benefitSchema.parse({
          id: `${option.id}-b${b}`,
          optionId: option.id,
          appraisalId: appraisal.id,
          order: b,
          type: (['CRB', 'NCRB', 'SB', 'UB'] as const)[b % 4],
          label: `Benefit ${b + 1}`,
          shortfallPct: 10,
          cashflow: b % 4 === 3 ? undefined : { kind: 'recurring', amount, startDate: '2028-04-01', endDate: '2040-03-31' },
          range: b % 4 === 3 ? undefined : { low: amount * 0.5, high: amount * 1.2 },
        }),
      );
    }
  }

  const contract: Contract = contractSchema.parse({
    reference: 'EPR-BENCH',
    title: 'Electronic patient record',
    category: 'EPR',
    supplier: 'Bench Supplier',
    contractingModel: 'via-lsp',
    startDate: '2017-07-01',
    currentEndDate: '2027-06-30',
    noticePeriodDays: 180,
    internalLeadTimeDays: 90,
    annualValue: 4_000_000,
    totalValue: 40_000_000,
    hostingModel: 'lsp-data-centre',
    hostingEndDate: '2027-06-30',
  });

  return {
    appraisal,
    options,
    costLines,
    risks,
    benefits,
    criteria,
    contracts: [contract],
    settings: DEFAULT_SETTINGS,
    today: '2026-04-01',
  };
}
