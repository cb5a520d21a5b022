import { existsSync, readFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import type { BrowserContext, Frame, Page } from '@playwright/test';
import type {
  IpcMainInvokeEvent,
  MenuItemConstructorOptions,
  MessageBoxOptions,
  OpenDialogOptions,
  SaveDialogOptions,
  WebContents,
} from 'electron';
import { APP_ORIGIN, type Channel, type MenuCommand } from '@shared/ipc';
import type { DesktopPolicy } from '@shared/policy';
import { policyFolderFor } from '../../electron/policy/apply';
import { nodeAtomicWriteFs, writeFileAtomic } from '../../electron/atomic-write';
import { nodeBackupFiles } from '../../electron/ipc/auto-backup';
import { createBackupFolderSetting } from '../../electron/backup-folder';
import { registerHandler, registerHandlers, type HandleDeps, type IpcMainLike } from '../../electron/ipc/handle';
import { createHandlers } from '../../electron/ipc/handlers';
import { buildMenuTemplate, sendMenuCommand } from '../../electron/menu';
import { createPrintWindow, type PrintWindowRecord } from './print-window';
import { EMIT_FUNCTION, INVOKE_BINDING, preloadInitScript } from './preload-shim';

/**
 * The desktop path without an Electron binary: the renderer in Chromium, the BUILT preload in the
 * page (preload-shim.ts), and the REAL main-process handler table (electron/ipc/handlers.ts, as
 * main.ts builds it) registered through the real registerHandlers, so every call passes the real
 * sender check and schema parse. Only Electron's own objects are stand-ins: dialogs the test
 * answers, a temporary folder, a print window played by a second page, and the invoke event, whose
 * frame is the calling Playwright frame with the test server's origin read as app://planner.
 */

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

export interface ShownDialog {
  kind: 'open' | 'save' | 'message';
  title: string | undefined;
  options: OpenDialogOptions | SaveDialogOptions | MessageBoxOptions;
}

/** Dialog answers, queued by the test before the action that shows the dialog. */
export class DialogScript {
  readonly shown: ShownDialog[] = [];
  readonly problems: string[] = [];
  private readonly answers = { open: [] as Array<string | null>, save: [] as Array<string | null>, message: [] as number[] };

  answerOpen(filePath: string | null): void {
    this.answers.open.push(filePath);
  }

  answerSave(filePath: string | null): void {
    this.answers.save.push(filePath);
  }

  /** The index of the button to press in the next message box; unanswered boxes get their cancelId. */
  answerMessageBox(response: number): void {
    this.answers.message.push(response);
  }

  next<K extends 'open' | 'save'>(kind: K, options: OpenDialogOptions | SaveDialogOptions): string | null {
    this.shown.push({ kind, title: options.title, options });
    const answer = this.answers[kind].shift();
    if (answer === undefined) {
      this.problems.push(`A ${kind} dialog "${options.title ?? ''}" was shown with no answer queued; it was cancelled.`);
      return null;
    }
    return answer;
  }

  nextMessage(options: MessageBoxOptions): number {
    this.shown.push({ kind: 'message', title: options.title, options });
    return this.answers.message.shift() ?? options.cancelId ?? 0;
  }

  /** Answers the test queued that no dialog took. */
  leftOver(): string[] {
    return [
      ...this.answers.open.map((a) => `open dialog answer ${String(a)}`),
      ...this.answers.save.map((a) => `save dialog answer ${String(a)}`),
      ...this.answers.message.map((a) => `message box answer ${a}`),
    ];
  }
}

interface FrameLike {
  readonly url: string;
  readonly parent: FrameLike | null;
}

export interface DesktopHarness {
  readonly dialogs: DialogScript;
  readonly logs: string[];
  /** Every channel the page invoked, in order (what crossed the bridge, not what it carried). */
  readonly calls: string[];
  readonly opened: string[];
  readonly shownInFolder: string[];
  readonly printWindows: PrintWindowRecord[];
  /** Runs the bridge in `page` (before it loads the app). */
  install(page: Page): Promise<void>;
  /** Clicks a menu item of the real application menu (Linux layout), e.g. ('File', 'Import portfolio…'). */
  clickMenu(menu: string, item: string): Promise<void>;
  /** The page-visible listeners that received the last menu message. */
  lastDelivery(): number;
  /**
   * From now on main's handler for `channel` answers `value` to every call, as a bug in main would;
   * registered through the real registerHandler, so the sender check and request parse still run.
   */
  answerWrongly(channel: Channel, value: unknown): void;
}

/** What Electron's structured clone makes of a reply: a Node Buffer arrives as a plain Uint8Array. */
function asElectronClones(value: unknown): unknown {
  if (Buffer.isBuffer(value)) return Uint8Array.from(value);
  if (Array.isArray(value)) return value.map(asElectronClones);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, asElectronClones(inner)]));
  }
  return value;
}

