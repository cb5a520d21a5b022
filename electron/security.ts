import type { Event, Session, WebContents, WindowOpenHandlerResponse } from 'electron';
import { APP_HOST, APP_SCHEME } from '@shared/ipc';

/**
 * The app's security rules. The predicates are pure; the `harden*` functions take the Electron
 * objects they configure, so tests drive them with stand-ins.
 */

/** True only for URLs on the app's own origin, `app://planner` (no port, no credentials). */
export function isAppOrigin(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}

/**
 * The only requests any page may make: its own files, inline data and blobs (chart exports, file
 * downloads). DevTools' own scheme is allowed only when DevTools is enabled. No network at all.
 */
export function isAllowedRequest(url: string, options: { devTools: boolean }): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  switch (scheme) {
    case APP_SCHEME:
      return isAppOrigin(url);
    case 'data':
    case 'blob':
      return true;
    case 'devtools':
      return options.devTools;
    default:
      return false;
  }
}

/** Keeps a web contents on the app origin: no navigation away, no popups, no webviews. */
export function hardenWebContents(contents: WebContents, log: (message: string) => void): void {
  const guardNavigation = (kind: string) => (event: Event<{ url: string }>) => {
    if (isAppOrigin(event.url)) return;
    event.preventDefault();
    log(`Blocked ${kind} to ${event.url}`);
  };
  contents.on('will-navigate', guardNavigation('navigation'));
  contents.on('will-frame-navigate', guardNavigation('frame navigation'));
  contents.on('will-redirect', guardNavigation('redirect'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('Blocked a <webview>');
  });
  contents.setWindowOpenHandler((details): WindowOpenHandlerResponse => {
    log(`Blocked window.open(${details.url})`);
    return { action: 'deny' };
  });
}

/**
 * The one permission granted: persistent storage, to the app's own top frame, so Chromium never
 * evicts the trust's data under disk pressure (and the app does not warn that it might).
 */
function isGranted(permission: string, url: string | undefined, isMainFrame: boolean | undefined): boolean {
  return permission === 'persistent-storage' && isMainFrame === true && url !== undefined && isAppOrigin(url);
}

/** Denies every other permission and cancels every request that is not the app's own. */
export function hardenSession(session: Session, options: { devTools: boolean }, log: (message: string) => void): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const granted = isGranted(permission, details.requestingUrl, details.isMainFrame);
    if (!granted) log(`Denied permission request: ${permission}`);
    callback(granted);
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isGranted(permission, details.requestingUrl ?? requestingOrigin, details.isMainFrame),
  );
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, options);
    if (!allowed) log(`Cancelled request to ${details.url}`);
    callback({ cancel: !allowed });
  });
}
