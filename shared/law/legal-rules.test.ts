import { describe, expect, it } from 'vitest';
import { contractSchema, type Contract, type ContractInput, type OptionLegalFacts, type ProcurementRoute, type Regime } from '../domain';
import { checkDirectAward } from './direct-award';
import { checkModification, type ModificationVerdict, type NoticeStatus } from './modification';
import { noticesFor } from './notices';

/**
 * The legal rules as a table (issue 15, docs/domain.md §5 and §8): each row names the provision it
 * follows. Contracts: 100 months from 1 Jan 2020 to 30 Apr 2028, £10,000,000 ex VAT (£12,000,000 incl.
 * VAT), so 10 months is exactly 10% of the term and £1,000,000 ex VAT exactly 10% of the value.
 */
const TODAY = '2026-12-06';
const base: ContractInput = {
  reference: 'EPR-1',
  title: 'Electronic patient record',
  category: 'EPR',
  supplier: 'Vendor Ltd',
  contractingModel: 'direct',
  startDate: '2020-01-01',
  currentEndDate: '2028-04-30',
  maximumEndDate: '2028-04-30',
  maximumEndDateOnAward: '2028-04-30',
  totalValue: 10_000_000,
  annualValue: 1_200_000,
};
const PA: Partial<ContractInput> = { regimeEvent: 'contract-awarded', regimeEventDate: '2025-06-01', startDate: '2020-01-01' };
const PCR: Partial<ContractInput> = { regimeEvent: 'contract-awarded', regimeEventDate: '2019-12-01', initialValue: 10_000_000 };
const PSR: Partial<ContractInput> = {
  regimeEvent: 'psr-process-started',
  regimeEventDate: '2024-06-01',
  initialValue: 4_000_000,
  totalValue: 4_000_000,
};
const mk = (over: Partial<ContractInput>): Contract => contractSchema.parse({ ...base, ...over });

/** Every gateway's conditions recorded as not met, so only the one a row sets can pass. */
const NOTHING: OptionLegalFacts = {
  providedForInContract: 'no',
  unforeseeableCircumstances: 'no',
  knownRiskNamedInNotice: 'no',
  differentSupplierIncompatible: 'no',
  scopeChangesMaterially: 'no',
  economicBalanceShiftsToSupplier: 'no',
  overallNatureChanges: 'no',
  pcrNotSubstantialView: 'no',
  psrExternalFactors: 'no',
};
const BALANCE_SHIFTS: OptionLegalFacts = { ...NOTHING, economicBalanceShiftsToSupplier: 'yes' };

interface Row {
  provision: string;
  contract: Partial<ContractInput>;
  termMonths?: number;
  facts: OptionLegalFacts;
  date?: string;
  verdict: ModificationVerdict;
  ground?: string;
  notice?: NoticeStatus;
  says?: RegExp;
}

