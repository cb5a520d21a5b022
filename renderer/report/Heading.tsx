import { createContext, useContext, type ReactNode } from 'react';

/**
 * Headings whose level shifts with where the report is shown: h1–h3 in the printed report (the
 * PDF's outline comes from them), one level lower inside the workspace preview, which sits under
 * the page's own h1.
 */
export const HeadingOffset = createContext(0);

export function H({ level, id, className, children }: { level: 1 | 2 | 3 | 4; id?: string; className?: string; children: ReactNode }) {
  const offset = useContext(HeadingOffset);
  const n = Math.min(6, level + offset);
  const Tag = `h${n}` as 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
  const cls = className ?? (level === 2 ? 'section-heading' : level >= 3 ? 'sub-heading' : undefined);
  return (
    <Tag id={id} className={cls}>
      {children}
    </Tag>
  );
}

export function ReportSection({ id, number, title, children }: { id: string; number: number; title: string; children: ReactNode }) {
  return (
    <section className={`report-section report-section-${id}`} aria-labelledby={`report-${id}`}>
      <H level={2} id={`report-${id}`}>{`${number}. ${title}`}</H>
      {children}
    </section>
  );
}
