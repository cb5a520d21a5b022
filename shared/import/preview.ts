import type { MappingTarget } from './columns';
import type { HeaderRowChoice } from './header-detect';
import type { ImportIssue, ImportWarning } from './issues';
import type { UnrecognisedColumn } from './unrecognised';
import type { OcdsPreviewSummary } from './ocds-summary';

/** What the import preview shows about a file before anything is written (register or portfolio). */
export interface ImportPreviewSummary {
  fileName: string;
  format: 'csv' | 'xlsx' | 'json' | 'ocds';
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
  /** Registers only: the first cells left blank in imported rows (all up to the cap), in row order. */
  warnings?: ImportWarning[];
  warningCount?: number;
  /** Registers only: values the app did not recognise, per column, for the user to map. */
  unrecognised?: UnrecognisedColumn[];
  /** Registers only: the answers already given for unrecognised values (column → value → code or ''). */
  valueMappings?: Record<string, Record<string, string>>;
  /** Registers only: rows the user may choose as the header instead. */
  headerChoices?: HeaderRowChoice[];
  /** A few updates with the fields they change, so the user sees what an update means. */
  updates: Array<{ reference: string; fields: string[] }>;
  /** For an OCDS package of the trust's own notices: the diff against the register. */
  ocds?: OcdsPreviewSummary;
}

/**
 * The preview of a file that has no columns to map (a portfolio JSON or an OCDS package): no sheets,
 * headers or mapping, and no row issues, since such a file is refused whole when it cannot be read.
 */
export function unmappedFileSummary(
  fields: Pick<ImportPreviewSummary, 'fileName' | 'format' | 'counts' | 'appraisals' | 'notices' | 'updates' | 'ocds'>,
): ImportPreviewSummary {
  return {
    sheetNames: [],
    headers: [],
    mapping: {},
    mappingRemembered: false,
    unknownColumns: [],
    missingRequired: [],
    errors: [],
    errorCount: 0,
    ...fields,
  };
}
