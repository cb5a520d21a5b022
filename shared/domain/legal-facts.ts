import { z } from 'zod';
import { isoDateSchema, judgementSchema, moneySchema, type Judgement } from './contract';
import { PSR_DIRECT_AWARD_PROCESSES } from './enums';

/**
 * The legal facts about one option that the checks need and cannot work out from dates and money
 * (docs/domain.md §5 and §8). Every field is optional and means "not recorded" when absent, so an
 * option saved before this schema existed (stored as `legal: {}`) reads unchanged, and `{}` is a valid
 * default. Judgements are the user's, recorded as questions: the app never assumes a permission.
 */
const note = z.string().trim().max(4000).optional();

/** A KPI set under PA 2023 s.52, in the user's order. */
export const kpiSchema = z.object({ name: z.string().trim().min(1).max(300), target: z.string().trim().max(300).optional() });
export type Kpi = z.infer<typeof kpiSchema>;

/** Why this option's modification is not aggregated with an earlier one (PA 2023 s.74(7)-(8), s.75(4)-(5)). */
export const notAggregatedSchema = z.object({
  /** ModificationEntry.id on the contract. */
  modificationId: z.string().trim().min(1).max(100),
  reason: z.string().trim().min(1).max(2000),
});

export const URGENCY_CAUSES = ['unforeseeable-event', 'attributable-to-trust', 'foreseeable'] as const;
export type UrgencyCause = (typeof URGENCY_CAUSES)[number];
export const URGENCY_CAUSE_LABELS: Record<UrgencyCause, string> = {
  'unforeseeable-event': 'An event the trust could not foresee and did not cause',
  'attributable-to-trust': "The trust's own act or delay (for example a known end date not acted on)",
  foreseeable: 'Something the trust could have foreseen',
};

