/**
 * The engine benchmark workload: 10 options × 40 cost lines over a 15-year appraisal, with risks
 * and criteria, generated deterministically. It lives here (not under test/) so the engine's own
 * performance test can use it in both TypeScript projects; test/bench/engine-workload.ts times it.
 * Not exported from the engine index, so it never reaches the app bundle.
 */
import type { Appraisal, Contract, CostCategory, CostLine, Criterion, Option, Risk } from '../domain';
import { contractSchema, DEFAULT_SETTINGS, optionSchema } from '../domain';
import type { AppraiseAllInput } from './appraise';
import { defaultCriteria } from './scoring';

export const BENCH_SHAPE = { options: 10, linesPerOption: 40, years: 15, risksPerOption: 8 } as const;

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
const KINDS: Option['kind'][] = ['do-minimum', 'direct-with-vendor', 're-procure', 'framework-call-off', 'extend-via-lsp'];
const ROUTES: Option['route'][] = ['modification', 'direct-award', 'competitive-flexible', 'framework-call-off', 'modification'];

export function buildBenchAppraisal(): AppraiseAllInput & { appraisal: Appraisal } {
  const rand = prng(20260401);
  const baseDate = '2026-04-01';
  const appraisal: Appraisal = {
    id: 'bench',
    title: 'Engine bench',
    contractRefs: ['EPR-BENCH'],
    baseDate,
    periodYears: BENCH_SHAPE.years,
    discount: { rate: 0.035, longRate: 0.03, switchYear: 30 },
    priceBase: '2026/27',
    author: '',
    recommendation: { reason: '', status: 'draft' },
    createdAt: '2026-04-01T00:00:00Z',
    updatedAt: '2026-04-01T00:00:00Z',
  };
  let next = 0;
  const newId = () => `b${next++}`;
  const criteria: Criterion[] = defaultCriteria(appraisal.id, newId);
  const options: Option[] = [];
  const costLines: CostLine[] = [];
  const risks: Risk[] = [];

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
      terms: { startDate: '2027-07-01', durationMonths: 120 },
      hosting: { currentModel: 'lsp-data-centre', targetModel: o % 2 ? 'vendor-hosted' : 'lsp-data-centre' },
      optimismBias: o % 3 === 0 ? { pct: 41, rationale: 'Bench' } : undefined,
      scores,
    });
    options.push(option);
    for (let l = 0; l < BENCH_SHAPE.linesPerOption; l++) {
      const common = { id: `${option.id}-l${l}`, optionId: option.id, appraisalId: appraisal.id, label: `Line ${l + 1}` };
      if (l % 4 === 3) {
        costLines.push({
          ...common,
          kind: 'one-off',
          category: ONE_OFF[l % ONE_OFF.length],
          amount: Math.round(20_000 + rand() * 2_000_000),
          date: isoPlusDays(baseDate, Math.floor(rand() * 365 * BENCH_SHAPE.years)),
        });
      } else {
        const start = Math.floor(rand() * 365 * 3);
        costLines.push({
          ...common,
          kind: 'recurring',
          category: RECURRING[l % RECURRING.length],
          amount: Math.round(10_000 + rand() * 900_000),
          startDate: isoPlusDays(baseDate, start - 200),
          endDate: isoPlusDays(baseDate, start + Math.floor(365 * (8 + rand() * 8))),
          indexationPct: Math.round(rand() * 40) / 10,
        });
      }
    }
    for (let r = 0; r < BENCH_SHAPE.risksPerOption; r++) {
      risks.push({
        id: `${option.id}-r${r}`,
        optionId: option.id,
        appraisalId: appraisal.id,
        title: `Risk ${r + 1}`,
        category: 'operational',
        description: '',
        owner: '',
        mitigation: '',
        notes: '',
        inherent: { likelihood: 1 + Math.floor(rand() * 5), consequence: 1 + Math.floor(rand() * 5) },
        residual: { likelihood: 1 + Math.floor(rand() * 5), consequence: 1 + Math.floor(rand() * 5) },
        impact: Math.round(rand() * 1_000_000),
        probability: Math.round(rand() * 100) / 100,
        landsOn: isoPlusDays(baseDate, Math.floor(rand() * 365 * 5)),
      });
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

  return { appraisal, options, costLines, risks, criteria, contracts: [contract], settings: DEFAULT_SETTINGS, today: '2026-04-01' };
}
