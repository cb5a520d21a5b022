import type { DesktopApi, IpcResult } from '@shared/ipc';
import { HostError, type Host } from './host';

function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new HostError(result.error.code, result.error.message);
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
    exportReportPdf: async (request) => unwrap(await desktop.exportReportPdf(request))?.fileName ?? null,
    onMenuCommand: (listener) => desktop.onMenuCommand(listener),
    onFlushRequest: (flush) => desktop.onFlushRequest(flush),
    autoBackups: {
      status: async () => unwrap(await desktop.getAutoBackups()),
      write: async (content, keep) => unwrap(await desktop.writeAutoBackup({ content, keep })),
      read: async (fileName) => unwrap(await desktop.readAutoBackup({ fileName })),
      chooseFolder: async () => unwrap(await desktop.chooseAutoBackupFolder()),
    },
  };
}
