import { useState } from 'react';
import { DEFAULT_SETTINGS, SETTING_SOURCES, settingsSchema, type Settings } from '@shared/domain';
import { formatDecimal, formatRate } from '@shared/format';
import { withPolicyDefaults } from '@shared/policy';
import { useCommands, useSettings } from '../../data';
import { AutoBackupSection } from './AutoBackupSection';
import { BackupSection } from './BackupSection';
import { FinanceSettingsSection } from './FinanceSettingsSection';
import { LawSettingsSection } from './LawSettingsSection';
import { OrganisationSection } from './OrganisationSection';
import { SetByOrganisation, useOrganisationPolicy, useSetByOrganisation } from './organisation-policy';
import { SampleSection } from './sample/SampleSection';
import { WordTemplateSection } from './WordTemplateSection';

type NumberPath =
  | ['expiringHorizonMonths']
  | ['appraisalPeriodYears']
  | ['discount', keyof Settings['discount']]
  | ['thresholds', keyof Settings['thresholds']]
  | ['leadTimesMonths', keyof Settings['leadTimesMonths']];

interface NumberField {
  path: NumberPath;
  label: string;
  unit: string;
  percent?: boolean;
}

/** The fields of one settings object whose figures share a unit: `[key, label]` each. */
function fieldsOf<G extends 'thresholds' | 'leadTimesMonths'>(
  group: G,
  unit: string,
  fields: Array<[keyof Settings[G], string]>,
): NumberField[] {
  return fields.map(([key, label]) => ({ path: [group, key] as NumberPath, label, unit }));
}

const GROUPS: Array<{ title: string; source: string; fields: NumberField[] }> = [
  {
    title: 'Register',
    source: SETTING_SOURCES.expiringHorizonMonths,
    fields: [{ path: ['expiringHorizonMonths'], label: 'Expiring horizon', unit: 'months' }],
  },
  {
    title: 'Discounting',
    source: SETTING_SOURCES.discount,
    fields: [
      { path: ['discount', 'rate'], label: 'Discount rate', unit: '% a year', percent: true },
      { path: ['discount', 'switchYear'], label: 'Rate changes after year', unit: 'years' },
      { path: ['discount', 'longRate'], label: 'Long-term discount rate', unit: '% a year', percent: true },
      { path: ['appraisalPeriodYears'], label: 'Appraisal period', unit: 'years' },
    ],
  },
  {
    title: 'Procurement thresholds',
    source: SETTING_SOURCES.thresholds,
    fields: fieldsOf('thresholds', '£ incl. VAT', [
      ['goodsServices', 'Goods and services'],
      ['works', 'Works'],
      ['lightTouch', 'Light-touch services'],
    ]),
  },
  {
    title: 'Lead times',
    source: SETTING_SOURCES.leadTimesMonths,
    fields: fieldsOf('leadTimesMonths', 'months', [
      ['directAward', 'Direct award to signature'],
      ['frameworkCallOff', 'Framework call-off to signature'],
      ['openProcedure', 'Open procedure to signature'],
      ['eprImplementation', 'EPR implementation to go-live'],
      ['otherImplementation', 'Other system implementation'],
      ['hostingTransfer', 'Hosting transfer'],
    ]),
  },
];

function read(s: Settings, path: NumberPath): number {
  return path.length === 1 ? s[path[0]] : (s[path[0]] as Record<string, number>)[path[1]];
}

function write(s: Settings, path: NumberPath, value: number): Settings {
  if (path.length === 1) return { ...s, [path[0]]: value };
  return { ...s, [path[0]]: { ...(s[path[0]] as object), [path[1]]: value } };
}

export function SettingsScreen() {
  const commands = useCommands();
  const stored = useSettings();
  if (!stored) return <p role="status">Loading settings…</p>;
  return (
    <>
      <OrganisationSection />
      <SettingsForm key={JSON.stringify(stored)} stored={stored} onSave={commands.settings.save} />
      <FinanceSettingsSection />
      <div className="settings">
        <LawSettingsSection />
        <WordTemplateSection />
        <BackupSection />
        <AutoBackupSection />
        <SampleSection />
      </div>
    </>
  );
}

/** The organisation's free-text settings, in the order the form shows them. */
const ORGANISATION_FIELDS = [
  ['trustName', 'Trust name'],
  ['author', 'Default report author'],
] as const;

function SettingsForm({ stored, onSave }: { stored: Settings; onSave: (s: Settings) => Promise<void> }) {
  const [draft, setDraft] = useState(stored);
  const [message, setMessage] = useState('');
  const parsed = settingsSchema.safeParse(draft);
  // What the organisation set is shown read-only, and wins even over a draft made before it arrived.
  const policy = useOrganisationPolicy();
  const setBy = useSetByOrganisation();
  const lockedBy = (path: string) => (setBy(path) ? { readOnly: true, 'aria-describedby': `policy-${path}` } : {});

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!parsed.success) return;
    await onSave(withPolicyDefaults(parsed.data, policy.defaults));
    setMessage('Settings saved.');
  };

  return (
    <form className="settings" onSubmit={submit} aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <fieldset>
        <legend>Organisation</legend>
        {ORGANISATION_FIELDS.map(([key, label]) => (
          <label className="field" key={key}>
            <span>
              {label} <SetByOrganisation path={`organisation.${key}`} id={`policy-organisation.${key}`} />
            </span>
            <input
              {...lockedBy(`organisation.${key}`)}
              value={draft.organisation[key]}
              onChange={(e) => setDraft({ ...draft, organisation: { ...draft.organisation, [key]: e.target.value } })}
            />
          </label>
        ))}
      </fieldset>
      {GROUPS.map((group) => (
        <fieldset key={group.title}>
          <legend>{group.title}</legend>
          <p className="source">Source: {group.source}</p>
          {group.fields.map((f) => {
            const value = read(draft, f.path);
            const def = read(DEFAULT_SETTINGS, f.path);
            const shown = f.percent ? +(value * 100).toFixed(4) : value;
            const at = f.path.join('.');
            return (
              <div className="field-row" key={f.path.join('.')}>
                <label className="field">
                  <span>
                    {f.label} ({f.unit}) <SetByOrganisation path={at} id={`policy-${at}`} />
                  </span>
                  <input
                    {...lockedBy(at)}
                    type="number"
                    step="any"
                    value={Number.isFinite(shown) ? shown : ''}
                    onChange={(e) => {
                      const n = e.target.valueAsNumber;
                      setDraft(write(draft, f.path, f.percent ? n / 100 : n));
                    }}
                  />
                </label>
                <button
                  type="button"
                  disabled={value === def || setBy(at)}
                  aria-label={`Reset ${f.label} to default`}
                  onClick={() => setDraft(write(draft, f.path, def))}
                >
                  Reset to {f.percent ? formatRate(def) : formatDecimal(def)}
                </button>
              </div>
            );
          })}
        </fieldset>
      ))}
      {!parsed.success && (
        <p role="alert" className="error">
          {parsed.error.issues.map((i) => `${i.path.join(' ')}: ${i.message}`).join('; ')}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="primary" disabled={!parsed.success}>
          Save settings
        </button>
        <span role="status">{message}</span>
      </div>
    </form>
  );
}
