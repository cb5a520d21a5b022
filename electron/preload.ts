// Must stay the first import: see zod-jitless.ts.
import './zod-jitless';
import { contextBridge, ipcRenderer } from 'electron';
import {
  FLUSH_REQUEST_CHANNEL,
  flushRequestSchema,
  MENU_COMMAND_CHANNEL,
  MENU_COMMANDS,
  parseRequest,
  type Channel,
  type DesktopApi,
  type IpcResult,
  type MenuCommand,
  type ResponseOf,
} from '@shared/ipc';

/**
 * The whole bridge: one named method per channel and a menu subscription. Requests are checked here
 * with the same schemas main uses, so a bad call fails fast without crossing the process boundary.
 * With `answerIs`, an answer that is not what the channel promises is refused here too.
 */
async function invoke<C extends Channel>(
  channel: C,
  payload: unknown,
  answerIs?: (value: unknown) => value is ResponseOf<C>,
): Promise<IpcResult<ResponseOf<C>>> {
  const parsed = parseRequest(channel, payload);
  if (!parsed.ok) return parsed;
  let result: IpcResult<ResponseOf<C>>;
  try {
    result = (await ipcRenderer.invoke(channel, parsed.value)) as IpcResult<ResponseOf<C>>;
  } catch (error) {
    return { ok: false, error: { code: 'INTERNAL', message: `The planner's main process did not answer ${channel}: ${String(error)}` } };
  }
  if (result.ok && answerIs && !answerIs(result.value)) {
    return {
      ok: false,
      error: { code: 'INTERNAL', message: `The planner's answer to ${channel} could not be read. Try again, or restart the planner.` },
    };
  }
  return result;
}

/** An automatic backup crosses as its file's bytes, never text (issue 16). */
const isBytes = (value: unknown): value is Uint8Array => value instanceof Uint8Array;

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

const api = {
  getAppInfo: () => invoke('app:getInfo', {}),
  getPolicy: () => invoke('policy:get', {}),
  openFile: (req) => invoke('file:open', req),
  saveFile: (req) => invoke('file:save', req),
  exportReportPdf: (req) => invoke('report:exportPdf', req),
  reportFlushed: (req) => invoke('app:flushed', req),
  getAutoBackups: () => invoke('backup:autoStatus', {}),
  beginBackupWrite: (req) => invoke('backup:writeBegin', req),
  writeBackupChunk: (req) => invoke('backup:writeChunk', req),
  finishBackupWrite: (req) => invoke('backup:writeFinish', req),
  abortBackupWrite: (req) => invoke('backup:writeAbort', req),
  readAutoBackup: (req) => invoke('backup:readAuto', req, isBytes),
  chooseAutoBackupFolder: () => invoke('backup:chooseFolder', {}),
  onMenuCommand: (listener) => {
    if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function');
    // Only the command crosses over: never the IpcRendererEvent, which exposes ipcRenderer.
    const wrapped = (_event: Electron.IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, wrapped);
    };
  },
  onFlushRequest: (flush) => {
    if (typeof flush !== 'function') throw new TypeError('onFlushRequest needs a function');
    const wrapped = (_event: Electron.IpcRendererEvent, payload: unknown): void => {
      const request = flushRequestSchema.safeParse(payload);
      if (!request.success) return;
      // Answer even when the flush fails: main is holding the window open until it hears back.
      const answer = () => void invoke('app:flushed', request.data);
      Promise.resolve()
        .then(flush)
        .then(answer, (error: unknown) => {
          console.error('Saving pending edits before closing failed', error);
          answer();
        });
    };
    ipcRenderer.on(FLUSH_REQUEST_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(FLUSH_REQUEST_CHANNEL, wrapped);
    };
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('desktop', api);
