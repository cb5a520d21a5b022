import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { contractSchema, type Contract } from '@shared/domain';

/*
 * Its own file, run isolated: the register's collator is made once per module, so each case loads
 * register-model afresh (vi.resetModules) with Intl.Collator counting what is made.
 */

const sample = JSON.parse(readFileSync('assets/sample-portfolio.json', 'utf8'));
const base: Contract = contractSchema.parse(sample.contracts[0]);
const contract = (reference: string, supplier: string): Contract => ({ ...base, reference, supplier });
const suppliers = ['Supplier 10 Ltd', 'supplier 9 Ltd', 'Ålesund Data', 'Beta Ltd', 'Supplier 10 Ltd'];
const options = { today: '2026-11-22', horizonMonths: 18 };

const Original = Intl.Collator;
let made = 0;
afterEach(() => {
  Intl.Collator = Original;
});

async function freshModel() {
  made = 0;
  Intl.Collator = class extends Original {
    constructor(...args: ConstructorParameters<typeof Original>) {
      super(...args);
      made++;
    }
  } as typeof Intl.Collator;
  vi.resetModules();
  const model = await import('./register-model');
  const { drain } = await import('./sort-in-steps');
  const rows = model.buildRows(
    suppliers.map((s, i) => contract(`C-${i}`, s)),
    options,
  );
  return { model, drain, rows };
}

describe("the register's collator (issue 16: made in a task of its own)", () => {
  it('is made ahead when asked (prepareCollator), once, and the first sort of suppliers then makes none, in the same order', async () => {
    const { model, drain, rows } = await freshModel();
    model.prepareCollator();
    model.prepareCollator();
    expect(made).toBe(1);
    expect(drain(model.suppliersInSteps(rows))).toEqual(['Ålesund Data', 'Beta Ltd', 'supplier 9 Ltd', 'Supplier 10 Ltd']);
    expect(made).toBe(1);
  });

  it('is made by the first sort by text when nobody asked ahead, with the same order', async () => {
    const { model, drain, rows } = await freshModel();
    expect(made).toBe(0);
    expect(drain(model.suppliersInSteps(rows))).toEqual(['Ålesund Data', 'Beta Ltd', 'supplier 9 Ltd', 'Supplier 10 Ltd']);
    expect(model.sortRows(rows, { key: 'supplier', direction: 'asc' }).map((r) => r.contract.reference)).toEqual([
      'C-2',
      'C-3',
      'C-1',
      'C-0',
      'C-4',
    ]);
    expect(made).toBe(1);
  });
});
