import type { Shell } from 'electron';

/**
 * The ONLY module allowed to call `shell.openExternal` (eslint.config.js bans it everywhere else, and
 * here allows it only with one https:// string literal). The app itself never goes online: these are
 * the reference documents a user may want to read in their browser, each a fixed address chosen here.
 * Nothing from a page, an IPC message or a file can choose what is opened: callers pass a key, and a
 * key that is not on the list opens nothing.
 */

export const EXTERNAL_LINKS = {
  'green-book': 'HM Treasury Green Book guidance',
  'procurement-act-2023': 'Procurement Act 2023',
  'provider-selection-regime': 'Provider Selection Regime Regulations 2023',
} as const;

export type ExternalLink = keyof typeof EXTERNAL_LINKS;

export function isExternalLink(key: unknown): key is ExternalLink {
  return typeof key === 'string' && Object.hasOwn(EXTERNAL_LINKS, key);
}

/**
 * Opens the document for `key` in the user's browser; resolves false (and opens nothing) for any
 * other value. `opener` is Electron's `shell` (a stand-in in tests).
 */
export async function openExternalLink(key: unknown, opener: Pick<Shell, 'openExternal'>): Promise<boolean> {
  switch (key) {
    case 'green-book':
      await opener.openExternal('https://www.gov.uk/government/publications/the-green-book-appraisal-and-evaluation-in-central-government');
      return true;
    case 'procurement-act-2023':
      await opener.openExternal('https://www.legislation.gov.uk/ukpga/2023/54/contents');
      return true;
    case 'provider-selection-regime':
      await opener.openExternal('https://www.legislation.gov.uk/uksi/2023/1348/contents');
      return true;
    default:
      return false;
  }
}
