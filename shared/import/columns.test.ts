import { describe, expect, it } from 'vitest';
import { HEADER_SYNONYMS, layoutKey, matchHeader, normaliseHeader, suggestMapping } from './columns';
import { FIELD_LABELS, IMPORT_FIELDS } from './fields';

describe('matchHeader', () => {
  it.each([
    ['Contract Reference', 'reference'],
    ['Contract Ref', 'reference'],
    ['CONTRACT_REF', 'reference'],
    ['Ref No.', 'reference'],
    ['Reference', 'reference'],
    ['Contract Title', 'title'],
    ['Title', 'title'],
    ['Description', 'description'],
    ['Supplier', 'supplier'],
    ['Supplier Name', 'supplier'],
    ['Winning Bidder', 'supplier'],
    ['Start Date', 'startDate'],
    ['Contract Start Date', 'startDate'],
    ['End Date', 'currentEndDate'],
    ['Current End Date', 'currentEndDate'],
    ['Contract End Date (incl. extensions)', 'currentEndDate'],
    ['Maximum End Date', 'maximumEndDate'],
    ['End date including all extensions', 'maximumEndDate'],
    ['Total Contract Value', 'totalValue'],
    ['Contract Value (£)', 'totalValue'],
    ['Current Value', 'totalValue'],
    ['Estimated Annual Value', 'annualValue'],
    ['Annual Value', 'annualValue'],
    ['Annual value (£, ex VAT)', 'annualValue'],
    ['Procurement Route', 'procurementRoute'],
    ['Term (Months)', 'term-months'],
    ['Category', 'category'],
    ['System/Product', 'system'],
    ['Vendor', 'vendor'],
    ['Contracting model', 'contractingModel'],
    ['Prime contractor / LSP', 'primeContractor'],
    ['Regime', 'regime'],
    ['Notice period (days)', 'noticePeriodDays'],
    ['Internal lead time', 'internalLeadTimeDays'],
    ['Auto renew', 'autoRenew'],
    ['Auto-renewal', 'autoRenew'],
    ['Hosting model', 'hostingModel'],
    ['Hosting provider', 'hostingProvider'],
    ['Hosting end date', 'hostingEndDate'],
    ['Modules', 'modules'],
    ['Linked contracts', 'linkedContracts'],
    ['Owner', 'owner'],
    ['Department', 'department'],
    ['Status', 'status'],
    ['Notes', 'notes'],
    ['Companies House number', 'supplierCompanyNo'],
  ])('%s → %s', (header, field) => {
    expect(matchHeader(header)).toBe(field);
  });

  it('ignores case, punctuation and spacing', () => {
    expect(normaliseHeader('  Ref__No.  ')).toBe('ref no');
    expect(matchHeader('contract   REF')).toBe('reference');
    expect(matchHeader('contract-ref')).toBe('reference');
  });

  it('does not guess at unknown headers, nor at VAT-inclusive values', () => {
    expect(matchHeader('Cost centre')).toBeNull();
    expect(matchHeader('Total value inc VAT')).toBeNull();
    expect(matchHeader('')).toBeNull();
  });

  it('recognises every export label and every synonym as its own field', () => {
    for (const field of IMPORT_FIELDS) expect(matchHeader(FIELD_LABELS[field])).toBe(field);
    for (const [target, spellings] of Object.entries(HEADER_SYNONYMS)) {
      for (const spelling of spellings) expect(matchHeader(spelling)).toBe(target);
    }
  });
});

describe('suggestMapping', () => {
  it('maps known headers, ignores unknown ones and gives each field to the first column', () => {
    const mapping = suggestMapping(['Contract Ref', 'Supplier', 'Cost centre', 'Reference', 'Term (Months)']);
    expect({ ...mapping }).toEqual({
      'Contract Ref': 'reference',
      Supplier: 'supplier',
      'Cost centre': 'ignore',
      Reference: 'ignore',
      'Term (Months)': 'term-months',
    });
  });

  it('treats headers named like Object.prototype members as plain keys', () => {
    const mapping = suggestMapping(['constructor', '__proto__', 'toString']);
    expect(mapping.constructor).toBe('ignore');
    expect(Object.keys(mapping)).toEqual(['constructor', '__proto__', 'toString']);
    expect(({} as Record<string, unknown>).ignore).toBeUndefined();
  });
});

describe('layoutKey', () => {
  it('is the same for the same layout however it is spelled, and differs for another layout', () => {
    const a = layoutKey(['Contract Ref', 'Supplier', 'End Date']);
    expect(layoutKey(['CONTRACT_REF', 'supplier', 'End date'])).toBe(a);
    expect(layoutKey(['Supplier', 'Contract Ref', 'End Date'])).not.toBe(a);
    expect(layoutKey(['Contract Ref', 'Supplier'])).not.toBe(a);
    expect(a).toMatch(/^layout-3-[0-9a-f]{16}$/);
  });
});

describe('title column when the register has no "Title" (issue 11)', () => {
  it.each([
    [['Ref', 'Description', 'Supplier', 'End date'], 'Description'],
    [['Ref', 'Contract title', 'Supplier', 'End date'], 'Contract title'],
    [['Ref', 'Contract name', 'Supplier', 'End date'], 'Contract name'],
    [['Ref', 'Service', 'Supplier', 'End date'], 'Service'],
    [['Ref', 'Service description', 'Supplier', 'End date'], 'Service description'],
    [['Ref', 'Service', 'Description', 'Supplier'], 'Service'],
  ])('%j suggests %s as the title', (headers, title) => {
    const mapping = suggestMapping(headers);
    expect(Object.entries(mapping).filter(([, t]) => t === 'title')).toEqual([[title, 'title']]);
  });

  it('keeps Description as the description when a Title column exists', () => {
    expect(suggestMapping(['Title', 'Description'])).toMatchObject({ Title: 'title', Description: 'description' });
  });
});
