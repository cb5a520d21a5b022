import {
  codesOf,
  isPsrRoute,
  PSR_DIRECT_AWARD_PROCESS_LABELS,
  REGIME_LABELS,
  URGENCY_CAUSE_LABELS,
  type Judgement,
  type Option,
  type OptionLegalFacts,
} from '@shared/domain';
import { primaryContract } from '@shared/engine/feasibility-context';
import { formatDate, formatMoney } from '@shared/format';
import { decideRegime, exceeds, FIVE_MILLION, groundChoices, groundPurpose, grossUp, regimeForNewAward } from '@shared/law';
import { useCommands } from '../../data';
import { KpiList } from './KpiList';
import { CheckboxField, DateField, NoteField, NumberField, SelectField, labelledOptions } from '../../ui/fields';
import { JudgementField } from './legal-inputs';
import type { AppraisalData } from './use-appraisal';

type JudgementKey = {
  [K in keyof OptionLegalFacts]-?: OptionLegalFacts[K] extends Judgement | undefined ? K : never;
}[keyof OptionLegalFacts];

/** The recorded judgements a modification asks, by the contract's regime (PA 2023 s.74/Sch. 8; PCR 2015 reg. 72; PSR reg. 13). */
const MODIFICATION_QUESTIONS: Record<'PA2023' | 'PCR2015' | 'PSR', ReadonlyArray<readonly [JudgementKey, string]>> = {
  PA2023: [
    ['providedForInContract', 'Unambiguously provided for in the contract and its tender or transparency notice? (Sch. 8 para. 1)'],
    ['exercisesExtensionOptionExactly', 'Does it exercise an extension option exactly as the contract provides?'],
    ['overallNatureChanges', 'Does it change the overall nature of the contract?'],
    ['unforeseeableCircumstances', 'Caused by circumstances that could not reasonably have been foreseen before award? (Sch. 8 para. 4)'],
    ['knownRiskNamedInNotice', 'A known risk named in the tender or transparency notice has materialised? (Sch. 8 para. 5)'],
    ['knownRiskCausedByParty', 'Did the risk materialise through a failure of the trust or the supplier? (Sch. 8 para. 5)'],
    ['differentSupplierIncompatible', "Would a different supplier's goods or services be incompatible? (Sch. 8 para. 8)"],
    ['disproportionateTechnicalDifficulty', 'Would changing supplier cause disproportionate technical difficulty? (Sch. 8 para. 8)'],
    ['substantialDuplicationOfCosts', 'Would changing supplier cause substantial duplication of costs? (Sch. 8 para. 8)'],
    ['corporateRestructuring', 'Does a successor take over after a corporate restructuring? (Sch. 8 para. 9)'],
    ['scopeChangesMaterially', 'Does it materially change the scope (goods or services of a new kind)? (s.74(3)(b))'],
    ['economicBalanceShiftsToSupplier', "Does it materially shift the economic balance in the supplier's favour? (s.74(3)(c))"],
  ],
  PCR2015: [
    ['providedForInContract', 'Provided for in clear, precise review clauses or options? (reg. 72(1)(a))'],
    ['overallNatureChanges', 'Does it alter the overall nature of the contract?'],
    ['differentSupplierIncompatible', 'Can a change of contractor not be made for economic or technical reasons? (reg. 72(1)(b))'],
    [
      'substantialDuplicationOfCosts',
      'Would a change of contractor cause significant inconvenience or substantial duplication of costs? (reg. 72(1)(b))',
    ],
    ['unforeseeableCircumstances', 'Circumstances a diligent authority could not have foreseen? (reg. 72(1)(c))'],
    ['corporateRestructuring', 'A new contractor by review clause or corporate succession? (reg. 72(1)(d))'],
    ['pcrNotSubstantialView', 'Legal view recorded that none of reg. 72(8)’s tests is met (not substantial)? (reg. 72(1)(e))'],
  ],
  PSR: [
    ['providedForInContract', 'Provided for clearly in the contract? (PSR reg. 13)'],
    ['corporateRestructuring', 'A change of provider by succession? (PSR reg. 13)'],
    ['psrExternalFactors', 'A response to external factors (volumes, formula prices) not making it materially different? (PSR reg. 13)'],
  ],
};

/** The facts a direct award rests on, in the order asked (PA 2023 Sch. 5 paras. 5–8, s.43; PCR 2015 reg. 32). */
const DIRECT_AWARD_FACTS: ReadonlyArray<
  readonly ['judgement', JudgementKey, string] | readonly ['date', 'earlierContractAwardDate' | 's43ProcedureEndedOn', string]
