import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { MIN_HEIGHT, MIN_WIDTH, type WindowState } from './window-state';

/**
 * The locked-down preferences every window shares. One constant, so the window builders and the tests
 * that check them (electron/window.test.ts, test/security/electronegativity.test.ts) name one set.
 */
export const LOCKED_WEB_PREFERENCES = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
} as const satisfies WebPreferences;

/** The locked-down preferences with DevTools on or off; only the main window gets the preload. */
export function secureWebPreferences(devTools: boolean): WebPreferences {
  return { ...LOCKED_WEB_PREFERENCES, devTools };
}

export function mainWindowOptions(input: {
  state: WindowState;
  preloadPath: string;
  devTools: boolean;
  title: string;
}): BrowserWindowConstructorOptions {
  const { state } = input;
  return {
    title: input.title,
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : { center: true }),
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: { ...secureWebPreferences(input.devTools), preload: input.preloadPath },
  };
}

/** The hidden window the PDF export renders the report route in: no preload, JavaScript on. */
export function reportWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 794, // A4 portrait at 96 dpi, so charts measure themselves at print width
    height: 1123,
    // Never shown, so keep it painting and its timers running, or charts never draw and the
    // report never signals ready.
    paintWhenInitiallyHidden: true,
    webPreferences: { ...secureWebPreferences(false), javascript: true, backgroundThrottling: false },
  };
}