/** The File menu's label for each command, read from the real menu template (Linux layout). */
export function menuLabels(): Record<MenuCommand, string> {
  const labels: Partial<Record<MenuCommand, string>> = {};
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate({
    platform: 'linux',
    appName: 'Trust Procurement Planner',
    devTools: false,
    send: (command) => sent.push(command),
    showAbout: () => undefined,
    openLink: () => undefined,
    openLogsFolder: () => undefined,
  });
  for (const item of template.flatMap((menu) => (menu.submenu ?? []) as MenuItemConstructorOptions[])) {
    sent.length = 0;
    if (typeof item.click === 'function' && !item.role) (item.click as () => void)();
    if (sent.length === 1 && item.label) labels[sent[0]] = item.label;
  }
  return labels as Record<MenuCommand, string>;
}

export function createDesktopHarness(options: {
  context: BrowserContext;
  baseURL: string;
  dir: string;
  policy?: DesktopPolicy;
}): DesktopHarness {
  const served = new URL(options.baseURL).origin;
  /** The test server stands in for app://planner; any other origin keeps its own URL (and is refused). */
  const toAppUrl = (url: string): string => {
    try {
      const parsed = new URL(url);
      return parsed.origin === served ? `${APP_ORIGIN}${parsed.pathname}${parsed.search}${parsed.hash}` : url;
    } catch {
      return url;
    }
  };
  const toServedUrl = (url: string): string => (url.startsWith(`${APP_ORIGIN}/`) ? `${served}${url.slice(APP_ORIGIN.length)}` : url);

  const dialogs = new DialogScript();
  const logs: string[] = [];
  const calls: string[] = [];
  const opened: string[] = [];
  const shownInFolder: string[] = [];
  const printWindows: PrintWindowRecord[] = [];
  const log = (message: string, error?: unknown) => logs.push(error === undefined ? message : `${message}: ${String(error)}`);

  const handlers = new Map<string, Listener>();
  // The pages the bridge was installed in play the app's windows; anything else is not one.
  const appWindows = new Set<WebContents>();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => handlers.set(channel, listener) };
  const handleDeps: HandleDeps = { log, isAppWindow: (contents) => appWindows.has(contents) };
  registerHandlers(ipcMain, createHandlers(harnessDeps()), handleDeps);

  function harnessDeps(): Parameters<typeof createHandlers>[0] {
    // One open dialog for files and folders alike: the test queues its answer with answerOpen.
    const showOpenDialog = async (_owner: WebContents, dialogOptions: OpenDialogOptions) => {
      const answer = dialogs.next('open', dialogOptions);
      return { canceled: answer === null, filePaths: answer === null ? [] : [answer] };
    };
    return {
      policy: options.policy ?? {
        values: {},
        defaults: {},
        warnings: [],
        updates: { on: false, reason: 'Updates are off in a development build.' },
      },
      folderFor: (purpose) => (options.policy ? policyFolderFor(options.policy, purpose) : undefined),
      appInfo: {
        getName: () => 'Trust Procurement Planner',
        getVersion: () => '0.0.0-desktop-e2e',
        platform: 'linux',
        electronVersion: '45.4.1',
      },
      showOpenDialog,
      showSaveDialog: async (_owner, dialogOptions) => {
        const answer = dialogs.next('save', dialogOptions);
        return answer === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: answer };
      },
      showMessageBox: async (_owner, boxOptions) => ({ response: dialogs.nextMessage(boxOptions), checkboxChecked: false }),
      stat: (filePath) => fsp.stat(filePath),
      readFile: (filePath) => fsp.readFile(filePath),
      writeFileAtomic: (filePath, data) => writeFileAtomic(filePath, data),
      // The harness has no window to close, so nothing waits for a flush.
      flushed: () => undefined,
      backupFiles: nodeAtomicWriteFs,
      autoBackup: {
        // The temporary folder plays the app's data folder, so the remembered choice is main's own code.
        ...createBackupFolderSetting({
          policyFolder: () => (options.policy ? policyFolderFor(options.policy, 'backup') : undefined),
          dataFolder: options.dir,
          readSaved: (filePath) => (existsSync(filePath) ? readFileSync(filePath, 'utf8') : null),
          writeFileAtomic: (filePath, data) => writeFileAtomic(filePath, data),
        }),
        showOpenDialog,
        ...nodeBackupFiles,
        now: () => new Date(),
      },
      defaultDirectory: () => options.dir,
      createReportWindow: () => {
        const record: PrintWindowRecord = { urls: [], pdfOptions: [], closed: false };
        printWindows.push(record);
        return createPrintWindow(options.context, toServedUrl, record);
      },
      openPath: async (filePath) => {
        opened.push(filePath);
        return '';
      },
      showItemInFolder: (filePath) => shownInFolder.push(filePath),
      now: () => new Date(),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      log,
    };
  }

  let mainPage: Page | null = null;
  let deliveries: Promise<number>[] = [];
  let delivered = 0;
  const frames = new WeakMap<Frame, FrameLike>();
  const frameFor = (frame: Frame): FrameLike => {
    let found = frames.get(frame);
    if (!found) {
      const parent = frame.parentFrame();
      found = {
        get url() {
          return toAppUrl(frame.url());
        },
        parent: parent ? frameFor(parent) : null,
      };
      frames.set(frame, found);
    }
    return found;
  };
  const contentsOf = new WeakMap<Page, WebContents>();
  const webContentsFor = (page: Page): WebContents => {
    let found = contentsOf.get(page);
    if (!found) {
      found = newWebContents(page);
      contentsOf.set(page, found);
    }
    return found;
  };
  const newWebContents = (page: Page) =>
    ({
      id: 1,
      // The parked print window is closed with the app's window (electron/ipc/report-window.ts).
      isDestroyed: () => page.isClosed(),
      once: (event: string, listener: () => void) => {
        if (event === 'destroyed') page.once('close', () => listener());
      },
      get mainFrame() {
        return frameFor(page.mainFrame());
      },
      send: (channel: string, ...args: unknown[]) => {
        deliveries.push(
          page.evaluate(([fn, c, a]) => (window as unknown as Record<string, (c: string, a: unknown[]) => number>)[fn](c, a), [
            EMIT_FUNCTION,
            channel,
            args,
          ] as const),
        );
      },
    }) as unknown as WebContents;

  const menu = buildMenuTemplate({
    platform: 'linux',
    appName: 'Trust Procurement Planner',
    devTools: false,
    send: (command: MenuCommand) => sendMenuCommand(mainPage && { webContents: webContentsFor(mainPage) }, command),
    showAbout: () => dialogs.nextMessage({ title: 'About Trust Procurement Planner', message: 'About' }),
    openLink: (key) => logs.push(`openLink ${key}`),
    openLogsFolder: () => logs.push('openLogsFolder'),
  });

  return {
    dialogs,
    logs,
    calls,
    opened,
    shownInFolder,
    printWindows,
    async install(page) {
      mainPage = page;
      appWindows.add(webContentsFor(page));
      await page.exposeBinding(INVOKE_BINDING, async (source, channel: string, ...args: unknown[]) => {
        calls.push(channel);
        const listener = handlers.get(channel);
        // What Electron's ipcRenderer.invoke rejects with when main registered nothing.
        if (!listener) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
        const event = { sender: webContentsFor(source.page), senderFrame: frameFor(source.frame), processId: 1, frameId: 1 };
        return asElectronClones(await listener(event as unknown as IpcMainInvokeEvent, ...args));
      });
      await page.addInitScript({ content: preloadInitScript() });
    },
    async clickMenu(menuLabel, itemLabel) {
      const top = menu.find((m) => m.label?.replace(/&/g, '') === menuLabel);
      const items = (top?.submenu ?? []) as MenuItemConstructorOptions[];
      const item = items.find((i) => i.label === itemLabel);
      if (!item?.click) throw new Error(`No menu item ${menuLabel} > ${itemLabel}`);
      deliveries = [];
      (item.click as () => void)();
      delivered = (await Promise.all(deliveries)).reduce((sum, n) => sum + n, 0);
    },
    lastDelivery: () => delivered,
    answerWrongly: (channel, value) => registerHandler(ipcMain, channel, async () => value as never, handleDeps),
  };
}
