import { describe, expect, it } from 'vitest';
import { assignLanes, dateScale, stackLabels, textWidth, timelineYears, wrapText, yearBands } from './timeline-layout';

describe('timeline years', () => {
  it('spans the financial years of every date', () => {
    expect(timelineYears(['2026-11-01', '2027-06-30', '2034-06-30'])).toEqual({ fromFy: 2026, toFy: 2034, clipped: false });
    // 31 March belongs to the year before; 1 April starts a new one.
    expect(timelineYears(['2027-03-31', '2027-04-01'])).toEqual({ fromFy: 2026, toFy: 2028, clipped: false });
  });

  it('shows at least minYears and cuts off at maxYears', () => {
    expect(timelineYears(['2026-05-01'], 3)).toEqual({ fromFy: 2026, toFy: 2028, clipped: false });
    expect(timelineYears(['2026-05-01', '2045-01-01'], 3, 12)).toEqual({ fromFy: 2026, toFy: 2037, clipped: true });
  });

  it('ignores missing dates', () => {
    expect(timelineYears([undefined, '2026-05-01'], 1).fromFy).toBe(2026);
  });
});

describe('date scale and year bands', () => {
  const range = { fromFy: 2026, toFy: 2027 };
  it('maps 1 April of the first year to the left edge and clamps outside dates', () => {
    const x = dateScale(range, 100, 200);
    expect(x('2026-04-01')).toBe(100);
    expect(x('2028-04-01')).toBe(200);
    expect(x('2020-01-01')).toBe(100);
    expect(x('2031-01-01')).toBe(200);
    expect(x('2027-04-01')).toBeCloseTo(100 + (365 / 731) * 100, 6);
  });

  it('labels bands 2026/27, 2027/28', () => {
    const bands = yearBands(range, 0, 730);
    expect(bands.map((b) => b.label)).toEqual(['2026/27', '2027/28']);
    expect(bands[0].x0).toBe(0);
    expect(bands[1].x1).toBe(730);
    expect(bands[0].x1).toBe(bands[1].x0);
  });
});

describe('lanes', () => {
  it('puts overlapping bars in separate lanes and reuses a lane once free', () => {
    const { lanes, count } = assignLanes([
      { from: '2026-01-01', to: '2026-12-31' },
      { from: '2026-06-01', to: '2027-06-01' },
      { from: '2027-01-01', to: '2028-01-01' },
    ]);
    expect(lanes).toEqual([0, 1, 0]);
    expect(count).toBe(2);
  });

  // A bar runs to the end of its `to` day: one that starts the day after shares its lane; one that
  // starts on that day overlaps it.
  it.each<[string, string, number[]]>([
    ['the day after another ends shares its lane', '2026-07-01', [0, 0]],
    ['on the day another ends takes a lane of its own', '2026-06-30', [0, 1]],
  ])('a bar that starts %s', (_, from, lanes) => {
    const first = { from: '2026-01-01', to: '2026-06-30' };
    expect(assignLanes([first, { from, to: '2027-01-01' }]).lanes).toEqual(lanes);
  });

  it('uses one lane for no bars', () => {
    expect(assignLanes([])).toEqual({ lanes: [], count: 1 });
  });
});

describe('label stacking', () => {
  it('moves a colliding label to the next row', () => {
    expect(
      stackLabels([
        { x: 0, width: 50 },
        { x: 40, width: 50 },
        { x: 120, width: 30 },
      ]),
    ).toEqual({ rows: [0, 1, 0], count: 2 });
  });
  it('keeps input order in the result', () => {
    expect(
      stackLabels([
        { x: 100, width: 10 },
        { x: 0, width: 200 },
      ]).rows,
    ).toEqual([1, 0]);
  });
});

describe('wrapping', () => {
  it('wraps on words and ellipsises beyond the line limit', () => {
    expect(wrapText('Contract directly with Oracle Health (Cerner) (7 years)', 24)).toEqual([
      'Contract directly with',
      'Oracle Health (Cerner)',
      '(7 years)',
    ]);
    const lines = wrapText('one two three four five six seven eight nine ten', 9, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith('…')).toBe(true);
  });
  it('cuts a single over-long word', () => {
    expect(wrapText('Supercalifragilistic', 8)).toEqual(['Superca…']);
  });
  it('estimates text width from the font size', () => {
    expect(textWidth('abcd', 10)).toBeCloseTo(22);
  });
});
