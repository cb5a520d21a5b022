import { z } from 'zod';
import { contractSchema, type Contract } from '@shared/domain';

/**
 * Stored contracts are written through the schema, so every field with a default is present. A row
 * damaged outside the app (edited by hand, restored from an old backup) may lack one, and a screen
 * that maps over `linkedContracts` would then fail. Reading fills those defaults, cheaply: only a
 * row that lacks a defaulted field is touched, so reading 100,000 good rows costs a key check each.
 */
const DEFAULTED: ReadonlyArray<readonly [string, z.ZodType]> = Object.entries(contractSchema.shape).filter(
  ([, field]) => field instanceof z.ZodDefault,
);

export function withContractDefaults(row: Contract): Contract {
  // Dexie's reading hook also sees the "no such row" of a get() by a key that is not there.
  if (row === undefined || row === null) return row;
  let filled: Record<string, unknown> | undefined;
  for (const [key, field] of DEFAULTED) {
    const value = (row as Record<string, unknown>)[key];
    if (value !== undefined && value !== null) continue;
    filled ??= { ...row };
    filled[key] = field.parse(undefined);
  }
  return (filled as Contract | undefined) ?? row;
}
