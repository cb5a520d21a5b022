import type { z } from 'zod';
import type { ContractInput } from '../domain/contract';
import { AppError } from '../result';
import { PORTFOLIO_FORMAT, PORTFOLIO_VERSION, appraisalBundleSchema, portfolioSchema, type Portfolio } from './portfolio-schema';
import { upgrades, type PortfolioDocument } from './portfolio-upgrades';
import { checkFileSize } from './limits';
import { parseJsonSafely } from './safe-json';

export { PORTFOLIO_FORMAT, PORTFOLIO_VERSION, appraisalBundleSchema } from './portfolio-schema';
export type { AppraisalBundle, Portfolio } from './portfolio-schema';
export { upgrades } from './portfolio-upgrades';

export type PortfolioParseResult =
  | { ok: true; value: { portfolio: Portfolio; fromVersion: number } }
  /** error.code: FILE_TOO_LARGE, NOT_A_PORTFOLIO, PORTFOLIO_TOO_NEW or PORTFOLIO_INVALID; issues lists every problem. */
  | { ok: false; error: AppError; issues: string[] };

const MAX_LISTED_ISSUES = 10;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function failure(code: string, message: string, issues: string[] = []): PortfolioParseResult {
  return { ok: false, error: new AppError(code, message), issues };
}

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
}

/** Names the contract or appraisal an issue is in, by position and reference, for the user. */
function describeIssue(issue: z.core.$ZodIssue, doc: PortfolioDocument): string {
  const [section, index, ...rest] = issue.path;
  const list = typeof section === 'string' ? doc[section] : undefined;
  if (typeof index === 'number' && Array.isArray(list) && (section === 'contracts' || section === 'appraisals')) {
    const item: unknown = list[index];
    const field = rest.length ? pathText(rest) : '(the whole entry)';
    if (section === 'contracts') {
      const ref = isRecord(item) && typeof item.reference === 'string' ? ` (reference '${item.reference}')` : '';
      return `Contract ${index + 1}${ref}, field '${field}': ${issue.message}`;
    }
    const appraisal = isRecord(item) && isRecord(item.appraisal) ? item.appraisal : undefined;
    const title = appraisal && typeof appraisal.title === 'string' ? ` ('${appraisal.title}')` : '';
    return `Appraisal ${index + 1}${title}, field '${field}': ${issue.message}`;
  }
  return `Field '${pathText(issue.path) || '(file)'}': ${issue.message}`;
}

function listIssues(issues: string[]): string {
  const shown = issues.slice(0, MAX_LISTED_ISSUES).join('\n');
  return issues.length > MAX_LISTED_ISSUES ? `${shown}\n…and ${issues.length - MAX_LISTED_ISSUES} more` : shown;
}

/**
 * Reads a portfolio file: size check (IMPORT_LIMITS.maxFileBytes), JSON (without prototype-polluting
 * keys), format check, version check, upgrade steps for older versions, then validation against the
 * current schema. Never throws: every problem comes back as `{ ok: false, error }`.
 */
export function parsePortfolio(input: string | Uint8Array, options: { fileName?: string } = {}): PortfolioParseResult {
  try {
    checkFileSize(options.fileName, input.length);
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error, issues: [] };
    throw error;
  }
  const text = typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input);
  let raw: unknown;
  try {
    raw = parseJsonSafely(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    // Data nested deeper than any portfolio is refused before anything walks it (see safe-json.ts).
    if (error instanceof RangeError)
      return failure(
        'NOT_A_PORTFOLIO',
        'The file is not a Trust Procurement Planner portfolio: its data is nested far more deeply than a portfolio is.',
      );
    const detail = error instanceof Error ? `: ${error.message}` : '';
    return failure('NOT_A_PORTFOLIO', `The file is not a Trust Procurement Planner portfolio: it is not valid JSON${detail}.`);
  }
  if (!isRecord(raw) || raw.format !== PORTFOLIO_FORMAT) {
    return failure(
      'NOT_A_PORTFOLIO',
      'The file is not a Trust Procurement Planner portfolio (its "format" is missing or different). To bring in a register from Excel, use Import register instead.',
    );
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return failure('NOT_A_PORTFOLIO', 'The portfolio file has no valid format version number.');
  }
  if (version > PORTFOLIO_VERSION) {
    return failure(
      'PORTFOLIO_TOO_NEW',
      `This portfolio was saved by a newer version of Trust Procurement Planner (file format ${version}); this version reads formats up to ${PORTFOLIO_VERSION}. Update the app to open it.`,
    );
  }
  let doc: PortfolioDocument = raw;
  for (let v = version; v < PORTFOLIO_VERSION; v += 1) {
    const step = upgrades[v];
    if (!step) return failure('NOT_A_PORTFOLIO', `Portfolio format ${v} is not one this app can upgrade.`);
    doc = step(doc);
  }
  const result = portfolioSchema.safeParse(doc);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => describeIssue(issue, doc));
    return failure(
      'PORTFOLIO_INVALID',
      `The portfolio file has ${issues.length === 1 ? 'a problem' : `${issues.length} problems`}:\n${listIssues(issues)}`,
      issues,
    );
  }
  return { ok: true, value: { portfolio: result.data, fromVersion: version } };
}

export interface PortfolioContents {
  trustName?: string;
  contracts: readonly ContractInput[];
  appraisals?: readonly z.input<typeof appraisalBundleSchema>[];
  /** Defaults to now. */
  exportedAt?: Date;
}

/**
 * Writes the current format. The data goes through the schema first, so the file is always valid
 * and its keys come out in schema order (stable, whatever order the caller's objects had).
 */
export function serialisePortfolio(contents: PortfolioContents): string {
  const result = portfolioSchema.safeParse({
    format: PORTFOLIO_FORMAT,
    version: PORTFOLIO_VERSION,
    exportedAt: (contents.exportedAt ?? new Date()).toISOString(),
    organisation: { trustName: contents.trustName ?? '' },
    contracts: contents.contracts,
    appraisals: contents.appraisals ?? [],
  });
  if (!result.success) {
    const doc: PortfolioDocument = { contracts: contents.contracts, appraisals: contents.appraisals };
    const issues = result.error.issues.map((issue) => describeIssue(issue, doc));
    throw new AppError('PORTFOLIO_INVALID', `The portfolio cannot be saved:\n${listIssues(issues)}`);
  }
  return `${JSON.stringify(result.data, null, 2)}\n`;
}
