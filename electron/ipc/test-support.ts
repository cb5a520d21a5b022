import type { IpcMainInvokeEvent, WebContents } from 'electron';
import type { IpcMainLike } from './handle';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

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

/** An invoke event from a frame at `url`; `subframe` puts it in an iframe of the app's page. */
export function eventFrom(url: string, options: { subframe?: boolean; noFrame?: boolean; disposed?: boolean } = {}): IpcMainInvokeEvent {
  const mainFrame: FrameLike = { url: options.subframe ? 'app://planner/index.html' : url, parent: null };
  const senderFrame = options.noFrame ? null : options.subframe ? { url, parent: mainFrame } : mainFrame;
  const sender = { mainFrame, id: 1 } as unknown as WebContents;
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
