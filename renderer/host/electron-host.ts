import type { DesktopApi, IpcResult } from '@shared/ipc';
import { HostError, type BackupTarget, type Host } from './host';

function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new HostError(result.error.code, result.error.message);
}

/**
 * A backup streamed to main on the handle it gave: each part is sent as it is handed over, one
 * message at a time and in order (main refuses a part out of order). A part main refused ends the
 * stream there (main has dropped it); finish then reports that failure.
 */
function streamToMain(desktop: DesktopApi, handle: string): BackupTarget {
  let parts = 0;
  let sent: Promise<void> = Promise.resolve();
  let failed: { error: unknown } | null = null;
  return {
    write: (text) => {
      const index = parts++;
      sent = sent.then(async () => {
        if (failed) return;
        try {
          unwrap(await desktop.writeBackupChunk({ handle, index, text }));
        } catch (error) {
          failed = { error };
        }
      });
    },
    finish: async () => {
      await sent;
      if (failed) throw failed.error;
      return unwrap(await desktop.finishBackupWrite({ handle, parts })).fileName;
    },
    abort: async () => {
      await sent;
      // Only tidies main's temporary file: a failure here must not hide why the backup stopped.
      await desktop.abortBackupWrite({ handle });
    },
  };
}

export function createElectronHost(desktop: DesktopApi): Host {
  return {
    kind: 'electron',
    getAppInfo: async () => unwrap(await desktop.getAppInfo()),
    getPolicy: async () => unwrap(await desktop.getPolicy()),
    openFile: async (purpose) => {
      const file = unwrap(await desktop.openFile({ purpose }));
      return file && { fileName: file.fileName, bytes: file.bytes };
    },
    saveFile: async (purpose, suggestedName, content) =>
      unwrap(await desktop.saveFile({ purpose, suggestedName, content }))?.fileName ?? null,
    openBackup: async (suggestedName) => {
      const stream = unwrap(await desktop.beginBackupWrite({ to: 'chosen', suggestedName }));
      return stream && streamToMain(desktop, stream.handle);
    },
    exportReportPdf: async (request) => unwrap(await desktop.exportReportPdf(request))?.fileName ?? null,
    onMenuCommand: (listener) => desktop.onMenuCommand(listener),
    onFlushRequest: (flush) => desktop.onFlushRequest(flush),
    autoBackups: {
      status: async () => unwrap(await desktop.getAutoBackups()),
      begin: async (keep) => {
        const stream = unwrap(await desktop.beginBackupWrite({ to: 'auto', keep }));
        if (!stream)
          throw new HostError('INTERNAL', 'The automatic backup could not start: the planner’s main process gave no file to write to.');
        return streamToMain(desktop, stream.handle);
      },
      read: async (fileName) => unwrap(await desktop.readAutoBackup({ fileName })),
      chooseFolder: async () => unwrap(await desktop.chooseAutoBackupFolder()),
    },
  };
}
