import type { MappingTarget } from '@shared/import/columns';
import type { ImportPreviewSummary } from '@shared/import/preview';

export type { ImportPreviewSummary };

/** Messages between the import dialog and the import worker, which parses, checks and writes. */
export type ToWorker =
  | {
      type: 'analyse';
      fileName: string;
      /**
       * The file: its bytes moved here (transferred), or the file itself unread (a browser's pick or
       * drop), read here so the UI thread never does; absent to read the file the worker was given last again.
       */
      bytes?: Uint8Array | Blob;
      sheet?: string;
      mapping?: Record<string, MappingTarget>;
      /** 0-based row the user chose as the header; detected when absent. */
      headerRow?: number;
      /** The user's answers for unrecognised values: column → value → code, or '' for "leave blank". */
      valueMappings?: Record<string, Record<string, string>>;
    }
  | { type: 'commit' };

export type FromWorker =
  | { type: 'progress'; stage: 'reading' | 'checking' | 'writing'; fraction: number }
  | {
      type: 'preview';
      preview: ImportPreviewSummary;
      /**
       * The rows are already written, in a transaction held open until Import or Cancel: the register's
       * tables wait meanwhile, so Import must go straight to commit. Only when no sample is loaded.
       */
      holdsWrites: boolean;
    }
  | { type: 'committed'; importId: number; summary: string }
  | { type: 'error'; code: string; message: string };

export const MAX_LISTED_ERRORS = 500;
