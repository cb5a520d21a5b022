import { useEffect, useRef, useState } from 'react';
import { FIELD_LABELS, IMPORT_FIELDS } from '@shared/import/fields';
import type { MappingTarget } from '@shared/import/columns';
import { countOf, formatCount } from '@shared/format';
import type { ImportPreviewSummary } from './import-protocol';
import type { ImportState } from './use-import';
import { OcdsPreview } from './OcdsPreview';
import { HeaderRowChooser, ImportWarnings, IssueTable, UnrecognisedValues } from './RegisterPreviewParts';
import { OptionList } from '../../ui/fields';
import type { ReanalyseOptions } from './use-import';

interface Props {
  state: ImportState;
  onReanalyse: (options: ReanalyseOptions) => void;
  onCommit: () => void;
  onCancel: () => void;
}

const STAGE_TEXT = { reading: 'Reading the file', checking: 'Checking every row', writing: 'Saving to your register' } as const;

const TARGETS: Array<[MappingTarget, string]> = [
  ['ignore', 'Ignore this column'],
  ...IMPORT_FIELDS.map((f) => [f, FIELD_LABELS[f]] as [MappingTarget, string]),
  ['term-months', 'Term in months (gives the end date)'],
];

/** A modal dialog: progress with cancel, then the preview the user confirms before anything is written. */
export function ImportDialog({ state, onReanalyse, onCommit, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const open = state.phase === 'working' || state.phase === 'preview' || state.phase === 'failed';

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog import-dialog"
      aria-labelledby="import-title"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      {state.phase === 'working' && (
        <div>
          <h2 id="import-title">Importing {state.fileName}</h2>
          <label className="progress-label">
            {STAGE_TEXT[state.stage]}… {Math.round(state.fraction * 100)}%
            <progress max={1} value={state.fraction} aria-label={`${STAGE_TEXT[state.stage]}`} />
          </label>
          <div className="button-row">
            <button type="button" onClick={onCancel}>
              Cancel import
            </button>
          </div>
        </div>
      )}
      {state.phase === 'failed' && (
        <div>
          <h2 id="import-title">{state.fileName} could not be imported</h2>
          <p role="alert" className="error preserve-lines">
            {state.message}
          </p>
          <p>Nothing in your register has changed.</p>
          <div className="button-row">
            <button type="button" className="primary" onClick={onCancel}>
              Close
            </button>
          </div>
        </div>
      )}
      {state.phase === 'preview' && state.preview.format === 'ocds' && (
        <OcdsPreview preview={state.preview} onCommit={onCommit} onCancel={onCancel} />
      )}
      {state.phase === 'preview' && state.preview.format !== 'ocds' && (
        <Preview
          key={`${state.preview.sheetName}|${state.preview.headerRowNumber}|${JSON.stringify(state.preview.mapping)}|${JSON.stringify(state.preview.valueMappings)}`}
          preview={state.preview}
          onReanalyse={onReanalyse}
          onCommit={onCommit}
          onCancel={onCancel}
        />
      )}
    </dialog>
  );
}

