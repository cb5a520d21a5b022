/**
 * Record builders for tests: each fills every default through the zod schema of record (shared/domain),
 * so a test states only what it is about and every record it builds is one the app could have stored.
 * Pass overrides in the schema's input shape; ids are unique within a run.
 */
import type { z } from 'zod';
import {
  appraisalSchema,
  benefitSchema,
  contractSchema,
  costLineSchema,
  optionSchema,
  riskSchema,
  settingsSchema,
  type Appraisal,
  type Benefit,
  type BenefitInput,
  type Contract,
  type CostLine,
  type Criterion,
  type Option,
  type Risk,
  type Settings,
} from '@shared/domain';
import type { AppraiseAllInput } from '@shared/engine/appraise';
import type { AppraisalPeriod } from '@shared/engine/period';

type InputOf<S extends z.ZodType> = Partial<z.input<S>>;

/** Where the engine's fixtures (below) start: the first day of 2025/26. */
const ENGINE_START = '2025-04-01';

let next = 0;
/** A fresh id with a readable prefix (`opt-3`), unique within the test run. */
export const uniqueId = (prefix: string): string => `${prefix}-${++next}`;

/** An option a record belongs to: the option itself, or (in the engine's tests) its id in appraisal `a`. */
type Parent = Option | string;

/** The keys that tie a record to its option and appraisal, with a fresh id. */
const childOf = (parent: Parent, prefix: string) =>
  typeof parent === 'string'
    ? { id: uniqueId(prefix), optionId: parent, appraisalId: 'a' }
    : { id: uniqueId(prefix), optionId: parent.id, appraisalId: parent.appraisalId };

/** When the option's costs start by default. */
const startOf = (parent: Parent) => (typeof parent === 'string' ? ENGINE_START : parent.terms.startDate);

type ContractInput = InputOf<typeof contractSchema>;

/** A contract the trust holds directly, from a builder's defaults (in parts, each a line), changed only where the test says. */
const directContract = (defaults: ContractInput[], over: ContractInput): Contract =>
  contractSchema.parse(Object.assign({ contractingModel: 'direct' }, ...defaults, over));

/** A live contract on the register: an EPR direct with its vendor, ending 31 Mar 2027. */
export function aContract(over: ContractInput = {}): Contract {
  return directContract(
    [
      { reference: uniqueId('C'), title: 'Electronic patient record', category: 'EPR', supplier: 'Acme Health Systems Ltd' },
      { startDate: '2022-04-01', currentEndDate: '2027-03-31', annualValue: 250_000 },
    ],
    over,
  );
}

/** The least a contract needs (a PACS contract `X` with supplier `S`, ending 1 Jan 2030), for tests that set only what they are about. */
export function aBareContract(over: ContractInput = {}): Contract {
  return directContract([{ reference: 'X', title: 'T', category: 'PACS', supplier: 'S', currentEndDate: '2030-01-01' }], over);
}

/** A live contract of the KPI tests: managed IT infrastructure from Castlegate, 1 Oct 2025 to 30 Sep 2030. */
export function anInfrastructureContract(over: ContractInput = {}): Contract {
  return directContract(
    [
      { reference: 'NVH-INF-012', title: 'Managed IT infrastructure', category: 'infrastructure', supplier: 'Castlegate' },
      { startDate: '2025-10-01', currentEndDate: '2030-09-30' },
    ],
    over,
  );
}

/** The EPR of the feasibility tests: with Oracle Health since 1 Jul 2017, ending (at its maximum) 30 Jun 2027. */
export function anEprContract(over: ContractInput = {}): Contract {
  return directContract(
    [
      { reference: 'EPR-001', title: 'Electronic patient record', category: 'EPR', supplier: 'Oracle Health' },
      { startDate: '2017-07-01', currentEndDate: '2027-06-30', maximumEndDate: '2027-06-30' },
      { noticePeriodDays: 180, internalLeadTimeDays: 60, annualValue: 1_200_000, totalValue: 12_000_000 },
    ],
    over,
  );
}

