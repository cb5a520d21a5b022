import { z } from 'zod';
import { MAX_SAVE_BYTES } from './files';
import type { DesktopPolicy } from './policy/resolve';
import { POLICY_SOURCES } from './policy/sources';

/**
 * The one IPC contract between the renderer and the main process. Every channel names the preload
 * method that calls it, a zod request schema (parsed in the preload before anything is sent, and
 * again in main before the handler runs) and a zod answer schema (main's answer is parsed in the
 * preload before the page sees it). The renderer's `DesktopApi` type and main's handler types are
 * derived from this table, so a channel without a method or an answer, or a method with the wrong
 * shape, fails the type check. Main owns files and dialogs: the renderer names a purpose, never a path.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'planner';
/** The renderer's origin. IndexedDB data belongs to it, so it must never change. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * What each open dialog is for: its title says so, and it offers only the files that fit. The
 * renderer asks by purpose, so a restore dialog can never be titled "Import portfolio".
 */
export const OPEN_PURPOSES = {
  register: {
    title: 'Import a contract register or portfolio',
    filters: [{ name: 'Registers and portfolios', extensions: ['json', 'csv', 'xlsx'] }],
  },
  backup: { title: 'Restore from a backup', filters: [{ name: 'Trust Procurement Planner backup', extensions: ['json'] }] },
  'word-template': {
    title: 'Choose a Word template for the board paper',
    filters: [{ name: 'Word documents and templates', extensions: ['docx', 'dotx'] }],
  },
} as const;
export type OpenPurpose = keyof typeof OPEN_PURPOSES;
export const OPEN_PURPOSE_KEYS = Object.keys(OPEN_PURPOSES) as [OpenPurpose, ...OpenPurpose[]];