function Preview({ preview: p, onReanalyse, onCommit, onCancel }: { preview: ImportPreviewSummary } & Omit<Props, 'state'>) {
  const [mapping, setMapping] = useState(p.mapping);
  // The mapping table (a select of every field for each column: over 700 options for 20 columns) is
  // made when the user first opens it: made with the preview, it was a long task on the UI thread
  // (issue 16) for a section that stays closed whenever every column was recognised.
  const mappingNeeded = p.unknownColumns.length > 0 || p.missingRequired.length > 0;
  const [mappingShown, setMappingShown] = useState(mappingNeeded);
  const mappingChanged = JSON.stringify(mapping) !== JSON.stringify(p.mapping);
  const accepted = p.counts.new + p.counts.update;
  const valueMappings = p.valueMappings ?? {};
  // Keeps what the user has already settled (sheet, header row, answers) when one of them changes.
  const again = (change: ReanalyseOptions) =>
    onReanalyse({
      sheet: p.sheetName,
      headerRow: p.headerRowNumber !== undefined ? p.headerRowNumber - 1 : undefined,
      mapping: p.mapping,
      valueMappings,
      ...change,
    });

  return (
    <div>
      <h2 id="import-title">Import {p.fileName}</h2>
      {p.notices.map((n) => (
        <p key={n} className="notice notice-warning">
          {n}
        </p>
      ))}
      {p.sheetNames.length > 1 && (
        <label className="field-inline">
          <span>Sheet</span>
          <select value={p.sheetName} onChange={(e) => onReanalyse({ sheet: e.target.value, valueMappings })}>
            {p.sheetNames.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      )}

      {p.format !== 'json' && p.headerChoices && (
        <HeaderRowChooser
          choices={p.headerChoices}
          rowNumber={p.headerRowNumber}
          onChoose={(index) => onReanalyse({ sheet: p.sheetName, headerRow: index, valueMappings })}
        />
      )}

      <ul className="counts" aria-label="What the import will do">
        <li>
          <strong>{formatCount(p.counts.new)}</strong> new
        </li>
        <li>
          <strong>{formatCount(p.counts.update)}</strong> will update an existing contract
        </li>
        <li>
          <strong>{formatCount(p.counts.unchanged)}</strong> unchanged
        </li>
        <li className={p.counts.invalid ? 'error' : undefined}>
          <strong>{formatCount(p.counts.invalid)}</strong> invalid (will be skipped)
        </li>
        {p.appraisals > 0 && (
          <li>
            <strong>{formatCount(p.appraisals)}</strong> appraisals
          </li>
        )}
      </ul>

      {p.format !== 'json' && (
        <details
          open={mappingNeeded}
          onToggle={(e) => {
            if (e.currentTarget.open) setMappingShown(true);
          }}
        >
          <summary>
            Column mapping{p.headerRowNumber ? ` (headers found on row ${p.headerRowNumber})` : ''}
            {p.mappingRemembered ? ' — remembered from your last import of this layout' : ''}
          </summary>
          {p.missingRequired.length > 0 && (
            <p className="error">
              No column is mapped to: {p.missingRequired.map((f) => FIELD_LABELS[f as keyof typeof FIELD_LABELS] ?? f).join(', ')}.
            </p>
          )}
          {mappingShown && (
            <table className="data-table">
              <caption className="visually-hidden">Columns in the file and the fields they fill</caption>
              <thead>
                <tr>
                  <th scope="col">Column in the file</th>
                  <th scope="col">Field</th>
                </tr>
              </thead>
              <tbody>
                {p.headers.map((h) => (
                  <tr key={h}>
                    <th scope="row">
                      {h}
                      {p.unknownColumns.includes(h) ? ' (not recognised)' : ''}
                    </th>
                    <td>
                      <select
                        aria-label={`Field for column ${h}`}
                        value={mapping[h] ?? 'ignore'}
                        onChange={(e) => setMapping({ ...mapping, [h]: e.target.value as MappingTarget })}
                      >
                        <OptionList options={TARGETS} />
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <button type="button" disabled={!mappingChanged} onClick={() => again({ mapping })}>
            Apply mapping
          </button>
        </details>
      )}

      {p.unrecognised && p.unrecognised.length > 0 && (
        <UnrecognisedValues groups={p.unrecognised} answers={valueMappings} onApply={(answers) => again({ valueMappings: answers })} />
      )}

      {p.errorCount > 0 && (
        <section aria-labelledby="import-errors">
          <h3 id="import-errors">Rows that will be skipped ({countOf(p.errorCount, 'problem')})</h3>
          <IssueTable issues={p.errors} count={p.errorCount} label="Rows that will be skipped" lastColumn="Problem" />
        </section>
      )}

      <ImportWarnings fileName={p.fileName} warnings={p.warnings ?? []} count={p.warningCount ?? 0} />

      {p.updates.length > 0 && (
        <details>
          <summary>What the updates change</summary>
          <ul>
            {p.updates.map((u) => (
              <li key={u.reference}>
                {u.reference}: {u.fields.join(', ')}
              </li>
            ))}
          </ul>
        </details>
      )}

      <div className="button-row">
        <button type="button" className="primary" onClick={onCommit} disabled={(accepted === 0 && p.appraisals === 0) || mappingChanged}>
          {accepted === 0 && p.appraisals === 0 ? 'Nothing to import' : `Import ${countOf(accepted, 'contract')}`}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        {mappingChanged && <span>Apply the mapping to see its effect first.</span>}
      </div>
    </div>
  );
}
