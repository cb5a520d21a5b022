import { PORTFOLIO_FORMAT } from './portfolio-schema';

/**
 * Whether a JSON file is an OCDS release or record package (the trust's own notices saved from Find a
 * Tender) rather than a portfolio file, from its opening: a portfolio names its format first; an OCDS
 * package has a "releases" or "records" list, and usually its publisher and version first. Only the
 * first 64 KB are looked at, so a 200 MB file is sorted at once; a package whose list starts later is
 * still recognised by its publisher or ocid.
 */
const HEAD_CHARS = 64 * 1024;

export function looksLikeOcdsPackage(text: string): boolean {
  const head = text.slice(0, HEAD_CHARS).replace(/^\uFEFF/, '');
  if (!/^\s*\{/.test(head)) return false;
  if (new RegExp(`"format"\\s*:\\s*"${PORTFOLIO_FORMAT}"`).test(head)) return false;
  return /"(releases|records)"\s*:\s*\[/.test(head) || /"ocid"\s*:/.test(head) || /"publisher"\s*:\s*\{/.test(head);
}