> = [
  ['judgement', 'noReasonableAlternative', 'No reasonable alternative or substitute exists? (Sch. 5 paras. 5–6; PCR reg. 32(2)(b))'],
  ['judgement', 'earlierContractCompetitivelyTendered', 'The earlier contract was competitively tendered? (Sch. 5 para. 8)'],
  ['judgement', 'earlierTenderFlaggedRepeat', 'Its tender notice said a further award of this kind might follow? (Sch. 5 para. 8)'],
  ['date', 'earlierContractAwardDate', 'Award date of the earlier contract'],
  ['judgement', 's43NoSuitableTenders', 'A competitive procedure drew no suitable tenders? (s.43)'],
  ['date', 's43ProcedureEndedOn', 'Date that procedure ended without award (s.43)'],
  ['judgement', 's43TermsNotMateriallyDifferent', 'Terms not materially different from those tendered? (s.43(2))'],
];

/** The facts chosen from a fixed list. */
const CHOICE_FACTS = {
  urgencyCause: {
    label: 'What caused the urgency, if urgency is relied on',
    labels: URGENCY_CAUSE_LABELS,
    hint: 'Sch. 5 paras. 13–14 / PCR reg. 32(2)(c): never where the trust caused it or could have foreseen it.',
  },
  psrProcess: {
    label: 'PSR direct award process',
    labels: PSR_DIRECT_AWARD_PROCESS_LABELS,
    hint: 'PSR regs. 7–9. No Schedule 5 ground is needed on a PSR route.',
  },
} as const;
type ChoiceFactKey = keyof typeof CHOICE_FACTS;

/**
 * The legal facts of one option (shared/domain/legal-facts.ts) that the checks cannot work out from
 * dates and money: the ground relied on and the recorded judgements, anti-splitting reasons, the
 * direct-award facts (urgency, s.43, Sch. 5 para. 8), the PSR process, and the KPIs. Which questions
 * appear follows the option: a modification is asked by the contract's own regime, a PSR route records
 * its process and is never asked for a Schedule 5 ground. Everything saves as it is typed.
 */
