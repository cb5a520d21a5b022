import { describe, expect, it } from 'vitest';
import { makeWarning, type ImportWarning } from './issues';
import { describeUnrecognised, groupUnrecognised, UNRECOGNISED_LISTED } from './unrecognised';

function unrecognised(row: number, value: string): ImportWarning {
  return makeWarning('unrecognised', row, 'Framework / route', 'procurementRoute', value, 'is not a procurement route the app knows');
}

describe('values the app does not recognise', () => {
  it('lists each value once, most rows first', () => {
    const [group] = groupUnrecognised([unrecognised(2, 'Pilot'), unrecognised(3, 'ICB'), unrecognised(4, 'ICB')]);
    expect(group.values).toEqual([
      { value: 'ICB', rows: 2 },
      { value: 'Pilot', rows: 1 },
    ]);
    expect(group.moreValues).toBe(0);
    expect(describeUnrecognised(group)).toBe(
      "2 values in Framework / route are not recognised: 'ICB' and 'Pilot' (3 rows). Choose what each means, or leave the field blank.",
    );
  });

  // A column mapped to the wrong field (free text mapped to the route) has a value per row: the preview
  // asks about the most common ones and counts the rest, rather than one question per row of 100,000.
  it('asks about the most common values only when a column holds thousands', () => {
    const warnings = Array.from({ length: 100_000 }, (_, i) => unrecognised(i + 2, i < 10 ? 'Grant-funded pilot' : `Note ${i}`));
    const [group] = groupUnrecognised(warnings);
    expect(group.values).toHaveLength(UNRECOGNISED_LISTED);
    expect(group.values[0]).toEqual({ value: 'Grant-funded pilot', rows: 10 });
    expect(group.rows).toBe(100_000);
    expect(group.moreValues).toBe(99_990 - (UNRECOGNISED_LISTED - 1));
    expect(group.moreRows).toBe(99_990 - (UNRECOGNISED_LISTED - 1));
    const words = describeUnrecognised(group);
    expect(words).toBe(
      "99,991 values in Framework / route are not recognised: 'Grant-funded pilot', 'Note 10', 'Note 100', 'Note 1000', 'Note 10000' and 99,986 others (100,000 rows). " +
        `Choose what the ${UNRECOGNISED_LISTED} most common mean, or leave the field blank; the others are left blank. ` +
        'If this column does not hold the procurement route, choose another field for it.',
    );
  });
});
