/**
 * Chromium's printToPDF writes the document title (from `document.title`) but no Author. Rather
 * than pull in a PDF library, this appends a standard incremental update (PDF 1.7 §7.5.6): a new
 * Info dictionary, a one-entry cross-reference section and a trailer pointing back at the original.
 * The original bytes are untouched. Files it does not understand (cross-reference streams,
 * encryption) are returned as they are.
 */

export interface PdfInfo {
  title: string;
  author: string;
  creator: string;
}

/** A PDF text string: UTF-16BE with a byte-order mark, written in hex so nothing needs escaping. */
export function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

function pdfDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `(D:${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z)`;
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

export function setPdfInfo(pdf: Uint8Array, info: PdfInfo, now: Date): { pdf: Uint8Array; patched: boolean } {
  const text = latin1(pdf);
  const unchanged = { pdf, patched: false };

  const tail = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-1024));
  if (!tail) return unchanged;
  const prevXref = Number(tail[1]);
  if (!text.startsWith('xref', prevXref)) return unchanged; // a cross-reference stream: not handled

  const trailerAt = text.lastIndexOf('trailer');
  if (trailerAt < prevXref) return unchanged;
  const trailer = text.slice(trailerAt, text.lastIndexOf('startxref'));
  if (/\/Encrypt\b/.test(trailer)) return unchanged;
  const size = /\/Size\s+(\d+)/.exec(trailer);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer);
  if (!size || !root) return unchanged;
  const id = /\/ID\s*\[\s*<[0-9A-Fa-f]*>\s*<[0-9A-Fa-f]*>\s*\]/.exec(trailer);

  // Keep what Chromium said about itself and when it made the file.
  const producer = /\/Producer\s*(\([^()\\]*\))/.exec(text)?.[1] ?? '(Chromium)';
  const created = /\/CreationDate\s*(\(D:[0-9Z+\-']*\))/.exec(text)?.[1] ?? pdfDate(now);

  const objectNumber = Number(size[1]);
  const separator = text.endsWith('\n') || text.endsWith('\r') ? '' : '\n';
  const objectOffset = pdf.byteLength + separator.length;
  const object =
    `${objectNumber} 0 obj\n<< /Title ${pdfTextString(info.title)} /Author ${pdfTextString(info.author)}` +
    ` /Creator ${pdfTextString(info.creator)} /Producer ${producer} /CreationDate ${created} /ModDate ${pdfDate(now)} >>\nendobj\n`;
  const xrefOffset = objectOffset + object.length;
  const update =
    `${separator}${object}` +
    `xref\n${objectNumber} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \n` +
    `trailer\n<< /Size ${objectNumber + 1} /Root ${root[1]} /Info ${objectNumber} 0 R /Prev ${prevXref}${id ? ` ${id[0]}` : ''} >>\n` +
    `startxref\n${xrefOffset}\n%%EOF\n`;

  const out = new Uint8Array(pdf.byteLength + update.length);
  out.set(pdf, 0);
  out.set(Buffer.from(update, 'latin1'), pdf.byteLength);
  return { pdf: out, patched: true };
}

/** Counts page objects (`/Type /Page`, not `/Pages`); null if none are found. */
export function countPdfPages(pdf: Uint8Array): number | null {
  const matches = latin1(pdf).match(/\/Type\s*\/Page(?![A-Za-z])/g);
  return matches && matches.length > 0 ? matches.length : null;
}
