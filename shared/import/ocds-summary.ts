import { countOf } from '../format';
import type { OcdsFieldChange, OcdsPreview } from './ocds';

/**
 * What the import dialog shows of an OCDS preview (shared/import/ocds.ts): the diff of each matched
 * contract, the unmatched and rejected releases, and the counts — lists capped so a package of
 * 250,000 releases still crosses from the worker to the dialog at once.
 */
const OCDS_LISTED = 500;

export interface OcdsPreviewSummary {
  kind: OcdsPreview['kind'];
  releasesRead: number;
  matchedCount: number;
  matched: Array<{ reference: string; ocid: string; changes: OcdsFieldChange[] }>;
  unmatchedCount: number;
  unmatched: OcdsPreview['unmatched'];
  rejectedCount: number;
  rejected: OcdsPreview['rejected'];
  modificationsAdded: number;
  noticesAdded: number;
}

export function summariseOcdsPreview(p: OcdsPreview, register: ReadonlyMap<string, { modifications?: unknown[]; notices?: unknown[] }>) {
  let modificationsAdded = 0;
  let noticesAdded = 0;
  for (const m of p.matched) {
    const before = register.get(m.reference);
    modificationsAdded += (m.next.modifications?.length ?? 0) - (before?.modifications?.length ?? 0);
    noticesAdded += (m.next.notices?.length ?? 0) - (before?.notices?.length ?? 0);
  }
  const summary: OcdsPreviewSummary = {
    kind: p.kind,
    releasesRead: p.releasesRead,
    matchedCount: p.matched.length,
    matched: p.matched.slice(0, OCDS_LISTED).map(({ reference, ocid, changes }) => ({ reference, ocid, changes })),
    unmatchedCount: p.unmatched.length,
    unmatched: p.unmatched.slice(0, OCDS_LISTED),
    rejectedCount: p.rejected.length,
    rejected: p.rejected.slice(0, OCDS_LISTED),
    modificationsAdded,
    noticesAdded,
  };
  return summary;
}

/** "Applied notices.json: 2 contracts updated (1 modification and 3 notices added); 1 release not matched." */
export function ocdsImportSentence(fileName: string, s: OcdsPreviewSummary): string {
  const added = [
    s.modificationsAdded ? `${countOf(s.modificationsAdded, 'modification')} to the modification history` : '',
    s.noticesAdded ? `${countOf(s.noticesAdded, 'notice')} to the notice log` : '',
  ].filter(Boolean);
  return (
    `Applied the notices in ${fileName}: ${countOf(s.matchedCount, 'contract')} updated` +
    (added.length ? ` (added ${added.join(' and ')})` : '') +
    (s.unmatchedCount ? `; ${countOf(s.unmatchedCount, 'release')} not matched to the register` : '') +
    '.'
  );
}
