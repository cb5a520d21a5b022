#!/usr/bin/env node
// Runs Electronegativity (@doyensec/electronegativity) offline, as a child process of
// electronegativity.test.ts:
//
//   node electronegativity-runner.mjs '{"input":…,"output":"….sarif","electronVersion":…,"scratch":…,"exclude":[…]}'
//
// Electronegativity writes its SARIF report to `output`. Its SARIF has no severity, and its CSV
// writer is racy (it writes the header and the rows with two concurrent fs.writeFile calls, so rows
// can be lost), so this script also prints, on stdout, one line of JSON with the findings it
// returned (severity and confidence included), the checks it loaded, its parse errors and the
// network requests it was refused. The test cross-checks the two.
//
// Electronegativity is a pure static analyser, but it reaches for the network twice:
//  - its i18n loader fetches translations from an S3 bucket (and falls back to the bundled en-US
//    ones when that fails);
//  - AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK downloads Electron's release feed from GitHub, caches it
//    in the OS temp dir, and then reads whatever `releases.*.json` it finds there.
// Neither is wanted in a test (nondeterministic, and GitHub is unreachable here), so `got` is
// replaced by a stub that refuses every request, and `temp-dir` points at a fresh scratch directory
// so no cache left by another run can change the result. Every analysis runs unchanged.
import Module, { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const options = JSON.parse(process.argv[2] ?? '{}');
for (const key of ['input', 'output', 'electronVersion', 'scratch']) {
  if (typeof options[key] !== 'string') {
    console.error(`electronegativity-runner: missing option ${key}`);
    process.exit(2);
  }
}

const refusedRequests = [];
function offlineGot(url) {
  refusedRequests.push(String(url));
  return Promise.reject(new Error(`network disabled in tests: ${url}`));
}
offlineGot.head = offlineGot;
offlineGot.get = offlineGot;
const stubs = { got: offlineGot, 'temp-dir': options.scratch };

const originalLoad = Module._load;
Module._load = function load(request, parent, isMain) {
  if (Object.prototype.hasOwnProperty.call(stubs, request)) return stubs[request];
  return originalLoad.call(this, request, parent, isMain);
};

// The bundled translations are keyed by locale name; a LANG such as C.UTF-8 would match none.
process.env.LANG = 'en-US';

// Its notices ("Could not retrieve updated translations…") go to stderr: stdout is the JSON summary.
console.log = (...args) => console.error(...args);

const electronegativity = require('@doyensec/electronegativity');
const run = electronegativity.default ?? electronegativity;

run(
  {
    input: options.input,
    output: options.output,
    isSarif: options.output.endsWith('.sarif'),
    customScan: [],
    excludeFromScan: options.exclude ?? [],
    isRelative: true,
    isVerbose: true,
    electronVersionOverride: options.electronVersion,
    parserPlugins: [],
  },
  false,
).then(
  (result) => {
    process.stdout.write(
      `${JSON.stringify({
        globalChecks: result.globalChecks,
        atomicChecks: result.atomicChecks,
        errors: result.errors,
        issues: result.issues.map((issue) => ({
          id: issue.id,
          severity: issue.severity.name,
          confidence: issue.confidence.name,
          file: issue.file,
          line: issue.location?.line ?? 0,
          column: issue.location?.column ?? 0,
          sample: issue.sample ?? null,
          description: issue.description,
          manualReview: Boolean(issue.manualReview),
        })),
        refusedRequests,
      })}\n`,
    );
  },
  (error) => {
    console.error(error && error.stack ? error.stack : error);
    process.exit(1);
  },
);
