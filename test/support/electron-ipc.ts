import { vi, type Mock } from 'vitest';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import type { IpcMainLike } from '../../electron/ipc/handle';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

/** A backup part as the page sends it: the UTF-8 bytes of `text`. */
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** An ipcMain stand-in: records handlers so a test can invoke them as a renderer would. */
export function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`duplicate handler for ${channel}`);
      handlers.set(channel, listener);
    },
  };
  const invoke = (channel: string, event: IpcMainInvokeEvent, ...args: unknown[]) => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, ...args);
  };
  return { ipcMain, invoke, handlers };
}

interface FrameLike {
  url: string;
  parent: FrameLike | null;
}

/** The id of the app window's web contents in these stand-ins; isAppWindow stand-ins accept only it. */
export const APP_WINDOW_ID = 1;
export const isAppWindowStandIn = (sender: WebContents): boolean => sender.id === APP_WINDOW_ID;

/**
 * An invoke event from a frame at `url`; `subframe` puts it in an iframe of the app's page, and
 * `otherWindow` in a web contents that is not the app's window.
 */
export function eventFrom(
  url: string,
  options: { subframe?: boolean; noFrame?: boolean; disposed?: boolean; otherWindow?: boolean } = {},
): IpcMainInvokeEvent {
  const mainFrame: FrameLike = { url: options.subframe ? 'app://planner/index.html' : url, parent: null };
  const senderFrame = options.noFrame ? null : options.subframe ? { url, parent: mainFrame } : mainFrame;
  const sender = { mainFrame, id: options.otherWindow ? APP_WINDOW_ID + 1 : APP_WINDOW_ID } as unknown as WebContents;
  const event = { sender, senderFrame, frameId: 1, processId: 1 };
  if (options.disposed) {
    // What Electron does when the frame has gone: reading it throws.
    Object.defineProperty(event, 'senderFrame', {
      get: () => {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    });
  }
  return event as unknown as IpcMainInvokeEvent;
}

export const TRUSTED = 'app://planner/index.html#/portfolio';

type Handler = (...args: unknown[]) => void;

/**
 * A BrowserWindow stand-in for what recovery.ts and report.ts watch: it records listeners, and
 * `emit`/`emitContents` fire them with the arguments Electron passes.
 */
export interface FakeWatchedWindow {
  win: {
    on: Mock<(event: string, listener: Handler) => void>;
    isDestroyed(): boolean;
    destroy: Mock<() => void>;
    webContents: {
      on: Mock<(event: string, listener: Handler) => void>;
      reload: Mock<() => void>;
      forcefullyCrashRenderer: Mock<() => void>;
    };
  };
  emit(event: 'unresponsive' | 'responsive'): void;
  emitContents(event: 'render-process-gone' | 'did-fail-load', ...args: unknown[]): void;
  markDestroyed(): void;
}

export function fakeWatchedWindow(): FakeWatchedWindow {
  const windowListeners = new Map<string, Handler[]>();
  const contentsListeners = new Map<string, Handler[]>();
  const add = (map: Map<string, Handler[]>) => (event: string, listener: Handler) => {
    map.set(event, [...(map.get(event) ?? []), listener]);
  };
  let destroyed = false;
  const win = {
    on: vi.fn(add(windowListeners)),
    isDestroyed: () => destroyed,
    destroy: vi.fn(() => {
      destroyed = true;
    }),
    webContents: { on: vi.fn(add(contentsListeners)), reload: vi.fn(), forcefullyCrashRenderer: vi.fn() },
  };
  return {
    win,
    emit: (event: 'unresponsive' | 'responsive') => windowListeners.get(event)?.forEach((l) => l()),
    emitContents: (event: 'render-process-gone' | 'did-fail-load', ...args: unknown[]) =>
      contentsListeners.get(event)?.forEach((l) => l({}, ...args)),
    markDestroyed: () => {
      destroyed = true;
    },
  };
}
