import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ImportPreviewSummary } from './import-protocol';
import { ImportDialog } from './ImportDialog';

const preview = (over: Partial<ImportPreviewSummary> = {}): ImportPreviewSummary => ({
  fileName: 'register.csv',
  format: 'csv',
  sheetNames: [],
  headerRowNumber: 1,
  headers: ['Reference', 'Description', 'Supplier'],
  mapping: { Reference: 'reference', Description: 'title', Supplier: 'supplier' },
  mappingRemembered: false,
  unknownColumns: [],
  missingRequired: [],
  counts: { new: 3, update: 0, unchanged: 0, invalid: 0 },
  appraisals: 0,
  errors: [],
  errorCount: 0,
  notices: [],
  updates: [],
  ...over,
});

const show = (p: ImportPreviewSummary) =>
  render(
    <ImportDialog
      state={{ phase: 'preview', preview: p, holdsWrites: false }}
      onReanalyse={vi.fn()}
      onCommit={vi.fn()}
      onCancel={vi.fn()}
    />,
  );

describe('the import preview’s column mapping', () => {
  it('is made when the user opens it, and then maps each column as the file was read', async () => {
    show(preview());
    // Every column was recognised: the section starts closed, and its selects are not made yet.
    expect(screen.queryByRole('combobox', { name: 'Field for column Description', hidden: true })).toBeNull();
    const details = screen.getByText(/^Column mapping/, { selector: 'summary' }).closest('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    expect(await screen.findByRole('combobox', { name: 'Field for column Description' })).toHaveValue('title');
    expect(screen.getByRole('button', { name: 'Apply mapping', hidden: true })).toBeDisabled();
  });

  it('is open with its selects at once when a column is not recognised, and a change can be applied', async () => {
    const onReanalyse = vi.fn();
    const p = preview({ unknownColumns: ['Supplier'], mapping: { Reference: 'reference', Description: 'title' } });
    render(
      <ImportDialog
        state={{ phase: 'preview', preview: p, holdsWrites: false }}
        onReanalyse={onReanalyse}
        onCommit={vi.fn()}
        onCancel={vi.fn()}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Field for column Supplier', hidden: true });
    expect(select).toHaveValue('ignore');
    await userEvent.selectOptions(select, 'supplier');
    await userEvent.click(screen.getByRole('button', { name: 'Apply mapping', hidden: true }));
    expect(onReanalyse).toHaveBeenCalledWith(expect.objectContaining({ mapping: expect.objectContaining({ Supplier: 'supplier' }) }));
  });
});
