import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from '@shared/ipc';
import { aContract } from '../../../test/support/builders';
import { freshDb } from '../../../test/support/fresh-db';
import { HostContext } from '../../app-context';
import { DataProvider, type PlannerDb } from '../../data';
import { createBackup, readBackup, restoreBackup } from '../../data/backup';
import type { ToBackupWorker } from '../../data/backup-protocol';
import { createElectronHost } from '../../host/electron-host';
import { AutoBackupSection } from './AutoBackupSection';
import { BackupSection } from './BackupSection';

const fileName = 'auto-backup-2026-12-06T15-30-00.json';

/**
 * The backup worker as the browser runs one: each message a structured clone, its transferred buffers
 * moved (emptied on the sending side); it checks and restores as backup.worker.ts does. Records what
 * reached it.
 */
function fakeWorker(db: PlannerDb, beforeCheck: Promise<void> = Promise.resolve()) {
  const received: ToBackupWorker[] = [];
  class FakeWorker {
    onmessage: ((event: { data: unknown }) => void) | null = null;
    onerror = null;
    private text = '';
    private tables: Record<string, unknown[]> = {};
    postMessage(message: ToBackupWorker, transfer: Transferable[] = []) {
      const msg = structuredClone(message, { transfer });
      received.push(msg);
      void this.handle(msg).then((answer) => answer && this.onmessage?.({ data: answer }));
    }
    private async handle(msg: ToBackupWorker) {
      if (msg.type === 'file') this.text = new TextDecoder().decode(msg.bytes);
      if (msg.type === 'check') {
        await beforeCheck;
        const { summary, tables } = await readBackup(db, this.text);
        this.tables = tables;
        return { type: 'checked', summary };
      }
      if (msg.type === 'restore') {
        await restoreBackup(db, this.tables);
        return { type: 'restored' };
      }
      return undefined;
    }
    terminate() {}
  }
  vi.stubGlobal('Worker', FakeWorker);
  return received;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

async function renderWithBackup(db: PlannerDb, beforeCheck?: Promise<void>) {
  await db.contracts.bulkPut([aContract({ reference: 'EPR-001' }), aContract({ reference: 'PACS-002' })]);
  const bytes = new TextEncoder().encode(await createBackup(db));
  const size = bytes.byteLength;
  await db.contracts.clear();
  const received = fakeWorker(db, beforeCheck);
  // The host over a bridge that answers as main does: the listed backup, then its bytes.
  const desktop = {
    getAutoBackups: async () => ({ ok: true, value: { folder: 'C:\\Backups', setByPolicy: false, files: [{ fileName, size }] } }),
    readAutoBackup: vi.fn(async () => ({ ok: true, value: bytes })),
  };
  render(
    <HostContext.Provider value={createElectronHost(desktop as unknown as DesktopApi)}>
      <DataProvider db={db}>
        <BackupSection />
        <AutoBackupSection />
      </DataProvider>
    </HostContext.Provider>,
  );
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Restore…' }));
  await user.click(screen.getByRole('button', { name: 'Replace my data' }));
  return { bytes, size, received, desktop };
}

/** The Automatic copies section's status line (the Backup section beside it has its own). */
const automaticStatus = () => within(screen.getByRole('group', { name: 'Automatic copies' })).getByRole('status');

describe('restoring an automatic backup (desktop)', () => {
  it('shows its progress as Restore from a file does, and no second restore can start meanwhile (issue 16)', async () => {
    const db = await freshDb();
    let check = () => undefined as void;
    await renderWithBackup(db, new Promise<void>((resolve) => (check = resolve)));
    const bar = await screen.findByRole('progressbar', { name: 'Checking the backup' });
    expect(bar).toHaveAttribute('max', '1');
    expect(automaticStatus()).toHaveTextContent('Checking the backup…');
    expect(screen.getByRole('button', { name: 'Restore…' })).toBeDisabled();
    // Nor a restore from a file, nor a backup, in the section beside it: one backup held at a time.
    expect(screen.getByRole('button', { name: 'Restore from a backup…' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Back up everything…' })).toBeDisabled();
    check();
    await waitFor(() => expect(automaticStatus()).toHaveTextContent(`Restored the automatic backup ${fileName}.`));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('button', { name: 'Restore from a backup…' })).toBeEnabled();
    expect((await db.contracts.toArray()).map((c) => c.reference).sort()).toEqual(['EPR-001', 'PACS-002']);
  });

  it('moves the file’s bytes from main to the backup worker unread, never as text on the UI thread, and restores them (issue 16)', async () => {
    const db = await freshDb();
    const { bytes, size, received, desktop } = await renderWithBackup(db);
    await waitFor(() => expect(automaticStatus()).toHaveTextContent(`Restored the automatic backup ${fileName}.`));

    expect(desktop.readAutoBackup).toHaveBeenCalledWith({ fileName });
    expect(received.map((m) => m.type)).toEqual(['file', 'check', 'restore']);
    const [file] = received;
    expect(file.type === 'file' && file.bytes.byteLength).toBe(size);
    // Moved, not copied: the page's copy is empty once the worker has it.
    expect(bytes.byteLength).toBe(0);
    expect((await db.contracts.toArray()).map((c) => c.reference).sort()).toEqual(['EPR-001', 'PACS-002']);
  });
});
