import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NsisUpdater } from 'electron-updater';
import type { AppAdapter } from 'electron-updater/out/AppAdapter';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resolvePolicy, type EffectivePolicy } from '@shared/policy';
import { CHECK_EVERY_MS, decideUpdates, FIRST_CHECK_AFTER_MS, installKind, startUpdates, UPDATE_CONFIG_FILE } from './updates';

const URL_FROM_POLICY = 'https://updates.royal-example.nhs.uk/planner/';
const on = (values: Record<string, string | number | boolean>): EffectivePolicy =>
  resolvePolicy([{ source: 'machine-registry', where: 'HKLM', values }]);
const FULL = on({
  UpdatesEnabled: 1,
  UpdatesUrl: URL_FROM_POLICY,
  UpdatesPublisher: 'Royal Example NHS Trust; Royal Example NHS Trust (IT)',
});
const NSIS = { platform: 'win32' as const, isPackaged: true, kind: 'nsis' as const };

describe('whether updates are on', () => {
  it('is off by default: no policy, no updates', () => {
    expect(decideUpdates(on({}), NSIS)).toMatchObject({
      on: false,
      reason: expect.stringContaining('your organisation installs new versions'),
    });
  });

  it('needs the address and the publisher as well as "on"', () => {
    expect(decideUpdates(on({ UpdatesEnabled: 1 }), NSIS)).toMatchObject({
      on: false,
      reason: expect.stringContaining('no https address'),
    });
    expect(decideUpdates(on({ UpdatesEnabled: 1, UpdatesUrl: URL_FROM_POLICY }), NSIS)).toMatchObject({
      on: false,
      reason: expect.stringContaining('did not name the publisher'),
    });
  });

  it('is never on for an MSI installation, a development build or another platform', () => {
    expect(decideUpdates(FULL, { ...NSIS, kind: 'other' })).toMatchObject({ on: false, reason: expect.stringContaining('MSI') });
    expect(decideUpdates(FULL, { ...NSIS, isPackaged: false })).toMatchObject({ on: false });
    expect(decideUpdates(FULL, { ...NSIS, platform: 'linux' })).toMatchObject({ on: false });
    expect(decideUpdates(FULL, NSIS)).toEqual({ on: true, url: URL_FROM_POLICY, reason: expect.stringContaining(URL_FROM_POLICY) });
  });

  it('tells an NSIS installation from an MSI one by the uninstaller NSIS leaves beside the app', () => {
    const exe = 'C:\\Program Files\\Trust Procurement Planner\\Trust Procurement Planner.exe';
    const nsis = new Set([path.join(path.dirname(exe), 'Uninstall Trust Procurement Planner.exe')]);
    expect(installKind(exe, 'Trust Procurement Planner', (p) => nsis.has(p))).toBe('nsis');
    expect(installKind(exe, 'Trust Procurement Planner', () => false)).toBe('other');
  });
});

describe('starting updates', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'tpp-updates-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** electron-updater's real NsisUpdater, with an app adapter instead of Electron's app. */
  function realUpdater() {
    const app: AppAdapter = {
      version: '0.1.0',
      name: 'Trust Procurement Planner',
      isPackaged: true,
      appUpdateConfigPath: path.join(dir, 'resources-app-update.yml'),
      userDataPath: dir,
      baseCachePath: dir,
      whenReady: async () => undefined,
      relaunch: () => undefined,
      quit: () => undefined,
      onQuit: () => undefined,
    };
    const updater = new NsisUpdater(undefined, app);
    // Any request would go through here: it must not be called.
    const request = vi.fn();
    (updater as unknown as { httpExecutor: unknown }).httpExecutor = { request, download: request };
    return { updater, request };
  }

  it("configures electron-updater with exactly the policy's address and publishers, and requests nothing", async () => {
    const { updater, request } = realUpdater();
    const timers: Array<[string, number]> = [];
    const log = vi.fn();
    const started = startUpdates(decideUpdates(FULL, NSIS), FULL, {
      createUpdater: () => updater,
      writeFile: (filePath, text) => writeFileSync(filePath, text),
      configDir: dir,
      log,
      setTimeout: (_run, ms) => timers.push(['once', ms]),
      setInterval: (_run, ms) => timers.push(['every', ms]),
    });
    expect(started).toBe(updater);
    // What electron-updater itself reads back as its configuration (configOnDisk is internal to it).
    expect(await (updater as unknown as { configOnDisk: { value: Promise<unknown> } }).configOnDisk.value).toEqual({
      provider: 'generic',
      url: URL_FROM_POLICY,
      publisherName: ['Royal Example NHS Trust', 'Royal Example NHS Trust (IT)'],
      updaterCacheDirName: 'trust-procurement-planner-updater',
    });
    expect(JSON.parse(readFileSync(path.join(dir, UPDATE_CONFIG_FILE), 'utf8')).url).toBe(URL_FROM_POLICY);
    expect(timers).toEqual([
      ['once', FIRST_CHECK_AFTER_MS],
      ['every', CHECK_EVERY_MS],
    ]);
    expect(request).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(`Updates: on, from ${URL_FROM_POLICY}`);
  });

  it('with updates off, creates no updater, writes nothing and schedules nothing', () => {
    const createUpdater = vi.fn();
    const writeFile = vi.fn();
    const setTimeout = vi.fn();
    const log = vi.fn();
    expect(
      startUpdates(decideUpdates(on({}), NSIS), on({}), {
        createUpdater,
        writeFile,
        configDir: dir,
        log,
        setTimeout,
        setInterval: setTimeout,
      }),
    ).toBeNull();
    expect(createUpdater).not.toHaveBeenCalled();
    expect(writeFile).not.toHaveBeenCalled();
    expect(setTimeout).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^Updates are off/));
  });

  it('a scheduled check that fails is logged, not thrown', async () => {
    const runs: Array<() => void> = [];
    const log = vi.fn();
    const updater = {
      updateConfigPath: null,
      autoDownload: false,
      autoInstallOnAppQuit: false,
      logger: null,
      checkForUpdates: vi.fn(async () => Promise.reject(new Error('offline'))),
    };
    startUpdates(decideUpdates(FULL, NSIS), FULL, {
      createUpdater: () => updater,
      writeFile: () => undefined,
      configDir: dir,
      log,
      setTimeout: (run) => runs.push(run),
      setInterval: () => undefined,
    });
    runs[0]();
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith('Updates: the check failed', expect.any(Error)));
    expect(updater).toMatchObject({ autoDownload: true, autoInstallOnAppQuit: true });
  });
});
