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
    pickPortfolioFile: async () => {
      const file = unwrap(await desktop.openPortfolioFile());
      return file && { fileName: file.fileName, bytes: file.bytes };
    },
    saveFile: async (suggestedName, kind, content) => unwrap(await desktop.saveFile({ suggestedName, kind, content }))?.fileName ?? null,
    exportReportPdf: async (request) => unwrap(await desktop.exportReportPdf(request))?.fileName ?? null,
    onMenuCommand: (listener) => desktop.onMenuCommand(listener),
  };
}
