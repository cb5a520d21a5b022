#!/usr/bin/env node
// `npm run bench`: builds the app and the benchmark page, then runs the Chromium benchmarks, which
// print every figure beside its target and write them all to test-results/bench.json.
// `npm run bench -- --smoke` (a stage of `npm test`): the register benchmarks at 5,000 rows, the
// calendar, the risk analysis and the hostile files, on the build `npm test` has just made, so the
// benchmark cannot rot; its figures are not held to targets.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const smoke = process.argv.includes('--smoke');
const rest = process.argv.slice(2).filter((a) => a !== '--smoke');
// One name for this run, shared by every benchmark process, so bench.json holds this run's figures only.
const runName = `${smoke ? 'smoke' : 'full'} ${new Date().toISOString()}`;
const env = { ...process.env, TPP_BENCH_RUN: runName, ...(smoke ? { TPP_BENCH_ROWS: '5000', TPP_BENCH_SMOKE: '1' } : {}) };
const npmCli = process.env.npm_execpath;
const run = (args) => {
  const [cmd, argv] = npmCli ? [process.execPath, [npmCli, ...args]] : ['npm', args];
  const r = spawnSync(cmd, argv, { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
// The smoke writes its own file (test/bench/figures.ts), so a full run's figures outlive `npm test`.
rmSync(smoke ? 'test-results/bench-smoke.json' : 'test-results/bench.json', { force: true });
if (!smoke) run(['run', 'build']);
run(['exec', '--', 'vite', 'build', '--config', 'test/bench/vite.config.ts']);
run([
  'exec',
  '--',
  'playwright',
  'test',
  '-c',
  'test/bench/playwright.bench.config.ts',
  ...(smoke
    ? [
        'test/bench/import-and-engine.bench.ts',
        'test/bench/safety.bench.ts',
        'test/bench/hostile-files.bench.ts',
        'test/bench/calendar.bench.ts',
        'test/bench/monte-carlo.bench.ts',
      ]
    : []),
  ...rest,
]);
