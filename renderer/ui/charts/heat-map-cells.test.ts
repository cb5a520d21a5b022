import { describe, expect, it } from 'vitest';
import { countsByGrade, heatCells, heatSummary, heatTable } from './heat-map-cells';

const empty = () => Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);

describe('heat map cells', () => {
  it('draws likelihood 5 on the top row and grades each cell by the NPSA bands', () => {
    const cells = heatCells(empty());
    expect(cells).toHaveLength(25);
    expect(cells[0]).toMatchObject({ likelihood: 5, consequence: 1, score: 5, grade: 'moderate' });
    expect(cells[4]).toMatchObject({ likelihood: 5, consequence: 5, score: 25, grade: 'extreme' });
    expect(cells[24]).toMatchObject({ likelihood: 1, consequence: 5, score: 5, grade: 'moderate' });
    expect(cells[20]).toMatchObject({ likelihood: 1, consequence: 1, score: 1, grade: 'low' });
    expect(cells.find((c) => c.likelihood === 2 && c.consequence === 4)?.grade).toBe('high');
    expect(cells.find((c) => c.likelihood === 3 && c.consequence === 5)?.grade).toBe('extreme');
  });

  it('counts and summarises risks by grade', () => {
    const counts = empty();
    counts[1][3] = 2; // likelihood 2, consequence 4: 8, high
    counts[4][4] = 1; // 25, extreme
    const cells = heatCells(counts);
    expect(countsByGrade(cells)).toEqual({ low: 0, moderate: 0, high: 2, extreme: 1 });
    expect(heatSummary(cells)).toBe('3 risks: 1 extreme, 2 high');
    expect(heatSummary(heatCells(empty()))).toBe('no risks recorded');
  });

  it('tabulates the matrix with grade initials, highest likelihood first', () => {
    const counts = empty();
    counts[1][3] = 2;
    const table = heatTable(heatCells(counts), 'Residual risk');
    expect(table.rows[0].header).toBe('5 Almost certain');
    expect(table.rows[3].header).toBe('2 Unlikely');
    expect(table.rows[3].cells).toEqual(['0 L', '0 M', '0 M', '2 H', '0 H']);
    expect(table.columns).toHaveLength(6);
  });
});
