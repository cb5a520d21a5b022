import { useState } from 'react';
import { todayIso } from '@shared/dates';
import {
  DEFAULT_LAW_SETTINGS,
  DEFAULT_SETTINGS,
  LAW_SETTING_SOURCES,
  lawSettingsSchema,
  type LawSettings,
  type ProcurementRoute,
} from '@shared/domain';
import { checkLeadTime } from '@shared/engine/lead-times';
import { formatDecimal, formatMoney, formatRate } from '@shared/format';
import type { ThresholdBand } from '@shared/law';
import { describeError } from '@shared/storage-errors';
import { useCommands, useSettings } from '../../data';

type LeadKey = keyof LawSettings['leadTimesMonths'];
const LEADS: ReadonlyArray<{ key: LeadKey; label: string; route: ProcurementRoute }> = [
  { key: 'modification', label: 'Modification or extension to signature', route: 'modification' },
  { key: 'psrDirectAward', label: 'PSR direct award C to signature', route: 'psr-direct-award' },
  { key: 'psrMostSuitableProvider', label: 'PSR most suitable provider to signature', route: 'psr-most-suitable-provider' },
  { key: 'psrCompetitive', label: 'PSR competitive process to signature', route: 'psr-competitive' },
];
type BandAmount = 'centralGoodsServices' | 'subCentralGoodsServices' | 'works' | 'lightTouch';
const AMOUNTS: ReadonlyArray<{ key: BandAmount; label: string }> = [
  { key: 'centralGoodsServices', label: 'Goods and services, central government (NHS trusts)' },
  { key: 'subCentralGoodsServices', label: 'Goods and services, sub-central' },
  { key: 'works', label: 'Works' },
  { key: 'lightTouch', label: 'Light-touch services' },
];

const FIELD_NAMES: Record<string, string> = {
  from: 'the start date',
  source: 'the source',
  ...Object.fromEntries(AMOUNTS.map((a) => [a.key, `the ${a.label.toLowerCase()} amount`])),
};

/** A schema issue as a sentence naming the field and what to do (never the schema's own words). */
function issueText(issue: { path: PropertyKey[] }): string {
  const [group, index, field] = issue.path;
  if (group === 'thresholdBands' && typeof index === 'number')
    return `Band ${index + 1}: check ${FIELD_NAMES[String(field)] ?? 'its figures'} (a real date, amounts of £0 or more, and a source).`;
  if (group === 'thresholdBands') return 'Threshold bands must be in date order, one band per start date.';
  if (group === 'leadTimesMonths') return 'Enter each lead time as a number of months from 0 to 120.';
  return 'Check the procurement law settings.';
}

const num = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.replace(/[£,%\s]/g, '')));

/**
 * Settings › Procurement law: the VAT rate the legal money tests gross up at, the threshold bands by
 * procurement start date with their sources, and the lead times of modifications and PSR processes —
 * each with its source and a reset to the default, and lead times shorter than the statutory minimum
 * refused. Saving also copies the latest band into Settings.thresholds, which the appraisal checks read.
 */
export function LawSettingsSection() {
  const stored = useSettings();
  // Held here: the form starts again from the saved values after a save, and the message must outlive that.
  const [message, setMessage] = useState('');
  if (!stored) return null;
  return (
    <LawForm
      key={JSON.stringify([stored.law, stored.vatRate])}
      stored={stored.law}
      storedVat={stored.vatRate}
      message={message}
      setMessage={setMessage}
    />
  );
}

