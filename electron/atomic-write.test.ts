import * as fs from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeAtomicWriteFs, writeFileAtomic, writeFileAtomicSync } from './atomic-write';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tpp-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('replaces an existing file whole', async () => {
    const target = path.join(dir, 'report.pdf');
    await writeFile(target, 'old');
    await writeFileAtomic(target, new Uint8Array([37, 80, 68, 70]));
    expect(await readFile(target, 'latin1')).toBe('%PDF');
    expect(await readdir(dir)).toEqual(['report.pdf']);
  });

  it('writes the temporary file in the target directory, then renames it', async () => {
    const target = path.join(dir, 'portfolio.json');
    const opened: string[] = [];
    const renamed: [string, string][] = [];
    await writeFileAtomic(target, '{}', {
      ...nodeAtomicWriteFs,
      open: (p, flags) => {
        opened.push(p);
        return nodeAtomicWriteFs.open(p, flags);
      },
      rename: (from, to) => {
        renamed.push([from, to]);
        return nodeAtomicWriteFs.rename(from, to);
      },
    });
    expect(path.dirname(opened[0])).toBe(dir);
    expect(renamed).toEqual([[opened[0], target]]);
  });

  it('keeps the old file and removes the temporary one when the rename fails', async () => {
    const target = path.join(dir, 'report.pdf');
    await writeFile(target, 'old');
    const failingRename = async () => {
      throw Object.assign(new Error('EBUSY: resource busy'), { code: 'EBUSY' });
    };
    await expect(writeFileAtomic(target, 'new', { ...nodeAtomicWriteFs, rename: failingRename })).rejects.toMatchObject({
      code: 'IO_ERROR',
      message: expect.stringContaining('open in another program'),
    });
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['report.pdf']);
  });

  it('reports a missing folder as something the user can fix', async () => {
    await expect(writeFileAtomic(path.join(dir, 'gone', 'x.json'), '{}')).rejects.toMatchObject({
      code: 'IO_ERROR',
      message: 'Could not save "x.json": the folder no longer exists. Choose another folder.',
    });
  });
});

describe('writeFileAtomicSync', () => {
  it('writes and leaves no temporary file', () => {
    const target = path.join(dir, 'window-state.json');
    writeFileAtomicSync(target, '{"width":1}', fs);
    writeFileAtomicSync(target, '{"width":2}', fs);
    expect(fs.readFileSync(target, 'utf8')).toBe('{"width":2}');
    expect(fs.readdirSync(dir)).toEqual(['window-state.json']);
  });
});
