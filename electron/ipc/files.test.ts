import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../atomic-write';
import { MAX_SAVE_BYTES } from '@shared/ipc';
import type { HandlerContext } from './handle';
import { createOpenFile, createSaveFile, MAX_OPEN_BYTES, type FileDeps, withExtension } from './files';

const ctx = { sender: {} } as HandlerContext;
const register = { purpose: 'register' } as const;

function deps(overrides: Partial<FileDeps> = {}): FileDeps {
  return {
    showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/home/nhs/registers/contracts 2026.xlsx'] })),
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/nhs/out/portfolio.json' })),
    stat: vi.fn(async () => ({ size: 3, isFile: () => true })),
    readFile: vi.fn(async () => new Uint8Array([1, 2, 3])),
    writeFileAtomic: vi.fn(async () => undefined),
    defaultDirectory: () => '/home/nhs/Documents',
    showMessageBox: vi.fn(async () => ({ response: 2, checkboxChecked: false })),
    ...overrides,
  };
}

describe('file:open', () => {
  it('returns the base name, size and bytes, never the path', async () => {
    const d = deps();
    const result = await createOpenFile(d)(register, ctx);
    expect(result).toEqual({ fileName: 'contracts 2026.xlsx', size: 3, bytes: new Uint8Array([1, 2, 3]) });
    expect(JSON.stringify(result)).not.toContain('/home/nhs');
  });

  it('offers registers and portfolios first, then all files', async () => {
    const d = deps();
    await createOpenFile(d)(register, ctx);
    expect(d.showOpenDialog).toHaveBeenCalledWith(
      ctx.sender,
      expect.objectContaining({
        properties: ['openFile'],
        filters: [
          { name: 'Registers and portfolios', extensions: ['json', 'csv', 'xlsx'] },
          { name: 'All files', extensions: ['*'] },
        ],
      }),
    );
  });

  it('returns null when cancelled, without reading anything', async () => {
    const d = deps({ showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })) });
    await expect(createOpenFile(d)(register, ctx)).resolves.toBeNull();
    expect(d.stat).not.toHaveBeenCalled();
    expect(d.readFile).not.toHaveBeenCalled();
  });

  it('refuses files over 200 MB before reading them', async () => {
    const d = deps({ stat: vi.fn(async () => ({ size: MAX_OPEN_BYTES + 1, isFile: () => true })) });
    await expect(createOpenFile(d)(register, ctx)).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
      message: expect.stringMatching(/"contracts 2026\.xlsx" is 200\.1 MB; the planner opens files up to 200 MB\. Remove unused sheets/),
    });
    expect(d.readFile).not.toHaveBeenCalled();
  });

  it('accepts a file of exactly 200 MB', async () => {
    const d = deps({ stat: vi.fn(async () => ({ size: MAX_OPEN_BYTES, isFile: () => true })) });
    await expect(createOpenFile(d)(register, ctx)).resolves.not.toBeNull();
  });

  it('opens any backup the app could have written (up to MAX_SAVE_BYTES, past the 200 MB of a register), and refuses one larger', async () => {
    const backup = { purpose: 'backup' } as const;
    const named = { showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/home/nhs/backups/planner-backup.json'] })) };
    const large = deps({ ...named, stat: vi.fn(async () => ({ size: MAX_SAVE_BYTES, isFile: () => true })) });
    await expect(createOpenFile(large)(backup, ctx)).resolves.not.toBeNull();
    const grown = deps({ ...named, readFile: vi.fn(async () => new Uint8Array(MAX_OPEN_BYTES + 1)) });
    await expect(createOpenFile(grown)(backup, ctx)).resolves.toMatchObject({ size: MAX_OPEN_BYTES + 1 });
    const tooLarge = deps({ ...named, stat: vi.fn(async () => ({ size: MAX_SAVE_BYTES + 1, isFile: () => true })) });
    await expect(createOpenFile(tooLarge)(backup, ctx)).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
      message: '"planner-backup.json" is 512.1 MB; the planner restores backups of up to 512 MB. Choose another backup.',
    });
    expect(tooLarge.readFile).not.toHaveBeenCalled();
  });

  it('refuses a file that grew past the limit after the size check', async () => {
    const d = deps({ readFile: vi.fn(async () => new Uint8Array(MAX_OPEN_BYTES + 1)) });
    await expect(createOpenFile(d)(register, ctx)).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
  });

  it('explains a file that vanished or is not a file', async () => {
    const gone = deps({ stat: vi.fn(async () => Promise.reject(Object.assign(new Error('x'), { code: 'ENOENT' }))) });
    await expect(createOpenFile(gone)(register, ctx)).rejects.toMatchObject({
      code: 'IO_ERROR',
      message: 'Could not open "contracts 2026.xlsx": it no longer exists.',
    });
    const dir = deps({ stat: vi.fn(async () => ({ size: 0, isFile: () => false })) });
    await expect(createOpenFile(dir)(register, ctx)).rejects.toMatchObject({ code: 'IO_ERROR' });
  });
});

