import {
  BENEFIT_TYPE_LABELS,
  BENEFIT_TYPES,
  ENTRY_BASES,
  ENTRY_BASIS_LABELS,
  GO_LIVE_LINK_LABELS,
  GO_LIVE_LINKS,
  type Benefit,
} from '@shared/domain';
import { CheckboxField, DateField, NumberField, SelectField, TextField, labelledOptions, setterOf } from '../../../ui/fields';
import { withCashflow, withProfile, withType, type BenefitDates } from './benefit-form';

const TYPE_OPTIONS = BENEFIT_TYPES.map((t) => [t, `${BENEFIT_TYPE_LABELS[t]} (${t})`] as const);
const BASIS_OPTIONS = labelledOptions(ENTRY_BASES, ENTRY_BASIS_LABELS);
const LINK_OPTIONS = labelledOptions(GO_LIVE_LINKS, GO_LIVE_LINK_LABELS);
const PROFILE_OPTIONS = [
  ['recurring', 'Recurring (a year)'],
  ['one-off', 'One-off'],
] as const;

const TYPE_HINTS: Record<Benefit['type'], string> = {
  CRB: 'Cash a budget can give up, outside this appraisal’s cost lines (e.g. off-site records storage); counted in the financial case once realised.',
  NCRB: 'Monetised efficiency that is redeployed rather than cashed (e.g. staff time); economic case only.',
  SB: 'Monetised value to patients, carers or society (e.g. travel time, QALYs); economic case only.',
  UB: 'A benefit with no £ value: described, owned and measured, and stated beside NPSV and BCR.',
};

/** One benefit line: what it is, who owns it, how it is measured, and (if monetised) its £ profile and shortfall. */
export function BenefitEditor({
  benefit: b,
  dates,
  newSystem,
  onChange,
  onDelete,
}: {
  benefit: Benefit;
  dates: BenefitDates;
  newSystem: boolean;
  onChange: (update: (current: Benefit) => Benefit) => unknown;
  onDelete: () => void;
}) {
  const c = b.cashflow;
  const set = setterOf(onChange);
  return (
    <fieldset className="benefit-line">
      <legend>
        {b.label} <span className="tag">{BENEFIT_TYPE_LABELS[b.type]}</span>
        {b.illustrative && <span className="tag tag-illustrative">Illustrative</span>}
      </legend>
      <div className="form-grid">
        <TextField label="Benefit" required value={b.label} onCommit={set('label')} />
        <SelectField
          label="Type"
          value={b.type}
          options={TYPE_OPTIONS}
          hint={TYPE_HINTS[b.type]}
          onCommit={(type) => type && onChange((cur) => withType(cur, type, dates))}
        />
        <TextField label="Owner" value={b.owner} onCommit={set('owner')} />
        <DateField label="Realisation start" optional value={b.realisationStart} onCommit={set('realisationStart')} />
      </div>
      {c && (
        <div className="form-grid">
          <SelectField
            label="Profile"
            value={c.kind}
            options={PROFILE_OPTIONS}
            onCommit={(kind) => kind && onChange((cur) => withProfile(cur, kind, dates))}
          />
          <NumberField
            money
            label={c.kind === 'one-off' ? 'Amount (£)' : 'Annual amount (£)'}
            value={c.amount}
            min={0}
            onCommit={(amount) => amount !== undefined && onChange((cur) => withCashflow(cur, { amount }))}
          />
          {c.kind === 'one-off' ? (
            <DateField label="Date" value={c.date} onCommit={(date) => date && onChange((cur) => withCashflow(cur, { date }))} />
          ) : (
            <>
              <DateField
                label="From"
                value={c.startDate}
                onCommit={(startDate) => startDate && onChange((cur) => withCashflow(cur, { startDate }))}
              />
              <DateField
                label="To (inclusive)"
                value={c.endDate}
                onCommit={(endDate) => endDate && onChange((cur) => withCashflow(cur, { endDate }))}
              />
              <NumberField
                label="Indexation (% a year)"
                value={c.indexationPct}
                min={-100}
                max={100}
                onCommit={(indexationPct) => onChange((cur) => withCashflow(cur, { indexationPct: indexationPct ?? 0 }))}
              />
            </>
          )}
          <SelectField label="Entry basis" value={b.basis} options={BASIS_OPTIONS} onCommit={(basis) => basis && set('basis')(basis)} />
          <SelectField
            label="Moves with go-live"
            value={b.goLiveLink}
            options={LINK_OPTIONS}
            emptyLabel={newSystem ? 'Default: starts at go-live (a new system)' : 'Default: fixed dates'}
            onCommit={set('goLiveLink')}
          />
          <NumberField
            label="Shortfall (%)"
            value={b.shortfallPct}
            min={0}
            max={100}
            hint="Optimism bias on benefits: the share not expected to be realised; PV of benefits is reduced by it"
            onCommit={(shortfallPct) => set('shortfallPct')(shortfallPct ?? 0)}
          />
          <TextField
            label="Shortfall rationale"
            required={b.shortfallPct > 0}
            value={b.shortfallRationale}
            hint="Why this share (evidence from similar trusts, uptake assumptions)"
            onCommit={set('shortfallRationale')}
          />
        </div>
      )}
      {c && (
        <CheckboxField
          label="Valued from QALYs"
          checked={b.valuedFromQalys}
          hint="Discounted at the Green Book health rate (1.5% a year) instead of 3.5%"
          onCommit={set('valuedFromQalys')}
        />
      )}
      <TextField label="Measure" multiline value={b.measure} hint="Baseline and indicator" onCommit={set('measure')} />
      <TextField label="Description" multiline value={b.description} onCommit={set('description')} />
      {b.illustrative && (
        <CheckboxField
          label="Illustrative figures from the library"
          checked={b.illustrative}
          hint="Untick once the figures are the trust’s own"
          onCommit={set('illustrative')}
        />
      )}
      <button type="button" onClick={onDelete} aria-label={`Delete benefit ${b.label}`}>
        Delete benefit
      </button>
    </fieldset>
  );
}
