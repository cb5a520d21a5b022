import { describe, expect, it } from 'vitest';
import { CONTRACT_FIELDS, contractSchema } from '@shared/domain';
import { contractsToCsv } from '@shared/export/csv';
import { matchHeader } from '@shared/import/columns';
import { valueChoices } from '@shared/import/enum-values';
import { FIELD_LABELS, IMPORT_DEFAULTS, IMPORT_FIELDS, REQUIRED_FIELDS } from '@shared/import/fields';
import { parseCsvBytes } from '@shared/import/csv';
import { analyseRegister } from '@shared/import/register';
import { FIELD_GROUPS, fromDraft, toDraft } from './contract-form';

/*
 * The importer, the contract editor and the register export each read the contract field table
 * (shared/domain/contract-fields.ts). These tests look at what each of them actually does, so one that
 * stopped reading the table (a hand-kept column list, a form field the importer cannot fill, a label
 * or choice list of its own) fails here.
 */

const exportHeader = contractsToCsv([])
  .replace(/^\uFEFF/, '')
  .split('\r\n')[0]!
  .split(',');
const editorFields = FIELD_GROUPS.flatMap((g) => g.fields);

describe('import, editor and export agree on the contract fields', () => {
  it('the export writes one column for each field the importer fills, in the table order, and the importer recognises every header', () => {
    expect(exportHeader).toEqual(CONTRACT_FIELDS.map((f) => f.column));
    expect(exportHeader.map((h) => matchHeader(h))).toEqual([...IMPORT_FIELDS]);
    expect(exportHeader).toEqual(IMPORT_FIELDS.map((f) => FIELD_LABELS[f]));
  });

  it('the editor shows every field the importer fills except extension options (edited on their own), each once', () => {
    const keys = editorFields.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(IMPORT_FIELDS.filter((f) => f !== 'extensionOptions').sort());
    for (const f of editorFields) expect(f.label).toBe(CONTRACT_FIELDS.find((c) => c.key === f.key)?.editor?.label);
  });

  it('the editor offers the same choices, with the same labels, as the import preview', () => {
    for (const f of editorFields) {
      const choices = valueChoices(f.key);
      expect(f.options ?? null, f.key).toEqual(choices && choices.map((c) => [c.value, c.label]));
      expect(f.kind === 'select', f.key).toBe(choices !== null);
    }
  });

  it('a field the editor requires is one an import needs a column for, or gives a default', () => {
    const editorRequired = editorFields.filter((f) => f.required).map((f) => f.key);
    for (const field of REQUIRED_FIELDS) expect(editorRequired).toContain(field);
    for (const field of editorRequired) expect(REQUIRED_FIELDS.includes(field) || Object.hasOwn(IMPORT_DEFAULTS, field), field).toBe(true);
  });

  it('a contract exported, imported and opened in the editor comes back the same', () => {
    const contract = contractSchema.parse({
      reference: 'RT-1',
      title: 'Pathology LIMS',
      category: 'LIMS',
      supplier: 'Acme Ltd',
      contractingModel: 'via-lsp',
      primeContractor: 'Big LSP plc',
      procurementRoute: 'direct-award',
      regime: 'PA2023',
      startDate: '2024-04-01',
      currentEndDate: '2028-03-31',
      noticePeriodDays: 90,
      autoRenew: true,
      annualValue: 125000.5,
      hostingModel: 'vendor-hosted',
      modules: ['Blood sciences', 'Histology'],
      status: 'expiring',
    });
    const { grid } = parseCsvBytes(new TextEncoder().encode(contractsToCsv([contract])));
    const [row] = analyseRegister(grid, { fileName: 'export.csv', existing: new Map() }).rows;
    expect(row?.kind === 'new' && row.contract).toEqual(contract);
    const reopened = fromDraft(toDraft(contract), {});
    expect(reopened.ok && reopened.contract).toEqual(contract);
  });
});
