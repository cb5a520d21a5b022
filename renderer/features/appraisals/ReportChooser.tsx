import { useEffect, useRef } from 'react';
import { useAppraisalList } from '../../data';
import { formatDate, londonDay } from '@shared/format';
import { href } from '../../ui/router';
import type { ReportExportKind } from '../../report/report-query';

const TITLES: Record<ReportExportKind, string> = {
  pdf: 'Export a decision report',
  docx: 'Export a board paper to Word',
  xlsx: 'Export the workings to Excel',
};

/**
 * File › Export (the decision report, its Word paper or its Excel workings) from a screen with no
 * appraisal open: choose which appraisal's to export. A modal <dialog>, so focus is trapped and Escape closes it.
 */
export function ReportChooser({
  kind,
  onChoose,
  onClose,
}: {
  kind: ReportExportKind;
  onChoose: (appraisalId: string) => void;
  onClose: () => void;
}) {
  const appraisals = useAppraisalList();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const node = dialog.current;
    if (node && !node.open) node.showModal();
    return () => node?.close();
  }, []);

  return (
    <dialog ref={dialog} aria-labelledby="report-chooser-title" className="dialog" onClose={onClose}>
      <h2 id="report-chooser-title">{TITLES[kind]}</h2>
      {appraisals === undefined ? (
        <p role="status">Loading appraisals…</p>
      ) : appraisals.length === 0 ? (
        <p>
          There is no appraisal yet, so there is no report to export. Start one from a contract nearing expiry on the{' '}
          <a href={href('appraisals')} onClick={onClose}>
            Appraisals
          </a>{' '}
          screen.
        </p>
      ) : (
        <>
          <p>Choose the appraisal whose report to export:</p>
          <ul className="chooser-list">
            {appraisals.map((a) => (
              <li key={a.id}>
                <button type="button" onClick={() => onChoose(a.id)}>
                  {a.title}
                </button>{' '}
                <span className="hint">last changed {formatDate(londonDay(a.updatedAt))}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="button-row">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
