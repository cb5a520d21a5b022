import { useCallback, useMemo, useState } from 'react';
import { financialYearLabel, isIsoDate, type IsoDate } from '@shared/dates';
import {
  PROCUREMENT_ROUTE_LABELS,
  SPEND_ANSWER_LABELS,
  SPEND_ANSWERS,
  type Contract,
  type PipelineOverrides,
  type Settings,
} from '@shared/domain';
import type { SpendAnswerSetting } from '@shared/domain';
import { lawContextOf } from '@shared/engine/law-context';
import { countOf, formatCount, formatDate, formatMoney } from '@shared/format';
import { defaultPipelineYear, pipelineInSteps, type PipelineEntry, type PipelineResult } from '@shared/law';
import { describeError } from '@shared/storage-errors';
import { useHost } from '../../app-context';
import { useCommands, usePipelineOverrides } from '../../data';
import { PickerSelect } from '../../ui/fields';
import { href } from '../../ui/router';
import { useToast } from '../../ui/Toast';
import { useStepped } from '../../ui/use-stepped';
import { exportPipelineCsv, exportPipelineOcds, exportPipelineXlsx } from '../export/law-exports';
import { SteppedStatus } from '../../ui/SteppedStatus';
import { useRequestedExport } from '../../ui/requested-export';

const PAGE = 200;
const STATUS_TEXT = { required: 'Required', 'not-required': 'Not required', 'to-be-confirmed': 'To be confirmed' } as const;

interface Props {
  contracts: readonly Contract[];
  settings: Settings;
  today: IsoDate;
}

function countdown(r: PipelineResult): string {
  if (r.daysToDeadline > 0) return `Publish by ${formatDate(r.deadline)}: ${countOf(r.daysToDeadline, 'day')} away.`;
  if (r.daysToDeadline === 0) return `Publish by ${formatDate(r.deadline)}: that is today.`;
  return `The deadline, ${formatDate(r.deadline)}, passed ${countOf(-r.daysToDeadline, 'day')} ago.`;
}

/**
 * The pipeline notice for a financial year (PA 2023 s.93; docs/domain.md §5): the trust's answer to
 * the £100m question (stored per year in settings), the register's own payments as a lower bound, the
 * countdown to 26 May, and the contracts over £2m whose tender or transparency notice falls in the 18
 * months from 1 April, each with overrides the user can change; exported as CSV, Excel and OCDS JSON.
 */
