import type { Contract, KpiRating, KpiRatingValue } from '@shared/domain';
import type { AssessmentPeriod } from '@shared/law';

/**
 * The edits the KPI ratings section makes to a contract's KPIs and their ratings, as pure functions
 * from the stored values to the new ones (the data layer applies them to the contract as stored, so
 * two quick edits both land). Ratings follow their KPI by its wording: renaming a KPI renames its
 * ratings, removing it removes them (Undo puts both back).
 */
export type KpiFields = Pick<Contract, 'kpis' | 'kpiRatings'>;
export type KpiEdit = (current: KpiFields) => KpiFields;

/** Why a KPI's wording cannot be used, or null when it can. */
export function kpiNameProblem(kpis: readonly string[], name: string, except?: number): string | null {
  const text = name.trim();
  if (!text) return 'KPI: enter what the KPI measures, such as “Priority 1 incidents resolved within 4 hours”.';
  if (text.length > 300) return `KPI: shorten it to 300 characters or fewer (it has ${text.length}).`;
  if (kpis.some((k, i) => i !== except && k === text)) return `KPI: “${text}” is already listed; give each KPI its own wording.`;
  return null;
}

export const addKpi =
  (name: string): KpiEdit =>
  (c) => ({ ...c, kpis: [...(c.kpis ?? []), name.trim()] });

export const renameKpi =
  (index: number, name: string): KpiEdit =>
  (c) => {
    const kpis = [...(c.kpis ?? [])];
    const old = kpis[index];
    if (old === undefined) return c;
    const text = name.trim();
    kpis[index] = text;
    return { kpis, kpiRatings: c.kpiRatings?.map((r) => (r.kpi === old ? { ...r, kpi: text } : r)) };
  };

export const removeKpi =
  (index: number): KpiEdit =>
  (c) => {
    const old = c.kpis?.[index];
    if (old === undefined) return c;
    const ratings = c.kpiRatings?.filter((r) => r.kpi !== old);
    return { kpis: c.kpis!.filter((_, i) => i !== index), kpiRatings: ratings?.length ? ratings : undefined };
  };

/**
 * Undo of removing the KPI `name` from `before` (the KPIs as they were when Remove was pressed): puts
 * it back at its old place with its ratings, applied to the KPIs as they are now, so a rename, rating
 * or new KPI made since is kept. A KPI added again meanwhile is not listed twice, and a rating given
 * to it since wins over the restored one for the same period.
 */
export const restoreKpi = (before: KpiFields, name: string): KpiEdit => {
  const index = before.kpis?.indexOf(name) ?? -1;
  const ratings = before.kpiRatings?.filter((r) => r.kpi === name) ?? [];
  return (c) => {
    const kpis = [...(c.kpis ?? [])];
    if (!kpis.includes(name)) kpis.splice(Math.max(0, Math.min(index, kpis.length)), 0, name);
    const now = c.kpiRatings ?? [];
    const back = ratings.filter((r) => !now.some((n) => n.kpi === name && n.periodStart === r.periodStart && n.periodEnd === r.periodEnd));
    const kpiRatings = [...now, ...back];
    return { ...c, kpis, kpiRatings: kpiRatings.length ? kpiRatings : undefined };
  };
};

export const moveKpi =
  (index: number, by: -1 | 1): KpiEdit =>
  (c) => {
    const kpis = [...(c.kpis ?? [])];
    if (kpis[index] === undefined || kpis[index + by] === undefined) return c;
    [kpis[index], kpis[index + by]] = [kpis[index + by], kpis[index]];
    return { ...c, kpis };
  };

const samePeriod = (r: KpiRating, kpi: string, p: AssessmentPeriod) => r.kpi === kpi && r.periodStart === p.start && r.periodEnd === p.end;

/** The rating logged for one KPI in exactly one period, if any. */
export function ratingFor(c: KpiFields, kpi: string, period: AssessmentPeriod): KpiRating | undefined {
  return c.kpiRatings?.find((r) => samePeriod(r, kpi, period));
}

/**
 * Rates one KPI for one period (replacing its rating there, keeping its note and assessment date
 * unless given), or clears the rating with null.
 */
export const setRating =
  (kpi: string, period: AssessmentPeriod, rating: KpiRatingValue | null, assessedOn: string): KpiEdit =>
  (c) => {
    const others = (c.kpiRatings ?? []).filter((r) => !samePeriod(r, kpi, period));
    if (rating === null) return { ...c, kpiRatings: others.length ? others : undefined };
    const previous = ratingFor(c, kpi, period);
    const next: KpiRating = previous
      ? { ...previous, rating }
      : { kpi, periodStart: period.start, periodEnd: period.end, rating, assessedOn };
    return { ...c, kpiRatings: [...others, next] };
  };

/** Changes the note or the assessment date of a rating already logged. */
export const editRating =
  (kpi: string, period: AssessmentPeriod, patch: Partial<Pick<KpiRating, 'note' | 'assessedOn'>>): KpiEdit =>
  (c) => ({
    ...c,
    kpiRatings: c.kpiRatings?.map((r) => (samePeriod(r, kpi, period) ? { ...r, ...patch, note: (patch.note ?? r.note) || undefined } : r)),
  });
