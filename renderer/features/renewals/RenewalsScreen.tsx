import { useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { todayIso } from '@shared/dates';
import { CATEGORY_LABELS } from '@shared/domain';
import { computeKeyDates } from '@shared/engine/key-dates';
import { useRegister, useSettings } from '../../data';
import { formatCount, formatDate, formatMoney, formatMoneyCompact } from '@shared/format';
import { goToHash, href } from '../../ui/router';
import { annualValueBy, expiriesByPeriod, type Granularity } from './renewals-model';

/** "What must I decide, by when?": expiries per period as a chart, then the decisions in date order. */
export function RenewalsScreen() {
  const register = useRegister();
  const contracts = register.phase === 'all' ? register.contracts : undefined;
  const settings = useSettings();
  const [granularity, setGranularity] = useState<Granularity>('quarter');
  const today = todayIso();

  const buckets = useMemo(
    () => (contracts ? expiriesByPeriod(contracts, granularity, today, granularity === 'year' ? 6 : 12) : []),
    [contracts, granularity, today],
  );
  const decisions = useMemo(() => {
    if (!contracts || !settings) return [];
    return contracts
      .map((contract) => ({ contract, k: computeKeyDates(contract, { today, horizonMonths: settings.expiringHorizonMonths }) }))
      .filter(({ k }) => !k.expired && (k.expiring || k.overdue))
      .sort((a, b) => a.k.latestDecisionDate.localeCompare(b.k.latestDecisionDate));
  }, [contracts, settings, today]);
  const byCategory = useMemo(() => annualValueBy(contracts ?? [], (c) => CATEGORY_LABELS[c.category]), [contracts]);
  const bySupplier = useMemo(() => annualValueBy(contracts ?? [], (c) => c.supplier).slice(0, 10), [contracts]);

  if (!contracts || !settings) return <p role="status">Loading renewals…</p>;

  return (
    <section aria-labelledby="renewals-title" className="renewals">
      <h1 id="renewals-title">Renewals</h1>
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
        <figcaption>Contracts ending per {granularity === 'quarter' ? 'quarter' : 'financial year'} (select a bar to see them)</figcaption>
        <BarChart width={Math.max(480, buckets.length * 64)} height={240} data={buckets} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} />
          <YAxis allowDecimals={false} width={32} />
          <Tooltip
            formatter={(value, _name, item) => [
              `${value} contracts, ${formatMoney((item.payload as { annualValue: number }).annualValue)} a year`,
              'Ending',
            ]}
          />
          <Bar
            dataKey="contracts"
            fill="var(--accent)"
            cursor="pointer"
            onClick={(data) => {
              goToHash(`${href('portfolio')}?period=${(data as unknown as { period: string }).period}`);
            }}
          />
        </BarChart>
      </figure>
      <table className="data-table">
        <caption>Contracts ending per period</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Contracts ending</th>
            <th scope="col">Annual value</th>
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
                  {k.overdue ? ' (overdue)' : ''}
                </td>
                <td>{formatDate(k.noticeDeadline)}</td>
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
    </section>
  );
}
