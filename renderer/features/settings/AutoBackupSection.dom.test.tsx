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
import { ToastProvider } from '../../ui/Toast';
import { AutoBackupSection } from './AutoBackupSection';
import { BackupSection } from './BackupSection';

const fileName = 'auto-backup-2026-12-06T15-30-00.json';

/**
 * The backup worker as the browser runs one: each message a structured clone, its transferred buffers
 * moved (emptied on the sending side); it checks and restores as backup.worker.ts does. Records what
 * reached it.
 */
function fakeWorker(db: PlannerDb, { beforeCheck = Promise.resolve(), beforeRestore = Promise.resolve() }: Gates = {}) {
  const received: ToBackupWorker[] = [];
  class FakeWorker {
    onmessage: ((event: { data: unknown }) => void) | null = null;
    onerror = null;
    private text = '';
    private tables: Record<string, unknown[]> = {};
    postMessage(message: ToBackupWorker, transfer: Transferable[] = []) {
      const msg = structuredClone(message, { transfer });
      received.push(msg);
      void this.handle(msg).then(
        (answer) => answer && this.onmessage?.({ data: answer }),
        // As backup.worker.ts answers a failure.
        (error: unknown) => this.onmessage?.({ data: { type: 'error', code: 'BACKUP_FAILED', message: String(error) } }),
      );
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
        await beforeRestore;
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

/** Steps of the worker held until the test lets them go. */
interface Gates {
  beforeCheck?: Promise<void>;
  beforeRestore?: Promise<void>;
}

/** A promise and the function that resolves it. */
function deferred<T = void>() {
  let resolve = (_value: T) => undefined as void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

/**
 * Both backup sections, as Settings shows them, over a database with no contracts, an automatic
 * backup of two, and a bridge that answers as main does: the listed backup, then its bytes; a chosen
 * file (Restore from a backup…) when `openFile` is given. `sections` renders them again, or without
 * them (Settings closed), keeping the app around them.
 */
async function renderSections(
  db: PlannerDb,
  { openFile, listed = fileName, ...gates }: Gates & { openFile?: () => Promise<unknown>; listed?: string } = {},
) {
  await db.contracts.bulkPut([aContract({ reference: 'EPR-001' }), aContract({ reference: 'PACS-002' })]);
  const bytes = new TextEncoder().encode(await createBackup(db));
  const size = bytes.byteLength;
  await db.contracts.clear();
  const received = fakeWorker(db, gates);
  const desktop = {
    getAutoBackups: async () => ({ ok: true, value: { folder: 'C:\\Backups', setByPolicy: false, files: [{ fileName: listed, size }] } }),
    readAutoBackup: vi.fn(async () => ({ ok: true, value: bytes })),
    openFile: vi.fn(openFile ?? (async () => ({ ok: true, value: null }))),
  };
  const host = createElectronHost(desktop as unknown as DesktopApi);
  const app = (settingsOpen: boolean) => (
    <HostContext.Provider value={host}>
      <DataProvider db={db}>
        <ToastProvider>
          {settingsOpen && (
            <>
              <BackupSection />
              <AutoBackupSection />
            </>
          )}
        </ToastProvider>
      </DataProvider>
    </HostContext.Provider>
  );
  const { rerender } = render(app(true));
  return { bytes, size, received, desktop, sections: (open: boolean) => rerender(app(open)) };
}

/** renderSections, then Restore… and Replace my data on the automatic backup. */
async function renderWithBackup(db: PlannerDb, options?: Parameters<typeof renderSections>[1]) {
  const rendered = await renderSections(db, options);
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Restore…' }));
  await user.click(screen.getByRole('button', { name: 'Replace my data' }));
  return rendered;
}

/** The Automatic copies section's status line (the Backup section beside it has its own). */
const automaticStatus = () => within(screen.getByRole('group', { name: 'Automatic copies' })).getByRole('status');

describe('restoring an automatic backup (desktop)', () => {
  it('shows its progress as Restore from a file does, and no second restore can start meanwhile (issue 16)', async () => {
    const db = await freshDb();
    let check = () => undefined as void;
    await renderWithBackup(db, { beforeCheck: new Promise<void>((resolve) => (check = resolve)) });
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

describe('one restore at a time across both backup sections', () => {
  it('holds the automatic backups’ Restore while main is still reading a chosen file, before its check starts', async () => {
    const db = await freshDb();
    const chosen = deferred<unknown>();
    const { desktop } = await renderSections(db, { openFile: () => chosen.promise });
    const user = userEvent.setup();
    const restoreAutomatic = await screen.findByRole('button', { name: 'Restore…' });
    await user.click(screen.getByRole('button', { name: 'Restore from a backup…' }));
    expect(desktop.openFile).toHaveBeenCalledWith({ purpose: 'backup' });
    // The file is chosen and main is reading it: nothing else may start.
    expect(restoreAutomatic).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Back up everything…' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Restore from a backup…' })).toBeDisabled();
    // Cancelled in the dialog: everything is free again, with nothing to report.
    chosen.resolve({ ok: true, value: null });
    await waitFor(() => expect(restoreAutomatic).toBeEnabled());
    expect(screen.getByRole('button', { name: 'Restore from a backup…' })).toBeEnabled();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('holds an automatic backup’s Replace my data, already offered, while a restore from a file is under way', async () => {
    const db = await freshDb();
    const chosen = deferred<unknown>();
    await renderSections(db, { openFile: () => chosen.promise });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Restore…' }));
    const replace = screen.getByRole('button', { name: 'Replace my data' });
    await user.click(screen.getByRole('button', { name: 'Restore from a backup…' }));
    expect(replace).toBeDisabled();
    chosen.resolve({ ok: true, value: null });
    await waitFor(() => expect(replace).toBeEnabled());
  });
});

describe('a restore’s outcome when Settings is closed during it', () => {
  it('is raised wherever the user is, and shown again in its section when Settings is opened', async () => {
    const db = await freshDb();
    const restore = deferred();
    // A backup of its own, so the message cannot be one an earlier test left in the sections' store.
    const listed = 'auto-backup-2026-12-07T09-00-00.json';
    const { sections } = await renderWithBackup(db, { beforeRestore: restore.promise, listed });
    await screen.findByRole('progressbar', { name: 'Restoring' });
    sections(false);
    expect(screen.queryByRole('group', { name: 'Automatic copies' })).toBeNull();
    restore.resolve();
    // The app's message region, outside Settings.
    const message = `Restored the automatic backup ${listed}.`;
    await waitFor(() => expect(screen.getByText(message)).toBeInTheDocument());
    expect((await db.contracts.toArray()).map((c) => c.reference).sort()).toEqual(['EPR-001', 'PACS-002']);
    screen.getByRole('button', { name: 'Dismiss message' }).click();
    await waitFor(() => expect(screen.queryByText(message)).toBeNull());
    sections(true);
    expect(automaticStatus()).toHaveTextContent(message);
  });

  it('says a failed restore changed nothing, when Settings is opened again', async () => {
    const db = await freshDb();
    const restore = deferred();
    const { sections } = await renderWithBackup(db, { beforeRestore: restore.promise.then(() => Promise.reject(new Error('disk full'))) });
    await screen.findByRole('progressbar', { name: 'Restoring' });
    sections(false);
    restore.resolve();
    await waitFor(() => expect(screen.getByText(/^The restore failed and nothing was changed/)).toBeInTheDocument());
    sections(true);
    expect(automaticStatus()).toHaveTextContent(/^The restore failed and nothing was changed/);
    expect(await db.contracts.count()).toBe(0);
  });

  it('says a file checked after Settings was closed was not restored, and changes nothing', async () => {
    const db = await freshDb();
    const chosen = deferred<unknown>();
    const check = deferred();
    const { bytes, sections } = await renderSections(db, { openFile: () => chosen.promise, beforeCheck: check.promise });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Restore from a backup…' }));
    chosen.resolve({ ok: true, value: { fileName: 'trust-backup.json', bytes } });
    await screen.findByRole('progressbar', { name: 'Checking the backup' });
    // Settings is closed while the chosen file is checked: there is no dialog left to confirm in.
    sections(false);
    check.resolve();
    await waitFor(() => expect(screen.getByText(/trust-backup\.json was checked but not restored/)).toBeInTheDocument());
    expect(await db.contracts.count()).toBe(0);
  });

  it('is not raised a second time outside Settings when Settings is open as it ends', async () => {
    const db = await freshDb();
    await renderWithBackup(db);
    await waitFor(() => expect(automaticStatus()).toHaveTextContent(`Restored the automatic backup ${fileName}.`));
    expect(screen.getAllByText(`Restored the automatic backup ${fileName}.`)).toHaveLength(1);
  });
});
