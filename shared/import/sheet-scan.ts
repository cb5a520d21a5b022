import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from './limits';
import { formatCount } from '../format';

/*
 * A bounded pre-read of one worksheet's XML, before read-excel-file parses it.
 *
 * Measured with read-excel-file 9.3 (hostile.test.ts reads the fixtures that show it): it ignores
 * `<dimension ref>`, `<dataValidation sqref>` and `<conditionalFormatting sqref>` entirely, so a
 * sheet whose validation covers A1:XFD1048576 reads in milliseconds. What it does not bound is
 * `<sheetData>`: it adds an empty row for every row number skipped by `<row r>`, and pads every row
 * to the last column holding a value. One value in XFD1048576 therefore asks for 17 billion cells
 * (it ran out of a 2 GB heap after 24 s), `<row r="50000000">` took 30 s and 2.9 GB, and
 * `<c r="ZZZZZ1">` built a row 12 million cells wide.
 *
 * This scanner reads the same row and cell references the library will, streaming (it keeps no
 * copy of the sheet), and reports the last row and column holding a value and any reference
 * outside Excel's grid, so the caller can refuse the sheet before the library allocates anything.
 * It errs on the side of counting: a cell with any `<v>` or `<is>` child counts as holding a value,
 * rows keep counting after `</sheetData>` (the library never stops reading there), and markup in
 * comments is skipped exactly as an XML parser skips it.
 */

export interface SheetExtent {
  /** Last row (1-based) holding a cell with a value; 0 when none does. */
  lastValueRow: number;
  /** Last column (1-based) holding a cell with a value; 0 when none does. */
  lastValueColumn: number;
  /** The first row or cell reference outside Excel's 1,048,576 × 16,384 grid, as written (cut to 20 characters). */
  outsideGrid: string | null;
  /** A row or cell tag so long (over 64 KB) that no spreadsheet writer would produce it. */
  oversizedTag: boolean;
}

const GT = 0x3e;
const MAX_TAG_CHARS = 64 * 1024;

// The entity decoding the library's XML parser (saxen) applies to attribute values.
const ENTITY_RE = /&#(\d+);|&#x([0-9a-f]+);|&(\w+);/gi;
const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', apos: "'", gt: '>', lt: '<', quot: '"' };

function decodeEntities(value: string): string {
  if (value.length <= 3 || !value.includes('&')) return value;
  return value.replace(ENTITY_RE, (whole: string, d?: string, x?: string, z?: string) => {
    if (z)
      return Object.hasOwn(NAMED_ENTITIES, z.toLowerCase()) && (z === z.toLowerCase() || z === z.toUpperCase())
        ? NAMED_ENTITIES[z.toLowerCase()]
        : whole;
    return String.fromCharCode(d ? Number(d) : parseInt(x ?? '0', 16));
  });
}

/** A reference as the user should see it in a message: at most 20 characters. */
const shown = (ref: string): string => (ref.length > 20 ? `${ref.slice(0, 20)}…` : ref);

/** `x:row` → `row`, as the library's parser strips a namespace prefix. */
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

const ATTRIBUTE_RE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Every value of attribute `wanted` (with any namespace prefix), entity-decoded. */
export function attributeValues(tagBody: string, wanted: string): string[] {
  const values: string[] = [];
  ATTRIBUTE_RE.lastIndex = 0;
  for (let m = ATTRIBUTE_RE.exec(tagBody); m !== null; m = ATTRIBUTE_RE.exec(tagBody)) {
    const name = m[1];
    if (name.startsWith('xmlns:')) continue;
    if (localName(name) === wanted) values.push(decodeEntities(m[2] ?? m[3] ?? ''));
  }
  return values;
}

/**
 * The column the library computes from a cell reference: letters before the first digit, base 26,
 * each character counting its char code − 64 (so only A–Z give a real column). Stops counting once
 * past Excel's last column.
 */
function referenceColumn(ref: string): number {
  let column = 0;
  for (let i = 0; i < ref.length; i += 1) {
    const code = ref.charCodeAt(i);
    if (code >= 48 && code <= 57) break;
    column = column * 26 + code - 64;
    if (column > EXCEL_MAX_COLUMNS) return Number.POSITIVE_INFINITY;
  }
  return column;
}

type Mode = 'text' | 'markup' | 'comment' | 'cdata' | 'pi';