export function PipelineBuilder({ contracts, settings, today }: Props) {
  const commands = useCommands();
  const host = useHost();
  const toast = useToast();
  const first = defaultPipelineYear(today);
  const [fy, setFy] = useState(first);
  const overrides = usePipelineOverrides(fy);
  // The choice shows at once; the stored answer catches up when the save lands.
  const [chosen, setChosen] = useState<{ fy: number; value: SpendAnswerSetting } | null>(null);
  const storedAnswer: SpendAnswerSetting = settings.law.pipelineSpend[String(fy)] ?? 'not-known';
  const answer = chosen?.fy === fy ? chosen.value : storedAnswer;
  const factory = useMemo(() => {
    if (!overrides) return null;
    const law = lawContextOf(settings);
    return () =>
      pipelineInSteps({
        contracts,
        today,
        financialYear: fy,
        spendStated: answer,
        leadTimes: law.leadTimes,
        overrides,
        vatRate: law.vatRate,
      });
  }, [contracts, today, fy, answer, overrides, settings]);
  const built = useStepped(factory);
  const result = built.value?.financialYear === fy ? built.value : undefined;
  const [shown, setShown] = useState(PAGE);
  const [busy, setBusy] = useState(false);

  const saveAnswer = (value: SpendAnswerSetting) => {
    setChosen({ fy, value });
    return commands.settings
      .update((s) => ({ ...s, law: { ...s.law, pipelineSpend: { ...s.law.pipelineSpend, [String(fy)]: value } } }))
      .catch((error: unknown) => {
        setChosen(null);
        toast.show(`The answer was not saved: ${describeError(error)}.`);
      });
  };
  const override = useCallback(
    (reference: string, patch: PipelineOverrides[string]) =>
      commands.pipeline
        .updateOverrides(fy, (o) => ({ ...o, [reference]: { ...o[reference], ...patch } }))
        .catch((error: unknown) => toast.show(`The change to ${reference} was not saved: ${describeError(error)}.`)),
    [commands, fy, toast],
  );
  const clear = (reference: string) =>
    commands.pipeline.updateOverrides(fy, (o) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== reference)));
  const exporting = (what: string, work: (r: PipelineResult) => Promise<string | null>) => {
    if (!result) return;
    setBusy(true);
    work(result)
      .then(
        (name) => name && toast.show(`Saved the pipeline notice (${what}) to ${name}.`),
        (error: unknown) => toast.show(`The pipeline notice could not be saved: ${describeError(error)}`),
      )
      .finally(() => setBusy(false));
  };
  const trust = settings.organisation.trustName;
  const excel = () => exporting('Excel', (r) => exportPipelineXlsx(host, r, trust));
  // File › Export pipeline notice… runs the Excel button's export once the year's pipeline is built.
  useRequestedExport('pipeline', result !== undefined && built.working === null && !busy, excel);

  return (
    <section aria-labelledby="pipeline-title" className="pipeline">
      <h2 id="pipeline-title">Pipeline notice {financialYearLabel(fy)}</h2>
      <PickerSelect
        label="Financial year"
        value={String(fy)}
        options={[first, first + 1].map((y) => [String(y), financialYearLabel(y)] as const)}
        onChange={(v) => {
          setFy(Number(v));
          setShown(PAGE);
        }}
      />
      <fieldset className="segmented">
        <legend>
          Will the trust pay more than £100m incl. VAT in {financialYearLabel(fy)} under all its contracts (drugs, agency staff, estates and
          IT)? (PA 2023 s.93)
        </legend>
        {SPEND_ANSWERS.map((a) => (
          <label key={a}>
            <input type="radio" name={`spend-${fy}`} value={a} checked={answer === a} onChange={() => void saveAnswer(a)} />
            {SPEND_ANSWER_LABELS[a]}
          </label>
        ))}
      </fieldset>
      <SteppedStatus
        state={built}
        doing="Building the pipeline…"
        progressLabel="Building the pipeline"
        failure="The pipeline could not be built"
      />
      {result && (
        <>
          <p className={`pipeline-status status-${result.status}`}>
            <strong>{STATUS_TEXT[result.status]}.</strong> {result.statusReason}
          </p>
          <p>
            {countdown(result)} The register&apos;s own contracts have payments of {formatMoney(result.registerPaymentsIncVat)} incl. VAT
            due in {financialYearLabel(fy)}: a lower bound, since the test covers every contract the trust has. Window for notices:{' '}
            {formatDate(result.windowStart)} to {formatDate(result.windowEnd)}.
          </p>
          <div className="button-row">
            <button type="button" disabled={busy} onClick={() => exporting('CSV', (r) => exportPipelineCsv(host, r, trust))}>
              Export CSV…
            </button>
            <button type="button" disabled={busy} onClick={excel}>
              Export Excel…
            </button>
            <button type="button" disabled={busy} onClick={() => exporting('OCDS JSON', (r) => exportPipelineOcds(host, r, trust))}>
              Export OCDS JSON…
            </button>
          </div>
          <p className="hint">
            The app never publishes: check the file, then enter the notice on Find a Tender. The OCDS file&apos;s identifiers are local
            placeholders until Find a Tender assigns them.
          </p>
          {result.entries.length === 0 ? (
            <p>No contract over £2m incl. VAT has a tender or transparency notice expected in the window.</p>
          ) : (
            <table className="data-table pipeline-table">
              <caption>
                Contracts for the pipeline ({countOf(result.entries.filter((e) => e.included).length, 'included entry', 'included entries')}{' '}
                of {formatCount(result.entries.length)})
              </caption>
              <thead>
                <tr>
                  <th scope="col">Include</th>
                  <th scope="col">Contract</th>
                  <th scope="col">Route</th>
                  <th scope="col">Value incl. VAT</th>
                  <th scope="col">Value ex VAT (override)</th>
                  <th scope="col">Expected notice</th>
                  <th scope="col">CPV code</th>
                  <th scope="col">Why</th>
                </tr>
              </thead>
              <tbody>
                {result.entries.slice(0, shown).map((e) => (
                  <EntryRow
                    key={`${e.reference}|${JSON.stringify(overrides?.[e.reference] ?? {})}`}
                    entry={e}
                    override={overrides?.[e.reference]}
                    onChange={(patch) => void override(e.reference, patch)}
                    onClear={() => void clear(e.reference)}
                  />
                ))}
              </tbody>
            </table>
          )}
          {result.entries.length > shown && (
            <button type="button" onClick={() => setShown((n) => n + PAGE)}>
              Show {formatCount(Math.min(PAGE, result.entries.length - shown))} more
            </button>
          )}
        </>
      )}
    </section>
  );
}

