import { APP_SCHEME, type DesktopApi } from '@shared/ipc';
import { AppError } from '@shared/result';
import { createBrowserHost } from './browser-host';
import { createElectronHost } from './electron-host';
import type { Host } from './host';

export type { Host } from './host';

/** The desktop app's page lost its bridge (the preload did not run): it must say so, not pretend to be a browser. */
export class HostMissingError extends AppError {
  constructor() {
    super(
      'DESKTOP_BRIDGE_MISSING',
      'Trust Procurement Planner started without its connection to your computer, so it cannot open or save files. ' +
        'Nothing has been changed. Close the app and start it again; if this keeps happening, reinstall it or ask your IT team for help.',
    );
  }
}

export interface HostEnvironment {
  desktop: DesktopApi | undefined;
  /** `location.protocol`: the desktop app serves the page from app://planner. */
  protocol: string;
  userAgent: string;
}

const currentEnvironment = (): HostEnvironment => ({
  desktop: window.desktop,
  protocol: window.location.protocol,
  userAgent: navigator.userAgent,
});

/**
 * The Electron host when the preload's bridge is there; the browser host in a plain browser. A page
 * inside Electron without the bridge throws HostMissingError: falling back to the browser host would
 * turn every save into a silent download the user never sees.
 */
export function detectHost(env: HostEnvironment = currentEnvironment()): Host {
  if (env.desktop) return createElectronHost(env.desktop);
  if (env.protocol === `${APP_SCHEME}:` || /\bElectron\//.test(env.userAgent)) throw new HostMissingError();
  return createBrowserHost();
}
