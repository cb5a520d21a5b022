import { financialYearLabel, financialYearOf, toDate } from '@shared/dates';
import type { Contract } from '@shared/domain';

export type Granularity = 'year' | 'quarter';

/** NHS quarters run Q1 April–June … Q4 January–March, inside the financial year. */
export function periodOf(iso: string, granularity: Granularity): string {
  const fy = financialYearOf(iso);
  if (granularity === 'year') return `FY${fy}`;
  const month = toDate(iso).getMonth(); // 0 = Jan
  const quarter = Math.floor(((month + 9) % 12) / 3) + 1;
  return `FY${fy}-Q${quarter}`;
}

export function periodLabel(period: string): string {
  const m = /^FY(\d{4})(?:-Q(\d))?$/.exec(period);
  if (!m) return period;
  return m[2] ? `${financialYearLabel(Number(m[1]))} Q${m[2]}` : financialYearLabel(Number(m[1]));
}

export interface PeriodBucket {
  period: string;
  label: string;
  contracts: number;
  annualValue: number;
}

/** Contracts ending in each period from `fromIso` on, including empty periods so gaps show. */
export function expiriesByPeriod(
  contracts: readonly Contract[],
  granularity: Granularity,
  fromIso: string,
  periods: number,
): PeriodBucket[] {
  const buckets = new Map<string, PeriodBucket>();
  let fy = financialYearOf(fromIso);
  let q = granularity === 'quarter' ? Number(periodOf(fromIso, 'quarter').slice(-1)) : 1;
  for (let i = 0; i < periods; i++) {
    const period = granularity === 'year' ? `FY${fy}` : `FY${fy}-Q${q}`;
    buckets.set(period, { period, label: periodLabel(period), contracts: 0, annualValue: 0 });
    if (granularity === 'year' || q === 4) {
      fy++;
      q = 1;
    } else q++;
  }
  for (const c of contracts) {
    const bucket = buckets.get(periodOf(c.currentEndDate, granularity));
    if (bucket) {
      bucket.contracts++;
      bucket.annualValue += c.annualValue ?? 0;
    }
  }
  return [...buckets.values()];
}

export interface ValueSummary {
  name: string;
  contracts: number;
  annualValue: number;
}

export function annualValueBy(contracts: readonly Contract[], key: (c: Contract) => string): ValueSummary[] {
  const map = new Map<string, ValueSummary>();
  for (const c of contracts) {
    const name = key(c);
    const row = map.get(name) ?? { name, contracts: 0, annualValue: 0 };
    row.contracts++;
    row.annualValue += c.annualValue ?? 0;
    map.set(name, row);
  }
  return [...map.values()].sort((a, b) => b.annualValue - a.annualValue || a.name.localeCompare(b.name));
}

/** Open Procurement Act duties per period, from the plan's per-quarter counts ("FY2026-Q3"); years sum their quarters. */
export function dutiesPerPeriod(openByQuarter: ReadonlyMap<string, number>, granularity: Granularity): Map<string, number> {
  if (granularity === 'quarter') return new Map(openByQuarter);
  const years = new Map<string, number>();
  for (const [quarter, n] of openByQuarter) {
    const year = quarter.slice(0, 6);
    years.set(year, (years.get(year) ?? 0) + n);
  }
  return years;
}
