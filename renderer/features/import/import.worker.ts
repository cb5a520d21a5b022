/// <reference lib="webworker" />
import '../../zod-config';
import type { Contract } from '@shared/domain';
import type { MappingTarget } from '@shared/import/columns';
import { readRegisterFile } from '@shared/import/read-register-file';
import { analyseRegister, type RegisterPreview } from '@shared/import/register';
import { AppError } from '@shared/result';
import { describeError } from '@shared/storage-errors';
import { openDb, type PlannerDb } from '../../data/db';
import { applyImport, readAllContracts } from '../../data/contracts';
import { analysePortfolioFile, appraisalTitles, type PortfolioAnalysis } from '../../data/portfolio-import';
import { analyseOcdsFile } from '../../data/ocds-import';
import { loadSettings } from '../../data/settings';
import { looksLikeOcdsPackage } from '@shared/import/ocds-detect';
import { layoutMemoryKey, rememberLayout, upgradeRememberedLayout } from '@shared/import/layout-memory';
import { MAX_LISTED_ERRORS, type FromWorker, type ImportPreviewSummary, type ToWorker } from './import-protocol';
import { formatCount } from '@shared/format';

/*
 * Everything heavy about an import happens here, off the UI thread: decoding, parsing, checking
 * every row against the register, and the single transaction that writes the accepted rows. The
 * dialog cancels by terminating the worker; an unfinished transaction then never commits.
 */

declare const self: DedicatedWorkerGlobalScope;
const post = (message: FromWorker) => self.postMessage(message);

let dbPromise: Promise<PlannerDb> | null = null;
const db = () => (dbPromise ??= openDb());

type Pending =
  | { format: 'csv' | 'xlsx'; fileName: string; preview: RegisterPreview; valueMappings: Record<string, Record<string, string>> }
  | { format: 'json'; fileName: string; analysis: PortfolioAnalysis }
  | { format: 'ocds'; fileName: string; analysis: PortfolioAnalysis };
let pending: Pending | null = null;

const isJson = (name: string, b: Uint8Array) => /\.json$/i.test(name) || (b[0] === 0x7b && !/\.(csv|xlsx)$/i.test(name));

async function existingContracts(): Promise<Map<string, Contract>> {
  const all = await readAllContracts(await db());
  return new Map(all.map((c) => [c.reference, c]));
}

function summariseRegister(
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

async function analyse(msg: Extract<ToWorker, { type: 'analyse' }>): Promise<void> {
  pending = null;
  post({ type: 'progress', stage: 'reading', fraction: 0 });
  const existing = await existingContracts();

  if (isJson(msg.fileName, msg.bytes) && looksLikeOcdsPackage(new TextDecoder().decode(msg.bytes.subarray(0, 65_536)))) {
    const { vatRate } = await loadSettings(await db());
    const analysis = analyseOcdsFile(msg.fileName, msg.bytes, existing, vatRate);
    pending = { format: 'ocds', fileName: msg.fileName, analysis };
    post({ type: 'preview', preview: analysis.summary });
    return;
  }
  if (isJson(msg.fileName, msg.bytes)) {
    const analysis = analysePortfolioFile(msg.fileName, msg.bytes, existing, await appraisalTitles(await db()));
    pending = { format: 'json', fileName: msg.fileName, analysis };
    post({ type: 'preview', preview: analysis.summary });
    return;
  }

  const parsed = await readRegisterFile(msg.fileName, msg.bytes, { sheet: msg.sheet });
  const format = parsed.kind;
  post({ type: 'progress', stage: 'checking', fraction: 0 });

  const onProgress = (fraction: number) => post({ type: 'progress', stage: 'checking', fraction });
  const { contractDefaults } = await loadSettings(await db());
  const run = (mapping?: Record<string, MappingTarget>, valueMappings?: Record<string, Record<string, string>>) =>
    analyseRegister(parsed.grid, {
      fileName: msg.fileName,
      existing,
      mapping,
      valueMappings,
      contractDefaults,
      headerRowIndex: msg.headerRow,
      date1904: parsed.date1904,
      onProgress,
    });

  let valueMappings = msg.valueMappings ?? {};
  let preview = run(msg.mapping, valueMappings);
  let remembered = false;
  if (!msg.mapping) {
    // Reuse the mapping (and value answers) the user settled on last time they imported this layout.
    const saved = upgradeRememberedLayout((await (await db()).meta.get(layoutMemoryKey(preview.layoutKey)))?.value);
    if (saved) {
      valueMappings = { ...saved.values, ...valueMappings };
      preview = run(saved.columns, valueMappings);
      remembered = true;
    }
  }
  pending = { format, fileName: msg.fileName, preview, valueMappings };
  post({
    type: 'preview',
    preview: summariseRegister(
      preview,
      format,
      parsed.sheetNames,
      parsed.sheetName ?? undefined,
      remembered,
      parsed.notices,
      valueMappings,
    ),
  });
}

async function commit(): Promise<void> {
  if (!pending) throw new AppError('NOTHING_TO_IMPORT', 'There is nothing to import: choose a file first.');
  const database = await db();
  const onProgress = (fraction: number) => post({ type: 'progress', stage: 'writing', fraction });
  if (pending.format === 'json' || pending.format === 'ocds') {
    const { importId, summary } = await pending.analysis.commit(database, onProgress);
    pending = null;
    post({ type: 'committed', importId, summary });
    return;
  }
  const { preview, fileName, valueMappings } = pending;
  const toPut: Contract[] = [];
  const replaced: Contract[] = [];
  const addedRefs: string[] = [];
  for (const row of preview.rows) {
    if (row.kind === 'new') {
      toPut.push(row.contract);
      addedRefs.push(row.reference);
    } else if (row.kind === 'update') {
      toPut.push(row.contract);
      replaced.push(row.previous);
    }
  }
  const { counts } = preview;
  const summary =
    `Imported ${formatCount(counts.new + counts.update)} contracts from ${fileName}: ${formatCount(counts.new)} new, ${formatCount(counts.update)} updated` +
    (counts.unchanged ? `, ${formatCount(counts.unchanged)} unchanged` : '') +
    (counts.invalid ? `, ${formatCount(counts.invalid)} rows skipped as invalid` : '') +
    '.';
  const importId = await applyImport(
    database,
    {
      fileName,
      toPut,
      replaced,
      addedRefs,
      summary,
      meta: [{ key: layoutMemoryKey(preview.layoutKey), value: rememberLayout(preview.mapping, valueMappings) }],
    },
    onProgress,
  );
  pending = null;
  post({ type: 'committed', importId, summary });
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const msg = event.data;
  const work = msg.type === 'analyse' ? analyse(msg) : commit();
  work.catch((error: unknown) => {
    if (error instanceof AppError) post({ type: 'error', code: error.code, message: error.message });
    else post({ type: 'error', code: 'IMPORT_FAILED', message: `The import failed and nothing was changed: ${describeError(error)}.` });
  });
};
