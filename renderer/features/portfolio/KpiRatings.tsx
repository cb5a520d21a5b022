import { useId, useState } from 'react';
import { todayIso, type IsoDate } from '@shared/dates';
import { KPI_RATING_DESCRIPTIONS, KPI_RATING_LABELS, KPI_RATINGS, type Contract, type KpiRatingValue } from '@shared/domain';
import { formatDate } from '@shared/format';
import {
  assessmentPeriods,
  formatPeriod,
  isLiveContract,
  kpiAssessmentStatus,
  ratingCountedFor,
  type AssessmentPeriod,
  type PeriodAssessment,
} from '@shared/law';
import { assertNever } from '@shared/result';
import { describeError } from '@shared/storage-errors';
import { useCommands } from '../../data';
import { DateField, TextField } from '../../ui/fields';
import { useToast } from '../../ui/Toast';
import { ContractKpiList } from './ContractKpiList';
import { editRating, ratingFor, restoreKpi, setRating, type KpiEdit } from './kpi-edits';

/**
 * The contract panel's "KPIs and performance ratings" (docs/ux.md, Portfolio): the contract's KPIs,
 * and for each assessment period begun so far a rating per KPI with the date it was assessed and an
 * optional note (PA 2023 s.71(2); PR 2024 reg. 39(5)). Periods, and which are rated, due or overdue,
 * come from shared/law/kpi-assessment.ts; every change is written at once and logged in the history.
 */
export function KpiRatings({ contract }: { contract: Contract }) {
  const commands = useCommands();
  const toast = useToast();
  const titleId = useId();
  const [error, setError] = useState<string | null>(null);
  const today = todayIso();
  const ref = contract.reference;
  const kpis = contract.kpis ?? [];

  const edit = (change: KpiEdit, summary: string) => {
    setError(null);
    const write = commands.kpis.update(ref, change, summary);
    write.catch((e: unknown) => setError(`Not saved: ${describeError(e)}.`));
    return write;
  };
  const removed = (name: string, removal: Promise<unknown>) => {
    const undo = restoreKpi({ kpis: contract.kpis, kpiRatings: contract.kpiRatings }, name);
    void removal.then(
      () =>
        toast.show(`Removed the KPI “${name}” and its ratings from ${ref}.`, {
          label: 'Undo',
          run: () => commands.kpis.update(ref, undo, `Undid removing the KPI “${name}”`),
        }),
      () => undefined,
    );
  };

  const status = kpiAssessmentStatus(contract, today);
  const shown = new Set(status.map((s) => `${s.period.start}|${s.period.end}`));
  // Ratings the trust logged for periods of its own choosing (a financial year, say) get rows of their own.
  const ownPeriods = [
    ...new Map((contract.kpiRatings ?? []).map((r) => [`${r.periodStart}|${r.periodEnd}`, { start: r.periodStart, end: r.periodEnd }])),
  ]
    .filter(([key]) => !shown.has(key))
    .map(([, p]) => p)
    .sort((a, b) => a.start.localeCompare(b.start));
  const overdue = status.filter((s) => s.status === 'overdue').length;

  return (
    <section aria-labelledby={titleId} className="kpi-ratings">
      <h3 id={titleId}>KPIs and performance ratings</h3>
      <p className="hint">
        A contract over £5m needs at least three KPIs (PA 2023 s.52). Rate each at least once in every 12-month period of the contract and
        at its end, and publish the ratings in a contract performance notice (s.71; PR 2024 reg. 39).
      </p>
      <ContractKpiList kpis={kpis} onEdit={edit} onRemoved={removed} />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {kpis.length > 0 && (
        <Periods contract={contract} status={status} ownPeriods={ownPeriods} today={today} overdue={overdue} edit={edit} />
      )}
    </section>
  );
}

