import type { z } from 'zod';
import type { Contract } from '../domain/contract';
import { isBlankFor, isPlaceholder, parseFieldCell, parseTermMonths } from './field-values';
import {
  FIELD_KINDS,
  FIELD_LABELS,
  IMPORT_DEFAULTS,
  nounFor,
  IMPORT_FIELDS,
  missingReason,
  REQUIRED_FIELDS,
  type FieldKind,
  type ImportField,
} from './fields';
import { cellText, quote, type Cell } from './grid';
import { makeIssue, makeWarning, type ImportIssue, type ImportWarning } from './issues';
import { IMPORT_LIMITS } from './limits';
import { formatCount } from '../format';
import type { DateOptions } from './values';
import { endDateFromTerm } from './term';
import { buildCandidate, checkContract } from './contract-candidate';

/*
 * Reads one register row into a validated contract, or into issues. Runs 100,000 times for a large
 * register, so per-row state lives in arrays indexed by field position and is reused between rows:
 * profiling showed objects with computed keys and object spreads dominating otherwise.
 */

export interface Source {
  col: number;
  header: string;
}

/** Which columns feed which field (a field may have several; the first non-blank one wins). */
export interface ColumnPlan {
  fields: ReadonlyMap<ImportField, readonly Source[]>;
  termSources: readonly Source[];
  /**
   * The user's answers for values the app did not recognise, by column header then cell text (trimmed):
   * a code the field accepts, or '' to leave the field blank without a warning.
   */
  valueMappings?: ValueMappings;
}

export type ValueMappings = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** Field kinds whose values come from a fixed list, so an unknown one can be mapped to a known one. */
const ENUM_KINDS: ReadonlySet<FieldKind> = new Set<FieldKind>([
  'category',
  'contracting-model',
  'procurement-route',
  'regime',
  'hosting-model',
  'status',
]);

export type RowOutcome =
  | {
      ok: true;
      contract: Contract;
      reference: string;
      previous: Contract | undefined;
      defaulted: { category: boolean; contractingModel: boolean };
      derivedEnd: boolean;
      /** Cells left blank in this row, each named by row and column. */
      warnings: ImportWarning[];
    }
  | { ok: false; reference: string | null; issues: ImportIssue[]; warnings: ImportWarning[] };

const FIELD_INDEX = new Map<ImportField, number>(IMPORT_FIELDS.map((f, i) => [f, i]));
const fi = (field: ImportField): number => FIELD_INDEX.get(field)!;
const I = {
  reference: fi('reference'),
  startDate: fi('startDate'),
  currentEndDate: fi('currentEndDate'),
  category: fi('category'),
  contractingModel: fi('contractingModel'),
};
const DEFAULTS: Record<string, unknown> = IMPORT_DEFAULTS;

/** A schema issue in words a user reads after the field's name ("is longer than 2,000 characters"). */
export function zodReason(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_big' && issue.origin === 'string') return `is longer than ${formatCount(Number(issue.maximum))} characters`;
  if ((issue.code === 'too_big' || issue.code === 'too_small') && issue.message.startsWith('Too')) return 'is outside the allowed range';
  if (issue.code === 'invalid_type') return 'is missing or of the wrong kind';
  return issue.message;
}

const REQUIRED = new Set<ImportField>(REQUIRED_FIELDS);

function article(noun: string): string {
  return /^[aeiou]/.test(noun) ? 'an' : 'a';
}

/** The reason a kept row lost a value, in the words the preview shows. */
function blankedReason(field: ImportField, kind: FieldKind, text: string, parseReason: string): string {
  if (ENUM_KINDS.has(kind)) {
    const noun = nounFor(field);
    return `${quote(text)} is not ${article(noun)} ${noun} the app knows, so it was left blank`;
  }
  return `${parseReason}, so it was left blank`;
}

export type RowReader = (cells: readonly Cell[], rowNo: number) => RowOutcome;

/** A cell longer than any spreadsheet cell can be is reported, not parsed (see register.ts). */
function overlong(cell: Cell): string | null {
  return typeof cell === 'string' && cell.length > IMPORT_LIMITS.maxCellChars ? cell : null;
}

function overlongIssue(rowNo: number, header: string, field: ImportField | 'term-months', cell: string): ImportIssue {
  return makeIssue(
    rowNo,
    header,
    field,
    `${cell.slice(0, 100)}…`,
    `the cell holds ${formatCount(cell.length)} characters, more than the ${formatCount(IMPORT_LIMITS.maxCellChars)} a spreadsheet cell can hold`,
  );
}

