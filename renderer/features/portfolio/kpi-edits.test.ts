import { describe, expect, it } from 'vitest';
import {
  addKpi,
  editRating,
  kpiNameProblem,
  moveKpi,
  ratingFor,
  removeKpi,
  renameKpi,
  restoreKpi,
  setRating,
  type KpiFields,
} from './kpi-edits';

const p1 = { start: '2025-04-01', end: '2026-03-31' };
const p2 = { start: '2026-04-01', end: '2027-03-31' };
const base: KpiFields = {
  kpis: ['Response time', 'Availability'],
  kpiRatings: [
    { kpi: 'Response time', periodStart: p1.start, periodEnd: p1.end, rating: 'good', assessedOn: '2026-04-10', note: 'Met every month' },
    { kpi: 'Availability', periodStart: p1.start, periodEnd: p1.end, rating: 'inadequate', assessedOn: '2026-04-10' },
  ],
};

describe('KPI edits', () => {
  it('adds a KPI at the end and refuses an empty or repeated one with what to do', () => {
    expect(addKpi(' Incidents ')(base).kpis).toEqual(['Response time', 'Availability', 'Incidents']);
    expect(kpiNameProblem(base.kpis!, '  ')).toMatch(/^KPI: enter what the KPI measures/);
    expect(kpiNameProblem(base.kpis!, 'Availability')).toMatch(/already listed/);
    expect(kpiNameProblem(base.kpis!, 'Availability', 1)).toBeNull();
  });

  it('renames a KPI and its ratings, and removes a KPI with its ratings', () => {
    const renamed = renameKpi(1, 'Service availability')(base);
    expect(renamed.kpis).toEqual(['Response time', 'Service availability']);
    expect(renamed.kpiRatings!.map((r) => r.kpi)).toEqual(['Response time', 'Service availability']);
    const removed = removeKpi(0)(base);
    expect(removed).toEqual({ kpis: ['Availability'], kpiRatings: [base.kpiRatings![1]] });
    expect(removeKpi(0)(removeKpi(0)(base))).toEqual({ kpis: [], kpiRatings: undefined });
  });

  it('Undo of a removal puts the KPI and its ratings back where they were, keeping what changed since', () => {
    const undo = restoreKpi(base, 'Response time');
    // Since the removal: the other KPI renamed and rated for a new period.
    const later = setRating('Service availability', p2, 'good', '2027-04-02')(renameKpi(0, 'Service availability')(removeKpi(0)(base)));
    const restored = undo(later);
    expect(restored.kpis).toEqual(['Response time', 'Service availability']);
    expect(restored.kpiRatings).toEqual(
      expect.arrayContaining([
        base.kpiRatings![0],
        { ...base.kpiRatings![1], kpi: 'Service availability' },
        ratingFor(later, 'Service availability', p2),
      ]),
    );
    expect(restored.kpiRatings).toHaveLength(3);
    // Added again by hand meanwhile: not listed twice, and a rating given since is not overwritten.
    const readded = setRating('Response time', p1, 'inadequate', '2026-05-01')(addKpi('Response time')(removeKpi(0)(base)));
    expect(undo(readded).kpis).toEqual(['Availability', 'Response time']);
    expect(ratingFor(undo(readded), 'Response time', p1)?.rating).toBe('inadequate');
    expect(undo(readded).kpiRatings).toHaveLength(2);
  });

  it('moves a KPI, keeping its ratings, and ignores a move past either end', () => {
    expect(moveKpi(0, 1)(base)).toEqual({ ...base, kpis: ['Availability', 'Response time'] });
    expect(moveKpi(0, -1)(base)).toBe(base);
  });

  it('rates a KPI per period: a new rating, a changed one keeping its note and date, a cleared one', () => {
    const next = setRating('Response time', p2, 'approaching-target', '2027-04-02')(base);
    expect(ratingFor(next, 'Response time', p2)).toEqual({
      kpi: 'Response time',
      periodStart: p2.start,
      periodEnd: p2.end,
      rating: 'approaching-target',
      assessedOn: '2027-04-02',
    });
    expect(ratingFor(next, 'Response time', p1)?.rating).toBe('good');
    const changed = setRating('Response time', p1, 'requires-improvement', '2027-01-01')(base);
    expect(ratingFor(changed, 'Response time', p1)).toMatchObject({
      rating: 'requires-improvement',
      assessedOn: '2026-04-10',
      note: 'Met every month',
    });
    const cleared = setRating('Availability', p1, null, '2027-01-01')(base);
    expect(ratingFor(cleared, 'Availability', p1)).toBeUndefined();
    expect(setRating('Response time', p1, null, '2027-01-01')(cleared).kpiRatings).toBeUndefined();
  });

  it('changes a rating’s note and date, an emptied note leaving none', () => {
    const noted = editRating('Availability', p1, { note: 'Two outages' })(base);
    expect(ratingFor(noted, 'Availability', p1)?.note).toBe('Two outages');
    expect(ratingFor(editRating('Response time', p1, { note: '' })(base), 'Response time', p1)?.note).toBeUndefined();
    expect(ratingFor(editRating('Response time', p1, { assessedOn: '2026-05-01' })(base), 'Response time', p1)).toMatchObject({
      assessedOn: '2026-05-01',
      note: 'Met every month',
    });
  });
});
