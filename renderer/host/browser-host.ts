import { OPEN_PURPOSES, SAVE_PURPOSES, type MenuCommand, type OpenPurpose } from '@shared/ipc';
import type { BackupTarget, Host, PickedFile } from './host';
import { fileTooLarge, maxOpenBytes } from '@shared/files';

/** `.json,.csv,.xlsx` for the purpose's file types. */
function acceptFor(purpose: OpenPurpose): string {
  return OPEN_PURPOSES[purpose].filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
}

/** Opens the browser's file picker; resolves null if the user closes it without choosing. */
function pickFile(purpose: OpenPurpose): Promise<PickedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = acceptFor(purpose);
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return resolve(null);
      // Refused before it is read, with the Open dialog's words (main checks its own dialog's files).
      if (file.size > maxOpenBytes(purpose)) return reject(fileTooLarge(file.name, file.size, purpose));
      resolve({ fileName: file.name, bytes: file });
    });
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

function download(name: string, type: string, content: string | Uint8Array): void {
  downloadBlob(name, new Blob([content as BlobPart], { type }));
}

function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A backup saved as one file: the backup worker makes it whole (renderer/data/backup-client.ts), and
 * the page only hands the Blob on to `save` (a download here; the benchmark keeps it), so the text is
 * never held, encoded or joined on the UI thread (issue 16). Parts streamed instead (where there is
 * no worker) are kept as they came and made one Blob when finished.
 */
export function fileBackupTarget(save: (file: Blob) => void, fileName: string): BackupTarget {
  let parts: Uint8Array<ArrayBuffer>[] = [];
  const takeFile = async (file: Blob) => {
    parts = [];
    save(file);
    return fileName;
  };
  return {
    takeFile,
    write: (part) => void parts.push(part),
    finish: () => takeFile(new Blob(parts, { type: SAVE_PURPOSES.backup.mime })),
    abort: async () => {
      parts = [];
    },
  };
}

/** Keyboard shortcuts stand in for the application menu when there is no Electron shell. */
const SHORTCUTS: Record<string, MenuCommand> = { o: 'import-portfolio', s: 'export-portfolio', p: 'export-report' };

export function createBrowserHost(): Host {
  return {
    kind: 'browser',
    getAppInfo: async () => ({
      name: 'Trust Procurement Planner',
      version: import.meta.env.VITE_APP_VERSION ?? 'dev',
      platform: 'browser',
      electron: '',
    }),
    // A browser has no IT policy: nothing is set by an organisation, and there is nothing to update.
    getPolicy: async () => ({
      values: {},
      defaults: {},
      warnings: [],
      updates: { on: false, reason: 'Updates are not available in a browser.' },
    }),
    openFile: pickFile,
    saveFile: async (purpose, suggestedName, content) => {
      download(suggestedName, SAVE_PURPOSES[purpose].mime, content);
      return suggestedName;
    },
    openBackup: async (suggestedName) => fileBackupTarget((file) => downloadBlob(suggestedName, file), suggestedName),
    exportReportPdf: async (request) => {
      // In a browser the report route is the printable document: open it and use the print dialog.
      window.location.hash = `#/report/${encodeURIComponent(request.appraisalId)}?${request.query}`;
      return null;
    },
    onMenuCommand: (listener) => {
      const onKey = (e: KeyboardEvent) => {
        if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
        const command = SHORTCUTS[e.key.toLowerCase()];
        if (command) {
          e.preventDefault();
          listener(command);
        }
      };
      window.addEventListener('keydown', onKey);
      return () => window.removeEventListener('keydown', onKey);
    },
    // Nothing asks a browser tab before it closes: the data layer flushes on pagehide instead.
    onFlushRequest: () => () => undefined,
    autoBackups: null,
  };
}