function Periods({
  contract,
  status,
  ownPeriods,
  today,
  overdue,
  edit,
}: {
  contract: Contract;
  status: PeriodAssessment[];
  ownPeriods: AssessmentPeriod[];
  today: IsoDate;
  overdue: number;
  edit: (change: KpiEdit, summary: string) => Promise<unknown>;
}) {
  if (!contract.startDate) return <p>Record the contract’s start date to plan its 12-month assessment periods.</p>;
  if (status.length === 0) {
    const first = assessmentPeriods(contract)[0];
    return <p>{first ? `The first assessment period is ${formatPeriod(first)}.` : 'The contract has no assessment period.'}</p>;
  }
  const rows: Array<{ period: AssessmentPeriod; state: string }> = [
    ...status.map((s) => ({ period: s.period, state: statusText(s) })),
    ...ownPeriods.map((period) => ({ period, state: 'Period chosen by the trust' })),
  ];
  return (
    <>
      <p role="status" className={overdue > 0 ? 'flag flag-warning' : 'hint'}>
        {overdue > 0
          ? `${overdue === 1 ? 'One assessment period has' : `${overdue} assessment periods have`} ended without a rating for every KPI.`
          : 'Every assessment period that has ended is rated.'}
      </p>
      {!isLiveContract(contract, today) && (
        <p className="hint">
          The contract ended on {formatDate(contract.terminatedOn ?? contract.currentEndDate)}: rate its last period for the final
          performance notice (s.71(2)).
        </p>
      )}
      <table className="data-table kpi-ratings-table">
        <caption>KPI ratings per assessment period</caption>
        <thead>
          <tr>
            <th scope="col">KPI</th>
            <th scope="col">Rating, date assessed and note</th>
          </tr>
        </thead>
        {rows.map(({ period, state }) => (
          <tbody key={`${period.start}|${period.end}`}>
            <tr className="period-row">
              <th scope="colgroup" colSpan={2}>
                {formatPeriod(period)} <span className="hint">· {state}</span>
              </th>
            </tr>
            {(contract.kpis ?? []).map((kpi) => (
              <RatingRow key={kpi} contract={contract} kpi={kpi} period={period} today={today} edit={edit} />
            ))}
          </tbody>
        ))}
      </table>
      <details>
        <summary>What the ratings mean (PR 2024 reg. 39(5))</summary>
        <dl>
          {KPI_RATINGS.map((r) => (
            <div key={r}>
              <dt>{KPI_RATING_LABELS[r]}</dt>
              <dd>{KPI_RATING_DESCRIPTIONS[r]}</dd>
            </div>
          ))}
        </dl>
      </details>
    </>
  );
}

function statusText(s: PeriodAssessment): string {
  switch (s.status) {
    case 'rated':
      return 'Rated';
    case 'due':
      return `Due by ${formatDate(s.period.end)}`;
    case 'overdue':
      return `Overdue: ${s.missing.length} of ${s.rated.length + s.missing.length} KPIs not rated`;
    default:
      return assertNever(s.status, 'period status');
  }
}

function RatingRow({
  contract,
  kpi,
  period,
  today,
  edit,
}: {
  contract: Contract;
  kpi: string;
  period: AssessmentPeriod;
  today: IsoDate;
  edit: (change: KpiEdit, summary: string) => Promise<unknown>;
}) {
  const rating = ratingFor(contract, kpi, period);
  const where = `'${kpi}' in ${formatPeriod(period)}`;
  // Rated for a period the trust chose that ends inside this one: that rating counts here (the period reads "Rated").
  const counted = rating ? undefined : ratingCountedFor(contract, kpi, period);
  const countedId = useId();
  const choose = (value: string) => {
    const next = value === '' ? null : (value as KpiRatingValue);
    void edit(
      setRating(kpi, period, next, today),
      next === null ? `Cleared the rating of ${where}` : `Rated ${where}: ${KPI_RATING_LABELS[next]}`,
    ).catch(() => undefined);
  };
  return (
    <tr>
      <th scope="row">{kpi}</th>
      <td className="kpi-cell">
        <select
          aria-label={`Rating for ${where}`}
          aria-describedby={counted ? countedId : undefined}
          value={rating?.rating ?? ''}
          onChange={(e) => choose(e.target.value)}
        >
          <option value="">Not rated</option>
          {KPI_RATINGS.map((r) => (
            <option key={r} value={r} title={KPI_RATING_DESCRIPTIONS[r]}>
              {KPI_RATING_LABELS[r]}
            </option>
          ))}
        </select>
        {counted && (
          <span id={countedId} className="hint">
            Counts: rated {KPI_RATING_LABELS[counted.rating]} for {formatPeriod({ start: counted.periodStart, end: counted.periodEnd })}
          </span>
        )}
        {rating && (
          <>
            <DateField
              label={`Date assessed for ${where}`}
              className="label-hidden"
              value={rating.assessedOn}
              onCommit={(assessedOn) => {
                if (!assessedOn) return Promise.reject(new Error('enter the date the KPI was assessed'));
                return edit(editRating(kpi, period, { assessedOn }), `Assessed ${where} on ${formatDate(assessedOn)}`);
              }}
            />
            <TextField
              label={`Note on ${where}`}
              className="label-hidden"
              value={rating.note ?? ''}
              onCommit={(note) => edit(editRating(kpi, period, { note: note.trim() }), `Changed the note on ${where}`)}
            />
          </>
        )}
      </td>
    </tr>
  );
}
