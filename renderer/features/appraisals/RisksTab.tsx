import { useState } from 'react';
import { RISK_CATEGORY_LABELS, type Option, type Risk } from '@shared/domain';
import { CONSEQUENCE_LABELS, LIKELIHOOD_LABELS } from '@shared/engine/risk-matrix';
import { blankRisk, RISK_LIBRARY, riskFromTemplate, suggestedRiskTemplates } from '@shared/engine/risk-library';
import { useCommands, newId } from '../../data';
import { ChoiceField, DateField, NumberField, PickerSelect, SelectField, TextField } from '../../ui/fields';
import { gradeOfScore } from '@shared/presentation/grade';
import { GradeBadge } from '../../ui/GradeBadge';
import { nextOrder } from './next-order';
import { PerOption } from './PerOption';
import type { AppraisalData } from './use-appraisal';

const SCALE = [1, 2, 3, 4, 5] as const;
const likelihoodOptions = SCALE.map((n) => [String(n), `${n} ${LIKELIHOOD_LABELS[n - 1]}`] as const);
const consequenceOptions = SCALE.map((n) => [String(n), `${n} ${CONSEQUENCE_LABELS[n - 1]}`] as const);
/** The four scores a risk is rated on (before and after mitigation), in the form's order. */
const SCORE_FIELDS = [
  ['inherent', 'likelihood', 'Inherent likelihood', likelihoodOptions],
  ['inherent', 'consequence', 'Inherent consequence', consequenceOptions],
  ['residual', 'likelihood', 'Residual likelihood', likelihoodOptions],
  ['residual', 'consequence', 'Residual consequence', consequenceOptions],
] as const;
/** The risk's free-text fields, below its scores. */
const RISK_TEXTS = [
  ['description', 'Description'],
  ['mitigation', 'Mitigation'],
  ['notes', 'Risk notes'],
] as const;

/** Risks per option on the NHS 5×5 matrix, picked from the seeded library or written fresh. */
export function RisksTab({ data }: { data: AppraisalData }) {
  return (
    <PerOption options={data.bundle.options}>
      {(option) => <OptionRisks option={option} risks={data.bundle.risks.filter((r) => r.optionId === option.id)} />}
    </PerOption>
  );
}

function OptionRisks({ option, risks }: { option: Option; risks: Risk[] }) {
  const commands = useCommands();
  const suggested = suggestedRiskTemplates(option);
  const [template, setTemplate] = useState(suggested[0]?.key ?? RISK_LIBRARY[0].key);
  const add = (risk: Risk) => commands.appraisals.addChild('risk', risk);
  const update = (risk: Risk, updater: (current: Risk) => Risk) => commands.appraisals.updateChild('risk', risk, updater);
  /** Saves one field of a risk. */
  const set =
    <K extends keyof Risk>(risk: Risk, key: K) =>
    (value: Risk[K]) =>
      update(risk, (r) => ({ ...r, [key]: value }));
  const ids = () => ({ id: newId(), optionId: option.id, appraisalId: option.appraisalId });

  const addFromLibrary = () => {
    const t = RISK_LIBRARY.find((r) => r.key === template);
    if (t) void add({ ...riskFromTemplate(t, ids()), order: nextOrder(risks) });
  };
  const addBlank = () => void add({ ...blankRisk(ids()), order: nextOrder(risks) });

  return (
    <section aria-label={`Risks of ${option.name}`}>
      <div className="button-row">
        <PickerSelect
          label="Risk library"
          value={template}
          onChange={setTemplate}
          options={RISK_LIBRARY.map((t) => [t.key, `${t.title}${suggested.includes(t) ? ' (suggested)' : ''}`] as const)}
        />
        <button type="button" onClick={addFromLibrary}>
          Add from library
        </button>
        <button type="button" onClick={addBlank}>
          Add a new risk
        </button>
      </div>
      {risks.length === 0 && <p>No risks recorded for this option.</p>}
      {risks.map((risk) => (
        <fieldset key={risk.id} className="risk">
          <legend>
            {risk.title} <GradeBadge grade={gradeOfScore(risk.residual)} prefix="Residual" />
          </legend>
          <div className="form-grid">
            <TextField label="Title" required value={risk.title} onCommit={set(risk, 'title')} />
            <ChoiceField label="Category" value={risk.category} labels={RISK_CATEGORY_LABELS} onCommit={set(risk, 'category')} />
            <TextField label="Owner" value={risk.owner} onCommit={set(risk, 'owner')} />
            {SCORE_FIELDS.map(([stage, axis, label, options]) => (
              <SelectField
                key={label}
                label={label}
                value={String(risk[stage][axis])}
                options={options}
                onCommit={(v) => v && update(risk, (r) => ({ ...r, [stage]: { ...r[stage], [axis]: Number(v) } }))}
              />
            ))}
            <NumberField money label="£ impact if it happens" optional value={risk.impact} onCommit={set(risk, 'impact')} />
            <NumberField
              label="Probability (%)"
              optional
              scale={100}
              min={0}
              max={100}
              value={risk.probability}
              onCommit={set(risk, 'probability')}
            />
            <DateField
              label="Lands on"
              optional
              value={risk.landsOn}
              hint="The year its cost would fall in"
              onCommit={set(risk, 'landsOn')}
            />
          </div>
          <p className="hint">
            Inherent <GradeBadge grade={gradeOfScore(risk.inherent)} /> → residual <GradeBadge grade={gradeOfScore(risk.residual)} />
          </p>
          {RISK_TEXTS.map(([key, label]) => (
            <TextField key={key} label={label} multiline value={risk[key]} onCommit={set(risk, key)} />
          ))}
          <button type="button" onClick={() => void commands.appraisals.deleteChild('risk', risk)} aria-label={`Delete risk ${risk.title}`}>
            Delete risk
          </button>
        </fieldset>
      ))}
    </section>
  );
}
