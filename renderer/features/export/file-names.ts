import { toIso } from '@shared/dates';

/** A file name safe on Windows, macOS and Linux: `<trust>-portfolio-2026-11-22.json`. */
export function exportFileName(stem: string, kind: string, ext: string, today = new Date()): string {
  const clean =
    stem
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .slice(0, 80) || 'trust';
  return `${clean}-${kind}-${toIso(today)}.${ext}`;
}
