import type { Contract } from '../domain/contract';
import { AppError } from '../result';
import { layoutKey, matchHeader, suggestMapping, type ColumnMapping, type MappingTarget } from './columns';
import { changedFields } from './contract-diff';
import { IMPORT_FIELDS, REQUIRED_FIELDS, type ImportField } from './fields';
import { isBlankRow, type Cell, type Grid } from './grid';
import { detectHeaderRow, headerRowChoices, HEADER_SCAN_ROWS, usedWidth, type HeaderRowChoice } from './header-detect';
import type { ImportIssue, ImportWarning } from './issues';
import { IMPORT_LIMITS, cellTooLong, tooManyColumns, tooManyRows } from './limits';
import { formatCount } from '../format';
import { createRowReader, type ColumnPlan, type Source, type ValueMappings } from './row-reader';
import { groupUnrecognised, type UnrecognisedColumn } from './unrecognised';

export type { ImportIssue, ImportWarning } from './issues';
export type { ValueMappings } from './row-reader';
export type { UnrecognisedColumn } from './unrecognised';

/*
 * The register import pipeline: header row → column mapping → one contract per row, validated with
 * contractSchema and compared with the portfolio. Rules (see also docs and tests):
 * - Rows are matched to the portfolio on the trimmed reference, exactly.
 * - Updating: a non-blank cell replaces the field; a blank cell keeps what the portfolio has, so a
 *   register that lacks a column (or leaves cells empty) never wipes data entered in the app.
 * - New contracts without a category get 'other' and without a contracting model 'direct'.
 * - With no end date, a start date and a Term (Months) column give end = start + term months − 1 day
 *   (see term.ts for months without that day: 31 Jan + 1 month ends 28/29 Feb).
 * - A reference repeated in the file makes the later row invalid, naming the earlier row.
 * - Limits (limits.ts): the readers refuse files over them, and this function checks again for grids
 *   from anywhere else. More than IMPORT_LIMITS.maxRows rows or maxColumns columns, or a header cell
 *   longer than maxCellChars, throws an AppError (the whole file is unusable). A longer cell in a
 *   data row makes that row invalid with an issue saying so (the other rows still import); the
 *   issue's `value` is then the cell's first 100 characters. Cells in ignored columns are not checked.
 */

export interface AnalyseRegisterOptions {
  fileName: string;
  /** The portfolio's contracts by reference. */
  existing: ReadonlyMap<string, Contract>;
  /** The user's mapping by header; headers it leaves out get the suggested target. */
  mapping?: Readonly<Record<string, MappingTarget>>;
  /** 0-based header row chosen by the user; detected when absent. */
  headerRowIndex?: number;
  date1904?: boolean;
  /** The user's answers for unrecognised values, by column header then cell text (see row-reader.ts). */
  valueMappings?: ValueMappings;
  /** The trust's defaults for a contract with no notice period or lead time, named in the preview. */
  contractDefaults?: { noticePeriodDays: number; internalLeadTimeDays: number };
  /** Called with 0–1 about every 2,000 rows, and with 1 at the end. */
  onProgress?: (fraction: number) => void;
  /** Checked with each progress report; when aborted, analysis stops with IMPORT_CANCELLED. */
  signal?: { readonly aborted: boolean };
  /**
   * Called with each contract the import would write (new, or changed), as soon as its row is
   * read: the importer writes while it reads on (issue 16, the streaming import).
   */
  onAccepted?: (contract: Contract) => void;
}

export type PreviewRow =
  | { kind: 'new'; row: number; reference: string; contract: Contract }
  | { kind: 'update'; row: number; reference: string; contract: Contract; previous: Contract; changedFields: ImportField[] }
  | { kind: 'unchanged'; row: number; reference: string; contract: Contract }
  | { kind: 'invalid'; row: number; reference: string | null; errors: ImportIssue[] };

export interface RegisterPreview {
  fileName: string;
  /** 0-based grid index and 1-based spreadsheet row of the header; found is false when guessed. */
  header: { index: number; rowNumber: number; found: boolean };
  /** The rows the user may pick as the header instead (the first 30 that hold anything). */
  headerChoices: HeaderRowChoice[];
  headers: string[];
  layoutKey: string;
  mapping: ColumnMapping;
  /** Headers the importer did not recognise and that are ignored. */
  unknownColumns: string[];
  /** Required fields no column is mapped to (new contracts will be invalid without them). */
  missingRequired: ImportField[];
  rows: PreviewRow[];
  /** Every issue of every invalid row, in row order. */
  errors: ImportIssue[];
  /** Cells left blank in rows that are imported, in row order. */
  warnings: ImportWarning[];
  /** Values the app did not recognise, grouped by column, for the user to map or leave blank. */
  unrecognised: UnrecognisedColumn[];
  /** Placeholder cells ("TBC", "n/a", "—") left blank in imported rows. */
  placeholders: number;
  /** Imported contracts with no notice period / lead time, which the trust defaults will cover. */
  assumed: { noticePeriod: number; leadTime: number };
  counts: { new: number; update: number; unchanged: number; invalid: number };
  notices: string[];
}

