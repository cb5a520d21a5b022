import type { ImportPreviewSummary } from '@shared/import/preview';
import { countOf, formatCount } from '@shared/format';
import type { OcdsFieldChange } from '@shared/import/ocds';
import { DataTable, tableSpec } from '../../ui/DataTable';

interface Props {
  preview: ImportPreviewSummary;
  onCommit: () => void;
  onCancel: () => void;
}

/** A matched contract's change of one field; the contract's cell spans all its changes. */
interface ChangeRow {
  reference: string;
  count: number;
  first: boolean;
  change: OcdsFieldChange;
}

const CHANGES = tableSpec<ChangeRow>(
  'data-table',
  (r) => `${r.reference}|${r.change.field}`,
  (col) => [
    col('Contract', 'reference', { rowSpan: (r) => (r.first ? r.count : 0) }),
    col('Field', (r) => r.change.label),
    col('Before', (r) => r.change.before),
    col('After', (r) => r.change.after),
  ],
);

const KIND_TEXT = { 'release-package': 'OCDS release package', 'record-package': 'OCDS record package' } as const;

/**
 * The preview of the trust's own published notices (an OCDS package from Find a Tender): each matched
 * contract's fields before → after, what goes into its modification history and notice log, and the
 * releases that match nothing. Nothing is written until the user applies it.
 */
export function OcdsPreview({ preview, onCommit, onCancel }: Props) {
  const s = preview.ocds;
  if (!s) return null;
  return (
    <div>
      <h2 id="import-title">Import notices from {preview.fileName}</h2>
      <p>
        {KIND_TEXT[s.kind]} with {countOf(s.releasesRead, 'release')}. Contracts are matched by their reference (the notice&apos;s tender,
        contract or award identifier). Check the changes below before applying them.
      </p>
      <ul className="counts" aria-label="What the import will do">
        <li>
          <strong>{formatCount(s.matchedCount)}</strong> {s.matchedCount === 1 ? 'contract' : 'contracts'} will change
        </li>
        <li>
          <strong>{formatCount(s.modificationsAdded)}</strong> added to modification histories
        </li>
        <li>
          <strong>{formatCount(s.noticesAdded)}</strong> added to notice logs
        </li>
        <li>
          <strong>{formatCount(s.unmatchedCount)}</strong> not matched to the register
        </li>
        {s.rejectedCount > 0 && (
          <li className="error">
            <strong>{formatCount(s.rejectedCount)}</strong> left unchanged (invalid result)
          </li>
        )}
      </ul>

      {s.matched.length > 0 && (
        <div className="scroll-box" tabIndex={0} role="region" aria-label="Changes to matched contracts">
          <DataTable
            table={CHANGES}
            caption="Changes to matched contracts"
            rows={s.matched.flatMap((m) =>
              m.changes.map((change, i) => ({ reference: m.reference, count: m.changes.length, first: i === 0, change })),
            )}
          />
          {s.matchedCount > s.matched.length && <p>…and {countOf(s.matchedCount - s.matched.length, 'more contract')}.</p>}
        </div>
      )}

      {s.rejected.length > 0 && (
        <section aria-labelledby="ocds-rejected">
          <h3 id="ocds-rejected">Left unchanged</h3>
          <ul>
            {s.rejected.map((r) => (
              <li key={`${r.reference}|${r.ocid}`}>{r.message}</li>
            ))}
          </ul>
        </section>
      )}

      {s.unmatched.length > 0 && (
        <details open={s.matchedCount === 0}>
          <summary>Releases not matched to any contract ({formatCount(s.unmatchedCount)})</summary>
          <ul aria-label="Releases not matched to any contract">
            {s.unmatched.map((u) => (
              <li key={u.ocid}>
                {u.ocid}
                {u.title ? `: ${u.title}` : ''}
              </li>
            ))}
          </ul>
        </details>
      )}

      <div className="button-row">
        <button type="button" className="primary" onClick={onCommit} disabled={s.matchedCount === 0}>
          {s.matchedCount === 0 ? 'Nothing to apply' : `Apply to ${countOf(s.matchedCount, 'contract')}`}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
