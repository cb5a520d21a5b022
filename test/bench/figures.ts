import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Every benchmark figure is printed beside its target and kept in test-results/bench.json, so two
 * runs can be compared (`npm run bench` starts the file afresh; each benchmark adds its section).
 */
export const FIGURES_FILE = 'test-results/bench.json';

/** Rows in the generated register: 100,000 for `npm run bench`, 5,000 for the smoke in `npm test`. */
export const BENCH_ROWS = Number(process.env.TPP_BENCH_ROWS ?? 100_000);
export const SMOKE = process.env.TPP_BENCH_SMOKE === '1';

/**
 * Ports from TPP_BENCH_PORT upwards (else 10 above TPP_E2E_PORT, else 47841), so two worktrees'
 * benchmarks, or a benchmark and an end-to-end run, never serve each other's files.
 */
const BASE_PORT = Number(process.env.TPP_BENCH_PORT ?? (process.env.TPP_E2E_PORT ? Number(process.env.TPP_E2E_PORT) + 10 : 47841));
export const benchPort = (offset: number) => BASE_PORT + offset;

export interface Figure {
  name: string;
  value: number;
  unit: 'ms' | 'x' | 'MB' | 'count';
  /** The target as a limit the value must stay under (or at); absent for a figure shown for context. */
  atMost?: number;
  /** Extra words printed after the figure (a range, what it includes). */
  note?: string;
}

const shown = (value: number, unit: Figure['unit']) =>
  unit === 'ms'
    ? `${value.toFixed(1)} ms`
    : unit === 'x'
      ? `${value.toFixed(2)}×`
      : unit === 'MB'
        ? `${value.toFixed(0)} MB`
        : value.toLocaleString('en-GB');

/** Prints a table of figures with their targets, and adds it to the JSON file under `section`. */
export function recordFigures(section: string, figures: Figure[]): void {
  const width = Math.max(...figures.map((f) => f.name.length));
  const lines = figures.map((f) => {
    const target = f.atMost === undefined ? '' : `  target ≤ ${shown(f.atMost, f.unit)}  ${f.value <= f.atMost ? 'met' : 'MISSED'}`;
    return `  ${f.name.padEnd(width)}  ${shown(f.value, f.unit)}${target}${f.note ? `  (${f.note})` : ''}`;
  });
  console.log(`\n${section}\n${lines.join('\n')}`);
  mkdirSync('test-results', { recursive: true });
  const all = existsSync(FIGURES_FILE) ? (JSON.parse(readFileSync(FIGURES_FILE, 'utf8')) as Record<string, unknown>) : {};
  const sections = (all.sections ?? {}) as Record<string, unknown>;
  sections[section] = figures.map((f) => ({ ...f, met: f.atMost === undefined ? undefined : f.value <= f.atMost }));
  writeFileSync(FIGURES_FILE, JSON.stringify({ ...all, rows: BENCH_ROWS, smoke: SMOKE, sections }, null, 2));
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
