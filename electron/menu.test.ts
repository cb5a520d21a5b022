import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { EXTERNAL_LINKS, type ExternalLink } from './external-links';
import { MENU_COMMAND_CHANNEL, MENU_COMMANDS } from '@shared/ipc';
import { buildMenuTemplate, sendMenuCommand, type MenuOptions } from './menu';

function build(platform: NodeJS.Platform, devTools = false) {
  const options: MenuOptions = {
    platform,
    appName: 'Trust Procurement Planner',
    devTools,
    send: vi.fn(),
    showAbout: vi.fn(),
    openLink: vi.fn(),
    openLogsFolder: vi.fn(),
  };
  return { template: buildMenuTemplate(options), options };
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const byLabel = (items: MenuItemConstructorOptions[], label: string) => flatten(items).find((i) => i.label === label);
const roles = (items: MenuItemConstructorOptions[]) =>
  flatten(items)
    .map((i) => i.role)
    .filter(Boolean);

describe('application menu', () => {
  it.each(['darwin', 'win32', 'linux'] as const)('%s: every menu command has exactly one File item', (platform) => {
    const { template, options } = build(platform);
    const file = template.find((menu) => menu.label?.replace(/&/g, '') === 'File')!.submenu as MenuItemConstructorOptions[];
    const sent = file
      .filter((i) => !i.role && i.type !== 'separator')
      .map((i) => {
        (i.click as () => void)();
        return vi.mocked(options.send).mock.lastCall?.[0];
      });
    expect([...sent].sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it.each(['darwin', 'win32', 'linux'] as const)('%s: file commands send menu commands with accelerators', (platform) => {
    const { template, options } = build(platform);
    const expected = [
      ['Import portfolio…', 'CmdOrCtrl+O', 'import-portfolio'],
      ['Export portfolio…', 'CmdOrCtrl+S', 'export-portfolio'],
      ['Export decision report…', 'CmdOrCtrl+P', 'export-report'],
      ['Export board paper to Word…', undefined, 'export-word'],
      ['Export workings to Excel…', undefined, 'export-excel'],
      ['Export key dates to calendar (.ics)…', undefined, 'export-key-dates'],
      ['Export notices due to Excel…', undefined, 'export-notices'],
      ['Export pipeline notice to Excel…', undefined, 'export-pipeline'],
      ['Back up everything…', undefined, 'back-up'],
    ] as const;
    for (const [label, accelerator, command] of expected) {
      const item = byLabel(template, label);
      expect(item?.accelerator).toBe(accelerator);
      (item?.click as () => void)();
      expect(options.send).toHaveBeenLastCalledWith(command);
    }
  });

  it('macOS: the app menu holds About and Quit; no access-key ampersands', () => {
    const { template, options } = build('darwin');
    expect(template[0].label).toBe('Trust Procurement Planner');
    const appMenu = template[0].submenu as MenuItemConstructorOptions[];
    expect(appMenu.map((i) => i.role ?? i.label)).toContain('quit');
    (appMenu[0].click as () => void)();
    expect(options.showAbout).toHaveBeenCalled();
    expect(template.map((i) => i.label ?? i.role)).toEqual(['Trust Procurement Planner', 'File', 'Edit', 'View', 'windowMenu', 'Help']);
  });

  it.each(['win32', 'linux'] as const)('%s: File ends with Quit and Help ends with About', (platform) => {
    const { template, options } = build(platform);
    const file = template[0].submenu as MenuItemConstructorOptions[];
    expect(template[0].label).toBe('&File');
    expect(file[file.length - 1].role).toBe('quit');
    expect(file[file.length - 1].label).toBe(platform === 'win32' ? 'E&xit' : '&Quit');
    const help = template[template.length - 1];
    expect(help.role).toBe('help');
    const about = (help.submenu as MenuItemConstructorOptions[]).at(-1)!;
    expect(about.label).toBe('About Trust Procurement Planner');
    (about.click as () => void)();
    expect(options.showAbout).toHaveBeenCalled();
  });

  it('has Edit roles and View reload/zoom/fullscreen', () => {
    const r = roles(build('linux').template);
    for (const role of [
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
      'reload',
      'zoomIn',
      'zoomOut',
      'resetZoom',
      'togglefullscreen',
    ]) {
      expect(r).toContain(role);
    }
  });

  it.each(['darwin', 'win32', 'linux'] as const)('%s: Help lists the reference documents, each opened by its fixed key', (platform) => {
    const { template, options } = build(platform);
    const help = template[template.length - 1];
    expect(help.role).toBe('help');
    const items = (help.submenu as MenuItemConstructorOptions[]).filter((i) => i.type !== 'separator');
    const links = items.filter((i) => !i.label?.startsWith('About') && i.label !== 'Open logs folder');
    expect(links.map((i) => i.label)).toEqual(Object.values(EXTERNAL_LINKS));
    for (const [i, key] of (Object.keys(EXTERNAL_LINKS) as ExternalLink[]).entries()) {
      (links[i].click as () => void)();
      expect(options.openLink).toHaveBeenLastCalledWith(key);
    }
  });

  it.each(['darwin', 'win32', 'linux'] as const)('%s: Help > Open logs folder opens the logs folder', (platform) => {
    const { template, options } = build(platform);
    const item = byLabel(template, 'Open logs folder');
    (item?.click as () => void)();
    expect(options.openLogsFolder).toHaveBeenCalledTimes(1);
  });

  it('sends a command to the window it is given, on the menu channel, and to none when there is none', () => {
    const send = vi.fn();
    sendMenuCommand({ webContents: { send } }, 'back-up');
    expect(send).toHaveBeenCalledWith(MENU_COMMAND_CHANNEL, 'back-up');
    expect(() => sendMenuCommand(null, 'back-up')).not.toThrow();
  });

  it('offers DevTools only in development', () => {
    expect(roles(build('linux', false).template)).not.toContain('toggleDevTools');
    expect(roles(build('linux', true).template)).toContain('toggleDevTools');
  });
});
