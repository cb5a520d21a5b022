import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGetAppInfo } from './ipc/app';
import { LOCKED_WEB_PREFERENCES as locked, mainWindowOptions, reportWindowOptions } from './window';

describe('window options', () => {
  it('locks down the main window and gives it the preload', () => {
    const options = mainWindowOptions({
      state: { width: 1200, height: 800, x: 10, y: 20, isMaximized: false },
      preloadPath: '/app/dist/electron/preload.cjs',
      devTools: false,
      title: 'Trust Procurement Planner',
    });
    expect(options).toMatchObject({ width: 1200, height: 800, x: 10, y: 20, show: false });
    expect(options.webPreferences).toMatchObject({ ...locked, preload: '/app/dist/electron/preload.cjs', devTools: false });
  });

  it('centres the main window when no position was saved', () => {
    const options = mainWindowOptions({
      state: { width: 1200, height: 800, isMaximized: false },
      preloadPath: '/p.cjs',
      devTools: true,
      title: 'T',
    });
    expect(options.center).toBe(true);
    expect(options.x).toBeUndefined();
    expect(options.webPreferences?.devTools).toBe(true);
  });

  it('renders reports hidden, locked down, with JavaScript and without a preload', () => {
    const options = reportWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({ ...locked, javascript: true, devTools: false, backgroundThrottling: false });
    expect(options.webPreferences?.preload).toBeUndefined();
  });

  it('needs JavaScript in the report window, because the report is the React app drawing from IndexedDB', () => {
    // Without JavaScript the print route is this page: an empty #root and module scripts. The report
    // exists only once the renderer has read the appraisal from IndexedDB (which only the app's own
    // origin can read) and rendered it, charts included; there is no static HTML to print instead.
    const page = readFileSync(path.resolve('renderer', 'index.html'), 'utf8');
    const body = /<body>([\s\S]*)<\/body>/.exec(page)?.[1] ?? '';
    // (Besides comments, only the font warm-up, never seen, which the app removes as it boots: renderer/boot.tsx.)
    const shown = body
      .replace(/<script type="module"[^>]*><\/script>/g, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<div id="font-warm-up" aria-hidden="true">[\s\S]*?<\/div>/, '');
    expect(shown.trim()).toBe('<div id="root"></div>');
    // The warm-up holds single words in the first screen's font styles, nothing a print could show.
    const warmUp = /<div id="font-warm-up" aria-hidden="true">([\s\S]*?)<\/div>/.exec(body)?.[1] ?? '';
    expect(warmUp.replace(/<(span class="[a-z-]+"|\/span|h1|\/h1)>/g, ' ').trim()).toMatch(/^(?:(?:Portfolio|\*)\s*)+$/);
    // What makes it safe to run: sandboxed, isolated, no preload (no bridge), the app's CSP, and
    // navigation off app://planner blocked like every window (security.ts).
    expect(reportWindowOptions().webPreferences).toMatchObject({
      javascript: true,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
  });
});

describe('app:getInfo', () => {
  it('reports name, version, platform and Electron version', async () => {
    const getInfo = createGetAppInfo({
      getName: () => 'Trust Procurement Planner',
      getVersion: () => '0.1.0',
      platform: 'linux',
      electronVersion: '45.4.1',
    });
    await expect(getInfo({}, { sender: {} as never })).resolves.toEqual({
      name: 'Trust Procurement Planner',
      version: '0.1.0',
      platform: 'linux',
      electron: '45.4.1',
    });
  });
});
