import {
  APPROVAL_BASIS_LABELS,
  APPROVAL_TIER_LABELS,
  DEFAULT_SETTINGS,
  SETTING_SOURCES,
  type ApprovalLimit,
  type Settings,
} from '@shared/domain';
import { formatDecimal, formatPct, formatRate } from '@shared/format';
import { useCommands, useSettings } from '../../data';
import { CheckboxField, ChoiceField, DateField, NumberField, TextField } from '../../ui/fields';

type Scalar = 'vatRate' | 'depreciationYears' | 'pdcDividendRate' | 'deflatorGrowthPct';
type LeadKey = keyof Settings['approvalLeadMonths'];

const SCALARS: ReadonlyArray<{ key: Scalar; label: string; percentOfFraction?: boolean; integer?: boolean; max: number }> = [
  { key: 'vatRate', label: 'VAT rate (%)', percentOfFraction: true, max: 100 },
  { key: 'depreciationYears', label: 'Depreciation life of software (years)', integer: true, max: 60 },
  { key: 'pdcDividendRate', label: 'PDC dividend rate (%)', percentOfFraction: true, max: 100 },
  { key: 'deflatorGrowthPct', label: 'GDP deflator growth for new appraisals (% a year)', max: 100 },
];

const LEADS: ReadonlyArray<{ key: LeadKey; label: string; integer?: boolean }> = [
  { key: 'trustBoard', label: 'Trust board (months)' },
  { key: 'nhsEnglandPerStage', label: 'NHS England, per business case stage (months)' },
  { key: 'nhsEnglandStages', label: 'NHS England business case stages', integer: true },
  { key: 'hmTreasury', label: 'HM Treasury, beyond NHS England (months)' },
];

/**
 * The financial case's settings (docs/domain.md §4): VAT, depreciation, the PDC dividend, the
 * deflator growth a new appraisal starts from, and the approval limits table with each row's source
 * and effective date. Each change saves as it is made, with a reset to the default beside it.
 */
