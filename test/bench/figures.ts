import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Every benchmark figure is printed beside its target and kept in test-results/bench.json, so two
 * runs can be compared (`npm run bench` starts the file afresh; each benchmark adds its section,
 * marked with its run, size and whether it was the smoke).
 */
/** Rows in the generated register: 100,000 for `npm run bench`, 5,000 for the smoke in `npm test`. */
export const BENCH_ROWS = Number(process.env.TPP_BENCH_ROWS ?? 100_000);
export const SMOKE = process.env.TPP_BENCH_SMOKE === '1';
/** The smoke keeps its figures apart, so `npm test` after `npm run bench` leaves the full run's file alone. */
export const FIGURES_FILE = SMOKE ? 'test-results/bench-smoke.json' : 'test-results/bench.json';

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

/**
 * The run a figure belongs to: `npm run bench` names it once for all its benchmark processes; a
 * benchmark run alone (playwright test -c …) is its own run.
 */
const RUN = process.env.TPP_BENCH_RUN ?? `single ${new Date().toISOString()}`;

/**
 * Prints a table of figures with their targets, and adds it to the JSON file under `section`. Each
 * section says which run made it, at what size and whether as the smoke, so a file that several
 * runs added to (a benchmark run alone after a full run) never passes one run's figures off as
 * another's; a file from another `npm run bench` run is started afresh.
 */
export function recordFigures(section: string, figures: Figure[]): void {
  const width = Math.max(...figures.map((f) => f.name.length));
  const lines = figures.map((f) => {
    const target = f.atMost === undefined ? '' : `  target ≤ ${shown(f.atMost, f.unit)}  ${f.value <= f.atMost ? 'met' : 'MISSED'}`;
    return `  ${f.name.padEnd(width)}  ${shown(f.value, f.unit)}${target}${f.note ? `  (${f.note})` : ''}`;
  });
  console.log(`\n${section}\n${lines.join('\n')}`);
  mkdirSync('test-results', { recursive: true });
  const before = existsSync(FIGURES_FILE) ? (JSON.parse(readFileSync(FIGURES_FILE, 'utf8')) as { run?: string; sections?: unknown }) : {};
  const sameRun = process.env.TPP_BENCH_RUN === undefined || before.run === RUN;
  const sections = (sameRun ? (before.sections ?? {}) : {}) as Record<string, unknown>;
  sections[section] = {
    run: RUN,
    rows: BENCH_ROWS,
    smoke: SMOKE,
    recordedAt: new Date().toISOString(),
    figures: figures.map((f) => ({ ...f, met: f.atMost === undefined ? undefined : f.value <= f.atMost })),
  };
  writeFileSync(FIGURES_FILE, JSON.stringify({ run: RUN, sections }, null, 2));
}

export { median } from './median';
