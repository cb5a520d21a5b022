import { describe, expect, it } from 'vitest';
import type { DesktopApi } from '@shared/ipc';
import { createElectronHost } from './electron-host';

/** A bridge whose part answers are held until the test releases them, recording what was sent. */
function bridge(refuse?: number) {
  const sent: number[] = [];
  const answers: Array<() => void> = [];
  const finished: number[] = [];
  const aborted: string[] = [];
  const desktop = {
    beginBackupWrite: async () => ({ ok: true, value: { handle: 'h1' } }),
    writeBackupChunk: ({ index }: { index: number }) => {
      sent.push(index);
      return new Promise((resolve) =>
        answers.push(() =>
          resolve(
            index === refuse
              ? { ok: false, error: { code: 'IO_ERROR', message: 'Could not write the automatic backup: the disk is full.' } }
              : { ok: true, value: null },
          ),
        ),
      );
    },
    finishBackupWrite: async ({ parts }: { parts: number }) => {
      finished.push(parts);
      return { ok: true, value: { fileName: 'auto-backup.json' } };
    },
    abortBackupWrite: async ({ handle }: { handle: string }) => {
      aborted.push(handle);
      return { ok: true, value: null };
    },
  };
  return { desktop: desktop as unknown as DesktopApi, sent, answers, finished, aborted };
}

describe('a backup streamed to main', () => {
  it('sends every part at once, in order, without waiting for main to answer the one before', async () => {
    const b = bridge();
    const target = (await createElectronHost(b.desktop).autoBackups?.begin(14))!;
    for (const part of ['{"a":', '1', '}']) target.write(new TextEncoder().encode(part));
    expect(b.sent).toEqual([0, 1, 2]);
    const finish = target.finish();
    for (const answer of b.answers) answer();
    await expect(finish).resolves.toBe('auto-backup.json');
    expect(b.finished).toEqual([3]);
  });

  it('reports the part main refused, in its words, and never asks main to finish', async () => {
    const b = bridge(1);
    const target = (await createElectronHost(b.desktop).autoBackups?.begin(14))!;
    for (const part of ['a', 'b', 'c']) target.write(new TextEncoder().encode(part));
    const finish = target.finish();
    for (const answer of b.answers) answer();
    await expect(finish).rejects.toMatchObject({ code: 'IO_ERROR', message: 'Could not write the automatic backup: the disk is full.' });
    expect(b.finished).toEqual([]);
    await target.abort();
    expect(b.aborted).toEqual(['h1']);
  });
});

describe('an automatic backup read back for restore', () => {
  it('is the bytes main sent, handed on as they came (no text made of them), or main’s refusal in its words', async () => {
    const bytes = new TextEncoder().encode('{"format":"trust-procurement-planner-backup"}');
    const refusal = { code: 'IO_ERROR', message: 'There is no automatic backup called auto-backup-2026-12-06T15-30-00.json any more.' };
    const answers = [
      { ok: true, value: bytes },
      { ok: false, error: refusal },
    ];
    const desktop = { readAutoBackup: async () => answers.shift() } as unknown as DesktopApi;
    const auto = createElectronHost(desktop).autoBackups!;
    await expect(auto.read('auto-backup-2026-12-06T15-30-00.json')).resolves.toBe(bytes);
    await expect(auto.read('auto-backup-2026-12-06T15-30-00.json')).rejects.toMatchObject(refusal);
  });
});
