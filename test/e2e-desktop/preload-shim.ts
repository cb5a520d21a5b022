import { readFileSync } from 'node:fs';
import path from 'node:path';

export const BUILT_PRELOAD = path.resolve('dist/electron/preload.cjs');

/** The page-side name of the binding that carries ipcRenderer.invoke to the main-process handlers. */
export const INVOKE_BINDING = '__tppDesktopInvoke';
/** The page-side function main's webContents.send stand-in calls to deliver a message to ipcRenderer.on listeners. */
export const EMIT_FUNCTION = '__tppDesktopEmit';

/**
 * An init script that runs the BUILT preload (dist/electron/preload.cjs, byte for byte) in the
 * page, as Electron runs it in a sandboxed renderer: CommonJS, with a `require` that yields only
 * 'electron' (anything else throws, as the sandbox does). Its 'electron' is a stand-in:
 * `contextBridge.exposeInMainWorld` defines the frozen global, `ipcRenderer.invoke` crosses to Node
 * through a Playwright binding (structured data, Uint8Array included, as Electron's IPC clones it),
 * and `ipcRenderer.on` keeps listeners that the main side's `webContents.send` reaches.
 *
 * Differences from Electron, on purpose and harmless to what the suite checks: the preload runs in
 * the page's world rather than an isolated one, and the source is embedded in the script as text
 * (the page's CSP forbids eval, and must stay as the app serves it).
 */
export function preloadInitScript(source = readFileSync(BUILT_PRELOAD, 'utf8')): string {
  return `(() => {
  // Electron runs the preload in the top frame only (nodeIntegrationInSubFrames is off).
  if (window !== window.top) return;
  const listeners = new Map();
  const electron = {
    contextBridge: {
      exposeInMainWorld(key, api) {
        Object.defineProperty(window, key, { value: Object.freeze({ ...api }), enumerable: true });
      },
    },
    ipcRenderer: {
      invoke: (channel, ...args) => window[${JSON.stringify(INVOKE_BINDING)}](channel, ...args),
      on(channel, listener) {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel).add(listener);
      },
      removeListener(channel, listener) {
        listeners.get(channel)?.delete(listener);
      },
    },
  };
  Object.defineProperty(window, ${JSON.stringify(EMIT_FUNCTION)}, {
    value: (channel, args) => {
      const found = [...(listeners.get(channel) ?? [])];
      for (const listener of found) listener({ sender: null }, ...args);
      return found.length;
    },
  });
  const require = (name) => {
    if (name === 'electron') return electron;
    throw new Error('A sandboxed preload may require only "electron", not ' + JSON.stringify(name));
  };
  const module = { exports: {} };
  (function (require, module, exports) {
${source}
  })(require, module, module.exports);
})();`;
}
