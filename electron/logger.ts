import path from 'node:path';

/**
 * The main process's log file: what IT needs when a trust manager says "the planner stopped
 * working", and nothing else. Guarantees:
 * - every line is appended synchronously, so the last lines before a crash are on disk;
 * - the file is rotated by size (main.log → main.1.log → … → main.<keep>.log), so it never grows
 *   without bound and the folder holds at most keep + 1 files;
 * - no personal or contract data: callers log events and error codes, never file names or
 *   content, and every line is redacted here as well (home folder, user name, quoted paths);
 * - logging never throws: a log that cannot be written falls back to the console.
 */

export interface LogFs {
  appendFileSync(file: string, data: string): void;
  statSync(file: string): { size: number };
  renameSync(from: string, to: string): void;
  mkdirSync(dir: string, options: { recursive: true }): unknown;
}

export type LogFn = (message: string, error?: unknown) => void;

export interface Logger {
  /** Where the current log is written. */
  readonly file: string;
  readonly dir: string;
  info(message: string): void;
  /** A warning, or an error when `error` is given (its name, message and stack, redacted). */
  log: LogFn;
}

export interface LoggerOptions {
  dir: string;
  fs: LogFs;
  /** Absolute home folder and user name, removed from every line. */
  home?: string;
  userName?: string;
  now?: () => Date;
  maxBytes?: number;
  keep?: number;
  /** Where lines go when the file cannot be written (the console, in main). */
  fallback?: (line: string) => void;
}

export const LOG_FILE_NAME = 'main.log';
const LOG_MAX_BYTES = 1024 * 1024;
const LOG_KEEP = 3;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Removes what could identify a person or a contract from a log line. */
export function redact(text: string, who: { home?: string; userName?: string } = {}): string {
  let out = text;
  if (who.home && who.home.length > 1) out = out.replace(new RegExp(escapeRegExp(who.home), 'gi'), '~');
  // A quoted path names a file, and a file name can name a supplier or a contract.
  out = out.replace(/(['"`])(?:[A-Za-z]:)?[^'"`\n]*[\\/][^'"`\n]*\1/g, '$1<path>$1');
  if (who.userName && who.userName.length > 1) out = out.replace(new RegExp(`\\b${escapeRegExp(who.userName)}\\b`, 'gi'), '<user>');
  return out;
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return `${error.name}${code ? ` ${code}` : ''}: ${error.message}${
      error.stack
        ? `\n${error.stack
            .split('\n')
            .slice(1)
            .map((line) => line.trim())
            .join('\n')}`
        : ''
    }`;
  }
  return String(error);
}

export function createLogger(options: LoggerOptions): Logger {
  const { fs } = options;
  const file = path.join(options.dir, LOG_FILE_NAME);
  const maxBytes = options.maxBytes ?? LOG_MAX_BYTES;
  const keep = options.keep ?? LOG_KEEP;
  const now = options.now ?? (() => new Date());
  const fallback = options.fallback ?? ((line: string) => console.error(line));
  const rotated = (n: number) => path.join(options.dir, `main.${n}.log`);

  function rotateIfFull(incoming: number): void {
    let size: number;
    try {
      size = fs.statSync(file).size;
    } catch {
      return; // no log yet
    }
    if (size + incoming <= maxBytes) return;
    for (let n = keep - 1; n >= 1; n--) {
      try {
        fs.renameSync(rotated(n), rotated(n + 1));
      } catch {
        // that generation does not exist yet
      }
    }
    fs.renameSync(file, rotated(1));
  }

  function write(level: 'INFO' | 'WARN' | 'ERROR', message: string, error?: unknown): void {
    const body = redact(error === undefined ? message : `${message}: ${describe(error)}`, options);
    const line = `${now().toISOString()} ${level} ${body.replace(/\r?\n/g, '\n    ')}\n`;
    try {
      fs.mkdirSync(options.dir, { recursive: true });
      rotateIfFull(Buffer.byteLength(line));
      fs.appendFileSync(file, line);
    } catch (failure) {
      fallback(`[log unavailable: ${failure instanceof Error ? failure.message : String(failure)}] ${line.trimEnd()}`);
    }
  }

  return {
    file,
    dir: options.dir,
    info: (message) => write('INFO', message),
    log: (message, error) => write(error === undefined ? 'WARN' : 'ERROR', message, error),
  };
}