const ROWS: Row[] = [
  // PA 2023 s.74(3)(a): term change ≤ 10% of the maximum term on award is not substantial; exactly 10% passes.
  {
    provision: 'PA 2023 s.74(3)(a): term +9% of the maximum term on award',
    contract: PA,
    termMonths: 9,
    facts: NOTHING,
    verdict: 'permitted',
    ground: 'pa2023-s74-not-substantial',
    notice: 'recommended',
    says: /Term \+9 months = 9% of the 100-month maximum term on award/,
  },
  {
    provision: 'PA 2023 s.74(3)(a): term +10% (boundary, passes)',
    contract: PA,
    termMonths: 10,
    facts: NOTHING,
    verdict: 'permitted',
    ground: 'pa2023-s74-not-substantial',
    notice: 'recommended',
  },
  {
    provision: 'PA 2023 s.74(3)(a): term +11% is substantial; s.74(4) value 11% > 10%',
    contract: PA,
    termMonths: 11,
    facts: NOTHING,
    verdict: 'not-permitted',
    says: /above it/,
  },
  {
    provision: 'PA 2023 Sch. 8 para. 4 permits +11% term when unforeseeable; s.75(1) notice required',
    contract: PA,
    termMonths: 11,
    facts: { ...NOTHING, unforeseeableCircumstances: 'yes' },
    verdict: 'permitted',
    ground: 'pa2023-sch8-unforeseeable',
    notice: 'required',
  },
  // s.75(2)(a) value limb at and around 10%.
  {
    provision: 'PA 2023 s.75(2)(a): value +10% exactly — notice not required (recommended)',
    contract: PA,
    facts: { ...NOTHING, valueChangeExVat: 1_000_000 },
    verdict: 'permitted',
    ground: 'pa2023-s74-not-substantial',
    notice: 'recommended',
    says: /limit 10%, s\.75\(2\)\(a\)/,
  },
  {
    provision: 'PA 2023 s.75(1): value +10% + £1 — notice required',
    contract: PA,
    facts: { ...NOTHING, valueChangeExVat: 1_000_001 },
    verdict: 'permitted',
    notice: 'required',
  },
  {
    provision: 'PA 2023 s.75(2)(a)(ii): works value +15% — notice not required (recommended)',
    contract: { ...PA, works: true },
    facts: { ...NOTHING, valueChangeExVat: 1_500_000 },
    verdict: 'permitted',
    notice: 'recommended',
  },
  {
    provision: 'PA 2023 s.75(1): goods/services value +15% — notice required',
    contract: PA,
    facts: { ...NOTHING, valueChangeExVat: 1_500_000 },
    verdict: 'permitted',
    notice: 'required',
  },
  // Sch. 8 caps at 50%.
  {
    provision: 'PA 2023 Sch. 8 para. 4: +50% exactly is within the cap',
    contract: PA,
    facts: { ...BALANCE_SHIFTS, unforeseeableCircumstances: 'yes', valueChangeExVat: 5_000_000 },
    verdict: 'permitted',
    ground: 'pa2023-sch8-unforeseeable',
    notice: 'required',
  },
  {
    provision: 'PA 2023 Sch. 8 para. 4: +50% + £1 is above the cap',
    contract: PA,
    facts: { ...BALANCE_SHIFTS, unforeseeableCircumstances: 'yes', valueChangeExVat: 5_000_001 },
    verdict: 'not-permitted',
    says: /above the 50% cap/,
  },
  {
    provision: 'PA 2023 Sch. 8 para. 8: additional services, +49%',
    contract: PA,
    facts: {
      ...BALANCE_SHIFTS,
      differentSupplierIncompatible: 'yes',
      disproportionateTechnicalDifficulty: 'yes',
      substantialDuplicationOfCosts: 'yes',
      valueChangeExVat: 4_900_000,
    },
    verdict: 'permitted',
    ground: 'pa2023-sch8-additional',
  },
  {
    provision: 'PA 2023 Sch. 8 para. 5: known risk caused by a party is excluded',
    contract: PA,
    facts: { ...BALANCE_SHIFTS, knownRiskNamedInNotice: 'yes', knownRiskCausedByParty: 'yes', valueChangeExVat: 2_000_000 },
    verdict: 'not-permitted',
  },
  {
    provision: 'PA 2023 Sch. 8 paras. 5–7: known risk, not caused by either party',
    contract: PA,
    facts: { ...BALANCE_SHIFTS, knownRiskNamedInNotice: 'yes', knownRiskCausedByParty: 'no', valueChangeExVat: 2_000_000 },
    verdict: 'permitted',
    ground: 'pa2023-sch8-known-risk',
  },
  {
    provision: 'PA 2023 Sch. 8 para. 2 / Sch. 5 para. 14: urgency the trust caused is excluded',
    contract: PA,
    termMonths: 12,
    facts: { ...NOTHING, urgencyCause: 'attributable-to-trust' },
    verdict: 'not-permitted',
    says: /Sch\. 5 para\. 14 excludes/,
  },
  {
    provision: 'PA 2023 Sch. 8 para. 2: urgency from an unforeseeable event',
    contract: PA,
    termMonths: 12,
    facts: { ...NOTHING, urgencyCause: 'unforeseeable-event' },
    verdict: 'permitted',
    ground: 'pa2023-sch8-urgency',
  },
  {
    provision: 'PA 2023 Sch. 8 para. 9: a new supplier without a restructuring is not permitted',
    contract: PA,
    facts: { ...NOTHING, changeOfSupplier: true, corporateRestructuring: 'no' },
    verdict: 'not-permitted',
  },
  {
    provision: 'PA 2023 Sch. 8 para. 9 and s.75(2): restructuring, change notice always required',
    contract: PA,
    facts: { ...NOTHING, changeOfSupplier: true, corporateRestructuring: 'yes' },
    verdict: 'permitted',
    ground: 'pa2023-sch8-restructuring',
    notice: 'required',
  },
  {
    provision: 'PA 2023 s.74(2) and s.75(6)(b): light-touch contract, no change notice',
    contract: { ...PA, lightTouch: true },
    termMonths: 30,
    facts: NOTHING,
    verdict: 'permitted',
    notice: 'not-required',
  },
  // Aggregation (anti-splitting).
  {
    provision: 'PA 2023 s.74(7)–(8): +5 months aggregated with an earlier +6 months = 11% — substantial',
    contract: { ...PA, modifications: [{ id: 'm1', date: '2026-03-12', termChangeMonths: 6, valueChange: 0 }] },
    termMonths: 5,
    facts: NOTHING,
    verdict: 'not-permitted',
    says: /aggregated with the change of 12 Mar 2026/,
  },
  {
    provision: 'PA 2023 s.74(7)–(8): not aggregated when the reason is recorded — 5%',
    contract: { ...PA, modifications: [{ id: 'm1', date: '2026-03-12', termChangeMonths: 6, valueChange: 0 }] },
    termMonths: 5,
    facts: { ...NOTHING, notAggregatedWith: [{ modificationId: 'm1', reason: 'Different need, arose later' }] },
    verdict: 'permitted',
    says: /not aggregated with the change of 12 Mar 2026 \(reason recorded\)/,
  },
  // Below-threshold modifications.
  {
    provision: 'PA 2023 s.74(4)–(6): below-threshold change of £60,000 incl. VAT on a £1.2m contract',
    contract: { ...PA, totalValue: 1_000_000, annualValue: 120_000 },
    facts: { ...BALANCE_SHIFTS, valueChangeExVat: 50_000 },
    verdict: 'permitted',
    ground: 'pa2023-s74-below-threshold',
  },
  {
    provision: 'PA 2023 s.74(4)–(6): running total of below-threshold changes reaches the threshold',
    contract: {
      ...PA,
      totalValue: 1_000_000,
      annualValue: 120_000,
      modifications: [{ id: 'b1', date: '2026-01-10', valueChange: 80_000, belowThreshold: true }],
    },
    facts: { ...BALANCE_SHIFTS, valueChangeExVat: 50_000, notAggregatedWith: [{ modificationId: 'b1', reason: 'separate need' }] },
    verdict: 'not-permitted',
  },
  // In force? Seven-year extension? Extension option exercised exactly?
  {
    provision: 'PA 2023 s.74: an expired contract cannot be modified — new award',
    contract: { ...PA, currentEndDate: '2026-06-30', maximumEndDate: '2026-06-30', maximumEndDateOnAward: '2026-06-30' },
    termMonths: 6,
    facts: NOTHING,
    verdict: 'new-award',
    says: /cannot be modified/,
  },
  {
    provision: 'PA 2023 s.41: a seven-year extension is a direct award, not a modification',
    contract: PA,
    termMonths: 84,
    facts: { ...NOTHING, unforeseeableCircumstances: 'yes' },
    verdict: 'not-permitted',
    says: /new contract in substance/,
  },
  {
    provision: 'PA 2023 Sch. 8 para. 1: extension option exercised exactly — notice unsettled',
    contract: { ...PA, maximumEndDate: '2029-04-30' },
    termMonths: 12,
    facts: { ...NOTHING, exercisesExtensionOptionExactly: 'yes' },
    verdict: 'permitted',
    ground: 'pa2023-sch8-provided-for',
    notice: 'legal-view-needed',
  },
  {
    provision: 'PA 2023 s.75(2): neither value nor term moves — exemption unclear, publish',
    contract: PA,
    facts: { ...NOTHING, providedForInContract: 'yes', valueChangeExVat: 0 },
    verdict: 'permitted',
    notice: 'legal-view-needed',
    says: /exemption is unclear/,
  },
  // PCR 2015 reg. 72: no term safe harbour.
  {
    provision: 'PCR 2015 reg. 72: a +10-month extension has no "10% of the term" safe harbour',
    contract: PCR,
    termMonths: 10,
    facts: NOTHING,
    verdict: 'not-permitted',
    says: /no "10% of the term" safe harbour/,
  },
  {
    provision: 'PCR 2015 reg. 72(1)(e): not substantial only as a recorded legal view',
    contract: PCR,
    termMonths: 10,
    facts: { ...NOTHING, pcrNotSubstantialView: 'yes' },
    verdict: 'permitted',
    ground: 'pcr2015-reg72-1e-not-substantial',
    notice: 'none',
  },
  {
    provision: 'PCR 2015 reg. 72(1)(b) and (2): +50% of the original value, modification notice reg. 72(3)',
    contract: PCR,
    facts: { ...NOTHING, differentSupplierIncompatible: 'yes', substantialDuplicationOfCosts: 'yes', valueChangeExVat: 5_000_000 },
    verdict: 'permitted',
    ground: 'pcr2015-reg72-1b-additional',
    notice: 'required',
  },
  {
    provision: 'PCR 2015 reg. 72(2): +50% + £1 exceeds the limit for (b)',
    contract: PCR,
    facts: { ...NOTHING, differentSupplierIncompatible: 'yes', substantialDuplicationOfCosts: 'yes', valueChangeExVat: 5_000_001 },
    verdict: 'not-permitted',
  },
  {
    provision: 'PCR 2015 reg. 72(1)(c): unforeseeable, +49%',
    contract: PCR,
    facts: { ...NOTHING, unforeseeableCircumstances: 'yes', valueChangeExVat: 4_900_000 },
    verdict: 'permitted',
    ground: 'pcr2015-reg72-1c-unforeseeable',
    notice: 'required',
  },
  {
    provision: 'PCR 2015 reg. 72(1)(f) and (5): de minimis £100,000 on £2m',
    contract: { ...PCR, initialValue: 2_000_000, totalValue: 2_000_000 },
    facts: { ...NOTHING, valueChangeExVat: 100_000 },
    verdict: 'permitted',
    ground: 'pcr2015-reg72-1f-de-minimis',
    notice: 'none',
  },
  {
    provision: 'PCR 2015 reg. 72(6): successive changes on their net cumulative value exceed the threshold',
    contract: {
      ...PCR,
      initialValue: 2_000_000,
      totalValue: 2_000_000,
      modifications: [{ id: 'p1', date: '2024-05-01', valueChange: 20_000 }],
    },
    facts: { ...NOTHING, valueChangeExVat: 100_000 },
    verdict: 'not-permitted',
    says: /net cumulative change £144,000/,
  },
  {
    provision: 'PCR 2015 reg. 72(1)(d): new contractor by corporate succession',
    contract: PCR,
    facts: { ...NOTHING, changeOfSupplier: true, corporateRestructuring: 'yes' },
    verdict: 'permitted',
    ground: 'pcr2015-reg72-1d-new-contractor',
  },
  // PSR reg. 13.
  {
    provision: 'PSR reg. 13(2): trust-decided change below £500,000',
    contract: PSR,
    facts: { ...NOTHING, valueChangeExVat: 400_000 },
    verdict: 'permitted',
    ground: 'psr-reg13-trust-decided',
    notice: 'none',
  },
  {
    provision: 'PSR reg. 13(2): £600,000 but under 25% — permitted, notice as it reaches £500,000',
    contract: PSR,
    facts: { ...NOTHING, valueChangeExVat: 600_000 },
    verdict: 'permitted',
    notice: 'required',
  },
  {
    provision: 'PSR reg. 13(2): £600,000 and 30% — not permitted',
    contract: { ...PSR, initialValue: 2_000_000, totalValue: 2_000_000 },
    facts: { ...NOTHING, valueChangeExVat: 600_000 },
    verdict: 'not-permitted',
  },
];