export const optionLegalFactsSchema = z.object({
  // --- Direct award (PA 2023 Sch. 5; PCR 2015 reg. 32) ---
  /** What caused the urgency, for Sch. 5 paras. 13-14 / PCR reg. 32(2)(c). */
  urgencyCause: z.enum(URGENCY_CAUSES).optional(),
  urgencyNote: note,
  /** Sch. 5 paras. 5-6 and PCR reg. 32(2)(b): no reasonable alternative or substitute exists. */
  noReasonableAlternative: judgementSchema.optional(),
  /** Sch. 5 para. 8: the earlier contract was awarded after a competitive tendering procedure. */
  earlierContractCompetitivelyTendered: judgementSchema.optional(),
  /** Sch. 5 para. 8: its tender notice or documents said a further award of this kind might follow. */
  earlierTenderFlaggedRepeat: judgementSchema.optional(),
  /** Sch. 5 para. 8: award date of the earlier contract (the five-year window runs from it). */
  earlierContractAwardDate: isoDateSchema.optional(),
  /** PA 2023 s.43: a competitive tendering procedure drew no suitable tenders or requests to participate. */
  s43NoSuitableTenders: judgementSchema.optional(),
  /** s.43: date the competitive procedure ended without award. */
  s43ProcedureEndedOn: isoDateSchema.optional(),
  /** s.43(2): the direct award is on terms not materially different from those tendered. */
  s43TermsNotMateriallyDifferent: judgementSchema.optional(),

  // --- Provider Selection Regime ---
  psrProcess: z.enum(PSR_DIRECT_AWARD_PROCESSES).optional(),
  /** Direct award C: the existing provider is satisfying the contract and would likely go on doing so (PSR reg. 9). */
  psrProviderPerformingWell: judgementSchema.optional(),

  // --- Modification (PA 2023 s.74 and Sch. 8; PCR 2015 reg. 72; PSR reg. 13) ---
  /** Ground the user relies on (a code from shared/law); the check also tries the others. */
  modificationGround: z.string().trim().max(100).optional(),
  /** The change in value, £ ex VAT; when absent it is worked out from the extension and the annual value. */
  valueChangeExVat: moneySchema.optional(),
  /** The supplier changes (only Sch. 8 para. 9 / PCR reg. 72(1)(d) can allow it). */
  changeOfSupplier: z.boolean().optional(),
  /** Sch. 8 para. 1 / PCR reg. 72(1)(a): unambiguously provided for in the contract and its notice. */
  providedForInContract: judgementSchema.optional(),
  /** The change is the exercise of an extension option exactly as the contract provides. */
  exercisesExtensionOptionExactly: judgementSchema.optional(),
  /** Sch. 8 paras. 1, 4, 5 and PCR reg. 72(1)(a), (c), (f): the overall nature of the contract changes. */
  overallNatureChanges: judgementSchema.optional(),
  /** Sch. 8 para. 4 / PCR reg. 72(1)(c): circumstances could not reasonably have been foreseen before award. */
  unforeseeableCircumstances: judgementSchema.optional(),
  /** Sch. 8 para. 5: a known risk named in the tender or transparency notice has materialised. */
  knownRiskNamedInNotice: judgementSchema.optional(),
  /** Sch. 8 para. 5: the risk materialised through a failure of the trust or the supplier. */
  knownRiskCausedByParty: judgementSchema.optional(),
  /** Sch. 8 para. 5(3): the value increase measured ignoring the risk, £ ex VAT, when different. */
  knownRiskValueChangeExVat: moneySchema.optional(),
  /** Sch. 8 para. 8 / PCR reg. 72(1)(b): a different supplier's goods or services would be incompatible. */
  differentSupplierIncompatible: judgementSchema.optional(),
  /** Sch. 8 para. 8: changing supplier would cause disproportionate technical difficulty. */
  disproportionateTechnicalDifficulty: judgementSchema.optional(),
  /** Sch. 8 para. 8 / PCR reg. 72(1)(b): changing supplier would cause substantial duplication of costs. */
  substantialDuplicationOfCosts: judgementSchema.optional(),
  /** Sch. 8 para. 9 / PCR reg. 72(1)(d)(ii): a successor after a corporate restructuring takes over. */
  corporateRestructuring: judgementSchema.optional(),
  /** s.74(3)(b): the change materially changes the scope (goods, services or works of a new kind). */
  scopeChangesMaterially: judgementSchema.optional(),
  /** s.74(3)(c): the change materially shifts the economic balance in the supplier's favour. */
  economicBalanceShiftsToSupplier: judgementSchema.optional(),
  /** PCR reg. 72(1)(e): the user's recorded legal view that none of reg. 72(8)'s tests is met. */
  pcrNotSubstantialView: judgementSchema.optional(),
  pcrNotSubstantialNote: note,
  /** PSR reg. 13: the change responds to external factors (volumes, formula prices) without making the contract materially different. */
  psrExternalFactors: judgementSchema.optional(),
  notAggregatedWith: z.array(notAggregatedSchema).optional(),
  /** The trust intends a voluntary standstill after a change notice (s.76); default recommended. */
  voluntaryStandstill: z.boolean().optional(),

  // --- Value and obligations ---
  /** The user's own estimate of the contract's value over its term and options, £ ex VAT (overrides the engine's). */
  estimatedValueExVat: moneySchema.optional(),
  kpis: z.array(kpiSchema).optional(),
  /** s.52(2): why performance cannot appropriately be assessed by KPIs, when fewer than three are set. */
  kpisNotAppropriateReason: note,
});
export type OptionLegalFacts = z.infer<typeof optionLegalFactsSchema>;

/** A judgement with "not recorded" read as unknown. */
export function judged(value: Judgement | undefined): Judgement {
  return value ?? 'unknown';
}

/** All of the judgements hold: "no" if any is no, "yes" if every one is yes, else unknown. */
export function allOf(...judgements: (Judgement | undefined)[]): Judgement {
  const v = judgements.map(judged);
  if (v.includes('no')) return 'no';
  return v.every((x) => x === 'yes') ? 'yes' : 'unknown';
}

/** The opposite judgement ("does the nature change?" → "is the nature unchanged?"); unknown stays unknown. */
export function negate(j: Judgement | undefined): Judgement {
  const v = judged(j);
  return v === 'yes' ? 'no' : v === 'no' ? 'yes' : 'unknown';
}
