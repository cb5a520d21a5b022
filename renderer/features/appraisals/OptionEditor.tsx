import type { Option } from '@shared/domain';
import { describeAssumptions } from '@shared/engine/assumptions';
import { countOf, formatMoney, formatScore } from '@shared/format';
import { TextField } from '../../ui/fields';
import { FollowOnFields } from './option/FollowOnFields';
import { HostingFields } from './option/HostingFields';
import { OptimismBiasFields } from './option/OptimismBiasFields';
import { RouteFields } from './option/RouteFields';
import { TermsFields } from './option/TermsFields';
import { useOptionEditing } from './option/use-option-editing';
import type { AppraisalData } from './use-appraisal';

/** One option as a card: headline figures and flags, then its terms, what follows them, route, hosting, optimism bias and notes. */
export function OptionEditor({ option, data, onDelete }: { option: Option; data: AppraisalData; onDelete: () => void }) {
  const editing = useOptionEditing(option);
  const result = data.result.options.find((r) => r.option.id === option.id);
  const warnings = result ? [...result.warnings.missingMitigations, ...result.warnings.doubleCounts, ...result.warnings.crbMatches] : [];
  const assumptions = describeAssumptions(option, data.bundle.costLines, result?.coverage);

  return (
    <article className="option-card" aria-labelledby={`option-${option.id}`}>
      <header className="option-card-header">
        <h2 id={`option-${option.id}`}>{option.name}</h2>
        {result && (
          <p className="figures">
            Net present cost {formatMoney(result.costs.npc)}
            {result.costs.riskAssessed ? '' : ' (risk not assessed)'} · whole-life cost{' '}
            {formatMoney(result.costs.riskAdjusted.wholeLifeCash)} cash · score {formatScore(result.weightedScore)}
            {result.isCounterfactual && ' · the counterfactual'}
            {result.flags.length > 0 && (
              <>
                {' '}
                · <strong>{countOf(result.flags.length, 'feasibility flag')}</strong>
              </>
            )}
          </p>
        )}
        <button type="button" onClick={onDelete} aria-label={`Delete option ${option.name}`}>
          Delete
        </button>
      </header>
      {result && !result.viability.viable && (
        <p className="flag flag-warning">
          <strong>Not viable:</strong> {result.viability.reason}
          {option.kind === 'business-as-usual'
            ? '. It stays on the short list as the benchmark the other options are measured against.'
            : '.'}
        </p>
      )}
      {result?.flags.map((f) => (
        <p key={f.check} className={`flag flag-${f.severity}`}>
          <strong>{f.title}:</strong> {f.explanation}
        </p>
      ))}
      {warnings.map((w) => (
        <p key={w} className="flag flag-advisory">
          {w}
        </p>
      ))}

      <TermsFields option={option} editing={editing} />
      <FollowOnFields option={option} options={data.bundle.options} result={result} editing={editing} />
      <RouteFields option={option} editing={editing} />
      <HostingFields option={option} editing={editing} />
      <OptimismBiasFields option={option} result={result} editing={editing} />

      <fieldset>
        <legend>Notes</legend>
        <TextField label="Rationale" multiline value={option.rationale} onCommit={(rationale) => editing.save({ rationale })} />
        <details className="assumptions">
          <summary>Assumptions worked out from the cost lines ({countOf(assumptions.length, 'line')})</summary>
          <ul>
            {assumptions.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </details>
        <TextField
          label="Other assumptions"
          multiline
          value={option.assumptions}
          hint="Anything the cost lines do not say; the list above is worked out from them each time"
          onCommit={(assumptions) => editing.save({ assumptions })}
        />
        <TextField label="Risk notes" multiline value={option.riskNotes} onCommit={(riskNotes) => editing.save({ riskNotes })} />
      </fieldset>
    </article>
  );
}
