import type { MappingTarget } from '@shared/import/columns';
import type { ImportIssue } from '@shared/import/issues';

/** Messages between the import dialog and the import worker, which parses, checks and writes. */
export type ToWorker =
  { type: 'analyse'; fileName: string; bytes: Uint8Array; sheet?: string; mapping?: Record<string, MappingTarget> } | { type: 'commit' };

export interface ImportPreviewSummary {
  fileName: string;
  format: 'csv' | 'xlsx' | 'json';
  sheetNames: string[];
  sheetName?: string;
  headerRowNumber?: number;
  headers: string[];
  mapping: Record<string, MappingTarget>;
  /** The mapping came from an earlier import of the same layout. */
  mappingRemembered: boolean;
  unknownColumns: string[];
  missingRequired: string[];
  counts: { new: number; update: number; unchanged: number; invalid: number };
  appraisals: number;
  /** The first issues (all of them up to the cap), in row order. */
  errors: ImportIssue[];
  errorCount: number;
  notices: string[];
  /** A few updates with the fields they change, so the user sees what an update means. */
  updates: Array<{ reference: string; fields: string[] }>;
}

export type FromWorker =
  | { type: 'progress'; stage: 'reading' | 'checking' | 'writing'; fraction: number }
  | { type: 'preview'; preview: ImportPreviewSummary }
  | { type: 'committed'; importId: number; summary: string }
  | { type: 'error'; code: string; message: string };

export const MAX_LISTED_ERRORS = 500;