describe('modification rules by regime (table)', () => {
  it.each(ROWS.map((r) => [r.provision, r] as const))('%s', (_name, row) => {
    const contract = mk(row.contract);
    const r = checkModification(contract, { termMonths: row.termMonths ?? 0, date: row.date ?? TODAY }, row.facts, TODAY);
    const text = [r.summary, ...r.steps.map((s) => s.sentence), r.notice.sentence].join(' ');
    expect(r.verdict, text).toBe(row.verdict);
    if (row.ground) expect(r.ground?.code, text).toBe(row.ground);
    if (row.notice) expect(r.notice.status, text).toBe(row.notice);
    if (row.says) expect(text).toMatch(row.says);
  });

  it('uses the contract’s own regime, not the option’s: a PCR contract never gets the PA 10% term test', () => {
    const r = checkModification(mk(PCR), { termMonths: 10, date: TODAY }, NOTHING, TODAY);
    expect(r.regime).toBe('PCR2015');
    expect(r.steps.map((s) => s.provision).join(' ')).not.toMatch(/s\.74/);
  });
});

interface DaRow {
  provision: string;
  route: ProcurementRoute;
  optionRegime?: Regime;
  ground?: string;
  facts?: OptionLegalFacts;
  contract?: Partial<ContractInput>;
  status: string;
}

