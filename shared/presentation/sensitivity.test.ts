import { describe, expect, it } from 'vitest';
import type { SensitivitySeries } from '../engine/sensitivity';
import { formatSensitivityValue, samplePointIndices, sensitivityTables, sensitivityTick, switchingSentence } from './sensitivity';

const series = (over: Partial<SensitivitySeries>): SensitivitySeries => ({
  variable: 'discount-rate',
  key: 'discount-rate',
  label: 'Discount rate',
  unit: 'rate',
  baseValue: 0.035,
  points: [0.028, 0.035, 0.042].map((value, i) => ({
    value,
    npc: { a: 100 + i, b: 101 - i * 2 },
    measure: { a: 100 + i, b: 101 - i * 2 },
    preferredId: i === 0 ? 'a' : 'b',
  })),
  basePreferredId: 'b',
  switchingValue: 0.03,
  switchesToId: 'a',
  switchingBelow: 0.03,
  switchingAbove: null,
  ...over,
});

describe('sensitivity wording', () => {
  it('formats rates, points and factors', () => {
    expect(formatSensitivityValue('rate', 0.035)).toBe('3.5%');
    expect(formatSensitivityValue('rate', 0.041234)).toBe('4.12%');
    expect(formatSensitivityValue('points', 0)).toBe('no change');
    expect(formatSensitivityValue('points', 1)).toBe('+1 point');
    expect(formatSensitivityValue('points', -1.5)).toBe('−1.5 points');
    expect(formatSensitivityValue('factor', 1.2)).toBe('120% of estimate');
    expect(sensitivityTick('factor', 0.8)).toBe('80%');
    expect(sensitivityTick('points', 2)).toBe('+2');
  });

  it('states the switching value in words', () => {
    const names = { a: 'Re-procure', b: 'Direct award' };
    expect(switchingSentence(series({}), names)).toBe(
      'Direct award has the lowest net present cost at the base value (3.5%); at 3% Re-procure becomes cheaper.',
    );
    expect(switchingSentence(series({ switchingValue: null, switchesToId: null }), names)).toBe(
      'No switch between 2.8% and 4.2%: Direct award has the lowest net present cost throughout.',
    );
  });

  it('samples five points including the base', () => {
    expect(samplePointIndices(21)).toEqual([0, 5, 10, 15, 20]);
    expect(samplePointIndices(3)).toEqual([0, 1, 2]);
  });

  it('builds tables with NPCs to the pound and the base row marked', () => {
    const [table] = sensitivityTables(series({}), { a: 'A', b: 'B' }, 'Discount rate');
    expect(table.columns.map((c) => c.label)).toEqual(['Discount rate', 'A', 'B', 'Lowest NPC']);
    expect(table.rows[1].header).toBe('3.5% (base)');
    expect(table.rows[1].cells).toEqual(['£101', '£99', 'B']);
  });
});