const CPV = /^\d{8}(-\d)?$/;

function EntryRow({
  entry: e,
  override,
  onChange,
  onClear,
}: {
  entry: PipelineEntry;
  override: PipelineOverrides[string] | undefined;
  onChange: (patch: PipelineOverrides[string]) => void;
  onClear: () => void;
}) {
  const [value, setValue] = useState(override?.estimatedValueExVat === undefined ? '' : String(override.estimatedValueExVat));
  const [cpv, setCpv] = useState(override?.cpv ?? '');
  // Shown at once; the saved override (and then the rebuilt pipeline) catch up.
  const [pendingInclude, setPendingInclude] = useState<boolean>();
  const included = pendingInclude ?? override?.include ?? e.included;
  const valueText = value.replace(/[£,\s]/g, '');
  const valueError = valueText !== '' && !(Number(valueText) >= 0) ? `'${value}' is not an amount` : undefined;
  const cpvError = cpv.trim() !== '' && !CPV.test(cpv.trim()) ? 'A CPV code has 8 digits, e.g. 48000000-8' : undefined;
  return (
    <tr className={included ? undefined : 'excluded'}>
      <td>
        <input
          type="checkbox"
          checked={included}
          aria-label={`Include ${e.reference} in the pipeline notice`}
          onChange={(ev) => {
            setPendingInclude(ev.target.checked);
            onChange({ include: ev.target.checked });
          }}
        />
      </td>
      <th scope="row">
        <a href={`${href('portfolio')}?ref=${encodeURIComponent(e.reference)}`}>
          {e.reference} {e.title}
        </a>
      </th>
      <td>{PROCUREMENT_ROUTE_LABELS[e.route]}</td>
      <td className="numeric">{formatMoney(e.estimatedValueIncVat)}</td>
      <td>
        <input
          inputMode="decimal"
          aria-label={`Estimated value ex VAT of ${e.reference}`}
          aria-invalid={valueError ? true : undefined}
          placeholder="From the register"
          value={value}
          onChange={(ev) => setValue(ev.target.value)}
          onBlur={() => {
            if (valueError) return;
            const next = valueText === '' ? undefined : Number(valueText);
            if (next !== override?.estimatedValueExVat) onChange({ estimatedValueExVat: next });
          }}
        />
        {valueError && <span className="error">{valueError}</span>}
      </td>
      <td>
        <input
          type="date"
          aria-label={`Expected notice date of ${e.reference}`}
          value={e.expectedNoticeDate}
          onChange={(ev) => isIsoDate(ev.target.value) && onChange({ expectedNoticeDate: ev.target.value })}
        />
      </td>
      <td>
        <input
          aria-label={`CPV code of ${e.reference}`}
          aria-invalid={cpvError ? true : undefined}
          placeholder={e.cpv ?? 'none'}
          value={cpv}
          onChange={(ev) => setCpv(ev.target.value)}
          onBlur={() => !cpvError && (cpv.trim() || undefined) !== override?.cpv && onChange({ cpv: cpv.trim() || undefined })}
        />
        {cpvError && <span className="error">{cpvError}</span>}
      </td>
      <td>
        {e.reason}
        {e.overridden && (
          <>
            {' '}
            <button type="button" className="link-button" onClick={onClear} aria-label={`Undo your changes to ${e.reference}`}>
              Undo changes
            </button>
          </>
        )}
      </td>
    </tr>
  );
}
