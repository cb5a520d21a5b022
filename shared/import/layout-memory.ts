import { z } from 'zod';
import type { ColumnMapping, MappingTarget } from './columns';
import type { ValueMappings } from './row-reader';

/*
 * What the app remembers about a register layout (stored in the `meta` table under
 * `mapping:<layoutKey>`, see columns.ts layoutKey): the column mapping the user settled on and, since
 * issue 11, their answers for values the app did not recognise. Version 1 stored the column mapping
 * alone, as a plain { header: target } record; upgradeRememberedLayout reads either shape.
 */

const LAYOUT_MEMORY_VERSION = 2;

export interface RememberedLayout {
  version: typeof LAYOUT_MEMORY_VERSION;
  columns: ColumnMapping;
  /** By column header, then cell text: a code the field accepts, or '' for "leave blank". */
  values: Record<string, Record<string, string>>;
}

const columnsSchema = z.record(z.string(), z.string());
const v1Schema = columnsSchema;
const v2Schema = z.object({
  version: z.literal(2),
  columns: columnsSchema,
  values: z.record(z.string(), z.record(z.string(), z.string())).default({}),
});

/** The meta key a layout is remembered under. */
export function layoutMemoryKey(layoutKey: string): string {
  return `mapping:${layoutKey}`;
}

export function rememberLayout(columns: ColumnMapping, values: ValueMappings | undefined): RememberedLayout {
  const kept: Record<string, Record<string, string>> = {};
  for (const [column, answers] of Object.entries(values ?? {})) {
    // Only columns still mapped to a field are worth remembering answers for.
    if (columns[column] === undefined || columns[column] === 'ignore') continue;
    if (Object.keys(answers).length > 0) kept[column] = { ...answers };
  }
  return { version: LAYOUT_MEMORY_VERSION, columns: { ...columns }, values: kept };
}

/**
 * Reads a remembered layout in any stored version. Version 1 (a bare column mapping) becomes version 2
 * with no value answers; anything unreadable is forgotten (null), so the importer suggests afresh
 * rather than failing: a layout memory is a convenience, never data the user would lose.
 */
export function upgradeRememberedLayout(stored: unknown): RememberedLayout | null {
  const v2 = v2Schema.safeParse(stored);
  if (v2.success) return { version: 2, columns: v2.data.columns as Record<string, MappingTarget>, values: v2.data.values };
  if (typeof stored === 'object' && stored !== null && 'version' in stored) return null;
  const v1 = v1Schema.safeParse(stored);
  if (v1.success) return { version: 2, columns: v1.data as Record<string, MappingTarget>, values: {} };
  return null;
}