const PROGRESS_EVERY = 2_000;
const VALID_TARGETS = new Set<string>([...IMPORT_FIELDS, 'ignore', 'term-months']);

function resolveMapping(headers: string[], given: AnalyseRegisterOptions['mapping']): ColumnMapping {
  const mapping = suggestMapping(headers);
  if (!given) return mapping;
  for (const header of headers) {
    if (!Object.hasOwn(given, header)) continue;
    const target = given[header];
    mapping[header] = VALID_TARGETS.has(target) ? target : 'ignore';
  }
  return mapping;
}

function planColumns(headers: string[], mapping: ColumnMapping, valueMappings: ValueMappings | undefined): ColumnPlan {
  const fields = new Map<ImportField, Source[]>();
  const termSources: Source[] = [];
  headers.forEach((header, col) => {
    const target = mapping[header];
    if (target === 'ignore') return;
    if (target === 'term-months') termSources.push({ col, header });
    else fields.set(target, [...(fields.get(target) ?? []), { col, header }]);
  });
  return { fields, termSources, valueMappings };
}

/** A register read a slice of rows at a time (see startRegisterAnalysis). */
export interface RegisterAnalysis {
  /** Reads `rows`, which are grid rows `firstIndex` onwards, in order; rows up to the header are skipped. */
  addRows(rows: readonly (readonly Cell[])[], firstIndex: number): void;
  /** The preview, once every row has been added. */
  finish(): RegisterPreview;
}

/**
 * A row past the rows the header was found in holds data further right than any of them: the
 * header's columns would have been named differently had the whole grid been seen, so the caller
 * analyses the whole grid instead (analyseRegister).
 */
export class WiderThanHead extends Error {
  constructor() {
    super('A row is wider than the rows the header was read from.');
    this.name = 'WiderThanHead';
  }
}

/**
 * Analyses a register as its rows arrive (the streaming import, issue 16): the header is found in
 * `head`, the grid's first rows, and the rows are then added in slices, so a reader can hand over each
 * slice as it parses it. With `streamed`, a later row wider than the head throws WiderThanHead (and
 * progress is the caller's to report, as the rows to come are not known); otherwise `head` is the
 * whole grid and the result is analyseRegister's.
 */
