import type { Contract } from '@shared/domain';
import { layoutKey } from '@shared/import/columns';
import { formatCount } from '@shared/format';
import type { Grid } from '@shared/import/grid';
import { detectHeaderRow } from '@shared/import/header-detect';
import { layoutMemoryKey, rememberLayout } from '@shared/import/layout-memory';
import type { RegisterPreview } from '@shared/import/register';
import { MAX_LISTED_ERRORS, type ImportPreviewSummary } from './import-protocol';

// A register (CSV or Excel) import, between its checked rows and the dialog and database: pure.

/** The layout key analyseRegister will give this grid, worked out before the rows are read; null if the header row is out of range. */
export function headerLayoutKey(grid: Grid, headerRow: number | undefined): string | null {
  if (headerRow !== undefined && !(Number.isInteger(headerRow) && headerRow >= 0 && headerRow < grid.length)) return null;
  return layoutKey(detectHeaderRow(grid, { index: headerRow }).headers);
}

/** The import plan (data/contracts.ts, ImportPlan) of a register file. */
interface RegisterImportPlan {
  fileName: string;
  toPut: Contract[];
  replaced: Contract[];
  addedRefs: string[];
  summary: string;
  meta: Array<{ key: string; value: unknown }>;
}

/** What the import writes: new and changed contracts, the ones it replaces (for undo), and the layout to remember. */
export function registerImportPlan(
  p: RegisterPreview,
  fileName: string,
  valueMappings: Record<string, Record<string, string>>,
): RegisterImportPlan {
  const toPut: Contract[] = [];
  const replaced: Contract[] = [];
  const addedRefs: string[] = [];
  for (const row of p.rows) {
    if (row.kind === 'new') {
      toPut.push(row.contract);
      addedRefs.push(row.reference);
    } else if (row.kind === 'update') {
      toPut.push(row.contract);
      replaced.push(row.previous);
    }
  }
  const { counts } = p;
  const summary =
    `Imported ${formatCount(counts.new + counts.update)} contracts from ${fileName}: ${formatCount(counts.new)} new, ${formatCount(counts.update)} updated` +
    (counts.unchanged ? `, ${formatCount(counts.unchanged)} unchanged` : '') +
    (counts.invalid ? `, ${formatCount(counts.invalid)} rows skipped as invalid` : '') +
    '.';
  return {
    fileName,
    toPut,
    replaced,
    addedRefs,
    summary,
    meta: [{ key: layoutMemoryKey(p.layoutKey), value: rememberLayout(p.mapping, valueMappings) }],
  };
}

export function summariseRegister(
  p: RegisterPreview,
  format: 'csv' | 'xlsx',
  sheetNames: string[],
  sheetName: string | undefined,
  remembered: boolean,
  notices: string[],
  valueMappings: Record<string, Record<string, string>>,
): ImportPreviewSummary {
  const updates: ImportPreviewSummary['updates'] = [];
  for (const row of p.rows) {
    if (row.kind === 'update' && updates.length < 20) updates.push({ reference: row.reference, fields: row.changedFields });
  }
  return {
    fileName: p.fileName,
    format,
    sheetNames,
    sheetName,
    headerRowNumber: p.header.rowNumber,
    headers: p.headers,
    mapping: p.mapping,
    mappingRemembered: remembered,
    unknownColumns: p.unknownColumns,
    missingRequired: p.missingRequired,
    counts: p.counts,
    appraisals: 0,
    errors: p.errors.slice(0, MAX_LISTED_ERRORS),
    errorCount: p.errors.length,
    notices: [...notices, ...p.notices],
    warnings: p.warnings.slice(0, MAX_LISTED_ERRORS),
    warningCount: p.warnings.length,
    unrecognised: p.unrecognised,
    valueMappings,
    headerChoices: p.headerChoices,
    updates,
  };
}
