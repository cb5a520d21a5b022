import { useState } from 'react';
import { RISK_CATEGORIES, RISK_CATEGORY_LABELS, type Option, type Risk } from '@shared/domain';
import { CONSEQUENCE_LABELS, LIKELIHOOD_LABELS } from '@shared/engine/risk-matrix';
import { blankRisk, RISK_LIBRARY, riskFromTemplate, suggestedRiskTemplates } from '@shared/engine/risk-library';
import { useCommands, newId } from '../../data';
import { DateField, NumberField, PickerSelect, SelectField, TextField, labelledOptions } from '../../ui/fields';
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
            <TextField label="Title" required value={risk.title} onCommit={(title) => update(risk, (r) => ({ ...r, title }))} />
            <SelectField
              label="Category"
              value={risk.category}
              options={labelledOptions(RISK_CATEGORIES, RISK_CATEGORY_LABELS)}
              onCommit={(category) => category && update(risk, (r) => ({ ...r, category }))}
            />
            <TextField label="Owner" value={risk.owner} onCommit={(owner) => update(risk, (r) => ({ ...r, owner }))} />
            {SCORE_FIELDS.map(([stage, axis, label, options]) => (
              <SelectField
                key={label}
                label={label}
                value={String(risk[stage][axis])}
                options={options}
                onCommit={(v) => v && update(risk, (r) => ({ ...r, [stage]: { ...r[stage], [axis]: Number(v) } }))}
              />
            ))}
            <NumberField
              label="£ impact if it happens"
              optional
              value={risk.impact}
              onCommit={(impact) => update(risk, (r) => ({ ...r, impact }))}
            />
            <NumberField
              label="Probability (%)"
              optional
              scale={100}
              min={0}
              max={100}
              value={risk.probability}
              onCommit={(probability) => update(risk, (r) => ({ ...r, probability }))}
            />
            <DateField
              label="Lands on"
              optional
              value={risk.landsOn}
              hint="The year its cost would fall in"
              onCommit={(landsOn) => update(risk, (r) => ({ ...r, landsOn }))}
            />
          </div>
          <p className="hint">
            Inherent <GradeBadge grade={gradeOfScore(risk.inherent)} /> → residual <GradeBadge grade={gradeOfScore(risk.residual)} />
          </p>
          <TextField
            label="Description"
            multiline
            value={risk.description}
            onCommit={(description) => update(risk, (r) => ({ ...r, description }))}
          />
          <TextField
            label="Mitigation"
            multiline
            value={risk.mitigation}
            onCommit={(mitigation) => update(risk, (r) => ({ ...r, mitigation }))}
          />
          <TextField label="Risk notes" multiline value={risk.notes} onCommit={(notes) => update(risk, (r) => ({ ...r, notes }))} />
          <button type="button" onClick={() => void commands.appraisals.deleteChild('risk', risk)} aria-label={`Delete risk ${risk.title}`}>
            Delete risk
          </button>
        </fieldset>
      ))}
    </section>
  );
}