/** What each save dialog is for, with the one extension its file gets (added before any overwrite question). */
export const SAVE_PURPOSES = {
  portfolio: { title: 'Export portfolio', filterName: 'Portfolio file (JSON)', extension: 'json', mime: 'application/json' },
  'contracts-csv': { title: 'Export contracts as CSV', filterName: 'CSV spreadsheet', extension: 'csv', mime: 'text/csv;charset=utf-8' },
  'notices-csv': { title: 'Export notices due as CSV', filterName: 'CSV spreadsheet', extension: 'csv', mime: 'text/csv;charset=utf-8' },
  'notices-xlsx': {
    title: 'Export notices due as Excel',
    filterName: 'Excel workbook',
    extension: 'xlsx',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  'pipeline-csv': {
    title: 'Export pipeline notice as CSV',
    filterName: 'CSV spreadsheet',
    extension: 'csv',
    mime: 'text/csv;charset=utf-8',
  },
  'pipeline-xlsx': {
    title: 'Export pipeline notice as Excel',
    filterName: 'Excel workbook',
    extension: 'xlsx',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  'pipeline-ocds': {
    title: 'Export pipeline notice as OCDS JSON',
    filterName: 'OCDS release package (JSON)',
    extension: 'json',
    mime: 'application/json',
  },
  'calendar-ics': {
    title: 'Export key dates to a calendar',
    filterName: 'Calendar (iCalendar)',
    extension: 'ics',
    mime: 'text/calendar;charset=utf-8',
  },
  backup: {
    title: 'Back up everything',
    filterName: 'Trust Procurement Planner backup (JSON)',
    extension: 'json',
    mime: 'application/json',
  },
  'report-docx': {
    title: 'Export board paper (Word)',
    filterName: 'Word document',
    extension: 'docx',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  'workings-xlsx': {
    title: 'Export Excel workings',
    filterName: 'Excel workbook',
    extension: 'xlsx',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
} as const;
export type SavePurpose = keyof typeof SAVE_PURPOSES;
export const SAVE_PURPOSE_KEYS = Object.keys(SAVE_PURPOSES) as [SavePurpose, ...SavePurpose[]];

/** The PDF's own save dialog (the report export renders before it writes). */
export const REPORT_PDF_SAVE = { title: 'Export decision report', filterName: 'PDF document', extension: 'pdf' } as const;

/** The largest file content the renderer may hand to main in one save (shared/files.ts, beside the open limit). */
export { MAX_SAVE_BYTES };

const fileName = z
  .string()
  .min(1)
  .max(200)
  // Control characters are exactly what a file name must not contain.
  // eslint-disable-next-line no-control-regex
  .refine((n) => !/[\\/:*?"<>|\u0000-\u001f]/.test(n), 'must be a plain file name');

/**
 * Bytes of `min` to `max` bytes, checked by their type and length only: never copied, converted or
 * read (a backup crosses as up to 512 MB of them, in either direction).
 */
const bytesOf = (min: number, max: number, message: string) =>
  z.custom<Uint8Array>((b) => b instanceof Uint8Array && b.byteLength >= min && b.byteLength <= max, message);

const saveContent = z.union([z.string().max(MAX_SAVE_BYTES), bytesOf(0, MAX_SAVE_BYTES, 'must be bytes no larger than 512 MB')]);

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

const appInfo = z.object({ name: z.string(), version: z.string(), platform: z.string(), electron: z.string() }).strict();
export type AppInfo = z.infer<typeof appInfo>;

/** What the policy answer must hold (shared/policy/resolve.ts DesktopPolicy), down to where each value came from. */
const policyValue = z.object({ value: z.union([z.string(), z.number(), z.boolean()]), source: z.enum(POLICY_SOURCES) }).strict();
const desktopPolicy: z.ZodType<DesktopPolicy> = z
  .object({
    values: z.record(z.string(), policyValue),
    defaults: z.record(z.string(), policyValue),
    warnings: z.array(z.object({ source: z.enum(POLICY_SOURCES), where: z.string(), message: z.string() }).strict()),
    updates: z.discriminatedUnion('on', [
      z.object({ on: z.literal(true), url: z.string(), reason: z.string() }).strict(),
      z.object({ on: z.literal(false), reason: z.string() }).strict(),
    ]),
  })
  .strict();

// Main refuses each purpose's files past its own limit (maxOpenBytes in shared/files.ts: a register
// 200 MB, a backup as large as the app writes one); the answer is bounded by the largest of them.
const openedFile = z
  .object({ fileName: z.string(), size: count, bytes: bytesOf(0, MAX_SAVE_BYTES, 'must be bytes no larger than 512 MB') })
  .strict();
export type OpenedFile = z.infer<typeof openedFile>;

const savedFile = z.object({ fileName: z.string() }).strict();
export type SavedFile = z.infer<typeof savedFile>;

const exportedPdf = z.object({ fileName: z.string(), pages: count.nullable() }).strict();

/** Every automatic backup's file name starts so (main lists only these). */
export const AUTO_BACKUP_PREFIX = 'auto-backup-';

const autoBackupFile = z.object({ fileName: z.string(), size: count }).strict();
export type AutoBackupFile = z.infer<typeof autoBackupFile>;

const autoBackupStatus = z
  .object({
    /** The folder, shown to the user ("backups go to …"). */
    folder: z.string(),
    /** The organisation's IT policy chose it. */
    setByPolicy: z.boolean(),
    /** Newest first. */
    files: z.array(autoBackupFile),
  })
  .strict();
export type AutoBackupStatus = z.infer<typeof autoBackupStatus>;

/**
 * Main asks the renderer, before closing its window or quitting, to write every edit still waiting
 * in its debounce; the renderer answers on `app:flushed` with the same id. Main waits a limited time.
 */
export const FLUSH_REQUEST_CHANNEL = 'app:flush';
export const flushRequestSchema = z.object({ requestId: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER) }).strict();
export type FlushRequest = z.infer<typeof flushRequestSchema>;

/**
 * The largest part of a backup in one backup:writeChunk, in bytes of its UTF-8 text. The backup
 * worker streams parts of 2^16 bytes (renderer/data/backup-protocol.ts STREAM_BYTES); the cap is
 * sixteen times that, so any part the page makes is taken, and each message stays a short task on
 * both sides.
 */
export const MAX_BACKUP_CHUNK_BYTES = 1024 * 1024;

/** Main's name for one backup being written: random, so a page cannot guess another's. */
const backupHandle = z.string().regex(/^[0-9a-f]{32}$/);

/**
 * Where a backup's text goes as it is made, part by part: the parts are never joined into one string
 * on the UI thread (tens of megabytes for 100,000 contracts; issue 16), and the file is whole or
 * absent, never half-written (issue 11).
 */
export interface BackupTarget {
  /** Hands one part (UTF-8 bytes, in order) over as it arrives; does not wait for it to be written. */
  write(part: Uint8Array<ArrayBuffer>): void;
  /** Waits for every part, then makes the file whole (renamed into place, or downloaded); its name. */
  finish(): Promise<string>;
  /** Drops what was written so far; files written before stay as they were. */
  abort(): Promise<void>;
  /**
   * A page that saves a file at once (the browser's download) takes the backup as one file, made
   * whole in the backup worker, instead of write and finish: a Blob posted from the worker reaches
   * the UI thread as a handle, where a Blob of each part as it arrived, then one of them all, were
   * UI-thread tasks of 80–500 ms with 100,000 contracts (issue 16). Resolves with the file's name.
   */
  takeFile?(file: Blob): Promise<string>;
}

/** A backup being written (backup:writeBegin). */
const backupStream = z.object({ handle: backupHandle }).strict();
export type BackupStream = z.infer<typeof backupStream>;

/** A backup written whole: its file name, and for an automatic one the folder's list after pruning. */
const backupWritten = z.object({ fileName: z.string(), auto: autoBackupStatus.nullable() }).strict();
export type BackupWritten = z.infer<typeof backupWritten>;

/** What every channel of the contract says: `answer` too, so a channel that does not say what it answers fails the type check. */
export interface ChannelSpec {
  /** The preload's method for it (DesktopApi). */
  method: string;
  request: z.ZodType;
  answer: z.ZodType;
}

export const ipcContract = {
  'app:getInfo': { method: 'getAppInfo', request: z.object({}).strict(), answer: appInfo },
  /**
   * The IT policy in force (docs/it-deployment.md): values set by the organisation with where each came
   * from, default settings that are locked, warnings about a policy that could not be used, and whether
   * this installation updates itself. The renderer shows each such value as "set by your organisation".
   */
  'policy:get': { method: 'getPolicy', request: z.object({}).strict(), answer: desktopPolicy },
  /** Shows an open dialog for the purpose and returns the chosen file's bytes; null when cancelled. */
  'file:open': { method: 'openFile', request: z.object({ purpose: z.enum(OPEN_PURPOSE_KEYS) }).strict(), answer: openedFile.nullable() },
  /** Shows a save dialog for the purpose and writes what the renderer produced; null when cancelled. */
  'file:save': {
    method: 'saveFile',
    request: z.object({ purpose: z.enum(SAVE_PURPOSE_KEYS), suggestedName: fileName, content: saveContent }).strict(),
    answer: savedFile.nullable(),
  },
  /** Renders the appraisal's report route to PDF in a hidden window and saves it; null when cancelled. */
  'report:exportPdf': {
    method: 'exportReportPdf',
    request: z
      .object({
        appraisalId: z.string().min(1).max(100),
        suggestedName: fileName,
        title: z.string().max(300),
        author: z.string().max(200),
        headerLeft: z.string().max(300),
        footerStatus: z.string().max(50),
        query: z
          .string()
          .max(2000)
          .regex(/^[A-Za-z0-9=&%._~-]*$/),
      })
      .strict(),
    answer: exportedPdf.nullable(),
  },
  /** Where automatic backups go and which are there, newest first. */
  'backup:autoStatus': { method: 'getAutoBackups', request: z.object({}).strict(), answer: autoBackupStatus },
  /**
   * A backup's text is written to disk as a stream of parts (backup:writeBegin, then writeChunk for
   * each part in order, then writeFinish or writeAbort), never as one message: the text of 100,000
   * contracts is tens of megabytes, and one message of it was a UI-thread task of seconds (issue 16).
   * Main writes the parts to a temporary file beside the target and renames it over on finish, so a
   * backup on disk is always whole; an abort, or a crash part-way, leaves the old files as they were.
   * `to: 'auto'` goes to the automatic backup folder (keeping the newest `keep`); `to: 'chosen'`
   * shows the save dialog first (null when cancelled).
   */
  'backup:writeBegin': {
    method: 'beginBackupWrite',
    request: z.discriminatedUnion('to', [
      z.object({ to: z.literal('auto'), keep: z.number().int().min(1).max(365) }).strict(),
      z.object({ to: z.literal('chosen'), suggestedName: fileName }).strict(),
    ]),
    answer: backupStream.nullable(),
  },
  /**
   * One part of the backup as UTF-8 bytes (a part may end inside a character: main only appends
   * them), `index` counting from 0; refused (and the stream dropped) out of order or past MAX_SAVE_BYTES.
   */
  'backup:writeChunk': {
    method: 'writeBackupChunk',
    request: z
      .object({
        handle: backupHandle,
        index: z.number().int().min(0).max(MAX_SAVE_BYTES),
        bytes: bytesOf(1, MAX_BACKUP_CHUNK_BYTES, 'must be bytes, at least one and no more than 1 MB'),
      })
      .strict(),
    answer: z.null(),
  },
  /** Every part has been sent: main flushes the file, renames it into place and (automatic) prunes old ones. */
  'backup:writeFinish': {
    method: 'finishBackupWrite',
    request: z.object({ handle: backupHandle, parts: z.number().int().min(0).max(MAX_SAVE_BYTES) }).strict(),
    answer: backupWritten,
  },
  /** The making failed or was stopped: main removes the temporary file. A handle main no longer knows is no error. */
  'backup:writeAbort': { method: 'abortBackupWrite', request: z.object({ handle: backupHandle }).strict(), answer: z.null() },
  /**
   * Reads one automatic backup, named as the list gave it, for Restore: the file's bytes, which the page
   * moves to its backup worker unread, never text (a backup of 100,000 contracts is tens of megabytes,
   * and a string of it cloned onto the UI thread and sent on was a task of most of a second; issue 16).
   * The preload refuses any other answer, by type and length alone (never reading the bytes); main
   * refuses (FILE_TOO_LARGE) a file past MAX_SAVE_BYTES, the most it writes.
   */
  'backup:readAuto': {
    method: 'readAutoBackup',
    request: z
      .object({
        fileName: z
          .string()
          .regex(/^auto-backup-[0-9T-]+\.json$/)
          .max(100),
      })
      .strict(),
    answer: bytesOf(0, MAX_SAVE_BYTES, 'must be bytes no larger than 512 MB'),
  },
  /**
   * Shows a folder picker and makes the chosen folder where automatic backups go (remembered by main);
   * null when cancelled. Refused (POLICY_LOCKED) when the IT policy sets the folder.
   */
  'backup:chooseFolder': { method: 'chooseAutoBackupFolder', request: z.object({}).strict(), answer: autoBackupStatus.nullable() },
  /**
   * The renderer's answer to a flush request (FLUSH_REQUEST_CHANNEL): every edit that was waiting
   * has been written, so main may close the window or quit.
   */
  'app:flushed': { method: 'reportFlushed', request: flushRequestSchema, answer: z.null() },
} as const satisfies Record<string, ChannelSpec>;

type Contract = typeof ipcContract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type AnswerOf<C extends Channel> = z.output<Contract[C]['answer']>;

/** Every code a failure crosses the bridge with; main sends anything else as INTERNAL. */
export const IPC_ERROR_CODES = ['FORBIDDEN_SENDER', 'INVALID_REQUEST', 'FILE_TOO_LARGE', 'IO_ERROR', 'POLICY_LOCKED', 'INTERNAL'] as const;
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

export interface IpcError {
  code: IpcErrorCode;
  message: string;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** Commands the main process sends to the renderer from the application menu. */
export const MENU_COMMANDS = [
  'import-portfolio',
  'export-portfolio',
  'export-report',
  'export-word',
  'export-excel',
  'export-key-dates',
  'export-notices',
  'export-pipeline',
  'back-up',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MENU_COMMAND_CHANNEL = 'menu:command';

/**
 * The print window's readiness signal: the report route sets `data-report-ready` on <html> and the
 * main process polls it before printing. Both sides read the names from here.
 */
export const REPORT_READY_DATASET_KEY = 'reportReady';
export const REPORT_READY = { pending: 'false', ready: 'true', failed: 'error' } as const;
export type ReportReadyState = (typeof REPORT_READY)[keyof typeof REPORT_READY];

/** A channel whose request has no fields (z.object({}).strict() reads as an index signature) takes no argument. */
type MethodFor<C extends Channel> = string extends keyof RequestOf<C>
  ? (request?: RequestOf<C>) => Promise<IpcResult<AnswerOf<C>>>
  : (request: RequestOf<C>) => Promise<IpcResult<AnswerOf<C>>>;

/** What the preload exposes as `window.desktop`: one method per channel, named by the contract, nothing generic. */
export type DesktopApi = { [C in Channel as Contract[C]['method']]: MethodFor<C> } & {
  /** Subscribes to menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Runs `flush` whenever main asks before closing or quitting, and tells main when it has finished
   * (or failed: main must not wait for a flush that will never end); returns an unsubscribe function.
   */
  onFlushRequest(flush: () => Promise<void>): () => void;
};

/** zod's first complaint, for a developer's log or a request's refusal: where it is and what is wrong. */
function firstIssue(error: z.ZodError, what: string): string {
  const first = error.issues[0];
  return first ? `${first.path.join('.') || what} ${first.message}` : 'malformed';
}

/**
 * What the page is told when a request is refused as malformed (a fault in the planner itself, never
 * something the user did): in plain words, as the screens show a failure's message.
 */
export const UNREADABLE_REQUEST: IpcError = {
  code: 'INVALID_REQUEST',
  message: 'The planner could not carry out this request. Try again, and restart the planner if it happens again.',
};

/**
 * Parses a request against its channel's schema; used by the preload and by main. A refusal says so in
 * plain words; the channel and zod's words go to `report` (the console, or main's log).
 */
export function parseRequest<C extends Channel>(
  channel: C,
  payload: unknown,
  report: (problem: string) => void,
): { ok: true; value: RequestOf<C> } | { ok: false; error: IpcError } {
  const schema = ipcContract[channel].request as unknown as z.ZodType<RequestOf<C>>;
  const parsed = schema.safeParse(payload);
  if (parsed.success) return { ok: true, value: parsed.data };
  report(`Invalid request to ${channel}: ${firstIssue(parsed.error, 'payload')}`);
  return { ok: false, error: UNREADABLE_REQUEST };
}

/**
 * What the page is told when main's answer is not what its channel promises (or main gave none): in
 * plain words, as the screens show a failure's message; the channel and zod's words go to `report`.
 */
export const UNREADABLE_ANSWER: IpcError = {
  code: 'INTERNAL',
  message: 'The planner could not read its own reply to this request. Try again, and restart the planner if it happens again.',
};

const ipcError = z.object({ code: z.enum(IPC_ERROR_CODES), message: z.string() }).strict();

/**
 * Parses main's reply on a channel (an IpcResult) against the channel's answer schema; used by the
 * preload on every answer before the page sees it. A refusal main sent is passed on as it was, once
 * its code and message are checked. Bytes are checked by type and length, never copied or read.
 */
export function parseAnswer<C extends Channel>(channel: C, reply: unknown, report: (problem: string) => void): IpcResult<AnswerOf<C>> {
  const { ok, value, error } = (typeof reply === 'object' && reply !== null ? reply : {}) as Partial<
    Record<'ok' | 'value' | 'error', unknown>
  >;
  const parsed =
    ok === true ? (ipcContract[channel].answer as z.ZodType).safeParse(value) : ok === false ? ipcError.safeParse(error) : null;
  if (parsed?.success) return ok === true ? { ok: true, value: parsed.data as AnswerOf<C> } : { ok: false, error: parsed.data as IpcError };
  report(
    `The answer to ${channel} was refused: ${parsed ? firstIssue(parsed.error, ok === true ? 'answer' : 'error') : 'it is not a result'}`,
  );
  return { ok: false, error: UNREADABLE_ANSWER };
}
