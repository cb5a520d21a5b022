// Must stay the first import: see zod-jitless.ts.
import './zod-jitless';
import { contextBridge, ipcRenderer } from 'electron';
import {
  FLUSH_REQUEST_CHANNEL,
  flushRequestSchema,
  MENU_COMMAND_CHANNEL,
  MENU_COMMANDS,
  parseAnswer,
  parseRequest,
  UNREADABLE_ANSWER,
  type AnswerOf,
  type Channel,
  type DesktopApi,
  type IpcResult,
  type MenuCommand,
} from '@shared/ipc';

/** Why an answer was refused, for a developer (the console of the window); the page shows plain words. */
const report = (problem: string): void => console.error(problem);

/**
 * The whole bridge: one named method per channel and a menu subscription. Requests are checked here
 * with the same schemas main uses, so a bad call fails fast without crossing the process boundary;
 * main's answers are checked here against the channel's answer schema before the page sees them.
 */
async function invoke<C extends Channel>(channel: C, payload: unknown): Promise<IpcResult<AnswerOf<C>>> {
  const parsed = parseRequest(channel, payload, report);
  if (!parsed.ok) return parsed;
  let reply: unknown;
  try {
    reply = await ipcRenderer.invoke(channel, parsed.value);
  } catch (error) {
    report(`The main process did not answer ${channel}: ${String(error)}`);
    return { ok: false, error: UNREADABLE_ANSWER };
  }
  return parseAnswer(channel, reply, report);
}

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
  readAutoBackup: (req) => invoke('backup:readAuto', req),
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
