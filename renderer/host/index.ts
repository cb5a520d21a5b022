import { createBrowserHost } from './browser-host';
import { createElectronHost } from './electron-host';
import type { Host } from './host';

export type { Host, PickedFile } from './host';

export function detectHost(): Host {
  return window.desktop ? createElectronHost(window.desktop) : createBrowserHost();
}
