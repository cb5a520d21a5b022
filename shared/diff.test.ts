import { describe, expect, it } from 'vitest';
import { changedKeys, mergeChanges, recordChanges, sameValue, type FieldChange } from './diff';

describe('one comparison of records', () => {
  it('compares JSON-like values structurally, treating a key holding undefined as absent', () => {
    expect(sameValue({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue({ a: [] }, { a: {} })).toBe(false);
    expect(sameValue(null, {})).toBe(false);
  });

  it('lists changed keys in the order asked for', () => {
    const before: { reference: string; title: string; notes?: string } = { reference: 'A', title: 'EPR', notes: 'x' };
    const after: typeof before = { reference: 'A', title: 'Electronic patient record', notes: undefined };
    expect(changedKeys(before, after, ['notes', 'title', 'reference'])).toEqual(['notes', 'title']);
  });

  it('records an emptied or newly filled field with null, so the history survives a JSON backup unchanged', () => {
    const changes = recordChanges<{ notes?: string; owner?: string }>({ notes: 'old' }, { owner: 'Jo' });
    expect(changes).toEqual({ notes: ['old', null], owner: [null, 'Jo'] });
    expect(JSON.parse(JSON.stringify(changes))).toEqual(changes);
  });
});

describe('two successive changes as one', () => {
  it('keeps the first before and the last after of each field, and drops a field changed back', () => {
    const earlier = { notes: [null, 'Board'], owner: ['CIO', 'CDIO'] } as Record<string, FieldChange>;
    const later = { notes: ['Board', 'Board agreed'], owner: ['CDIO', 'CIO'], title: ['EPR', 'EPR system'] } as Record<string, FieldChange>;
    expect(mergeChanges(earlier, later)).toEqual({ notes: [null, 'Board agreed'], title: ['EPR', 'EPR system'] });
  });
});