export function FinanceSettingsSection() {
  const commands = useCommands();
  const s = useSettings();
  if (!s) return null;
  const update = (change: (cur: Settings) => Settings, summary: string) => commands.settings.update(change, summary);
  const setLimit = (i: number, patch: Partial<ApprovalLimit>) =>
    update(
      (cur) => ({ ...cur, approvalLimits: cur.approvalLimits.map((l, k) => (k === i ? { ...l, ...patch } : l)) }),
      'Changed an approval limit',
    );

  return (
    <section className="settings" aria-labelledby="finance-settings-title">
      <h2 id="finance-settings-title">Financial case and approvals</h2>
      <p className="hint">These save as you change them.</p>
      <fieldset>
        <legend>VAT, depreciation, PDC dividend and deflator</legend>
        {SCALARS.map((f) => {
          const def = DEFAULT_SETTINGS[f.key];
          return (
            <div className="field-row" key={f.key}>
              <NumberField
                label={f.label}
                value={s[f.key]}
                scale={f.percentOfFraction ? 100 : 1}
                integer={f.integer}
                min={f.key === 'deflatorGrowthPct' ? -50 : f.integer ? 1 : 0}
                max={f.max}
                hint={`Source: ${SETTING_SOURCES[f.key]}`}
                onCommit={(v) =>
                  v !== undefined && update((cur) => ({ ...cur, [f.key]: v }), `Changed the ${f.label.replace(/ \(.*$/, '')}`)
                }
              />
              <button
                type="button"
                disabled={s[f.key] === def}
                aria-label={`Reset ${f.label} to default`}
                onClick={() => void update((cur) => ({ ...cur, [f.key]: def }), `Reset the ${f.label.replace(/ \(.*$/, '')}`)}
              >
                Reset to {f.percentOfFraction ? formatRate(def) : f.key === 'deflatorGrowthPct' ? formatPct(def) : formatDecimal(def)}
              </button>
            </div>
          );
        })}
      </fieldset>

      <fieldset>
        <legend>Approval limits</legend>
        <p className="source">Source: {SETTING_SOURCES.approvalLimits}</p>
        <p className="hint">
          A figure above a limit (not equal to it) needs that tier’s approval. Mark a limit assumed until the trust has confirmed it.
        </p>
        {s.approvalLimits.map((limit, i) => (
          <fieldset key={i} className="approval-limit">
            <legend>
              Limit {i + 1}: {APPROVAL_TIER_LABELS[limit.tier]}, {APPROVAL_BASIS_LABELS[limit.basis].toLowerCase()}
            </legend>
            <div className="form-grid">
              <ChoiceField label="Tier" value={limit.tier} labels={APPROVAL_TIER_LABELS} onCommit={(tier) => setLimit(i, { tier })} />
              <ChoiceField label="Basis" value={limit.basis} labels={APPROVAL_BASIS_LABELS} onCommit={(basis) => setLimit(i, { basis })} />
              <NumberField
                money
                label="Limit (£, incl. VAT)"
                value={limit.limit}
                min={0}
                onCommit={(v) => v !== undefined && setLimit(i, { limit: v })}
              />
              <DateField
                label="Effective from"
                optional
                value={limit.effectiveDate}
                onCommit={(effectiveDate) => setLimit(i, { effectiveDate })}
              />
            </div>
            <TextField label="Source" value={limit.source} onCommit={(source) => setLimit(i, { source })} />
            <CheckboxField
              label="Assumed (not yet confirmed for this trust)"
              checked={limit.assumed}
              onCommit={(assumed) => setLimit(i, { assumed })}
            />
            <button
              type="button"
              aria-label={`Delete limit ${i + 1}`}
              onClick={() =>
                void update(
                  (cur) => ({ ...cur, approvalLimits: cur.approvalLimits.filter((_, k) => k !== i) }),
                  'Deleted an approval limit',
                )
              }
            >
              Delete limit
            </button>
          </fieldset>
        ))}
        <div className="button-row">
          <button
            type="button"
            onClick={() =>
              void update(
                (cur) => ({
                  ...cur,
                  approvalLimits: [...cur.approvalLimits, { tier: 'nhs-england', basis: 'capital', limit: 0, source: '', assumed: true }],
                }),
                'Added an approval limit',
              )
            }
          >
            Add a limit
          </button>
          <button
            type="button"
            disabled={JSON.stringify(s.approvalLimits) === JSON.stringify(DEFAULT_SETTINGS.approvalLimits)}
            onClick={() =>
              void update((cur) => ({ ...cur, approvalLimits: [...DEFAULT_SETTINGS.approvalLimits] }), 'Reset the approval limits')
            }
          >
            Reset the limits to the defaults
          </button>
        </div>
      </fieldset>

      <fieldset>
        <legend>Approval lead times</legend>
        <p className="source">Source: {SETTING_SOURCES.approvalLeadMonths}</p>
        {LEADS.map((f) => {
          const def = DEFAULT_SETTINGS.approvalLeadMonths[f.key];
          return (
            <div className="field-row" key={f.key}>
              <NumberField
                label={f.label}
                value={s.approvalLeadMonths[f.key]}
                integer={f.integer}
                min={0}
                max={f.integer ? 5 : 60}
                onCommit={(v) =>
                  v !== undefined &&
                  update(
                    (cur) => ({ ...cur, approvalLeadMonths: { ...cur.approvalLeadMonths, [f.key]: v } }),
                    'Changed an approval lead time',
                  )
                }
              />
              <button
                type="button"
                disabled={s.approvalLeadMonths[f.key] === def}
                aria-label={`Reset ${f.label} to default`}
                onClick={() =>
                  void update(
                    (cur) => ({ ...cur, approvalLeadMonths: { ...cur.approvalLeadMonths, [f.key]: def } }),
                    'Reset an approval lead time',
                  )
                }
              >
                Reset to {formatDecimal(def)}
              </button>
            </div>
          );
        })}
      </fieldset>
    </section>
  );
}
