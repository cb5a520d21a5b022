import * as fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger, LOG_FILE_NAME, redact } from './logger';

let dir = '';
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpp-logger-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const fixedNow = () => new Date('2026-12-06T10:00:00.000Z');
const read = (name = LOG_FILE_NAME) => fs.readFileSync(path.join(dir, name), 'utf8');

describe('the log file', () => {
  it('appends timestamped lines, warnings and errors with their stack, in a folder it creates', () => {
    const logsDir = path.join(dir, 'logs');
    const logger = createLogger({ dir: logsDir, fs, now: fixedNow });
    logger.info('Started 0.1.0');
    logger.log('Blocked navigation');
    logger.log('file:save failed', Object.assign(new Error('disk full'), { code: 'ENOSPC' }));
    const text = fs.readFileSync(logger.file, 'utf8');
    expect(logger.file).toBe(path.join(logsDir, 'main.log'));
    expect(text).toMatch(/^2026-12-06T10:00:00\.000Z INFO Started 0\.1\.0\n2026-12-06T10:00:00\.000Z WARN Blocked navigation\n/);
    expect(text).toContain('ERROR file:save failed: Error ENOSPC: disk full\n    ');
    expect(text).toMatch(/\n {4}at /); // the stack, indented under its line
  });

  it('rotates by size and keeps a bounded number of old files', () => {
    const logger = createLogger({ dir, fs, now: fixedNow, maxBytes: 200, keep: 2 });
    for (let i = 0; i < 30; i++) logger.info(`event ${String(i).padStart(2, '0')} ${'x'.repeat(40)}`);
    const files = fs.readdirSync(dir).sort();
    expect(files).toEqual(['main.1.log', 'main.2.log', 'main.log']);
    for (const name of files) expect(fs.statSync(path.join(dir, name)).size).toBeLessThanOrEqual(200);
    // The newest line is in main.log, the ones just before it in main.1.log: nothing recent lost.
    expect(read()).toContain('event 29');
    expect(read('main.1.log')).toMatch(/event 2[0-8]/);
    expect(read('main.2.log')).not.toContain('event 00');
  });

  it('never throws: a log it cannot write goes to the fallback', () => {
    const fallback = vi.fn();
    const broken = { ...fs, appendFileSync: () => fs.appendFileSync(path.join(dir, 'no', 'such', 'dir', 'x'), '') };
    const logger = createLogger({ dir, fs: broken as typeof fs, fallback });
    expect(() => logger.log('something')).not.toThrow();
    expect(fallback).toHaveBeenCalledWith(expect.stringMatching(/^\[log unavailable: ENOENT.*\] .* WARN something$/));
  });

  it('holds no personal or contract data: home folder, user name and file paths are removed', () => {
    const logger = createLogger({ dir, fs, home: '/home/jsmith', userName: 'jsmith' });
    const error = new Error("ENOENT: no such file or directory, open '/home/jsmith/Documents/Meridian EPR extension 2027.xlsx'");
    logger.log('file:open failed', error);
    logger.log('Could not read C:\\Users\\JSMITH\\AppData\\Roaming\\x for jsmith');
    const text = read();
    expect(text).not.toMatch(/jsmith/i);
    expect(text).not.toContain('Meridian');
    expect(text).toContain("open '<path>'");
  });
});

describe('redact', () => {
  it.each([
    ["open 'C:\\Users\\jsmith\\Documents\\Acme contract.csv'", "open '<path>'"],
    ['EACCES: "/srv/share/Trust EPR.json"', 'EACCES: "<path>"'],
    ['stack at /home/jsmith/app/main.cjs:1:2', 'stack at ~/app/main.cjs:1:2'],
    ['user JSmith signed in', 'user <user> signed in'],
    ['nothing to hide', 'nothing to hide'],
  ])('%s', (input, output) => {
    expect(redact(input, { home: '/home/jsmith', userName: 'jsmith' })).toBe(output);
  });
});