/** A £6m PACS contract awarded under the Procurement Act 2023 (20 Mar 2026), running five years from 1 Apr 2026. */
export function aPa2023Contract(over: ContractInput = {}): Contract {
  return directContract(
    [
      { reference: 'C1', title: 'PACS', category: 'PACS', supplier: 'S', totalValue: 6_000_000 },
      { regimeEvent: 'contract-awarded', regimeEventDate: '2026-03-20', signedOn: '2026-04-01' },
      { startDate: '2026-04-01', currentEndDate: '2031-03-31' },
    ],
    over,
  );
}

/** The settings with every default, changed only where the test says. */
export function someSettings(over: InputOf<typeof settingsSchema> = {}): Settings {
  return settingsSchema.parse(over);
}

export function anAppraisal(over: InputOf<typeof appraisalSchema> = {}): Appraisal {
  return appraisalSchema.parse({
    id: uniqueId('appraisal'),
    title: 'EPR replacement',
    contractRefs: ['C-EPR'],
    baseDate: '2026-04-01',
    createdAt: '2026-04-01T09:00:00.000Z',
    updatedAt: '2026-04-01T09:00:00.000Z',
    ...over,
  });
}

const none = { pct: 0, mitigation: 'Not applied in this test' };
const NO_OPTIMISM_BIAS = { development: none, serviceCharge: none, duration: none };

/** An option with no optimism bias unless given one, so its figures are the cost lines' own. */
export function anOption(appraisalId: string, over: InputOf<typeof optionSchema> = {}): Option {
  return optionSchema.parse({
    id: uniqueId('opt'),
    appraisalId,
    kind: 'direct-with-vendor',
    name: 'Contract directly with vendor',
    route: 'direct-award',
    terms: { startDate: '2027-04-01', durationMonths: 60 },
    optimismBias: NO_OPTIMISM_BIAS,
    ...over,
  });
}

type CostLineInput = z.input<typeof costLineSchema>;

/** A cost line of the option, from a builder's defaults, changed only where the test says. */
const costLineOf = (option: Parent, defaults: Partial<CostLineInput>, over: Partial<CostLineInput>): CostLine =>
  costLineSchema.parse({ ...childOf(option, 'line'), ...defaults, ...over } as CostLineInput);

/** A recurring support line over the option's usual five years. */
export function aRecurringLine(option: Parent, over: Partial<CostLineInput> = {}): CostLine {
  const support = { label: 'Annual support', category: 'support', kind: 'recurring', amount: 100_000 } as const;
  return costLineOf(option, { ...support, startDate: startOf(option), endDate: '2032-03-31' }, over);
}

export function aOneOffLine(option: Parent, over: Partial<CostLineInput> = {}): CostLine {
  return costLineOf(
    option,
    { label: 'Implementation', category: 'implementation', kind: 'one-off', amount: 50_000, date: startOf(option) },
    over,
  );
}

export function aRisk(option: Parent, over: InputOf<typeof riskSchema> = {}): Risk {
  return riskSchema.parse({
    ...childOf(option, 'risk'),
    title: 'Data migration overruns',
    category: 'operational',
    inherent: { likelihood: 4, consequence: 4 },
    residual: { likelihood: 2, consequence: 3 },
    ...over,
  });
}

/** A cash-releasing benefit of £20,000 a year. */
export function aBenefit(option: Parent, over: Partial<BenefitInput> = {}): Benefit {
  return benefitSchema.parse({
    ...childOf(option, 'benefit'),
    type: 'CRB',
    label: 'Fewer printed letters',
    cashflow: { kind: 'recurring', amount: 20_000, startDate: startOf(option), endDate: '2032-03-31' },
    ...over,
  });
}

export interface AppraisalRecordSet {
  contract: Contract;
  appraisal: Appraisal;
  options: Option[];
  costLines: CostLine[];
  risks: Risk[];
  benefits: Benefit[];
  criteria: Criterion[];
  settings: Settings;
}

/**
 * A small, complete appraisal of one contract: business as usual (the counterfactual, with a risk),
 * a direct award to the vendor (cheaper, with a risk and a benefit) and a re-procurement with no risks
 * entered (so "risk not assessed"). Each option has cost lines; the direct award is recommended.
 */
