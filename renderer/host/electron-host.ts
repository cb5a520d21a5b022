import type { DesktopApi, IpcResult } from '@shared/ipc';
import { HostError, type BackupTarget, type Host } from './host';

function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new HostError(result.error.code, result.error.message);
}

/**
 * A backup streamed to main on the handle it gave. Each part is sent as it is handed over, without
 * waiting for main's answer to the one before: messages from one page arrive in the order sent, and
 * main takes parts in arrival order and chains their writes, so a 66 MB backup is not a thousand
 * round trips one after another (the backup on quit has main's close time limit to meet). A part
 * main refused ends the stream (main drops it, so later parts are refused too); finish reports the
 * first refusal.
 */
function streamToMain(desktop: DesktopApi, handle: string): BackupTarget {
  const replies: Array<Promise<{ error: unknown } | null>> = [];
  const settled = async () => (await Promise.all(replies)).find((reply) => reply !== null) ?? null;
  return {
    write: (bytes) => {
      const index = replies.length;
      replies.push(
        desktop
          .writeBackupChunk({ handle, index, bytes })
          .then((result) => {
            unwrap(result);
            return null;
          })
          .catch((error: unknown) => ({ error })),
      );
    },
    finish: async () => {
      const failed = await settled();
      if (failed) throw failed.error;
      return unwrap(await desktop.finishBackupWrite({ handle, parts: replies.length })).fileName;
    },
    abort: async () => {
      await Promise.all(replies);
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
