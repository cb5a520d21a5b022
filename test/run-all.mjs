#!/usr/bin/env node
// `npm test`: lint → typecheck → unit → coverage → build → end-to-end → benchmark smoke, in that order (cheapest failures first).
// Each stage runs even if an earlier one failed, so one run shows every problem; the exit code is
// non-zero if any failed. The last line totals the tests: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const env = { ...process.env, FORCE_COLOR: process.env.CI ? '0' : process.env.FORCE_COLOR };
const npmCli = process.env.npm_execpath;
const npm = (args) => (npmCli ? [process.execPath, [npmCli, ...args]] : ['npm', args]);

const stages = [
  ['lint', npm(['run', 'lint'])],
  ['typecheck', npm(['run', 'typecheck'])],
  ['unit', npm(['run', 'test:unit', '--', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit-report.json'])],
  // The line coverage of electron/ (vitest.config.ts), printed, failing below 95%. Its own run of the
  // main-process tests only: V8 coverage slows every test it watches, and timing tests elsewhere
  // (the fuzz and benchmark budgets) must not pay for it. Counted once, in 'unit'.
  ['coverage', npm(['run', 'test:unit', '--', '--coverage', '--reporter=dot', 'electron/', 'test/security/external-links'])],
  ['build', npm(['run', 'build'])],
  ['e2e', npm(['run', 'test:e2e'])],
  // The benchmark at 5,000 rows on the build above (well under a minute when the machine is quiet),
  // so it cannot rot: it fails if a benchmark breaks, not if a figure misses its target.
  ['bench smoke', npm(['run', 'bench', '--', '--smoke'])],
];

const results = [];
for (const [name, [cmd, args]] of stages) {
  const started = Date.now();
  console.log(`\n=== ${name} ===`);
  const run = spawnSync(cmd, args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push({ name, ok: run.status === 0, seconds });
  // Nothing downstream can run without a build.
  if (name === 'build' && run.status !== 0) break;
}

const counts = { passed: 0, failed: 0, skipped: 0 };
if (existsSync('test-results/unit-report.json')) {
  const unit = JSON.parse(readFileSync('test-results/unit-report.json', 'utf8'));
  counts.passed += unit.numPassedTests ?? 0;
  counts.failed += unit.numFailedTests ?? 0;
  counts.skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
}
if (existsSync('test-results/e2e-report.json')) {
  const e2e = JSON.parse(readFileSync('test-results/e2e-report.json', 'utf8'));
  counts.passed += e2e.stats?.expected ?? 0;
  counts.failed += (e2e.stats?.unexpected ?? 0) + (e2e.stats?.flaky ?? 0);
  counts.skipped += e2e.stats?.skipped ?? 0;
}

console.log('\n=== summary ===');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds} s)`);
const failedStages = results.filter((r) => !r.ok).length + (stages.length - results.length);
console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failedStages > 0 || counts.failed > 0 ? 1 : 0);
