/// <reference lib="webworker" />
import '../../zod-config';
import type { Contract } from '@shared/domain';
import { openCsvStream, type CsvStream } from '@shared/import/csv';
import { readRegisterFile, readsAsCsv, type RegisterFile } from '@shared/import/read-register-file';
import { startRegisterAnalysis, WiderThanHead, type RegisterPreview } from '@shared/import/register';
import { AppError } from '@shared/result';
import { readFileBytes } from '@shared/files';
import { describeError } from '@shared/storage-errors';
import { openDb, type PlannerDb } from '../../data/db';
import { applyImport } from '../../data/contracts';
import { analysePortfolioFile, appraisalTitles, type PortfolioAnalysis } from '../../data/portfolio-import';
import { analyseOcdsFile } from '../../data/ocds-import';
import { loadSettings } from '../../data/settings';
import { stageImport, type StagedImport } from '../../data/staged-import';
import { looksLikeOcdsPackage } from '@shared/import/ocds-detect';
import { layoutMemoryKey, upgradeRememberedLayout } from '@shared/import/layout-memory';
import type { FromWorker, ToWorker } from './import-protocol';
import { headerLayoutKey, registerImportPlan, summariseRegister } from './register-import';

/*
 * Everything heavy about an import happens here, off the UI thread: decoding, parsing, checking
 * every row against the register, and the single transaction that writes the accepted rows. A
 * register's rows are written as they are checked, in that one transaction, which stays open while
 * the user reads the preview (data/staged-import.ts; docs/architecture.md). The dialog cancels by
 * terminating the worker; an unfinished transaction then never commits.
 */

declare const self: DedicatedWorkerGlobalScope;
const post = (message: FromWorker) => self.postMessage(message);

let dbPromise: Promise<PlannerDb> | null = null;
const db = () => (dbPromise ??= openDb());

type Pending =
  | {
      format: 'csv' | 'xlsx';
      fileName: string;
      preview: RegisterPreview;
      valueMappings: Record<string, Record<string, string>>;
      /** The rows already written in the open transaction; absent when they are to be written on Import. */
      staged?: StagedImport<RegisterPreview>;
    }
  | { format: 'json'; fileName: string; analysis: PortfolioAnalysis }
  | { format: 'ocds'; fileName: string; analysis: PortfolioAnalysis };
let pending: Pending | null = null;

/** Forgets the file read last, rolling back any rows it staged (a new file, sheet or mapping replaces it). */
async function dropPending(): Promise<void> {
  const staged = pending?.format === 'csv' || pending?.format === 'xlsx' ? pending.staged : undefined;
  pending = null;
  await staged?.discard();
}

const isJson = (name: string, b: Uint8Array) => /\.json$/i.test(name) || (b[0] === 0x7b && !/\.(csv|xlsx)$/i.test(name));

/** The register as it stands, in one read: this is a worker, so there is no window to keep live by reading in pages. */
async function existingContracts(): Promise<Map<string, Contract>> {
  const all = await (await db()).contracts.toArray();
  return new Map(all.map((c) => [c.reference, c]));
}

/**
 * The file read last: the dialog moves its bytes here rather than keeping a copy, and asks for them
 * to be read again (another sheet, header row or mapping) by sending no bytes.
 */
let lastBytes: Uint8Array | null = null;

async function analyse(msg: Extract<ToWorker, { type: 'analyse' }>): Promise<void> {
  await dropPending();
  if (msg.bytes) lastBytes = msg.bytes instanceof Uint8Array ? msg.bytes : await readFileBytes(msg.fileName, msg.bytes);
  const bytes = lastBytes;
  if (!bytes) throw new AppError('IMPORT_FAILED', `'${msg.fileName}' is no longer open for reading: choose the file again.`);
  post({ type: 'progress', stage: 'reading', fraction: 0 });

  if (isJson(msg.fileName, bytes) && looksLikeOcdsPackage(new TextDecoder().decode(bytes.subarray(0, 65_536)))) {
    const { vatRate } = await loadSettings(await db());
    const analysis = analyseOcdsFile(msg.fileName, bytes, await existingContracts(), vatRate);
    pending = { format: 'ocds', fileName: msg.fileName, analysis };
    post({ type: 'preview', preview: analysis.summary, holdsWrites: false });
    return;
  }
  if (isJson(msg.fileName, bytes)) {
    const existing = await existingContracts();
    const analysis = analysePortfolioFile(msg.fileName, bytes, existing, await appraisalTitles(await db()));
    pending = { format: 'json', fileName: msg.fileName, analysis };
    post({ type: 'preview', preview: analysis.summary, holdsWrites: false });
    return;
  }

  // A CSV is read in slices inside the import's transaction, each slice checked and its contracts
  // written before the next is parsed (docs/architecture.md, "The streaming import"). The header is
  // found in the file's first rows; should a later row be wider than they are, or the chosen header
  // row lie below them, the whole file is parsed first instead, as a workbook always is.
  if (readsAsCsv(msg.fileName, bytes)) {
    const stream = openCsvStream(bytes, { fileName: msg.fileName });
    if (msg.headerRow === undefined || msg.headerRow < stream.head.length) {
      try {
        await analyseRows(msg, { kind: 'csv', grid: stream.head, sheetNames: [], sheetName: null, date1904: false, notices: [] }, stream);
        return;
      } catch (error) {
        // instanceof, not the class's name: the built worker is minified, and the name with it.
        if (!(error instanceof WiderThanHead)) throw error;
      }
    }
  }
  await analyseRows(msg, await readRegisterFile(msg.fileName, bytes, { sheet: msg.sheet }));
}

