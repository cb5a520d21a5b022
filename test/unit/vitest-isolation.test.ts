import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISOLATED } from '../../vitest.config';

/**
 * The unit project shares one module cache between test files (vitest.config.ts). A file that mocks
 * a module or a global would change what the files after it import, so each such file must be listed
 * in ISOLATED and run with a module graph of its own.
 */
const root = path.resolve(__dirname, '../..');
const MOCKS = /\bvi\.(mock|doMock|stubGlobal|stubEnv|resetModules)\(/;

function testFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFiles(rel);
    return /\.test\.tsx?$/.test(entry.name) && !/\.dom\.test\./.test(entry.name) ? [rel] : [];
  });
}

describe('unit tests that mock run isolated', () => {
  const files = ['shared', 'electron', 'renderer', 'test/unit', 'test/packaging', 'test/security'].flatMap(testFiles);

  it('finds the unit test files', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('lists every file that mocks a module or a global in ISOLATED', () => {
    const mocking = files.filter((f) => MOCKS.test(readFileSync(path.join(root, f), 'utf8')));
    expect(mocking.filter((f) => !ISOLATED.includes(f))).toEqual([]);
  });

  it('lists only files that exist', () => {
    expect(ISOLATED.filter((f) => !files.includes(f))).toEqual([]);
  });
});
