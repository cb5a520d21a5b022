import { useMemo, useState } from 'react';
import { Bar, CartesianGrid, ComposedChart, Legend, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { todayIso } from '@shared/dates';
import { CATEGORY_LABELS } from '@shared/domain';
import { computeKeyDates, keyDateOptions } from '@shared/engine/key-dates';
import { useDutyCompletions, useRegister, useSettings } from '../../data';
import { formatCount, formatDate, formatMoney, formatMoneyCompact } from '@shared/format';
import { planDutiesInSteps } from '@shared/law';
import { AssumedMark } from '../portfolio/RegisterTable';
import { goToHash, href, useRoute } from '../../ui/router';
import { useStepped } from '../../ui/use-stepped';
import { NoticesDue } from './NoticesDue';
import { PipelineBuilder } from './PipelineBuilder';
import { annualValueBy, dutiesPerPeriod, expiriesByPeriod, type Granularity } from './renewals-model';

const VIEWS = [
  { id: '', label: 'Timeline' },
  { id: 'notices', label: 'Notices due' },
  { id: 'pipeline', label: 'Pipeline notice' },
] as const;

/**
 * "What must I decide, by when?": expiries per period as a chart with the Procurement Act notices due
 * as markers, then the decisions in date order; and "what must we publish, by when?" in the Notices due
 * and Pipeline notice views. The duties are planned once, in steps, and shared by the views.
 */
export function RenewalsScreen() {
  const register = useRegister();
  const contracts = register.phase === 'all' ? register.contracts : undefined;
  const settings = useSettings();
  const [granularity, setGranularity] = useState<Granularity>('quarter');
  const today = todayIso();
  const route = useRoute();
  const view = VIEWS.find((v) => v.id === (route.path[1] ?? ''))?.id ?? '';
  const vatRate = settings?.vatRate;
  const completions = useDutyCompletions();
  const planFactory = useMemo(
    () =>
      contracts && vatRate !== undefined && completions !== undefined
        ? () => planDutiesInSteps(contracts, { today, vatRate, completions })
        : null,
    [contracts, today, vatRate, completions],
  );
  const plan = useStepped(planFactory);

  const buckets = useMemo(() => {
    const periods = contracts ? expiriesByPeriod(contracts, granularity, today, granularity === 'year' ? 6 : 12) : [];
    const duties = plan.value ? dutiesPerPeriod(plan.value.openByQuarter, granularity) : undefined;
    return periods.map((b) => ({ ...b, duties: duties?.get(b.period) ?? 0 }));
  }, [contracts, granularity, today, plan.value]);
  const decisions = useMemo(() => {
    if (!contracts || !settings) return [];
    return contracts
      .map((contract) => ({ contract, k: computeKeyDates(contract, keyDateOptions(settings, today)) }))
      .filter(({ k }) => !k.expired && (k.expiring || k.overdue))
      .sort((a, b) => a.k.latestDecisionDate.localeCompare(b.k.latestDecisionDate));
  }, [contracts, settings, today]);
  // A marker only where something is due: a row of zeros along the axis would hide the bars' feet.
  const chartData = useMemo(() => buckets.map((b) => ({ ...b, duties: b.duties > 0 ? b.duties : null })), [buckets]);
  const byCategory = useMemo(() => annualValueBy(contracts ?? [], (c) => CATEGORY_LABELS[c.category]), [contracts]);
  const bySupplier = useMemo(() => annualValueBy(contracts ?? [], (c) => c.supplier).slice(0, 10), [contracts]);

  if (!contracts || !settings) return <p role="status">Loading renewals…</p>;

  return (
    <section aria-labelledby="renewals-title" className="renewals">
      <h1 id="renewals-title">Renewals</h1>
      <nav aria-label="Renewals views" className="sub-nav">
        <ul>
          {VIEWS.map((v) => (
            <li key={v.id}>
              <a href={v.id ? href('renewals', v.id) : href('renewals')} aria-current={v.id === view ? 'page' : undefined}>
                {v.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {view === 'notices' && <NoticesDue plan={plan} contracts={contracts} settings={settings} today={today} />}
      {view === 'pipeline' && <PipelineBuilder contracts={contracts} settings={settings} today={today} />}
      {view === '' && (
        <>
          <fieldset className="segmented">
            <legend>Group expiries by</legend>
            {(['quarter', 'year'] as const).map((g) => (
              <label key={g}>
                <input type="radio" name="granularity" value={g} checked={granularity === g} onChange={() => setGranularity(g)} />
                {g === 'quarter' ? 'NHS quarter' : 'Financial year'}
              </label>
            ))}
          </fieldset>
          <figure className="chart">
            <figcaption>
              Contracts ending per {granularity === 'quarter' ? 'quarter' : 'financial year'} (select a bar to see them), with the
              Procurement Act notices due in each as markers
            </figcaption>
            <ComposedChart
              width={Math.max(480, buckets.length * 64)}
              height={260}
              data={chartData}
              margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
            >
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} />
              <YAxis yAxisId="contracts" allowDecimals={false} width={32} />
              <YAxis yAxisId="duties" orientation="right" allowDecimals={false} width={40} />
              <Legend />
              <Tooltip
                formatter={(value, name, item) =>
                  name === 'Procurement Act notices due'
                    ? [`${formatCount(Number(value))} notices due`, name]
                    : [`${value} contracts, ${formatMoney((item.payload as { annualValue: number }).annualValue)} a year`, 'Ending']
                }
              />
              <Scatter
                yAxisId="duties"
                dataKey="duties"
                name="Procurement Act notices due"
                fill="var(--warning, #b45309)"
                shape="diamond"
                legendType="diamond"
                isAnimationActive={false}
              />
              <Bar
                yAxisId="contracts"
                name="Contracts ending"
                dataKey="contracts"
                fill="var(--accent)"
                cursor="pointer"
                onClick={(data) => {
                  goToHash(`${href('portfolio')}?period=${(data as unknown as { period: string }).period}`);
                }}
              />
            </ComposedChart>
          </figure>
          <table className="data-table">
            <caption>Contracts ending per period</caption>
            <thead>
              <tr>
                <th scope="col">Period</th>
                <th scope="col">Contracts ending</th>
                <th scope="col">Annual value</th>
                <th scope="col">Procurement Act notices due</th>
              </tr>
            </thead>
            <tbody>
              {buckets.map((b) => (
                <tr key={b.period}>
                  <th scope="row">{b.contracts > 0 ? <a href={`${href('portfolio')}?period=${b.period}`}>{b.label}</a> : b.label}</th>
                  <td className="numeric">{formatCount(b.contracts)}</td>
                  <td className="numeric" title={formatMoney(b.annualValue)}>
                    {b.annualValue ? formatMoneyCompact(b.annualValue) : '—'}
                  </td>
                  <td className="numeric">
                    {!plan.value ? '…' : b.duties > 0 ? <a href={href('renewals', 'notices')}>{formatCount(b.duties)}</a> : '0'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>

          <h2>Decisions due</h2>
          {decisions.length === 0 ? (
            <p>No contract is expiring within {settings.expiringHorizonMonths} months.</p>
          ) : (
            <table className="data-table">
              <caption>Expiring contracts by latest decision date</caption>
              <thead>
                <tr>
                  <th scope="col">Contract</th>
                  <th scope="col">Decide by</th>
                  <th scope="col">Notice by</th>
                  <th scope="col">Ends</th>
                  <th scope="col">Linked</th>
                </tr>
              </thead>
              <tbody>
                {decisions.map(({ contract: c, k }) => (
                  <tr key={c.reference} className={k.overdue ? 'overdue' : undefined}>
                    <th scope="row">
                      <a href={`${href('portfolio')}?ref=${encodeURIComponent(c.reference)}`}>{c.reference}</a> {c.title}
                    </th>
                    <td>
                      {formatDate(k.latestDecisionDate)}
                      {k.decisionAssumed && <AssumedMark />}
                      {k.overdue ? ' (overdue)' : ''}
                    </td>
                    <td>
                      {formatDate(k.noticeDeadline)}
                      {k.noticeAssumed && <AssumedMark />}
                    </td>
                    <td>{formatDate(c.currentEndDate)}</td>
                    <td>{c.linkedContracts.join(', ') || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}

          <div className="summaries">
            {[
              ['Annual value by category', byCategory],
              ['Annual value by supplier (top 10)', bySupplier],
            ].map(([title, rows]) => (
              <table className="data-table" key={title as string}>
                <caption>{title as string}</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Contracts</th>
                    <th scope="col">Annual value</th>
                  </tr>
                </thead>
                <tbody>
                  {(rows as ReturnType<typeof annualValueBy>).map((r) => (
                    <tr key={r.name}>
                      <th scope="row">{r.name}</th>
                      <td className="numeric">{r.contracts}</td>
                      <td className="numeric">{formatMoney(r.annualValue)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
