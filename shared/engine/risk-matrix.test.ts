import { describe, expect, it } from 'vitest';
import type { Risk } from '../domain';
import { consequenceLabel, gradeOf, gradeStyle, heatMap, highestResidualRisk, likelihoodLabel, rateRisk } from './risk-matrix';

let n = 0;
const risk = (residual: [number, number], inherent: [number, number] = [5, 5], optionId = 'o'): Risk => ({
  id: `r${n++}`,
  optionId,
  appraisalId: 'a',
  title: `Risk ${n}`,
  category: 'operational',
  overlaps: 'none',
  order: 0,
  description: '',
  owner: '',
  mitigation: '',
  notes: '',
  inherent: { likelihood: inherent[0], consequence: inherent[1] },
  residual: { likelihood: residual[0], consequence: residual[1] },
});

describe('NHS 5×5 grading', () => {
  it('grades the band boundaries exactly', () => {
    expect(gradeOf(1)).toBe('low');
    expect(gradeOf(3)).toBe('low');
    expect(gradeOf(4)).toBe('moderate');
    expect(gradeOf(6)).toBe('moderate');
    expect(gradeOf(8)).toBe('high');
    expect(gradeOf(12)).toBe('high');
    expect(gradeOf(15)).toBe('extreme');
    expect(gradeOf(25)).toBe('extreme');
  });

  it('grades every cell of the matrix into one of the four published bands', () => {
    for (let l = 1; l <= 5; l++) {
      for (let c = 1; c <= 5; c++) {
        const s = l * c;
        const want = s <= 3 ? 'low' : s >= 4 && s <= 6 ? 'moderate' : s >= 8 && s <= 12 ? 'high' : 'extreme';
        if (want === 'extreme') expect(s).toBeGreaterThanOrEqual(15);
        expect(rateRisk({ likelihood: l, consequence: c }).grade).toBe(want);
      }
    }
  });

  it('labels likelihood and consequence', () => {
    expect([1, 2, 3, 4, 5].map(likelihoodLabel)).toEqual(['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain']);
    expect([1, 2, 3, 4, 5].map(consequenceLabel)).toEqual(['Negligible', 'Minor', 'Moderate', 'Major', 'Catastrophic']);
  });

  it('uses NPSA colours with a text label', () => {
    expect(gradeStyle('low')).toMatchObject({ colourName: 'green', label: 'Low' });
    expect(gradeStyle('moderate')).toMatchObject({ colourName: 'yellow', label: 'Moderate' });
    expect(gradeStyle('high')).toMatchObject({ colourName: 'amber', label: 'High' });
    expect(gradeStyle('extreme')).toMatchObject({ colourName: 'red', label: 'Extreme' });
    for (const g of ['low', 'moderate', 'high', 'extreme'] as const) expect(gradeStyle(g).hex).toMatch(/^#[0-9A-F]{6}$/);
    expect(rateRisk({ likelihood: 4, consequence: 4 }).text).toBe('Likely × Major = 16 (Extreme)');
  });
});

describe('highest residual risk and heat map', () => {
  it('picks the highest residual score, ties to the higher consequence', () => {
    const a = risk([4, 2]); // 8
    const b = risk([2, 4]); // 8, worse consequence
    const c = risk([1, 5]); // 5
    expect(highestResidualRisk([a, b, c])?.risk.id).toBe(b.id);
    expect(highestResidualRisk([a, b, c])?.grade).toBe('high');
    expect(highestResidualRisk([])).toBeNull();
  });

  it('filters by option', () => {
    const a = risk([5, 5], [5, 5], 'x');
    const b = risk([1, 1], [5, 5], 'y');
    expect(highestResidualRisk([a, b], 'y')?.risk.id).toBe(b.id);
  });

  it('counts risks per cell, [likelihood − 1][consequence − 1]', () => {
    const grid = heatMap([risk([2, 3], [4, 5]), risk([2, 3]), risk([5, 1])]);
    expect(grid[1][2]).toBe(2);
    expect(grid[4][0]).toBe(1);
    expect(grid.flat().reduce((s, v) => s + v, 0)).toBe(3);
    expect(heatMap([risk([2, 3], [4, 5])], 'inherent')[3][4]).toBe(1);
  });
});
