import { matchHeader } from './columns';
import { cellText, type Cell, type Grid } from './grid';
import { columnName } from './limits';

export interface HeaderRow {
  /** 0-based index of the header row in the grid (the spreadsheet row number is index + 1). */
  index: number;
  /** One unique, non-empty name per column, as wide as the widest row below the header. */
  headers: string[];
  /** How many distinct contract fields the header row names. */
  matches: number;
  /** False when no row in the scanned range named two or more fields; index is then 0. */
  found: boolean;
}

/** Exports often put a title, an "Exported on" line and blank rows above the real header. */
export const HEADER_SCAN_ROWS = 30;
const MIN_MATCHES = 2;

function countMatches(row: readonly Cell[] | undefined): number {
  if (!row) return 0;
  const seen = new Set<string>();
  for (const cell of row) {
    if (typeof cell !== 'string') continue;
    const target = matchHeader(cell);
    if (target) seen.add(target);
  }
  return seen.size;
}

/** Number of columns that hold anything, from `from` to the end of the grid (trailing blanks ignored). */
export function usedWidth(grid: Grid, from: number): number {
  let width = 0;
  for (let r = from; r < grid.length; r += 1) {
    const row = grid[r];
    for (let c = row.length - 1; c >= width; c -= 1) {
      const cell = row[c];
      if (cell !== null && !(typeof cell === 'string' && cell.trim() === '')) {
        width = c + 1;
        break;
      }
    }
  }
  return width;
}

/**
 * Names every column. A blank header cell right after a named one is usually the tail of a merged
 * cell ("Contract value" spanning two columns), so it is named after it ("Contract value (2)") rather
 * than dropped: the user sees it in the preview and can map it. Blank cells before any name become
 * "Column B". Repeated names get a numeric suffix so each column has its own mapping entry.
 */
export function nameColumns(row: readonly Cell[], width: number): string[] {
  const headers: string[] = [];
  const used = new Set<string>();
  let base = '';
  let run = 1;
  for (let c = 0; c < width; c += 1) {
    const text = cellText(row[c] ?? null)
      .replace(/\s+/g, ' ')
      .trim();
    let name: string;
    if (text !== '') {
      base = text;
      run = 1;
      name = text;
    } else if (base !== '') {
      run += 1;
      name = `${base} (${run})`;
    } else {
      name = `Column ${columnName(c + 1)}`;
    }
    let unique = name;
    for (let n = 2; used.has(unique.toLowerCase()); n += 1) unique = `${name} (${n})`;
    used.add(unique.toLowerCase());
    headers.push(unique);
  }
  return headers;
}

/**
 * Finds the header row: among the first 30 rows, the first one naming the most known fields (at
 * least two). `index` forces a row the user picked.
 */
export function detectHeaderRow(grid: Grid, options: { index?: number; scanRows?: number } = {}): HeaderRow {
  let index = 0;
  let matches = 0;
  let found = false;
  if (options.index !== undefined) {
    index = options.index;
    matches = countMatches(grid[index]);
    found = true;
  } else {
    const limit = Math.min(grid.length, options.scanRows ?? HEADER_SCAN_ROWS);
    for (let r = 0; r < limit; r += 1) {
      const score = countMatches(grid[r]);
      if (score >= MIN_MATCHES && score > matches) {
        index = r;
        matches = score;
        found = true;
      }
    }
  }
  const row = grid[index] ?? [];
  const width = Math.max(usedWidth([row], 0), usedWidth(grid, index + 1));
  return { index, headers: nameColumns(row, width), matches, found };
}

export interface HeaderRowChoice {
  /** 0-based grid index. */
  index: number;
  /** "Row 3: Contract ref · Description · Supplier · …", as the user would recognise the row. */
  label: string;
}

/** The non-blank rows among the first 30, for the "Header row" chooser in the preview. */
export function headerRowChoices(grid: Grid, scanRows = HEADER_SCAN_ROWS): HeaderRowChoice[] {
  const choices: HeaderRowChoice[] = [];
  const limit = Math.min(grid.length, scanRows);
  for (let r = 0; r < limit; r += 1) {
    const texts = (grid[r] ?? []).map((c) => cellText(c).replace(/\s+/g, ' ').trim()).filter((t) => t !== '');
    if (texts.length === 0) continue;
    let label = texts.slice(0, 4).join(' · ') + (texts.length > 4 ? ' · …' : '');
    if (label.length > 80) label = `${label.slice(0, 79)}…`;
    choices.push({ index: r, label: `Row ${r + 1}: ${label}` });
  }
  return choices;
}
