import { attributeValues } from './sheet-scan';

/*
 * The sheets of a workbook and the zip part holding each, read the way read-excel-file reads them
 * (xl/workbook.xml for names and relationship ids, xl/_rels/workbook.xml.rels for the parts), so the
 * importer can list the sheets, and check the chosen sheet's XML, before the library parses anything.
 */

export interface WorkbookSheet {
  name: string;
  /** The zip part of the sheet's XML, or null when it is not a worksheet (a chart sheet, say). */
  part: string | null;
}

const WORKSHEET_TYPES = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  'http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet',
]);

const NON_ELEMENTS: readonly (readonly [string, string])[] = [
  ['<!--', '-->'],
  ['<![CDATA[', ']]>'],
  ['<?', '?>'],
];

/**
 * The XML without comments, CDATA sections and processing instructions, which an XML parser does
 * not read as elements (so a `<sheet>` inside a comment must not count). Linear: each marker is
 * found with indexOf, and an unterminated one ends the text, as it ends the parse.
 */
function withoutNonElements(xml: string): string {
  let out = '';
  let copied = 0;
  let at = 0;
  for (;;) {
    const lt = xml.indexOf('<', at);
    if (lt < 0) break;
    const marker = NON_ELEMENTS.find(([open]) => xml.startsWith(open, lt));
    if (!marker) {
      at = lt + 1;
      continue;
    }
    out += xml.slice(copied, lt);
    const end = xml.indexOf(marker[1], lt + marker[0].length);
    if (end < 0) return out;
    copied = at = end + marker[1].length;
  }
  return out + xml.slice(copied);
}

/** Start tags named `name` (any namespace prefix), with quoted attribute values that may hold '>'. */
function startTags(xml: string, name: string): string[] {
  const re = new RegExp(String.raw`<(?:[^\s<>/:]+:)?${name}(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>`, 'g');
  return [...xml.matchAll(re)].map((m) => m[1]);
}

/** The last value of an attribute, as the library's parser keeps it. */
function attribute(tagBody: string, name: string): string | undefined {
  const values = attributeValues(tagBody, name);
  return values.length ? values[values.length - 1] : undefined;
}

/** `_x000D_`-style escapes of characters XML cannot hold (ECMA-376 ST_Xstring), as the library decodes them. */
function unescapeXlsxString(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** Sheet relationship id → zip part, from xl/_rels/workbook.xml.rels. */
function worksheetParts(relsXml: string): Map<string, string> {
  const parts = new Map<string, string>();
  for (const body of startTags(relsXml, 'Relationship')) {
    const id = attribute(body, 'Id');
    const type = attribute(body, 'Type');
    const target = attribute(body, 'Target');
    if (id === undefined || type === undefined || target === undefined || !WORKSHEET_TYPES.has(type)) continue;
    parts.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return parts;
}

/** Every sheet with a name, in workbook order. */
export function workbookSheets(workbookXml: string, relsXml: string): WorkbookSheet[] {
  const parts = worksheetParts(withoutNonElements(relsXml));
  const sheets: WorkbookSheet[] = [];
  for (const body of startTags(withoutNonElements(workbookXml), 'sheet')) {
    const name = attribute(body, 'name');
    if (!name) continue;
    const id = attribute(body, 'id');
    sheets.push({ name: unescapeXlsxString(name), part: id !== undefined ? (parts.get(id) ?? null) : null });
  }
  return sheets;
}

/** Whether the workbook counts dates from 1904 (Excel for Mac before 2011 did). */
export function usesDate1904(workbookXml: string): boolean {
  return /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](?:1|true)["']/i.test(withoutNonElements(workbookXml));
}
