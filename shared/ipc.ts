import { z } from 'zod';

/**
 * The one IPC contract between the renderer and the main process. Every channel has a zod request
 * schema (parsed in main before the handler runs, and in the preload before anything is sent) and a
 * response type. Main owns files and dialogs: the renderer never sends a path.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'planner';
/** The renderer's origin. IndexedDB data belongs to it, so it must never change. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export const FILE_KINDS = ['json', 'csv', 'xlsx', 'pdf'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

const fileName = z
  .string()
  .min(1)
  .max(200)
  // Control characters are exactly what a file name must not contain.
  // eslint-disable-next-line no-control-regex
  .refine((n) => !/[\\/:*?"<>|\u0000-\u001f]/.test(n), 'must be a plain file name');

export const ipcContract = {
  'app:getInfo': { request: z.object({}).strict() },
  /** Shows an open dialog for a register or portfolio file and returns its bytes. */
  'portfolio:openFile': { request: z.object({}).strict() },
  /** Shows a save dialog and writes text (JSON, CSV) the renderer produced. */
  'portfolio:saveFile': {
    request: z.object({ suggestedName: fileName, kind: z.enum(['json', 'csv']), content: z.string().max(512 * 1024 * 1024) }).strict(),
  },
  /** Renders the appraisal's report route to PDF in a hidden window and saves it. */
  'report:exportPdf': {
    request: z
      .object({
        appraisalId: z.string().min(1).max(100),
        suggestedName: fileName,
        title: z.string().max(300),
        author: z.string().max(200),
        headerLeft: z.string().max(300),
        footerStatus: z.string().max(50),
        query: z
          .string()
          .max(2000)
          .regex(/^[A-Za-z0-9=&%._~-]*$/),
      })
      .strict(),
  },
} as const;

export type Channel = keyof typeof ipcContract;
export type RequestOf<C extends Channel> = z.input<(typeof ipcContract)[C]['request']>;

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  electron: string;
}

export interface OpenedFile {
  fileName: string;
  size: number;
  bytes: Uint8Array;
}

export interface SavedFile {
  fileName: string;
}

export interface ResponseMap {
  'app:getInfo': AppInfo;
  /** null when the user cancelled the dialog. */
  'portfolio:openFile': OpenedFile | null;
  'portfolio:saveFile': SavedFile | null;
  'report:exportPdf': (SavedFile & { pages: number | null }) | null;
}

export type IpcErrorCode = 'FORBIDDEN_SENDER' | 'INVALID_REQUEST' | 'FILE_TOO_LARGE' | 'IO_ERROR' | 'INTERNAL';

export interface IpcError {
  code: IpcErrorCode;
  message: string;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** Commands the main process sends to the renderer from the application menu. */
export const MENU_COMMANDS = ['import-portfolio', 'export-portfolio', 'export-report', 'back-up', 'show-about'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MENU_COMMAND_CHANNEL = 'menu:command';

/** What the preload exposes as `window.desktop`: one method per channel, nothing generic. */
export interface DesktopApi {
  getAppInfo(): Promise<IpcResult<AppInfo>>;
  openPortfolioFile(): Promise<IpcResult<OpenedFile | null>>;
  saveFile(req: RequestOf<'portfolio:saveFile'>): Promise<IpcResult<SavedFile | null>>;
  exportReportPdf(req: RequestOf<'report:exportPdf'>): Promise<IpcResult<ResponseMap['report:exportPdf']>>;
  /** Subscribes to menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** Parses a request against its channel's schema; used by the preload and by main. */
export function parseRequest<C extends Channel>(
  channel: C,
  payload: unknown,
): { ok: true; value: RequestOf<C> } | { ok: false; error: IpcError } {
  const schema = ipcContract[channel].request as unknown as z.ZodType<RequestOf<C>>;
  const parsed = schema.safeParse(payload);
  if (parsed.success) return { ok: true, value: parsed.data };
  const first = parsed.error.issues[0];
  return {
    ok: false,
    error: {
      code: 'INVALID_REQUEST',
      message: `Invalid request to ${channel}: ${first ? `${first.path.join('.') || 'payload'} ${first.message}` : 'malformed'}`,
    },
  };
}
