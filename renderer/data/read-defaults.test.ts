import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../../test/support/fresh-db';
import { contractSchema, type Contract } from '@shared/domain';
import { readAllContracts } from './contracts';
import { withContractDefaults } from './read-defaults';

const sample = JSON.parse(readFileSync('assets/sample-portfolio.json', 'utf8'));
const contract: Contract = contractSchema.parse(sample.contracts[0]);

describe('reading a damaged contract', () => {
  it('fills every defaulted field a stored row lacks, and leaves a whole row as it is', () => {
    const { linkedContracts: _l, modules: _m, status: _s, ...damaged } = contract;
    const read = withContractDefaults(damaged as Contract);
    expect(read.linkedContracts).toEqual([]);
    expect(read.modules).toEqual([]);
    expect(read.status).toBe('active');
    expect(read.reference).toBe(contract.reference);
    expect(withContractDefaults(contract)).toBe(contract);
  });

  it('fills defaults for rows the database holds without them', async () => {
    const db = await freshDb();
    const { linkedContracts: _l, ...damaged } = contract;
    // Written around the schema, as a hand-edited backup or another tool would leave it.
    await db.contracts.put(damaged as Contract);
    expect((await db.contracts.get(contract.reference))?.linkedContracts).toEqual([]);
    expect((await readAllContracts(db))[0].linkedContracts).toEqual([]);
  });
});