export function LegalFacts({ option, data }: { option: Option; data: AppraisalData }) {
  const commands = useCommands();
  const legal = option.legal ?? {};
  const save = (patch: (current: OptionLegalFacts) => Partial<OptionLegalFacts>) =>
    commands.appraisals.updateChild('option', option, (o) => ({ ...o, legal: { ...o.legal, ...patch(o.legal ?? {}) } }));
  const field =
    <K extends keyof OptionLegalFacts>(key: K) =>
    (value: OptionLegalFacts[K]) =>
      save(() => ({ [key]: value }) as Partial<OptionLegalFacts>);

  /** A fact chosen from a fixed list, not recorded until the user picks one. */
  const choiceFact = (key: ChoiceFactKey) => {
    const { labels, ...props } = CHOICE_FACTS[key];
    const codes = codesOf<string>(labels);
    return (
      <SelectField
        {...props}
        value={legal[key]}
        emptyLabel="Not recorded"
        options={labelledOptions(codes, labels)}
        onCommit={(code) => field(key)(code as OptionLegalFacts[typeof key])}
      />
    );
  };

  /** An amount in £ ex VAT, not recorded until entered. */
  const amountFact = (key: 'estimatedValueExVat' | 'valueChangeExVat' | 'knownRiskValueChangeExVat', label: string, hint: string) => (
    <NumberField money optional label={label} value={legal[key]} onCommit={field(key)} hint={hint} />
  );

  const contract = primaryContract(data.contracts);
  const purpose = groundPurpose(option.route, option.extensionMonths);
  const psr = isPsrRoute(option.route);
  const decision = purpose === 'modification' && contract ? decideRegime(contract, data.today) : regimeForNewAward(data.today, psr);
  const regime = purpose === 'modification' ? decision.regime : psr ? 'PSR' : option.regime === 'PCR2015' ? 'PCR2015' : decision.regime;
  const grounds = groundChoices(option.route, regime, option.extensionMonths);
  const valueEx = legal.estimatedValueExVat ?? contract?.totalValue;
  const vat = data.settings.vatRate;
  const over5m = valueEx !== undefined && exceeds(grossUp(valueEx, vat), FIVE_MILLION);
  const needsKpis = regime === 'PA2023' && over5m && contract?.lightTouch !== true;
  const earlier = purpose === 'modification' ? (contract?.modifications ?? []) : [];
  const reasonFor = (id: string) => legal.notAggregatedWith?.find((n) => n.modificationId === id)?.reason;

  return (
    <fieldset className="legal-facts" aria-labelledby={`legal-${option.id}`}>
      <legend id={`legal-${option.id}`}>Legal facts</legend>
      <p className="hint">
        {decision.reason} The app never assumes a permission: answer each question the route raises, or leave it not recorded.
      </p>
      <div className="form-grid">
        {amountFact(
          'estimatedValueExVat',
          'Estimated contract value over its term and options (£ ex VAT)',
          `Legal money tests use this incl. VAT (× ${1 + vat})${valueEx !== undefined ? `: ${formatMoney(grossUp(valueEx, vat))}` : ''}. Empty: the register's total value.`,
        )}
      </div>

      {purpose === 'modification' && (
        <fieldset>
          <legend>Modification of the current contract ({REGIME_LABELS[regime]})</legend>
          <div className="form-grid">
            <SelectField
              label="Ground relied on"
              value={legal.modificationGround}
              emptyLabel="None recorded: the check tries every ground"
              options={grounds.map((g) => [g.code, `${g.label} (${g.citation})`] as const)}
              onCommit={field('modificationGround')}
            />
            {amountFact('valueChangeExVat', 'Change in value (£ ex VAT)', 'Empty: worked out from the extension and the annual value.')}
            {regime === 'PA2023' &&
              amountFact(
                'knownRiskValueChangeExVat',
                'Value increase ignoring the known risk (£ ex VAT)',
                'Sch. 8 para. 5(3), when different.',
              )}
            {MODIFICATION_QUESTIONS[regime].map(([key, label]) => (
              <JudgementField key={key} label={label} value={legal[key]} onCommit={field(key)} />
            ))}
          </div>
          {regime === 'PCR2015' && (
            <NoteField
              label="The legal view (reg. 72(1)(e))"
              value={legal.pcrNotSubstantialNote}
              multiline
              onCommit={field('pcrNotSubstantialNote')}
            />
          )}
          <CheckboxField
            label="The supplier changes"
            checked={legal.changeOfSupplier === true}
            onCommit={(v) => field('changeOfSupplier')(v || undefined)}
            hint="Only a successor after a restructuring (Sch. 8 para. 9; PCR reg. 72(1)(d)) can take over."
          />
          {regime === 'PA2023' && (
            <CheckboxField
              label="Wait a voluntary standstill of at least 8 working days after the change notice (s.76)"
              checked={legal.voluntaryStandstill !== false}
              onCommit={field('voluntaryStandstill')}
            />
          )}
          {earlier.length > 0 && (
            <fieldset>
              <legend>Earlier modifications (anti-splitting, PA 2023 s.74(7)–(8), s.75(4)–(5))</legend>
              <p className="hint">
                Each earlier change is added to this one unless you record why the two could not reasonably have been made together.
              </p>
              {earlier.map((m) => (
                <NoteField
                  key={m.id}
                  multiline
                  label={`Why this could not have been made with the change of ${formatDate(m.date)}${m.description ? ` (${m.description})` : ''}`}
                  value={reasonFor(m.id)}
                  onCommit={(reason) =>
                    save((current) => ({
                      notAggregatedWith: [
                        ...(current.notAggregatedWith ?? []).filter((n) => n.modificationId !== m.id),
                        ...(reason ? [{ modificationId: m.id, reason }] : []),
                      ],
                    }))
                  }
                />
              ))}
            </fieldset>
          )}
        </fieldset>
      )}

      {purpose === 'direct-award' && (
        <fieldset>
          <legend>Direct award facts ({REGIME_LABELS[regime]})</legend>
          <div className="form-grid">
            {choiceFact('urgencyCause')}
            {DIRECT_AWARD_FACTS.map(([kind, key, label]) =>
              kind === 'date' ? (
                <DateField key={key} optional label={label} value={legal[key]} onCommit={field(key)} />
              ) : (
                <JudgementField key={key} label={label} value={legal[key]} onCommit={field(key)} />
              ),
            )}
          </div>
          <NoteField label="Urgency: what happened and when" value={legal.urgencyNote} multiline onCommit={field('urgencyNote')} />
        </fieldset>
      )}

      {psr && (
        <fieldset>
          <legend>Provider Selection Regime</legend>
          <div className="form-grid">
            {option.route === 'psr-direct-award' && choiceFact('psrProcess')}
            {(option.route !== 'psr-direct-award' || legal.psrProcess === 'C') && (
              <JudgementField
                label="The existing provider is satisfying the contract and likely to go on doing so? (PSR reg. 9)"
                value={legal.psrProviderPerformingWell}
                onCommit={field('psrProviderPerformingWell')}
              />
            )}
          </div>
        </fieldset>
      )}

      {regime === 'PA2023' && (
        <KpiList
          kpis={legal.kpis ?? []}
          needed={needsKpis}
          reason={legal.kpisNotAppropriateReason}
          onSave={(update) => save((current) => ({ kpis: update(current.kpis ?? []) }))}
          onSaveReason={field('kpisNotAppropriateReason')}
        />
      )}
    </fieldset>
  );
}