const RELEVANT = new Set(['row', 'c', 'sheetData', 'v', 'is']);
/** What ends a start tag, outside quotes: '>' (or a stray '<'); and a quote to skip past. */
const MARKUP_END = /["'<>]/g;
/** What ends an end tag: '>' (or a stray '<'). */
const END_TAG_END = /[<>]/g;
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
/** Ends an element name: space, '/', '>' or a stray '<'. */
const endsName = (c: number): boolean => isSpace(c) || c === 0x2f || c === GT || c === 0x3c;
/** Ends an attribute name: the same, or '='. */
const endsAttributeName = (c: number): boolean => endsName(c) || c === 0x3d;

/** The element name at text[from, to), without its prefix, if it is one the scanner reads; else null. */
function relevantName(text: string, from: number, to: number): string | null {
  const length = to - from;
  const c0 = text.charCodeAt(from);
  if (length === 1) return c0 === 0x63 /* c */ ? 'c' : c0 === 0x76 /* v */ ? 'v' : null;
  if (length === 2 && c0 === 0x69 /* i */ && text.charCodeAt(from + 1) === 0x73 /* s */) return 'is';
  if (length === 3 && text.startsWith('row', from)) return 'row';
  if (length === 9 && text.startsWith('sheetData', from)) return 'sheetData';
  for (let k = from; k < to; k += 1) {
    if (text.charCodeAt(k) === 0x3a /* : */) {
      const name = localName(text.slice(from, to));
      return RELEVANT.has(name) ? name : null;
    }
  }
  return null;
}

/** Whether the attribute name at text[from, to) is `r`, with or without a prefix (not `xmlns:r`). */
function isReferenceAttribute(text: string, from: number, to: number): boolean {
  if (text.charCodeAt(to - 1) !== 0x72 /* r */) return false;
  if (to - from === 1) return true;
  return localName(text.slice(from, to)) === 'r' && !text.startsWith('xmlns:', from);
}

/**
 * Feed the sheet's text with `push` (in as many pieces as it arrives), then read `extent()`.
 * The pieces may split a tag anywhere.
 */
export class SheetScanner {
  private mode: Mode = 'text';
  /** The current tag's text after '<' (at most MAX_TAG_CHARS of it), while in 'markup' mode. */
  private tag = '';
  private tagLength = 0;
  private firstChar = 0;
  /** The '<!' markup is a declaration (DOCTYPE…), read like a tag. */
  private declaration = false;
  private quote = 0;
  /** The last two characters seen, to find the end of a comment, CDATA section or processing instruction. */
  private last2 = '';

  /** The `r` values of the tag fastTag is reading (reused: one tag at a time). */
  private readonly refs: string[] = [];

  private inSheetData = false;
  private row = 0;
  private column = 0;
  private cellOpen = false;
  private cellColumn = 0;
  private cellHasValue = false;

  private lastValueRow = 0;
  private lastValueColumn = 0;
  private outsideGrid: string | null = null;
  private oversizedTag = false;

  push(text: string): void {
    let i = 0;
    while (i < text.length) {
      if (this.mode === 'text') {
        const lt = text.indexOf('<', i);
        if (lt < 0) return;
        const next = this.fastTag(text, lt);
        if (next >= 0) {
          i = next;
          continue;
        }
        // Comments, CDATA, PIs, a tag cut off by the end of this piece, or odd markup: char by char.
        this.mode = 'markup';
        this.tag = '';
        this.tagLength = 0;
        this.firstChar = 0;
        this.declaration = false;
        this.quote = 0;
        i = lt + 1;
      } else if (this.mode === 'markup') {
        i = this.readMarkup(text, i);
      } else {
        i = this.skipUntilEnd(text, i);
      }
    }
  }

  /**
   * Reads the well-formed tag at `lt`, building nothing for tags that do not matter, and returns the
   * index after what it consumed, or -1 to leave the tag to readMarkup.
   */
  private fastTag(text: string, lt: number): number {
    const n = text.length;
    const i = lt + 1;
    if (i >= n) return -1;
    const first = text.charCodeAt(i);
    if (first === 0x21 /* ! */ || first === 0x3f /* ? */) return -1;
    if (first === 0x2f /* / */) {
      if (text.charCodeAt(i + 1) === 0x63 /* c */ && text.charCodeAt(i + 2) === GT) {
        this.closeElement('c');
        return i + 3;
      }
      const gt = text.indexOf('>', i);
      const nextLt = text.indexOf('<', i);
      if (gt < 0 && nextLt < 0) return -1;
      const stop = nextLt >= 0 && (gt < 0 || nextLt < gt) ? nextLt : gt;
      let mayBeCell = false;
      for (let k = i + 1; k < stop && !mayBeCell; k += 1)
        mayBeCell = text.charCodeAt(k) === 0x3a /* : */ || text.charCodeAt(k) === 0x63; /* c */
      if (mayBeCell) this.closeElement(localName(text.slice(i + 1, stop).trim()));
      return text.charCodeAt(stop) === GT ? stop + 1 : stop;
    }
    let j = i;
    while (j < n && !endsName(text.charCodeAt(j))) j += 1;
    if (j >= n) return -1;
    const name = relevantName(text, i, j);
    // A tag that does not matter needs no reading: the next '<' starts the next tag.
    if (name === null) return j;
    const refs = this.refs;
    refs.length = 0;
    let k = j;
    for (;;) {
      while (k < n && isSpace(text.charCodeAt(k))) k += 1;
      if (k >= n) return -1;
      const c = text.charCodeAt(k);
      if (c === GT) {
        this.element(false, name, refs, false);
        return k + 1;
      }
      if (c === 0x2f /* / */) {
        if (text.charCodeAt(k + 1) !== GT) return -1;
        this.element(false, name, refs, true);
        return k + 2;
      }
      const nameStart = k;
      while (k < n && !endsAttributeName(text.charCodeAt(k))) k += 1;
      const nameStop = k;
      while (k < n && isSpace(text.charCodeAt(k))) k += 1;
      if (text.charCodeAt(k) !== 0x3d /* = */ || nameStop === nameStart) return -1;
      k += 1;
      while (k < n && isSpace(text.charCodeAt(k))) k += 1;
      const quote = text.charCodeAt(k);
      if (quote !== 0x22 && quote !== 0x27) return -1;
      const close = text.indexOf(quote === 0x22 ? '"' : "'", k + 1);
      if (close < 0) return -1;
      if (isReferenceAttribute(text, nameStart, nameStop)) refs.push(decodeEntities(text.slice(k + 1, close)));
      k = close + 1;
    }
  }

  extent(): SheetExtent {
    return {
      lastValueRow: this.lastValueRow,
      lastValueColumn: this.lastValueColumn,
      outsideGrid: this.outsideGrid,
      oversizedTag: this.oversizedTag,
    };
  }

  private appendTag(text: string, from: number, to: number): void {
    if (this.tagLength < MAX_TAG_CHARS) this.tag += text.slice(from, Math.min(to, from + MAX_TAG_CHARS - this.tagLength));
    this.tagLength += to - from;
  }

  /** Reads a tag up to its closing '>' outside quotes, switching mode for comments, CDATA and PIs. */
  private readMarkup(text: string, from: number): number {
    const n = text.length;
    let i = from;
    if (this.tagLength === 0) this.firstChar = text.charCodeAt(i);
    if (this.firstChar === 0x3f /* ? */) {
      this.appendTag(text, i, i + 1);
      return this.enter('pi', i + 1);
    }
    if (this.firstChar === 0x21 /* ! */ && !this.declaration) {
      // '<!--' starts a comment and '<![CDATA[' a CDATA section; anything else is a declaration.
      const head = this.tag + text.slice(i, i + 8);
      for (const [open, mode] of [
        ['!--', 'comment'],
        ['![CDATA[', 'cdata'],
      ] as const) {
        if (head.startsWith(open)) {
          const end = i + open.length - this.tagLength;
          this.appendTag(text, i, end);
          return this.enter(mode, end);
        }
        if (open.startsWith(head) && head.length < open.length) {
          this.appendTag(text, i, n);
          return n;
        }
      }
      this.declaration = true;
    }
    // Quotes only matter in start tags (an end tag has no attributes). A '<' outside quotes cannot be
    // inside a tag, so it ends this one where it is and starts the next, as in fastTag.
    const ends = this.firstChar === 0x2f ? END_TAG_END : MARKUP_END;
    for (;;) {
      if (this.quote !== 0) {
        const close = text.indexOf(this.quote === 0x22 ? '"' : "'", i);
        if (close < 0) break;
        this.quote = 0;
        i = close + 1;
      }
      ends.lastIndex = i;
      const m = ends.exec(text);
      if (!m) break;
      const code = text.charCodeAt(m.index);
      if (code === 0x22 || code === 0x27) {
        // A quote opens an attribute value only right after '=' (as fastTag reads it).
        if (this.previousSignificant(text, from, m.index) === 0x3d /* = */) this.quote = code;
        i = m.index + 1;
        continue;
      }
      this.appendTag(text, from, m.index);
      this.mode = 'text';
      this.finishTag();
      return code === GT ? m.index + 1 : m.index;
    }
    this.appendTag(text, from, n);
    return n;
  }

  /** The last non-space character of the tag before text[at] (0 if none). */
  private previousSignificant(text: string, from: number, at: number): number {
    for (let k = at - 1; k >= from; k -= 1) if (!isSpace(text.charCodeAt(k))) return text.charCodeAt(k);
    for (let k = this.tag.length - 1; k >= 0; k -= 1) if (!isSpace(this.tag.charCodeAt(k))) return this.tag.charCodeAt(k);
    return 0;
  }

  private enter(mode: Mode, at: number): number {
    this.mode = mode;
    this.last2 = '';
    return at;
  }

  /** Skips to the '>' that ends the comment ('-->'), CDATA section (']]>') or PI ('?>'). */
  private skipUntilEnd(text: string, from: number): number {
    const marker = this.mode === 'comment' ? '--' : this.mode === 'cdata' ? ']]' : '?';
    let i = from;
    for (;;) {
      const gt = text.indexOf('>', i);
      if (gt < 0) {
        this.last2 = (this.last2 + text.slice(Math.max(i, text.length - 2))).slice(-2);
        return text.length;
      }
      const before = (this.last2 + text.slice(Math.max(i, gt - 2), gt)).slice(-2);
      if (before.endsWith(marker)) {
        this.mode = 'text';
        return gt + 1;
      }
      this.last2 = (this.last2 + text.slice(Math.max(i, gt - 1), gt + 1)).slice(-2);
      i = gt + 1;
    }
  }

  private finishTag(): void {
    const tag = this.tag;
    if (tag.length === 0 || this.firstChar === 0x21 /* ! */) return;
    if (this.firstChar === 0x2f /* / */) {
      this.element(true, localName(tag.slice(1).trim()), [], false);
      return;
    }
    let nameEnd = 0;
    while (nameEnd < tag.length && !endsName(tag.charCodeAt(nameEnd))) nameEnd += 1;
    const name = localName(tag.slice(0, nameEnd));
    if (!RELEVANT.has(name)) return;
    if (this.tagLength > MAX_TAG_CHARS && (name === 'row' || name === 'c')) {
      this.oversizedTag = true;
      return;
    }
    let last = tag.length - 1;
    while (last > nameEnd && isSpace(tag.charCodeAt(last))) last -= 1;
    const selfClosing = tag.charCodeAt(last) === 0x2f;
    this.element(false, name, attributeValues(tag.slice(nameEnd, selfClosing ? last : tag.length), 'r'), selfClosing);
  }

  private element(closing: boolean, name: string, refs: readonly string[], selfClosing: boolean): void {
    if (closing) {
      this.closeElement(name);
      return;
    }
    if (!RELEVANT.has(name)) return;
    this.openElement(name, refs, selfClosing);
    if (selfClosing) this.closeElement(name);
  }

  /** `refs` holds every value of the element's `r` attribute (a row number or a cell reference). */
  private openElement(name: string, refs: readonly string[], selfClosing: boolean): void {
    if (name === 'sheetData') {
      // A second <sheetData> restarts the library's row numbering but keeps the rows already read:
      // counting on from here over-counts, which is the safe side.
      this.inSheetData = true;
      return;
    }
    if (!this.inSheetData) return;
    if (name === 'row') {
      // The library fills in an empty row for every number skipped (`Number(r)`, as it reads it).
      let next = this.row + 1;
      for (const value of refs) {
        if (value === '') continue;
        const number = Number(value);
        if (Number.isNaN(number)) continue;
        if (!(number <= EXCEL_MAX_ROWS)) this.outsideGrid ??= `row ${shown(value)}`;
        else if (number >= 1) next = Math.max(next, Math.ceil(number));
      }
      // Rows the library would hold in total, however they were numbered (restarts included).
      if (next > EXCEL_MAX_ROWS) this.outsideGrid ??= `row ${formatCount(next)} (counting every row element)`;
      this.row = next;
      this.column = 0;
      return;
    }
    if (name === 'c') {
      // The library places a cell by the letters of its reference, not by its position in the row.
      let column = refs.length === 0 ? this.column + 1 : 0;
      for (const ref of refs) {
        const c = referenceColumn(ref);
        if (c > EXCEL_MAX_COLUMNS) this.outsideGrid ??= `cell ${shown(ref)}`;
        else column = Math.max(column, c);
      }
      this.column = column;
      if (!selfClosing) {
        this.cellOpen = true;
        this.cellColumn = column;
        this.cellHasValue = false;
      }
      return;
    }
    if (this.cellOpen) this.cellHasValue = true;
  }

  private closeElement(name: string): void {
    // No `sheetData` case: once the library has seen <sheetData> it reads every later row as sheet
    // data, even after </sheetData> or a self-closing <sheetData/>, so this scanner must too.
    if (name === 'c' && this.cellOpen) {
      if (this.cellHasValue) {
        this.lastValueRow = Math.max(this.lastValueRow, this.row);
        this.lastValueColumn = Math.max(this.lastValueColumn, this.cellColumn);
      }
      this.cellOpen = false;
    }
  }
}
