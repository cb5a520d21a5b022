import { useState } from 'react';
import { addMonthsIso } from '@shared/dates';
import { OPTION_KIND_LABELS, OPTION_KINDS, optionSchema, type Option, type OptionKind } from '@shared/domain';
import { useCommands, newId } from '../../data';
import { useToast } from '../../ui/Toast';
import { OptionEditor } from './OptionEditor';
import type { AppraisalData } from './use-appraisal';

/** The short list: every option's terms, route, legal ground and hosting plan, editable in place. */
export function OptionsTab({ data }: { data: AppraisalData }) {
  const commands = useCommands();
  const toast = useToast();
  const { options, appraisal, costLines, risks } = data.bundle;
  const [kind, setKind] = useState<OptionKind>('framework-call-off');

  const add = async () => {
    const start = data.contracts[0] ? addMonthsIso(data.contracts[0].currentEndDate, 0) : appraisal.baseDate;
    const option: Option = optionSchema.parse({
      id: newId(),
      appraisalId: appraisal.id,
      kind,
      name: OPTION_KIND_LABELS[kind],
      order: options.length,
      terms: {
        startDate: start,
        durationMonths: 60,
        breakClauses: [],
        noticePeriodDays: 180,
        extensionOptions: [],
        indexationPct: 0,
        modulesInScope: [],
      },
      route:
        kind === 'framework-call-off'
          ? 'framework-call-off'
          : kind === 're-procure'
            ? 'open'
            : kind === 'direct-with-vendor'
              ? 'direct-award'
              : 'modification',
      regime: 'PA2023',
      newSystem: kind === 're-procure' || kind === 'framework-call-off',
      bridgeAvailable: false,
      extensionMonths: 0,
      legal: {},
      hosting: { provider: '', dualRunningMonths: 0, transferCost: 0 },
      scores: {},
      rationale: '',
      assumptions: '',
      riskNotes: '',
    });
    await commands.appraisals.addChild('option', option);
  };

  const remove = async (option: Option) => {
    const lines = costLines.filter((l) => l.optionId === option.id);
    const optionRisks = risks.filter((r) => r.optionId === option.id);
    await commands.appraisals.deleteChild('option', option);
    toast.show(`Deleted option '${option.name}'.`, {
      label: 'Undo',
      run: async () => {
        await commands.appraisals.addChild('option', option);
        for (const l of lines) await commands.appraisals.addChild('costLine', l);
        for (const r of optionRisks) await commands.appraisals.addChild('risk', r);
      },
    });
  };

  const kinds = new Set(options.map((o) => o.kind));
  return (
    <div>
      {!kinds.has('do-minimum') && (
        <p className="notice notice-warning">The Green Book expects the short list to include a do-minimum (business as usual) option.</p>
      )}
      {options.map((option) => (
        <OptionEditor key={option.id} option={option} data={data} onDelete={() => void remove(option)} />
      ))}
      <div className="button-row add-row">
        <label className="field-inline">
          <span>New option</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as OptionKind)}>
            {OPTION_KINDS.map((k) => (
              <option key={k} value={k}>
                {OPTION_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void add()}>
          Add option
        </button>
      </div>
    </div>
  );
}