/**
 * Checks a register's rows and stages the contracts to write. `parsed.grid` is the whole grid, or
 * with `stream` the file's first rows, the rest being read from the stream as they are checked.
 */
async function analyseRows(msg: Extract<ToWorker, { type: 'analyse' }>, parsed: RegisterFile, stream?: CsvStream): Promise<void> {
  const format = parsed.kind;
  post({ type: 'progress', stage: 'checking', fraction: 0 });
  const database = await db();
  const { contractDefaults } = await loadSettings(database);

  let valueMappings = msg.valueMappings ?? {};
  let mapping = msg.mapping;
  let remembered = false;
  const key = mapping ? null : headerLayoutKey(parsed.grid, msg.headerRow);
  if (key) {
    // Reuse the mapping (and value answers) the user settled on last time they imported this layout.
    const saved = upgradeRememberedLayout((await database.meta.get(layoutMemoryKey(key)))?.value);
    if (saved) {
      valueMappings = { ...saved.values, ...valueMappings };
      mapping = saved.columns;
      remembered = true;
    }
  }

  // Rows are written as they are checked, unless the sample is loaded: then Import first asks
  // whether to remove it, which needs the tables this transaction would hold.
  let sampleLoaded = false;
  let notices = parsed.notices;
  const onProgress = (fraction: number) => post({ type: 'progress', stage: 'checking', fraction });
  const staged = await stageImport(database, (existing, write) => {
    for (const c of existing.values()) if (c.sample) sampleLoaded = true;
    const analysis = startRegisterAnalysis(
      parsed.grid,
      {
        fileName: msg.fileName,
        existing,
        mapping,
        valueMappings,
        contractDefaults,
        headerRowIndex: msg.headerRow,
        date1904: parsed.date1904,
        onProgress,
        onAccepted: sampleLoaded ? undefined : write,
      },
      stream !== undefined,
    );
    if (!stream) analysis.addRows(parsed.grid, 0);
    else
      notices = stream.readRows((rows, firstIndex, fraction) => {
        analysis.addRows(rows, firstIndex);
        onProgress(fraction);
      });
    return analysis.finish();
  });
  if (sampleLoaded) await staged.discard();
  const preview = staged.analysed;
  pending = { format, fileName: msg.fileName, preview, valueMappings, staged: sampleLoaded ? undefined : staged };
  post({
    type: 'preview',
    preview: summariseRegister(preview, format, parsed.sheetNames, parsed.sheetName ?? undefined, remembered, notices, valueMappings),
    holdsWrites: !sampleLoaded,
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
  const { preview, fileName, valueMappings, staged } = pending;
  const { toPut, ...records } = registerImportPlan(preview, fileName, valueMappings);
  // The staged rows commit with the undo record and history entry; if they were rolled back
  // meanwhile (the user took longer than HOLD_MS), they are written afresh.
  const importId = (await staged?.commit(records, onProgress)) ?? (await applyImport(database, { ...records, toPut }, onProgress));
  pending = null;
  post({ type: 'committed', importId, summary: records.summary });
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const msg = event.data;
  const work = msg.type === 'analyse' ? analyse(msg) : commit();
  work.catch((error: unknown) => {
    if (error instanceof AppError) post({ type: 'error', code: error.code, message: error.message });
    else post({ type: 'error', code: 'IMPORT_FAILED', message: `The import failed and nothing was changed: ${describeError(error)}.` });
  });
};
