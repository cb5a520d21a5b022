import { toIso } from '@shared/dates';

/** Letters, digits, - and _ only, spaces as hyphens: safe in a file name on Windows, macOS and Linux. */
function slug(text: string, max: number): string {
  return text
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, max);
}

/** A file name safe on Windows, macOS and Linux: `<trust>-portfolio-2026-11-22.json`. */
export function exportFileName(stem: string, kind: string, ext: string, today = new Date()): string {
  return `${slug(stem, 80) || 'trust'}-${slug(kind, 80) || 'export'}-${toIso(today)}.${ext}`;
}