describe('file:save', () => {
  const request = { purpose: 'portfolio' as const, suggestedName: 'portfolio.json', content: '{"a":1}' };

  it('returns null when cancelled and writes nothing', async () => {
    const d = deps({ showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })) });
    await expect(createSaveFile(d)(request, ctx)).resolves.toBeNull();
    expect(d.writeFileAtomic).not.toHaveBeenCalled();
  });

  it('suggests the name in the default folder with a filter for the purpose', async () => {
    const d = deps();
    await createSaveFile(d)({ ...request, suggestedName: 'register.csv', purpose: 'contracts-csv' }, ctx);
    expect(d.showSaveDialog).toHaveBeenCalledWith(
      ctx.sender,
      expect.objectContaining({
        defaultPath: path.join('/home/nhs/Documents', 'register.csv'),
        filters: [{ name: 'CSV spreadsheet', extensions: ['csv'] }],
      }),
    );
  });

  it('titles each dialog by what it is for, so a backup is never "Export portfolio"', async () => {
    const titles: Record<string, string> = {};
    for (const purpose of ['portfolio', 'contracts-csv', 'backup'] as const) {
      const d = deps();
      await createSaveFile(d)({ ...request, purpose }, ctx);
      titles[purpose] = (vi.mocked(d.showSaveDialog).mock.calls[0][1] as { title: string }).title;
    }
    expect(titles).toEqual({ portfolio: 'Export portfolio', 'contracts-csv': 'Export contracts as CSV', backup: 'Back up everything' });
    const open = deps();
    await createOpenFile(open)({ purpose: 'backup' }, ctx);
    expect(open.showOpenDialog).toHaveBeenCalledWith(
      ctx.sender,
      expect.objectContaining({
        title: 'Restore from a backup',
        filters: [
          { name: 'Trust Procurement Planner backup', extensions: ['json'] },
          { name: 'All files', extensions: ['*'] },
        ],
      }),
    );
  });

  it('writes bytes as well as text (Word and Excel papers are binary)', async () => {
    const d = deps();
    await createSaveFile(d)({ ...request, content: new Uint8Array([80, 75, 3, 4]) }, ctx);
    expect(d.writeFileAtomic).toHaveBeenCalledWith('/home/nhs/out/portfolio.json', new Uint8Array([80, 75, 3, 4]));
  });

  it('writes the content to the chosen path and returns only its name', async () => {
    const d = deps();
    await expect(createSaveFile(d)(request, ctx)).resolves.toEqual({ fileName: 'portfolio.json' });
    expect(d.writeFileAtomic).toHaveBeenCalledWith('/home/nhs/out/portfolio.json', '{"a":1}');
  });

  it('adds the extension when the user typed a bare name', async () => {
    const d = deps({
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/tmp/board pack' })),
      stat: vi.fn(async () => Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' }))),
    });
    await expect(createSaveFile(d)(request, ctx)).resolves.toEqual({ fileName: 'board pack.json' });
    expect(withExtension('/tmp/a.v2.csv', 'csv')).toBe('/tmp/a.v2.csv');
  });

  it('always saves with the kind\'s own extension, so "Open" after export never runs another file type', () => {
    expect(withExtension('/tmp/report.html', 'pdf')).toBe('/tmp/report.html.pdf');
    expect(withExtension('C:\\Users\\me\\board.bat', 'pdf')).toBe('C:\\Users\\me\\board.bat.pdf');
    expect(withExtension('/tmp/Board Paper.PDF', 'pdf')).toBe('/tmp/Board Paper.PDF');
    expect(withExtension('/tmp/a.v2', 'csv')).toBe('/tmp/a.v2.csv');
  });

  describe('a name the planner completed never replaces an existing file unasked', () => {
    const REPLACE = 0;
    const ANOTHER_NAME = 1;
    const CANCEL = 2;
    const missing = () => Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' }));
    const existing = (...paths: string[]) => vi.fn(async (p: string) => (paths.includes(p) ? { size: 10, isFile: () => true } : missing()));

    it('asks before replacing the file the added extension names; Replace writes it', async () => {
      const d = deps({
        showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/nhs/out/board pack' })),
        stat: existing('/home/nhs/out/board pack.json'),
        showMessageBox: vi.fn(async () => ({ response: REPLACE, checkboxChecked: false })),
      });
      await expect(createSaveFile(d)(request, ctx)).resolves.toEqual({ fileName: 'board pack.json' });
      expect(d.showMessageBox).toHaveBeenCalledWith(
        ctx.sender,
        expect.objectContaining({
          type: 'warning',
          message: '"board pack.json" already exists. Do you want to replace it?',
          buttons: ['Replace', 'Choose another name', 'Cancel'],
          defaultId: ANOTHER_NAME,
          cancelId: CANCEL,
        }),
      );
      expect(d.writeFileAtomic).toHaveBeenCalledWith('/home/nhs/out/board pack.json', '{"a":1}');
    });

    it('"Choose another name" shows the save dialog again at that name; Cancel there writes nothing', async () => {
      const answers = [
        { canceled: false, filePath: '/home/nhs/out/board pack' },
        { canceled: true, filePath: '' },
      ];
      const d = deps({
        showSaveDialog: vi.fn(async () => answers.shift() ?? { canceled: true, filePath: '' }),
        stat: existing('/home/nhs/out/board pack.json'),
        showMessageBox: vi.fn(async () => ({ response: ANOTHER_NAME, checkboxChecked: false })),
      });
      await expect(createSaveFile(d)(request, ctx)).resolves.toBeNull();
      expect(vi.mocked(d.showSaveDialog).mock.calls[1][1]).toMatchObject({ defaultPath: '/home/nhs/out/board pack.json' });
      expect(d.writeFileAtomic).not.toHaveBeenCalled();
    });

    it('Cancel in the question writes nothing', async () => {
      const d = deps({
        showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/nhs/out/board pack' })),
        stat: existing('/home/nhs/out/board pack.json'),
      });
      await expect(createSaveFile(d)(request, ctx)).resolves.toBeNull();
      expect(d.writeFileAtomic).not.toHaveBeenCalled();
    });

    it('does not ask when nothing has that name, or when the dialog itself asked (the name had the extension)', async () => {
      const d = deps({
        showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/nhs/out/new name' })),
        stat: existing('/home/nhs/out/portfolio.json'),
      });
      await createSaveFile(d)(request, ctx);
      const typed = deps({ stat: existing('/home/nhs/out/portfolio.json') });
      await createSaveFile(typed)(request, ctx);
      expect(d.showMessageBox).not.toHaveBeenCalled();
      expect(typed.showMessageBox).not.toHaveBeenCalled();
      expect(typed.writeFileAtomic).toHaveBeenCalledWith('/home/nhs/out/portfolio.json', '{"a":1}');
    });

    it('on disk: the existing file keeps its content when the user does not confirm', async () => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'tpp-save-ask-'));
      try {
        const { writeFile, stat } = await import('node:fs/promises');
        await writeFile(path.join(dir, 'board pack.json'), 'the old portfolio');
        const d = deps({
          showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: path.join(dir, 'board pack') })),
          stat: (p) => stat(p),
          writeFileAtomic: (filePath, data) => writeFileAtomic(filePath, data),
        });
        await expect(createSaveFile(d)(request, ctx)).resolves.toBeNull();
        expect(await readFile(path.join(dir, 'board pack.json'), 'utf8')).toBe('the old portfolio');
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  });

  describe('with the real atomic writer', () => {
    let dir = '';
    afterEach(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('writes UTF-8 and leaves no temporary file behind', async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), 'tpp-save-'));
      const target = path.join(dir, 'portfolio.json');
      const d = deps({
        showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: target })),
        writeFileAtomic: (filePath, data) => writeFileAtomic(filePath, data),
      });
      const content = '{"trust":"Royal Devon & Exeter — £1.2m"}';
      await createSaveFile(d)({ ...request, content }, ctx);
      expect(await readFile(target, 'utf8')).toBe(content);
      expect(await readdir(dir)).toEqual(['portfolio.json']);
    });
  });
});
