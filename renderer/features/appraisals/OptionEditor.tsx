import {
  HOSTING_MODEL_LABELS,
  HOSTING_MODELS,
  OPTION_KIND_LABELS,
  OPTION_KINDS,
  PROCUREMENT_ROUTE_LABELS,
  PROCUREMENT_ROUTES,
  REGIME_LABELS,
  REGIMES,
  type HostingPlan,
  type Option,
} from '@shared/domain';
import { ALL_LEGAL_GROUNDS, findLegalGround, noticesFor } from '@shared/law';
import { useCommands } from '../../data';
import { CheckboxField, DateField, NumberField, SelectField, TextField } from '../../ui/fields';
import { countOf, formatMoney, formatScore } from '@shared/format';
import type { AppraisalData } from './use-appraisal';

const NEEDS_GROUND = new Set(['direct-award', 'negotiated-without-publication', 'modification']);

/** One option as a card: headline figures, then its terms, route and legal ground, hosting plan and notes. */
export function OptionEditor({ option, data, onDelete }: { option: Option; data: AppraisalData; onDelete: () => void }) {
  const commands = useCommands();
  const update = (updater: (current: Option) => Option) => commands.appraisals.updateChild('option', option, updater);
  const save = (patch: Partial<Option>) => update((o) => ({ ...o, ...patch }));
  const saveTerms = (patch: Partial<Option['terms']>) => commands.appraisals.saveOptionTerms(option, patch);
  const saveHosting = (patch: Partial<HostingPlan>) => update((o) => ({ ...o, hosting: { ...o.hosting, ...patch } }));
  const result = data.result.options.find((r) => r.option.id === option.id);
  const grounds = ALL_LEGAL_GROUNDS.filter(
    (g) =>
      g.regime === (option.regime === 'PCR2015' ? 'PCR2015' : 'PA2023') &&
      (option.route === 'modification' ? g.kind === 'modification' : g.kind === 'direct-award'),
  );
  const ground = findLegalGround(option.legalGround);
  const notices = noticesFor(option.route, option.regime);

  return (
    <article className="option-card" aria-labelledby={`option-${option.id}`}>
      <header className="option-card-header">
        <h2 id={`option-${option.id}`}>{option.name}</h2>
        {result && (
          <p className="figures">
            Whole-life cost {formatMoney(result.costs.wholeLifeCost)} · NPC {formatMoney(result.costs.npc)} · score{' '}
            {formatScore(result.weightedScore)}
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
      {result?.flags.map((f) => (
        <p key={f.check} className={`flag flag-${f.severity}`}>
          <strong>{f.title}:</strong> {f.explanation}
        </p>
      ))}

      <fieldset>
        <legend>Terms</legend>
        <div className="form-grid">
          <TextField label="Option name" value={option.name} required onCommit={(name) => save({ name })} />
          <SelectField
            label="Kind"
            value={option.kind}
            options={OPTION_KINDS.map((k) => [k, OPTION_KIND_LABELS[k]] as const)}
            onCommit={(kind) => kind && save({ kind })}
          />
          <DateField label="Start date" value={option.terms.startDate} onCommit={(startDate) => startDate && saveTerms({ startDate })} />
          <NumberField
            label="Duration (months)"
            value={option.terms.durationMonths}
            integer
            min={1}
            max={600}
            hint="Cost lines that run to the end of the term move with it"
            onCommit={(durationMonths) => durationMonths && saveTerms({ durationMonths })}
          />
          <NumberField
            label="Notice period (days)"
            value={option.terms.noticePeriodDays}
            integer
            min={0}
            onCommit={(noticePeriodDays) => saveTerms({ noticePeriodDays: noticePeriodDays ?? 0 })}
          />
          <NumberField
            label="Price indexation (% a year)"
            value={option.terms.indexationPct}
            min={-100}
            max={100}
            hint="The contract's price indexation; new recurring cost lines start with it"
            onCommit={(indexationPct) => saveTerms({ indexationPct: indexationPct ?? 0 })}
          />
          <NumberField
            label="Extension of current contract (months)"
            value={option.extensionMonths}
            integer
            min={0}
            onCommit={(extensionMonths) => save({ extensionMonths: extensionMonths ?? 0 })}
          />
          <TextField
            label="Modules in scope"
            hint="Separate with semicolons"
            value={option.terms.modulesInScope.join('; ')}
            onCommit={(v) =>
              saveTerms({
                modulesInScope: v
                  .split(/[;,]/)
                  .map((s) => s.trim())
                  .filter(Boolean),
              })
            }
          />
        </div>
        <CheckboxField
          label="A new system (needs implementation before go-live)"
          checked={option.newSystem}
          onCommit={(newSystem) => save({ newSystem })}
        />
        <CheckboxField
          label="A bridge extension of the current contract covers any gap"
          checked={option.bridgeAvailable}
          onCommit={(bridgeAvailable) => save({ bridgeAvailable })}
        />
      </fieldset>

      <fieldset>
        <legend>Procurement route</legend>
        <div className="form-grid">
          <SelectField
            label="Route"
            value={option.route}
            options={PROCUREMENT_ROUTES.map((r) => [r, PROCUREMENT_ROUTE_LABELS[r]] as const)}
            onCommit={(route) => route && save({ route })}
          />
          <SelectField
            label="Regime"
            value={option.regime}
            options={REGIMES.map((r) => [r, REGIME_LABELS[r]] as const)}
            onCommit={(regime) => regime && save({ regime, legalGround: undefined })}
          />
          {NEEDS_GROUND.has(option.route) && (
            <SelectField
              label="Legal ground"
              value={option.legalGround}
              emptyLabel="None recorded"
              options={grounds.map((g) => [g.code, `${g.label} (${g.citation})`] as const)}
              onCommit={(legalGround) => save({ legalGround })}
            />
          )}
        </div>
        {ground && (
          <p className="hint">
            {ground.description}
            {ground.cannotBeSelfCaused ? ' Not available where the urgency comes from the trust’s own timing.' : ''}
          </p>
        )}
        {notices.length > 0 && <p className="hint">Notices required: {notices.map((n) => n.label).join('; ')}.</p>}
      </fieldset>

      <fieldset>
        <legend>Hosting plan</legend>
        <div className="form-grid">
          <SelectField
            label="Current hosting"
            value={option.hosting.currentModel}
            emptyLabel="Not recorded"
            options={HOSTING_MODELS.map((m) => [m, HOSTING_MODEL_LABELS[m]] as const)}
            onCommit={(currentModel) => saveHosting({ currentModel })}
          />
          <SelectField
            label="Target hosting"
            value={option.hosting.targetModel}
            emptyLabel="Not recorded"
            options={HOSTING_MODELS.map((m) => [m, HOSTING_MODEL_LABELS[m]] as const)}
            onCommit={(targetModel) => saveHosting({ targetModel })}
          />
          <TextField label="Hosting provider" value={option.hosting.provider} onCommit={(provider) => saveHosting({ provider })} />
          <DateField
            label="Transfer starts"
            optional
            value={option.hosting.transferStart}
            onCommit={(transferStart) => saveHosting({ transferStart })}
          />
          <DateField label="Hosting go-live" optional value={option.hosting.goLive} onCommit={(goLive) => saveHosting({ goLive })} />
          <NumberField
            label="Dual running (months)"
            integer
            min={0}
            value={option.hosting.dualRunningMonths}
            onCommit={(dualRunningMonths) => saveHosting({ dualRunningMonths: dualRunningMonths ?? 0 })}
          />
          <NumberField
            label="One-off transfer cost (£)"
            min={0}
            value={option.hosting.transferCost}
            hint="For the record; add it as a cost line to count it"
            onCommit={(transferCost) => saveHosting({ transferCost: transferCost ?? 0 })}
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>Optimism bias and notes</legend>
        <div className="form-grid">
          <NumberField
            label="Optimism bias on one-off costs (%)"
            optional
            min={0}
            max={500}
            value={option.optimismBias?.pct}
            hint="Green Book upper bounds: 200% equipment/development, 41% outsourcing"
            onCommit={(pct) =>
              update((o) => ({
                ...o,
                optimismBias: pct === undefined ? undefined : { pct, rationale: o.optimismBias?.rationale || 'Rationale to be written' },
              }))
            }
          />
          {option.optimismBias && (
            <TextField
              label="Optimism bias rationale"
              required
              value={option.optimismBias.rationale}
              onCommit={(rationale) => update((o) => ({ ...o, optimismBias: o.optimismBias && { ...o.optimismBias, rationale } }))}
            />
          )}
        </div>
        <TextField label="Rationale" multiline value={option.rationale} onCommit={(rationale) => save({ rationale })} />
        <TextField label="Assumptions" multiline value={option.assumptions} onCommit={(assumptions) => save({ assumptions })} />
        <TextField label="Risk notes" multiline value={option.riskNotes} onCommit={(riskNotes) => save({ riskNotes })} />
      </fieldset>
    </article>
  );
}
