import type {
  MessageBoxOptions,
  MessageBoxReturnValue,
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
  WebContents,
} from 'electron';
import path from 'node:path';
import { fileTooLarge, MAX_OPEN_BYTES, maxOpenBytes } from '@shared/files';
import { OPEN_PURPOSES, SAVE_PURPOSES, type OpenedFile, type OpenPurpose, type SavedFile, type SavePurpose } from '@shared/ipc';
import { AppError } from '@shared/result';
import type { Handler } from './handle';

export { MAX_OPEN_BYTES };

export interface FileDialogs {
  showOpenDialog(owner: WebContents, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showSaveDialog(owner: WebContents, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
}

export interface FileDeps extends Pick<FileDialogs, 'showOpenDialog' | 'showSaveDialog'> {
  stat(filePath: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(filePath: string): Promise<Uint8Array>;
  writeFileAtomic(filePath: string, data: string | Uint8Array): Promise<void>;
  /** Where save dialogs start, e.g. the user's Documents folder. */
  defaultDirectory(): string;
  /** A folder the organisation chose for this purpose's dialogs (IT policy: backups), if any. */
  folderFor?(purpose: OpenPurpose | SavePurpose): string | undefined;
  /** Asks before replacing a file whose name the planner completed (see chooseSavePath). */
  showMessageBox(owner: WebContents, options: MessageBoxOptions): Promise<MessageBoxReturnValue>;
}

function readError(fileName: string, error: unknown): AppError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const why =
    code === 'ENOENT'
      ? 'it no longer exists'
      : code === 'EACCES' || code === 'EPERM' || code === 'EBUSY'
        ? 'access was denied (is it open in another program, or in a folder you cannot read?)'
        : `the system reported ${code ?? (error instanceof Error ? error.message : String(error))}`;
  return Object.assign(new AppError('IO_ERROR', `Could not open "${fileName}": ${why}.`), { cause: error });
}

export function createOpenFile(deps: FileDeps): Handler<'file:open'> {
  return async ({ purpose }, { sender }): Promise<OpenedFile | null> => {
    const { title, filters } = OPEN_PURPOSES[purpose];
    const folder = deps.folderFor?.(purpose);
    const choice = await deps.showOpenDialog(sender, {
      title,
      ...(folder ? { defaultPath: folder } : {}),
      properties: ['openFile'],
      filters: [...filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })), { name: 'All files', extensions: ['*'] }],
    });
    const filePath = choice.filePaths[0];
    if (choice.canceled || filePath === undefined) return null;
    const fileName = path.basename(filePath);

    const limit = maxOpenBytes(purpose);
    let bytes: Uint8Array;
    try {
      const info = await deps.stat(filePath);
      if (!info.isFile()) throw new AppError('IO_ERROR', `Could not open "${fileName}": it is not a regular file.`);
      if (info.size > limit) throw fileTooLarge(fileName, info.size, purpose);
      bytes = await deps.readFile(filePath);
    } catch (error) {
      throw error instanceof AppError ? error : readError(fileName, error);
    }
    // The file may have grown between stat and read.
    if (bytes.byteLength > limit) throw fileTooLarge(fileName, bytes.byteLength, purpose);
    return { fileName, size: bytes.byteLength, bytes };
  };
}

/** Adds the kind's extension when the user typed a name without one (GTK dialogs do not). */
export function withExtension(filePath: string, extension: string): string {
  // Any other extension gets ours added: the file is opened by the OS afterwards, and 'x.bat' or
  // 'x.html' must not become something the OS would run or render differently.
  return path.extname(filePath).toLowerCase() === `.${extension}` ? filePath : `${filePath}.${extension}`;
}

/** A save dialog's words and file type: what it is for, and the one extension its file gets. */
export interface SaveTarget {
  title: string;
  filterName: string;
  extension: string;
}

async function exists(deps: Pick<FileDeps, 'stat'>, filePath: string): Promise<boolean> {
  try {
    await deps.stat(filePath);
    return true;
  } catch {
    return false;
  }
}

const REPLACE = { replace: 0, anotherName: 1, cancel: 2 } as const;

/**
 * Shows a save dialog starting at `suggestedName`; null when cancelled. The dialog's own overwrite
 * question covers the name the user typed; when the planner adds the extension (GTK dialogs do not),
 * the completed name may be an existing file the dialog never asked about, so the planner asks.
 */
export async function chooseSavePath(
  deps: Pick<FileDeps, 'showSaveDialog' | 'defaultDirectory' | 'stat' | 'showMessageBox'>,
  sender: WebContents,
  target: SaveTarget,
  suggestedName: string,
  folder: string = deps.defaultDirectory(),
): Promise<string | null> {
  let defaultPath = path.join(folder, suggestedName);
  for (;;) {
    const choice = await deps.showSaveDialog(sender, {
      title: target.title,
      defaultPath,
      filters: [{ name: target.filterName, extensions: [target.extension] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (choice.canceled || !choice.filePath) return null;
    const completed = withExtension(choice.filePath, target.extension);
    if (completed === choice.filePath || !(await exists(deps, completed))) return completed;
    const { response } = await deps.showMessageBox(sender, {
      type: 'warning',
      title: target.title,
      message: `"${path.basename(completed)}" already exists. Do you want to replace it?`,
      detail: `The planner added ".${target.extension}" to the name you typed, and a file with that name is already in this folder. Replacing it overwrites what it holds.`,
      buttons: ['Replace', 'Choose another name', 'Cancel'],
      defaultId: REPLACE.anotherName,
      cancelId: REPLACE.cancel,
      noLink: true,
    });
    if (response === REPLACE.replace) return completed;
    if (response !== REPLACE.anotherName) return null;
    defaultPath = completed;
  }
}

export function createSaveFile(deps: FileDeps): Handler<'file:save'> {
  return async (request, { sender }): Promise<SavedFile | null> => {
    const folder = deps.folderFor?.(request.purpose) ?? deps.defaultDirectory();
    const target = await chooseSavePath(deps, sender, SAVE_PURPOSES[request.purpose], request.suggestedName, folder);
    if (target === null) return null;
    await deps.writeFileAtomic(target, request.content);
    return { fileName: path.basename(target) };
  };
}