export function startRegisterAnalysis(head: Grid, options: AnalyseRegisterOptions, streamed = false): RegisterAnalysis {
  const grid = head;
  const { existing, onProgress, signal, headerRowIndex } = options;
  if (headerRowIndex !== undefined && !(Number.isInteger(headerRowIndex) && headerRowIndex >= 0 && headerRowIndex < grid.length)) {
    throw new AppError('HEADER_ROW_OUT_OF_RANGE', `Row ${headerRowIndex + 1} cannot be the header: the sheet has ${grid.length} rows.`);
  }
  if (grid.length > IMPORT_LIMITS.maxRows) throw tooManyRows(options.fileName, `has ${formatCount(grid.length)} rows`);
  const detected = detectHeaderRow(grid, { index: headerRowIndex });
  const headers = detected.headers;
  if (headers.length > IMPORT_LIMITS.maxColumns) throw tooManyColumns(options.fileName, headers.length);
  const headerCells = grid[detected.index] ?? [];
  for (let c = 0; c < headerCells.length; c += 1) {
    const cell = headerCells[c];
    if (typeof cell === 'string' && cell.length > IMPORT_LIMITS.maxCellChars) {
      throw cellTooLong(options.fileName, cell.length, detected.index + 1, c + 1, 'grid', ' (in its header row)');
    }
  }
  const mapping = resolveMapping(headers, options.mapping);
  const plan = planColumns(headers, mapping, options.valueMappings);
  const readRow = createRowReader(plan, existing, { date1904: options.date1904 ?? false });

  const rows: PreviewRow[] = [];
  const errors: ImportIssue[] = [];
  const warnings: ImportWarning[] = [];
  const allWarnings: ImportWarning[] = [];
  const assumed = { noticePeriod: 0, leadTime: 0 };
  const counts = { new: 0, update: 0, unchanged: 0, invalid: 0 };
  let defaultedCategory = 0;
  let defaultedModel = 0;
  let derivedEnds = 0;

  const start = detected.index + 1;
  const total = Math.max(1, grid.length - start);
  const width = headers.length;
  const addRow = (cells: readonly Cell[], r: number): void => {
    if (r < start) return;
    if ((r - start) % PROGRESS_EVERY === 0) {
      if (signal?.aborted) throw new AppError('IMPORT_CANCELLED', 'The import was cancelled.');
      if (!streamed) onProgress?.((r - start) / total);
    }
    if (streamed && r >= grid.length && usedWidth([cells as Cell[]], 0) > width) throw new WiderThanHead();
    if (isBlankRow(cells)) return;
    const rowNo = r + 1;
    const outcome = readRow(cells, rowNo);
    for (const w of outcome.warnings) allWarnings.push(w);
    if (!outcome.ok) {
      rows.push({ kind: 'invalid', row: rowNo, reference: outcome.reference, errors: outcome.issues });
      for (const issue of outcome.issues) errors.push(issue);
      counts.invalid += 1;
      return;
    }
    const { contract, reference, previous } = outcome;
    for (const w of outcome.warnings) warnings.push(w);
    if (contract.noticePeriodDays === undefined) assumed.noticePeriod += 1;
    if (contract.internalLeadTimeDays === undefined) assumed.leadTime += 1;
    if (outcome.derivedEnd) derivedEnds += 1;
    if (outcome.defaulted.category) defaultedCategory += 1;
    if (outcome.defaulted.contractingModel) defaultedModel += 1;
    if (!previous) {
      rows.push({ kind: 'new', row: rowNo, reference, contract });
      counts.new += 1;
      options.onAccepted?.(contract);
      return;
    }
    const changed = changedFields(previous, contract);
    if (changed.length === 0) {
      rows.push({ kind: 'unchanged', row: rowNo, reference, contract });
      counts.unchanged += 1;
    } else {
      rows.push({ kind: 'update', row: rowNo, reference, contract, previous, changedFields: changed });
      counts.update += 1;
      options.onAccepted?.(contract);
    }
  };

  const finish = (): RegisterPreview => {
    onProgress?.(1);

    const notices: string[] = [];
    if (!detected.found) {
      notices.push(
        `No header row was recognised in the first ${HEADER_SCAN_ROWS} rows, so row 1 is treated as the header: choose the header row under "Header row", or map the columns by hand.`,
      );
    }
    if (derivedEnds > 0)
      notices.push(
        `${derivedEnds} end date${derivedEnds === 1 ? ' was' : 's were'} worked out from the start date and the term in months (start + term − 1 day).`,
      );
    if (defaultedCategory > 0)
      notices.push(
        `${defaultedCategory} new contract${defaultedCategory === 1 ? ' has' : 's have'} no category and will be filed under 'Other'.`,
      );
    if (defaultedModel > 0)
      notices.push(
        `${defaultedModel} new contract${defaultedModel === 1 ? ' has' : 's have'} no contracting model and will be recorded as 'Direct with vendor'.`,
      );

    const placeholders = warnings.filter((w) => w.kind === 'placeholder').length;
    if (placeholders > 0) {
      notices.push(
        `${formatCount(placeholders)} ${placeholders === 1 ? 'cell says' : 'cells say'} TBC or similar; ${placeholders === 1 ? 'it was' : 'they were'} left blank (see the rows listed below).`,
      );
    }
    const defaults = options.contractDefaults ?? { noticePeriodDays: 90, internalLeadTimeDays: 90 };
    if (assumed.noticePeriod > 0) {
      notices.push(
        `${formatCount(assumed.noticePeriod)} ${assumed.noticePeriod === 1 ? 'contract has' : 'contracts have'} no notice period; the trust default (${formatCount(defaults.noticePeriodDays)} days) is assumed.`,
      );
    }
    if (assumed.leadTime > 0) {
      notices.push(
        `${formatCount(assumed.leadTime)} ${assumed.leadTime === 1 ? 'contract has' : 'contracts have'} no internal lead time; the trust default (${formatCount(defaults.internalLeadTimeDays)} days) is assumed.`,
      );
    }

    const derivesEnd = plan.termSources.length > 0 && plan.fields.has('startDate');
    const missingRequired = REQUIRED_FIELDS.filter((f) => !plan.fields.has(f) && !(f === 'currentEndDate' && derivesEnd));
    const unknownColumns = headers.filter((h) => mapping[h] === 'ignore' && matchHeader(h) === null);

    return {
      fileName: options.fileName,
      header: { index: detected.index, rowNumber: detected.index + 1, found: detected.found },
      headerChoices: headerRowChoices(grid),
      headers,
      layoutKey: layoutKey(headers),
      mapping,
      unknownColumns,
      missingRequired,
      rows,
      errors,
      warnings,
      unrecognised: groupUnrecognised(allWarnings),
      placeholders,
      assumed,
      counts,
      notices,
    };
  };

  return {
    addRows(slice, firstIndex) {
      for (let i = 0; i < slice.length; i += 1) addRow(slice[i], firstIndex + i);
    },
    finish,
  };
}

export function analyseRegister(grid: Grid, options: AnalyseRegisterOptions): RegisterPreview {
  const analysis = startRegisterAnalysis(grid, options);
  analysis.addRows(grid, 0);
  return analysis.finish();
}