/**
 * A reader for one pass over a register: it remembers the rows references were first seen on, so a
 * repeated reference is reported against the earlier row.
 */
export function createRowReader(
  plan: ColumnPlan,
  existing: ReadonlyMap<string, Contract>,
  dateOptions: DateOptions,
  { zodOnly = false }: { zodOnly?: boolean } = {},
): RowReader {
  /** Each mapped field with what the loop below asks of it for every cell, worked out once. */
  const planned: {
    index: number;
    field: ImportField;
    kind: FieldKind;
    sources: readonly Source[];
    required: boolean;
    isEnum: boolean;
    /** Placeholders are watched in required fields and amounts, where blanking one silently loses meaning. */
    watchPlaceholder: boolean;
  }[] = [];
  for (const [field, sources] of plan.fields) {
    const kind = FIELD_KINDS[field];
    const required = REQUIRED.has(field);
    planned.push({
      index: fi(field),
      field,
      kind,
      sources,
      required,
      isEnum: ENUM_KINDS.has(kind),
      watchPlaceholder: kind !== 'text' && (required || kind === 'money'),
    });
  }
  const headerFor = (field: ImportField): string => plan.fields.get(field)?.[0].header ?? '';
  const cellOf = (cells: readonly Cell[], field: ImportField): Cell => {
    const source = plan.fields.get(field)?.[0];
    return source ? (cells[source.col] ?? null) : null;
  };
  const valueMappings = plan.valueMappings ?? {};
  const values: unknown[] = new Array(IMPORT_FIELDS.length);
  const placeholderOf: (string | undefined)[] = new Array(IMPORT_FIELDS.length);
  const used: (Source | undefined)[] = new Array(IMPORT_FIELDS.length);
  const flagged = new Uint8Array(IMPORT_FIELDS.length);
  const firstRowOf = new Map<string, number>();

  return (cells, rowNo) => {
    values.fill(undefined);
    used.fill(undefined);
    flagged.fill(0);
    placeholderOf.fill(undefined);
    const issues: ImportIssue[] = [];
    const warnings: ImportWarning[] = [];

    for (const { index, field, kind, sources, required, isEnum, watchPlaceholder } of planned) {
      let placeholder: { source: Source; text: string } | undefined;
      for (const source of sources) {
        let cell = cells[source.col] ?? null;
        const tooLong = overlong(cell);
        if (tooLong !== null) {
          issues.push(overlongIssue(rowNo, source.header, field, tooLong));
          flagged[index] = 1;
          break;
        }
        if (watchPlaceholder && typeof cell === 'string' && isPlaceholder(cell)) {
          placeholder ??= { source, text: cell.trim() };
          continue;
        }
        if (isBlankFor(kind, cell)) continue;
        const text = cellText(cell).trim();
        if (isEnum) {
          const answer = valueMappings[source.header]?.[text];
          // The user chose "leave blank" for this value: no value and no warning, as they asked.
          if (answer === '') break;
          if (answer !== undefined) cell = answer;
        }
        const parsed = parseFieldCell(field, cell, dateOptions);
        if (parsed.ok && required && kind === 'text' && isPlaceholder(text)) {
          // "TBC" may be a real title, so it is kept, but a supplier of "TBC" should not pass unremarked.
          warnings.push(
            makeWarning(
              'placeholder-kept',
              rowNo,
              source.header,
              field,
              text,
              `${quote(text)} looks like a placeholder; it was imported as the ${nounFor(field)}, so correct it when known`,
            ),
          );
        }
        if (parsed.ok) {
          values[index] = parsed.value;
          used[index] = source;
        } else if (required) {
          issues.push(makeIssue(rowNo, source.header, field, text, parsed.reason));
          flagged[index] = 1;
        } else {
          // Only required fields can refuse a row: an optional value that cannot be read is left blank.
          const kindOfWarning = isEnum ? 'unrecognised' : 'unreadable';
          warnings.push(makeWarning(kindOfWarning, rowNo, source.header, field, text, blankedReason(field, kind, text, parsed.reason)));
        }
        break;
      }
      if (placeholder && values[index] === undefined && !flagged[index]) {
        placeholderOf[index] = placeholder.text;
        if (!required) {
          warnings.push(
            makeWarning(
              'placeholder',
              rowNo,
              placeholder.source.header,
              field,
              placeholder.text,
              `${quote(placeholder.text)} is a placeholder, not ${article(nounFor(field))} ${nounFor(field)}, so it was left blank`,
            ),
          );
        }
      }
    }

    let derivedEnd = false;
    if (values[I.currentEndDate] === undefined && !flagged[I.currentEndDate]) {
      for (const source of plan.termSources) {
        const cell = cells[source.col] ?? null;
        const tooLong = overlong(cell);
        if (tooLong !== null) {
          issues.push(overlongIssue(rowNo, source.header, 'term-months', tooLong));
          flagged[I.currentEndDate] = 1;
          break;
        }
        if (isBlankFor('days', cell)) continue;
        const term = parseTermMonths(cell);
        if (!term.ok) {
          issues.push(makeIssue(rowNo, source.header, 'term-months', cellText(cell).trim(), term.reason));
          flagged[I.currentEndDate] = 1;
        } else if (typeof values[I.startDate] === 'string') {
          values[I.currentEndDate] = endDateFromTerm(values[I.startDate] as string, term.value);
          used[I.currentEndDate] = source;
          derivedEnd = true;
        } else if (flagged[I.startDate]) {
          // The bad start date is already reported; a second "end date required" would only confuse.
          flagged[I.currentEndDate] = 1;
        }
        break;
      }
    }

    const ref = values[I.reference];
    const reference = typeof ref === 'string' && ref !== '' ? ref : null;
    if (reference !== null) {
      const earlier = firstRowOf.get(reference);
      if (earlier !== undefined) {
        issues.push(
          makeIssue(rowNo, headerFor('reference'), 'reference', reference, `${quote(reference)} is already used by row ${earlier}`),
        );
        flagged[I.reference] = 1;
      } else {
        firstRowOf.set(reference, rowNo);
      }
    }

    // The row's values over the portfolio's contract (or the defaults), built in one fixed key order.
    const previous = reference !== null ? existing.get(reference) : undefined;
    const base = (previous ?? DEFAULTS) as Record<string, unknown>;
    const candidate = buildCandidate(values, base, previous);

    for (const field of REQUIRED_FIELDS) {
      const index = fi(field);
      if ((candidate[field] !== undefined && candidate[field] !== '') || flagged[index]) {
        const text = placeholderOf[index];
        if (text !== undefined && !flagged[index]) {
          // An update whose cell says "TBC": the register's value stands, and the user is told why.
          warnings.push(
            makeWarning(
              'placeholder',
              rowNo,
              headerFor(field),
              field,
              text,
              `${quote(text)} is a placeholder, so the ${nounFor(field)} already in the register was kept`,
            ),
          );
        }
        continue;
      }
      flagged[index] = 1;
      const hasTerm = plan.termSources.some((s) => !isBlankFor('days', cells[s.col] ?? null));
      if (field === 'currentEndDate' && hasTerm && candidate.startDate === undefined) {
        // The row has a term but no start: the start date is what the user has to fill in.
        issues.push(
          makeIssue(
            rowNo,
            headerFor('startDate'),
            'startDate',
            cellText(cellOf(cells, 'startDate')).trim(),
            'a start date is needed to work out the end date from the term in months',
          ),
        );
      } else if (placeholderOf[index] !== undefined) {
        const text = placeholderOf[index];
        issues.push(makeIssue(rowNo, headerFor(field), field, text, `${quote(text)} is a placeholder: ${missingReason(field)}`));
      } else {
        issues.push(makeIssue(rowNo, headerFor(field), field, cellText(cellOf(cells, field)).trim(), missingReason(field)));
      }
    }

    const result = checkContract(candidate, zodOnly);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const key = issue.path[0];
        const index = typeof key === 'string' ? FIELD_INDEX.get(key as ImportField) : undefined;
        if (index !== undefined && flagged[index]) continue;
        if (index !== undefined) flagged[index] = 1;
        const field = index !== undefined ? IMPORT_FIELDS[index] : null;
        const source = index !== undefined ? used[index] : undefined;
        const text = source ? cellText(cells[source.col] ?? null).trim() : '';
        const kept = field ? candidate[field] : undefined;
        const reason = source
          ? `${quote(text)} ${zodReason(issue)}`
          : `${field ? FIELD_LABELS[field] : String(key)}${typeof kept === 'string' || typeof kept === 'number' ? ` (${kept}, from the portfolio)` : ''} ${zodReason(issue)}`;
        issues.push(makeIssue(rowNo, source?.header ?? '', field, text, reason));
      }
    }

    if (issues.length > 0 || !result.success) return { ok: false, reference, issues, warnings };
    return {
      ok: true,
      contract: result.data,
      reference: result.data.reference,
      previous,
      defaulted: {
        category: !previous && values[I.category] === undefined,
        contractingModel: !previous && values[I.contractingModel] === undefined,
      },
      derivedEnd,
      warnings,
    };
  };
}
