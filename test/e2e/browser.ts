import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/** Flags that keep Chromium from reaching for the network, which this app never needs. */
export const QUIET_FLAGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Finds the system Chromium (Debian's `chromium`), or lets Playwright use its own browser where it
 * has one installed (a developer's Mac or Windows machine). CHROMIUM_PATH overrides both.
 */
export function findChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (process.platform !== 'linux') return undefined;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found && existsSync(found)) return found;
    } catch {
      // not on PATH; try the next name
    }
  }
  return undefined;
}

export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = findChromium();
  // Chromium refuses to start its sandbox as root (CI containers run as root).
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return { executablePath, args: [...QUIET_FLAGS, ...(asRoot ? ['--no-sandbox'] : [])] };
}
