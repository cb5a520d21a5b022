import type { DesktopApi } from '@shared/ipc';

declare global {
  interface Window {
    /** Present only inside the Electron app (see electron/preload.ts); absent in a plain browser. */
    desktop?: DesktopApi;
  }
}

export {};
