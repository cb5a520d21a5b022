import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsx } from './xlsx';

/*
 * Workbooks built in memory to show the guard (xlsx-guard.ts) reads a workbook exactly as
 * read-excel-file will, so an attacker cannot show it one thing and the library another.
 */

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function book(
  sheets: Record<string, string>,
  options: { workbook?: string; rels?: string; extra?: Record<string, Uint8Array> } = {},
): Uint8Array {
  const names = Object.keys(sheets);
  const workbook =
    options.workbook ??
    `<?xml version="1.0"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`;
  const rels =
    options.rels ??
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`;
  const files: Record<string, Uint8Array> = {
    'xl/workbook.xml': strToU8(workbook),
    'xl/_rels/workbook.xml.rels': strToU8(rels),
    ...options.extra,
  };
  names.forEach((n, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(`<?xml version="1.0"?><worksheet xmlns="${NS}">${sheets[n]}</worksheet>`);
  });
  return zipSync(files);
}

const cells = (rows: string[][]): string =>
  `<sheetData>${rows.map((r, i) => `<row r="${i + 1}">${r.map((v, j) => `<c r="${String.fromCharCode(65 + j)}${i + 1}" t="inlineStr"><is><t>${v}</t></is></c>`).join('')}</row>`).join('')}</sheetData>`;

describe('readXlsx guard', () => {
  it('lists sheets from workbook.xml and reads only the chosen one', async () => {
    const bytes = book({ Register: cells([['Ref'], ['A']]), 'Q1 &amp; Q2': cells([['Other']]) });
    const first = await readXlsx(bytes);
    expect(first.sheetNames).toEqual(['Register', 'Q1 & Q2']);
    expect(first.grid).toEqual([['Ref'], ['A']]);
    expect((await readXlsx(bytes, { sheet: 'Q1 & Q2' })).grid).toEqual([['Other']]);
    await expect(readXlsx(bytes, { sheet: 'Budget' })).rejects.toMatchObject({
      code: 'SHEET_NOT_FOUND',
      message: "The workbook has no sheet 'Budget'; its sheets are 'Register', 'Q1 & Q2'.",
    });
    await expect(readXlsx(bytes, { sheet: 3 })).rejects.toMatchObject({ code: 'SHEET_NOT_FOUND' });
  });

  it('checks only sheets the library will read: a hostile sheet that is not chosen does not matter', async () => {
    const bytes = book({
      Register: cells([['Ref'], ['A']]),
      Junk: '<sheetData><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>',
    });
    expect((await readXlsx(bytes)).grid).toEqual([['Ref'], ['A']]);
    await expect(readXlsx(bytes, { sheet: 'Junk' })).rejects.toMatchObject({ code: 'TOO_MANY_ROWS' });
  });

  it("ignores <sheet> elements in comments, as the library's XML parser does", async () => {
    const workbook = `<?xml version="1.0"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><!-- <sheet name="Hidden" sheetId="9" r:id="rId2"/> --><sheet name="Register" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/></Relationships>`;
    const bytes = book({ Register: cells([['Ref']]), Bomb: '<sheetData><row r="1e9"/></sheetData>' }, { workbook, rels });
    const read = await readXlsx(bytes);
    expect(read.sheetNames).toEqual(['Register']);
    expect(read.grid).toEqual([['Ref']]);
  });

  it('keeps reading rows after </sheetData>, as the library does (found by fuzz.test.ts)', async () => {
    await expect(
      readXlsx(book({ Register: `<sheetData/><row r="1e9"/>${cells([['Ref']])}` }), { fileName: 'x.xlsx' }),
    ).rejects.toMatchObject({ code: 'SHEET_OUT_OF_BOUNDS', message: expect.stringContaining('refers to row 1e9') });
  });

  it('refuses two parts with the same name (which one the library keeps depends on timing)', async () => {
    // fflate's zipSync keys are unique, so write a second sheet and rename it in the zip's bytes.
    const patched = book({ R: cells([['Ref']]), S: cells([['Other']]) });
    const from = strToU8('xl/worksheets/sheet2.xml');
    const to = strToU8('xl/worksheets/sheet1.xml');
    let renamed = 0;
    for (let i = 0; i + from.length <= patched.length; i += 1) {
      if (from.every((b, j) => patched[i + j] === b)) {
        patched.set(to, i);
        renamed += 1;
      }
    }
    expect(renamed).toBe(2);
    await expect(readXlsx(patched, { fileName: 'dup.xlsx' })).rejects.toMatchObject({
      code: 'XLSX_UNREADABLE',
      message: expect.stringContaining("two parts named 'xl/worksheets/sheet1.xml'"),
    });
  });

  it('says so when the chosen sheet is not a worksheet (a chart sheet)', async () => {
    const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/></Relationships>`;
    const bytes = book({ Chart: '', Register: cells([['Ref']]) }, { rels });
    await expect(readXlsx(bytes, { fileName: 'c.xlsx' })).rejects.toMatchObject({
      code: 'SHEET_NOT_A_TABLE',
      message: "Sheet 'Chart' of 'c.xlsx' is not a table of rows and columns (it may be a chart): choose another sheet.",
    });
    expect((await readXlsx(bytes, { sheet: 'Register' })).grid).toEqual([['Ref']]);
  });

  it("refuses a workbook whose cells go past the register's columns or cells", async () => {
    await expect(readXlsx(book({ R: '<sheetData><row r="1"><c r="IQ1"><v>1</v></c></row></sheetData>' }))).rejects.toMatchObject({
      code: 'TOO_MANY_COLUMNS',
    });
    await expect(
      readXlsx(
        book({ R: '<sheetData><row r="1"><c r="IP1"><v>1</v></c></row><row r="100000"><c r="A100000"><v>1</v></c></row></sheetData>' }),
        { fileName: 'area.xlsx' },
      ),
    ).rejects.toMatchObject({ code: 'TOO_MANY_CELLS', message: expect.stringContaining('has 25,000,000 cells') });
  });

  it('refuses a long cell that Excel could not have written', async () => {
    await expect(readXlsx(book({ R: cells([['Ref'], ['x'.repeat(40_000)]]) }), { fileName: 'l.xlsx' })).rejects.toMatchObject({
      code: 'CELL_TOO_LONG',
      message: expect.stringContaining("'l.xlsx' (sheet 'R') has a cell of 40,000 characters (cell A2)"),
    });
  });
});
