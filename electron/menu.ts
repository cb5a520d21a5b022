import type { MenuItemConstructorOptions, WebContents } from 'electron';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '@shared/ipc';
import { EXTERNAL_LINKS, type ExternalLink } from './external-links';

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  devTools: boolean;
  /** Sends a command to the focused window's renderer. */
  send(command: MenuCommand): void;
  showAbout(): void;
  /** Opens a reference document in the user's browser (external-links.ts holds the addresses). */
  openLink(key: ExternalLink): void;
  /** Opens the folder holding the log file, for sending to IT. */
  openLogsFolder(): void;
}

/** How a menu command reaches a window: on the channel whose listener the preload installs. */
export function sendMenuCommand(target: { webContents: Pick<WebContents, 'send'> } | null, command: MenuCommand): void {
  target?.webContents.send(MENU_COMMAND_CHANNEL, command);
}

/**
 * The application menu, following each platform's conventions: on macOS the app menu holds About
 * and Quit; elsewhere File ends with Quit (labelled Exit on Windows) and Help holds About.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: `About ${options.appName}`, click: () => options.showAbout() };
  const command = (text: string, accelerator: string | undefined, cmd: MenuCommand): MenuItemConstructorOptions => ({
    label: text,
    accelerator,
    click: () => options.send(cmd),
  });

  // Access-key ampersands are a Windows/Linux convention; macOS would show them literally.
  const label = (text: string): string => (isMac ? text.replace(/&/g, '') : text);

  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: options.appName,
      submenu: [
        about,
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push({
    label: label('&File'),
    submenu: [
      command('Import portfolio…', 'CmdOrCtrl+O', 'import-portfolio'),
      command('Export portfolio…', 'CmdOrCtrl+S', 'export-portfolio'),
      { type: 'separator' },
      command('Export decision report…', 'CmdOrCtrl+P', 'export-report'),
      command('Export board paper to Word…', undefined, 'export-word'),
      command('Export workings to Excel…', undefined, 'export-excel'),
      { type: 'separator' },
      command('Export key dates to calendar (.ics)…', undefined, 'export-key-dates'),
      command('Export notices due to Excel…', undefined, 'export-notices'),
      command('Export pipeline notice to Excel…', undefined, 'export-pipeline'),
      { type: 'separator' },
      command('Back up everything…', undefined, 'back-up'),
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit', label: label(options.platform === 'win32' ? 'E&xit' : '&Quit') },
    ],
  });
  template.push({
    label: label('&Edit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  });
  template.push({
    label: label('&View'),
    submenu: [
      { role: 'reload' },
      { role: 'forceReload' },
      ...(options.devTools ? [{ role: 'toggleDevTools' } as const] : []),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  });
  if (isMac) template.push({ role: 'windowMenu' });
  // Help: the guidance and law the app's rules come from, read in the user's browser.
  const links: MenuItemConstructorOptions[] = (Object.entries(EXTERNAL_LINKS) as [ExternalLink, string][]).map(([key, text]) => ({
    label: text,
    click: () => options.openLink(key),
  }));
  const logs: MenuItemConstructorOptions = { label: 'Open logs folder', click: () => options.openLogsFolder() };
  template.push({
    role: 'help',
    label: label('&Help'),
    submenu: isMac ? [...links, { type: 'separator' }, logs] : [...links, { type: 'separator' }, logs, about],
  });
  return template;
}