const DA_ROWS: DaRow[] = [
  { provision: 'PA 2023 s.41 and Sch. 5: a direct award without a ground', route: 'direct-award', status: 'missing' },
  { provision: 'PA 2023 Sch. 5 para. 6: technical reasons recorded', route: 'direct-award', ground: 'pa2023-sch5-technical', status: 'ok' },
  {
    provision: 'PA 2023 Sch. 5 para. 6: a reasonable alternative recorded',
    route: 'direct-award',
    ground: 'pa2023-sch5-technical',
    facts: { noReasonableAlternative: 'no' },
    status: 'refused',
  },
  {
    provision: 'PA 2023 Sch. 5 para. 14: urgency attributable to the trust',
    route: 'direct-award',
    ground: 'pa2023-sch5-urgency',
    facts: { urgencyCause: 'attributable-to-trust' },
    status: 'refused',
  },
  {
    provision: 'PA 2023 Sch. 5 para. 8: outside five years of the earlier award',
    route: 'direct-award',
    ground: 'pa2023-sch5-similar-repeat',
    facts: { earlierContractCompetitivelyTendered: 'yes', earlierTenderFlaggedRepeat: 'yes', earlierContractAwardDate: '2021-06-01' },
    status: 'refused',
  },
  {
    provision: 'PA 2023 Sch. 5 para. 8: flagged, tendered, within five years',
    route: 'direct-award',
    ground: 'pa2023-sch5-similar-repeat',
    facts: { earlierContractCompetitivelyTendered: 'yes', earlierTenderFlaggedRepeat: 'yes', earlierContractAwardDate: '2022-06-01' },
    status: 'ok',
  },
  {
    provision: 'PA 2023 s.43: switching after no suitable tenders',
    route: 'direct-award',
    ground: 'pa2023-s43-no-suitable-tenders',
    facts: { s43NoSuitableTenders: 'yes' },
    status: 'ok',
  },
  {
    provision: 'PCR 2015 reg. 32 only for a procurement still under PCR (SI 2024/716 reg. 5)',
    route: 'negotiated-without-publication',
    optionRegime: 'PCR2015',
    ground: 'pcr2015-reg32-technical',
    status: 'refused',
  },
  {
    provision: 'PCR 2015 reg. 32 where a reg. 32 contact was made before 24 Feb 2025',
    route: 'negotiated-without-publication',
    optionRegime: 'PCR2015',
    ground: 'pcr2015-reg32-technical',
    contract: { regimeEvent: 'negotiated-procedure-contact', regimeEventDate: '2025-01-15' },
    status: 'ok',
  },
  { provision: 'PA 2023 ss.45–46: a framework call-off needs no Schedule 5 ground', route: 'framework-call-off', status: 'not-applicable' },
  {
    provision: 'PSR reg. 6: a PSR direct award asks for the process, never a Schedule 5 ground',
    route: 'psr-direct-award',
    status: 'missing',
  },
  {
    provision: 'PSR reg. 9: direct award C with a provider performing well',
    route: 'psr-direct-award',
    facts: { psrProcess: 'C', psrProviderPerformingWell: 'yes' },
    status: 'ok',
  },
];

describe('direct award rules by route and regime (table)', () => {
  it.each(DA_ROWS.map((r) => [r.provision, r] as const))('%s', (_name, row) => {
    const r = checkDirectAward({
      route: row.route,
      optionRegime: row.optionRegime ?? 'PA2023',
      groundCode: row.ground,
      facts: row.facts ?? {},
      today: TODAY,
      contract: mk(row.contract ?? {}),
    });
    expect(r.status, r.sentence).toBe(row.status);
    if (row.route === 'psr-direct-award') expect(r.sentence).not.toMatch(/Schedule 5 ground\.$/);
  });

  it('a PA call-off gets its award notice and no mandatory standstill; a PSR C award its England-only standstill', () => {
    const callOff = checkDirectAward({ route: 'framework-call-off', optionRegime: 'PA2023', facts: {}, today: TODAY });
    expect(callOff.notices.map((n) => n.code)).toEqual(expect.arrayContaining(['contract-award-notice', 'voluntary-standstill']));
    expect(callOff.notices.map((n) => n.code)).not.toContain('tender-notice');
    expect(noticesFor('psr-direct-award', 'PSR', { psrProcess: 'C' }).find((n) => n.code === 'standstill')?.wait?.calendar).toBe('psr');
  });
});
