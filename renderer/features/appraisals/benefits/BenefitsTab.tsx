import { useState } from 'react';
import { BENEFIT_TYPE_LABELS, BENEFIT_TYPES, type Benefit, type BenefitType, type Option } from '@shared/domain';
import { BENEFIT_LIBRARY } from '@shared/engine/benefit-library';
import { useCommands, newId } from '../../../data';
import { PickerSelect, labelledOptions } from '../../../ui/fields';
import { useToast } from '../../../ui/Toast';
import { BenefitsByTypeChart } from '../../../ui/charts/BenefitsByTypeChart';
import { PerOption } from '../PerOption';
import type { AppraisalData } from '../use-appraisal';
import { BenefitEditor } from './BenefitEditor';
import { BenefitSummary } from './BenefitSummary';
import { nextOrder } from '../next-order';
import { benefitFromLibrary, blankBenefit, defaultBenefitDates } from './benefit-form';
import '../economic.css';

const LIBRARY_OPTIONS = BENEFIT_LIBRARY.map((t) => [t.key, `${t.label} (${BENEFIT_TYPE_LABELS[t.type]}, illustrative)`] as const);
const TYPE_OPTIONS = labelledOptions(BENEFIT_TYPES, BENEFIT_TYPE_LABELS);

/**
 * Benefits per option, of the CIA model's four types (docs/domain.md §4): cash-releasing,
 * non-cash-releasing and societal lines with a £ profile and shortfall, and unmonetisable benefits,
 * written fresh or picked from the illustrative EPR library; then their present value by type.
 */
export function BenefitsTab({ data }: { data: AppraisalData }) {
  return (
    <div className="economic">
      <PerOption options={data.bundle.options}>{(option) => <OptionBenefits key={option.id} option={option} data={data} />}</PerOption>
      <h2>All options</h2>
      <BenefitsByTypeChart result={data.result} />
    </div>
  );
}

function OptionBenefits({ option, data }: { option: Option; data: AppraisalData }) {
  const commands = useCommands();
  const toast = useToast();
  const [type, setType] = useState<BenefitType>('CRB');
  const [template, setTemplate] = useState(BENEFIT_LIBRARY[0].key);
  const benefits = data.bundle.benefits.filter((b) => b.optionId === option.id);
  const result = data.result.options.find((r) => r.option.id === option.id);
  const dates = defaultBenefitDates(option, result, data.bundle.appraisal.baseDate, data.result.period.endDate);
  const ids = () => ({ id: newId(), optionId: option.id, appraisalId: option.appraisalId, order: nextOrder(benefits) });

  const add = (b: Benefit | undefined) => b && commands.appraisals.addChild('benefit', b);
  const remove = async (b: Benefit) => {
    await commands.appraisals.deleteChild('benefit', b);
    toast.show(`Deleted the benefit '${b.label}'.`, { label: 'Undo', run: () => commands.appraisals.addChild('benefit', b) });
  };

  return (
    <section aria-label={`Benefits of ${option.name}`}>
      {result && <BenefitSummary result={result} data={data} />}
      <div className="button-row">
        <PickerSelect label="Type" value={type} onChange={(v) => setType(v as BenefitType)} options={TYPE_OPTIONS} />
        <button type="button" onClick={() => void add(blankBenefit(type, ids(), dates))}>
          Add benefit
        </button>
      </div>
      <div className="button-row">
        <PickerSelect label="Benefit library" value={template} onChange={setTemplate} options={LIBRARY_OPTIONS} />
        <button type="button" onClick={() => void add(benefitFromLibrary(template, ids(), dates))}>
          Add from library
        </button>
      </div>
      <p className="hint">
        Library benefits are typical of an EPR and marked illustrative: their amounts stand in for the trust’s own baseline. Enter benefits
        as changes against the counterfactual.
      </p>
      {benefits.length === 0 && <p>No benefits recorded for this option.</p>}
      {benefits.map((b) => (
        <BenefitEditor
          key={b.id}
          benefit={b}
          dates={dates}
          newSystem={option.newSystem}
          onChange={(update) => commands.appraisals.updateChild('benefit', b, update)}
          onDelete={() => void remove(b)}
        />
      ))}
    </section>
  );
}
