#!/usr/bin/env node
// `npm run bench`: builds the app and the benchmark page, then runs the Chromium benchmarks, which
// print their figures (import vs raw bulkPut, register first render, engine, PDF).
import { spawnSync } from 'node:child_process';

const npmCli = process.env.npm_execpath;
const run = (args) => {
  const [cmd, argv] = npmCli ? [process.execPath, [npmCli, ...args]] : ['npm', args];
  const r = spawnSync(cmd, argv, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run(['run', 'build']);
run(['exec', '--', 'vite', 'build', '--config', 'test/bench/vite.config.ts']);
run(['exec', '--', 'playwright', 'test', '-c', 'test/bench/playwright.bench.config.ts', ...process.argv.slice(2)]);
