import { href } from '../../ui/router';
import { exportRequestHash } from '../../ui/requested-export';

/**
 * What File › Export … asks a Renewals view to export at once: the register's key dates (.ics) or
 * the notices due, from Notices due; the pipeline notice, from Pipeline notice.
 */
export type RenewalsExport = 'key-dates' | 'notices' | 'pipeline';

const VIEW_OF: Record<RenewalsExport, string> = { 'key-dates': 'notices', notices: 'notices', pipeline: 'pipeline' };

/** The Renewals view that makes `kind`, asked to export it at once. */
export function renewalsExportHash(kind: RenewalsExport): string {
  return exportRequestHash(href('renewals', VIEW_OF[kind]), kind);
}
