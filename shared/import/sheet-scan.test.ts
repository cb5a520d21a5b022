import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SheetScanner, attributeValues, type SheetExtent } from './sheet-scan';

function scan(xml: string, cuts: readonly number[] = []): SheetExtent {
  const scanner = new SheetScanner();
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    scanner.push(xml.slice(from, cut));
    from = cut;
  }
  scanner.push(xml.slice(from));
  return scanner.extent();
}

const sheet = (data: string, before = '', after = ''): string =>
  `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${before}<sheetData>${data}</sheetData>${after}</worksheet>`;

describe('SheetScanner', () => {
  it('finds the last row and column holding a value, ignoring empty formatted cells', () => {
    const xml = sheet(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Ref</t></is></c><c r="C1"><v>2</v></c></row><row r="7"><c r="B7" s="1"/><c r="D7" s="1"></c></row><row r="1048576" s="1"><c r="XFD1048576" s="1"/></row>',
    );
    expect(scan(xml)).toEqual({ lastValueRow: 1, lastValueColumn: 3, outsideGrid: null, oversizedTag: false });
  });

  it('ignores whole-sheet dimension, validation and conditional formatting ranges', () => {
    const xml = sheet(
      '<row r="2"><c r="B2"><v>1</v></c></row>',
      '<dimension ref="A1:XFD1048576"/>',
      '<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="expression" priority="1"><formula>A1&gt;0</formula></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation sqref="A1:XFD1048576"/></dataValidations>',
    );
    expect(scan(xml)).toMatchObject({ lastValueRow: 2, lastValueColumn: 2, outsideGrid: null });
  });

  it("reports references outside Excel's grid, however they are written", () => {
    expect(scan(sheet('<row r="50000000"/>')).outsideGrid).toBe('row 50000000');
    expect(scan(sheet('<row r="1e9"/>')).outsideGrid).toBe('row 1e9');
    expect(scan(sheet('<row r="Infinity"/>')).outsideGrid).toBe('row Infinity');
    expect(scan(sheet('<row r="1"><c r="XFE1"><v>1</v></c></row>')).outsideGrid).toBe('cell XFE1');
    expect(scan(sheet('<row r="1"><c r="&#88;&#70;&#69;1"><v>1</v></c></row>')).outsideGrid).toBe('cell XFE1');
    expect(scan(sheet('<x:row r="1"><x:c x:r="ZZZZZ1"><x:v>1</x:v></x:c></x:row>')).outsideGrid).toBe('cell ZZZZZ1');
    expect(scan(sheet('<row r="1"><c r="A1" r="XFE1"><v>1</v></c></row>')).outsideGrid).toBe('cell XFE1');
    expect(scan(sheet('<row r="1"><c foo="a>b" r="XFE1"><v>1</v></c></row>')).outsideGrid).toBe('cell XFE1');
  });

  it('skips comments, CDATA and processing instructions as an XML parser does', () => {
    const hidden = '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>';
    expect(scan(sheet(`<!-- ${hidden} -->`))).toMatchObject({ lastValueRow: 0, outsideGrid: null });
    expect(scan(sheet(`<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[${hidden}]]></t></is></c></row>`))).toMatchObject({
      lastValueRow: 1,
      lastValueColumn: 1,
    });
    expect(scan(sheet(`<?pi ${hidden} ?>`))).toMatchObject({ lastValueRow: 0 });
    // `<!-->` does not close the comment it opens.
    expect(scan(sheet(`<!--> ${hidden} -->`))).toMatchObject({ lastValueRow: 0 });
  });

  it('keeps counting rows after </sheetData>, as read-excel-file does (found by fuzz.test.ts)', () => {
    // The library starts reading cells at the first <sheetData> and never stops: rows after a
    // self-closing or closed sheetData still become rows, so `<row r="1e9">` there asked for a
    // billion empty rows and crashed the worker out of memory.
    expect(scan('<sheetData/><row r="1e9"/><worksheet/>').outsideGrid).toBe('row 1e9');
    expect(
      scan(sheet('<row r="1"><c r="A1"><v>1</v></c></row>', '', '<row r="300000"><c r="A300000"><v>1</v></c></row>')).lastValueRow,
    ).toBe(300000);
    expect(
      scan(`${sheet('<row r="5"><c r="A5"><v>1</v></c></row>')}<sheetData><row r="5"><c r="B5"><v>1</v></c></row></sheetData>`),
    ).toMatchObject({ lastValueRow: 6, lastValueColumn: 2 });
    // Each restart would let the library add another million empty rows.
    expect(scan('<sheetData><row r="1048576"/></sheetData><sheetData><row r="1048576"/></sheetData>').outsideGrid).toBe(
      'row 1,048,577 (counting every row element)',
    );
  });

  const pieces = [
    '<row r="3">',
    '<row>',
    '</row>',
    '<c r="B3">',
    '<c r="XFE9">',
    '<c>',
    '<c r="C1"/>',
    '<v>1</v>',
    '<is><t>x</t></is>',
    '</c>',
    '<!--',
    '-->',
    '<![CDATA[',
    ']]>',
    '<?x',
    '?>',
    '"',
    "'",
    '>',
    '<',
    'text',
    '<x:c r="D4">',
    '</x:c>',
    '</c >',
    '<c r=\'E5\' t="s">',
    '<c r=F6>',
    '<c  r = "G7" />',
    '<c xmlns:r="XFE1" r="A1">',
    '<c a:r="H8">',
    '<c r="&#73;9">',
    '<x:v>',
    '<sheetData>',
    '</sheetData>',
    '<sheetData/>',
    '<row r="1048577">',
    '<row r="7"/>',
    '<!DOCTYPE x>',
  ];
  const xmlArb = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

  it('gives the same answer however the text is split into pieces (property)', () => {
    fc.assert(
      fc.property(xmlArb, fc.array(fc.nat(), { maxLength: 8 }), (xml, cuts) => {
        expect(
          scan(
            xml,
            cuts.map((c) => c % (xml.length + 1)),
          ),
        ).toEqual(scan(xml));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads whole tags (its fast path) exactly as it reads them a character at a time (property)', () => {
    fc.assert(
      fc.property(xmlArb, (xml) => {
        expect(
          scan(
            xml,
            Array.from({ length: xml.length }, (_, i) => i),
          ),
        ).toEqual(scan(xml));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('attributeValues', () => {
  it('reads every value of an attribute with any prefix, entity-decoded, in either quotes', () => {
    expect(attributeValues(` r="A1" x:r='B&amp;2' rr="no" xmlns:r="ns"`, 'r')).toEqual(['A1', 'B&2']);
    expect(attributeValues(' r = "&#x41;&#49;"', 'r')).toEqual(['A1']);
  });
});