export function anAppraisalWithOptions(): AppraisalRecordSet {
  const contract = aContract({ reference: uniqueId('EPR') });
  const appraisal0 = anAppraisal({ contractRefs: [contract.reference] });
  const bau = anOption(appraisal0.id, { kind: 'business-as-usual', name: 'Business as usual', route: 'modification', order: 0 });
  const direct = anOption(appraisal0.id, { name: 'Direct award to the vendor', legalGround: 'pa2023-sch5-technical', order: 1 });
  const reprocure = anOption(appraisal0.id, {
    kind: 're-procure',
    name: 'Re-procure in open competition',
    route: 'open',
    newSystem: true,
    order: 2,
  });
  const appraisal = { ...appraisal0, recommendation: { ...appraisal0.recommendation, optionId: direct.id } };
  const costLines = [
    aRecurringLine(bau, { amount: 300_000 }),
    aRecurringLine(direct, { amount: 200_000 }),
    aOneOffLine(direct, { amount: 80_000 }),
    aRecurringLine(reprocure, { amount: 180_000 }),
    aOneOffLine(reprocure, { amount: 900_000 }),
  ];
  const risks = [aRisk(bau, { title: 'Unsupported version' }), aRisk(direct)];
  const benefits = [aBenefit(direct)];
  const criteria: Criterion[] = [{ id: uniqueId('crit'), appraisalId: appraisal.id, name: 'Clinical safety', weight: 100, order: 0 }];
  return { contract, appraisal, options: [bau, direct, reprocure], costLines, risks, benefits, criteria, settings: someSettings() };
}

/** The engine's input for a record set, as the Compare screen builds it. */
export function appraiseInput(records: AppraisalRecordSet, today = '2026-06-01'): AppraiseAllInput {
  return { ...records, contracts: [records.contract], today };
}

/*
 * The engine's fixtures: one appraisal (`a`) over ten years from 1 Apr 2025 at the Green Book
 * discount rates, with options named by id. The engine's tests state their figures against these.
 */
export const PERIOD: AppraisalPeriod = {
  baseDate: ENGINE_START,
  periodYears: 10,
  discount: { rate: 0.035, longRate: 0.03, switchYear: 30 },
  deflator: { assumedGrowthPct: 0, index: [], source: '', vintage: '' },
};

/** A period with a flat deflator of g % a year. */
export function periodWith(over: Partial<AppraisalPeriod> & { g?: number } = {}): AppraisalPeriod {
  const { g, ...rest } = over;
  return { ...PERIOD, ...rest, deflator: { ...PERIOD.deflator, ...(g !== undefined ? { assumedGrowthPct: g } : {}), ...rest.deflator } };
}

/** An option in appraisal `a` running ten years from 1 Apr 2025, with no optimism bias unless given one. */
export function makeOption(over: InputOf<typeof optionSchema> = {}): Option {
  return anOption('a', { name: 'Option', terms: { startDate: ENGINE_START, durationMonths: 120 }, ...over });
}

export function recurringLine(
  optionId: string,
  amount: number,
  startDate: string,
  endDate: string,
  over: InputOf<typeof costLineSchema> = {},
) {
  return aRecurringLine(optionId, { label: 'Recurring', amount, startDate, endDate, ...over });
}

export function oneOffLine(optionId: string, amount: number, date: string, over: InputOf<typeof costLineSchema> = {}) {
  return aOneOffLine(optionId, { label: 'One-off', amount, date, ...over });
}

export function makeRisk(optionId: string, over: InputOf<typeof riskSchema> = {}): Risk {
  return aRisk(optionId, { title: 'Risk', category: 'financial', inherent: { likelihood: 3, consequence: 3 }, ...over });
}

/** A non-cash-releasing benefit with no cash flow unless given one. */
export function makeBenefit(optionId: string, over: Partial<BenefitInput> = {}): Benefit {
  return benefitSchema.parse({ ...childOf(optionId, 'benefit'), type: 'NCRB', label: 'Benefit', ...over });
}
