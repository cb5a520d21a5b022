import type { IpcMainInvokeEvent, WebContents } from 'electron';
import {
  IPC_ERROR_CODES,
  parseRequest,
  UNREADABLE_REQUEST,
  type AnswerOf,
  type Channel,
  type IpcError,
  type IpcErrorCode,
  type IpcResult,
  type RequestOf,
} from '@shared/ipc';
import { AppError } from '@shared/result';
import { isAppOrigin } from '../security';

/** The slice of `ipcMain` the helper uses, so tests pass a stand-in. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
}

/** What a handler learns about its caller: the web contents (to parent dialogs on its window). */
export interface HandlerContext {
  sender: WebContents;
}

export type Handler<C extends Channel> = (request: RequestOf<C>, context: HandlerContext) => Promise<AnswerOf<C>>;

export interface HandleDeps {
  log: (message: string, error?: unknown) => void;
  /** True only for the web contents of a window the app opened to run the planner (the main window). */
  isAppWindow(sender: WebContents): boolean;
}

const KNOWN_CODES: ReadonlySet<string> = new Set(IPC_ERROR_CODES);

const SOMETHING_WENT_WRONG: IpcError = {
  code: 'INTERNAL',
  message: 'Something went wrong in the planner. Try again, and restart the planner if it happens again.',
};

/**
 * Only the app's own top-level page, in one of the app's own windows, may call main: not a
 * subframe (even one on our origin), not a page that navigated elsewhere, not a frame that has gone
 * away (senderFrame is then null), and not some other web contents that happens to load app://
 * (a DevTools or print window, or one opened by a future bug).
 */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>,
  isAppWindow: HandleDeps['isAppWindow'],
): boolean {
  try {
    const frame = event.senderFrame;
    if (!frame) return false;
    const isTopFrame = frame === event.sender.mainFrame || frame.parent === null;
    return isTopFrame && isAppOrigin(frame.url) && isAppWindow(event.sender);
  } catch {
    // Electron throws when a disposed frame's properties are read: not a caller we can trust.
    return false;
  }
}

function describeSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): string {
  try {
    return event.senderFrame?.url ?? 'a frame that no longer exists';
  } catch {
    return 'a frame that no longer exists';
  }
}

/**
 * Registers one channel: checks the sender, parses the payload with the channel's shared schema,
 * runs the handler and wraps whatever happens in an `IpcResult`. Nothing thrown crosses the bridge
 * (Electron would flatten it to a bare string); every failure is logged with its channel.
 */
export function registerHandler<C extends Channel>(ipcMain: IpcMainLike, channel: C, handler: Handler<C>, deps: HandleDeps): void {
  ipcMain.handle(channel, async (event, ...args): Promise<IpcResult<AnswerOf<C>>> => {
    if (!isTrustedSender(event, deps.isAppWindow)) {
      deps.log(`${channel}: refused a call from ${describeSender(event)}`);
      return { ok: false, error: { code: 'FORBIDDEN_SENDER', message: `${channel} may only be called by the planner's own window.` } };
    }
    if (args.length > 1) {
      deps.log(`Invalid request to ${channel}: extra arguments`);
      return { ok: false, error: UNREADABLE_REQUEST };
    }
    // The problem names the channel itself ("Invalid request to <channel>: …").
    const parsed = parseRequest(channel, args[0], (problem) => deps.log(problem));
    if (!parsed.ok) return parsed;
    try {
      return { ok: true, value: await handler(parsed.value, { sender: event.sender }) };
    } catch (error) {
      if (error instanceof AppError) {
        // Its message is for the user and names their file; the log keeps the codes only.
        const cause = (error.cause as NodeJS.ErrnoException | undefined)?.code;
        deps.log(`${channel} failed: ${error.code}${cause ? ` (${cause})` : ''}`);
        const code = KNOWN_CODES.has(error.code) ? (error.code as IpcErrorCode) : 'INTERNAL';
        return { ok: false, error: { code, message: error.message } };
      }
      // Anything else is a bug: its words are for the log, and the page is told in plain words.
      deps.log(`${channel} failed`, error);
      return { ok: false, error: SOMETHING_WENT_WRONG };
    }
  });
}

/** One handler for every channel of the contract. */
export type Handlers = { [C in Channel]: Handler<C> };

/** Registers every channel's handler (see registerHandler). */
export function registerHandlers(ipcMain: IpcMainLike, handlers: Handlers, deps: HandleDeps): void {
  for (const channel of Object.keys(handlers) as Channel[]) {
    registerHandler(ipcMain, channel, handlers[channel] as Handler<typeof channel>, deps);
  }
}