function LawForm({
  stored,
  storedVat,
  message,
  setMessage,
}: {
  stored: LawSettings;
  storedVat: number;
  message: string;
  setMessage: (m: string) => void;
}) {
  const commands = useCommands();
  const [draft, setDraft] = useState(stored);
  const [vatRate, setVatRate] = useState(storedVat);
  const vatValid = Number.isFinite(vatRate) && vatRate >= 0 && vatRate <= 1;
  const parsed = lawSettingsSchema.safeParse(draft);
  const today = todayIso();
  const leadChecks = LEADS.map((l) => ({ ...l, check: checkLeadTime(l.route, draft.leadTimesMonths[l.key], today) }));
  const refused = leadChecks.filter((l) => !l.check.ok);
  const valid = parsed.success && refused.length === 0 && vatValid;
  const changed = JSON.stringify(draft) !== JSON.stringify(stored) || vatRate !== storedVat;

  const setBand = (i: number, patch: Partial<ThresholdBand>) =>
    setDraft((d) => ({ ...d, thresholdBands: d.thresholdBands.map((b, j) => (j === i ? { ...b, ...patch } : b)) }));
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!parsed.success || refused.length || !vatValid) return;
    const law = parsed.data;
    const latest = law.thresholdBands[law.thresholdBands.length - 1];
    try {
      await commands.settings.update((s) => ({
        ...s,
        law: { ...law, pipelineSpend: s.law.pipelineSpend },
        vatRate,
        thresholds: { goodsServices: latest.centralGoodsServices, works: latest.works, lightTouch: latest.lightTouch },
      }));
      setMessage('Procurement law settings saved.');
    } catch (error) {
      setMessage(`Not saved: ${describeError(error)}.`);
    }
  };

  return (
    <form className="law-settings" onSubmit={save} aria-labelledby="law-settings-title">
      <h2 id="law-settings-title">Procurement law</h2>
      <fieldset>
        <legend>VAT</legend>
        <p className="source">Source: {LAW_SETTING_SOURCES.vatRate}</p>
        <div className="field-row">
          <label className="field">
            <span>VAT rate (%): legal money tests and the financial case</span>
            <input
              type="number"
              step="any"
              min={0}
              max={100}
              value={Number.isFinite(vatRate) ? +(vatRate * 100).toFixed(4) : ''}
              aria-invalid={vatValid ? undefined : true}
              onChange={(e) => setVatRate(e.target.valueAsNumber / 100)}
            />
          </label>
          <button
            type="button"
            disabled={vatRate === DEFAULT_SETTINGS.vatRate}
            aria-label="Reset VAT rate to default"
            onClick={() => setVatRate(DEFAULT_SETTINGS.vatRate)}
          >
            Reset to {formatRate(DEFAULT_SETTINGS.vatRate)}
          </button>
        </div>
      </fieldset>

      <fieldset>
        <legend>Threshold bands (£ incl. VAT, by procurement start date)</legend>
        <p className="source">Source: {LAW_SETTING_SOURCES.thresholdBands}</p>
        {draft.thresholdBands.map((band, i) => (
          <fieldset key={i} className="band">
            <legend>Band {i + 1}</legend>
            <div className="form-grid">
              <label className="field">
                <span>Applies to procurements from</span>
                <input type="date" value={band.from} onChange={(e) => setBand(i, { from: e.target.value })} />
              </label>
              {AMOUNTS.map((a) => (
                <label className="field" key={a.key}>
                  <span>{a.label}</span>
                  <input
                    inputMode="decimal"
                    value={Number.isFinite(band[a.key]) ? String(band[a.key]) : ''}
                    onChange={(e) => setBand(i, { [a.key]: num(e.target.value) })}
                  />
                </label>
              ))}
              <label className="field wide">
                <span>Source of band {i + 1}</span>
                <input value={band.source} onChange={(e) => setBand(i, { source: e.target.value })} />
              </label>
            </div>
            <button
              type="button"
              disabled={draft.thresholdBands.length === 1}
              onClick={() => setDraft({ ...draft, thresholdBands: draft.thresholdBands.filter((_, j) => j !== i) })}
            >
              Remove band {i + 1}
            </button>
          </fieldset>
        ))}
        <div className="button-row">
          <button
            type="button"
            onClick={() => {
              const last = draft.thresholdBands[draft.thresholdBands.length - 1];
              setDraft({ ...draft, thresholdBands: [...draft.thresholdBands, { ...last, from: '', source: '' }] });
            }}
          >
            Add a band
          </button>
          <button
            type="button"
            disabled={JSON.stringify(draft.thresholdBands) === JSON.stringify(DEFAULT_LAW_SETTINGS.thresholdBands)}
            aria-label="Reset threshold bands to default"
            onClick={() => setDraft({ ...draft, thresholdBands: DEFAULT_LAW_SETTINGS.thresholdBands.map((b) => ({ ...b })) })}
          >
            Reset to the published bands ({formatMoney(DEFAULT_LAW_SETTINGS.thresholdBands.at(-1)?.centralGoodsServices)} from 1 Jan 2026)
          </button>
        </div>
      </fieldset>

      <fieldset>
        <legend>Lead times (months)</legend>
        <p className="source">Source: {LAW_SETTING_SOURCES.leadTimesMonths}</p>
        {leadChecks.map((l) => {
          const value = draft.leadTimesMonths[l.key];
          const def = DEFAULT_LAW_SETTINGS.leadTimesMonths[l.key];
          return (
            <div className="field-row" key={l.key}>
              <label className="field">
                <span>{l.label}</span>
                <input
                  type="number"
                  step="any"
                  min={0}
                  value={Number.isFinite(value) ? value : ''}
                  aria-invalid={l.check.ok ? undefined : true}
                  aria-describedby={l.check.ok ? undefined : `lead-${l.key}-error`}
                  onChange={(e) => setDraft({ ...draft, leadTimesMonths: { ...draft.leadTimesMonths, [l.key]: e.target.valueAsNumber } })}
                />
              </label>
              <button
                type="button"
                disabled={value === def}
                aria-label={`Reset ${l.label} to default`}
                onClick={() => setDraft({ ...draft, leadTimesMonths: { ...draft.leadTimesMonths, [l.key]: def } })}
              >
                Reset to {formatDecimal(def)}
              </button>
              {!l.check.ok && (
                <span id={`lead-${l.key}-error`} className="error" role="alert">
                  {l.check.message}
                </span>
              )}
            </div>
          );
        })}
      </fieldset>

      {!vatValid && (
        <p role="alert" className="error">
          Enter a VAT rate from 0% to 100%.
        </p>
      )}
      {!parsed.success && (
        <p role="alert" className="error">
          {[...new Set(parsed.error.issues.map(issueText))].join(' ')}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="primary" disabled={!valid || !changed}>
          Save procurement law settings
        </button>
        <span role="status">{message}</span>
      </div>
    </form>
  );
}
