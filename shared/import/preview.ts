import type { MappingTarget } from './columns';
import type { ImportIssue } from './issues';

/** What the import preview shows about a file before anything is written (register or portfolio). */
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
