import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countPdfPages, pdfTextString, setPdfInfo } from './pdf-metadata';
import { escapeHtml, footerTemplate, headerTemplate, reportPrintOptions } from './pdf-templates';

const XSS = '<img src=x onerror=alert(1)>';

describe('PDF header and footer templates', () => {
  it('escapes HTML in every piece of text', () => {
    expect(escapeHtml(`${XSS}"'&\``)).toBe('&#60;img src=x onerror=alert(1)&#62;&#34;&#39;&#38;&#96;');
    const header = headerTemplate(XSS);
    const footer = footerTemplate(XSS, `</span>${XSS}`);
    for (const template of [header, footer]) {
      expect(template).not.toContain('<img');
      expect(template).not.toContain('</span><img');
      expect(template).toContain('&#60;img src=x onerror=alert(1)&#62;');
    }
  });

  it('keeps Chromium page-number placeholders and the date and status', () => {
    const footer = footerTemplate('Exported 1 Apr 2026', 'DRAFT');
    expect(footer).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
    expect(footer).toContain('Exported 1 Apr 2026');
    expect(footer).toContain('DRAFT');
    expect(headerTemplate('Royal Example NHS Trust — EPR')).toContain('Royal Example NHS Trust — EPR');
  });

  it('prints A4 with backgrounds, header/footer, outline and tags', () => {
    expect(reportPrintOptions({ headerLeft: 'H', dateText: 'D', status: 'S' })).toMatchObject({
      pageSize: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      generateDocumentOutline: true,
      generateTaggedPDF: true,
    });
  });
});

// A real `chromium --headless --print-to-pdf --generate-pdf-document-outline` file (Chromium 156,
// A4, tagged, 2 pages): Skia writes Title, Creator, Producer and dates, but no Author.
const chromiumPdf = new Uint8Array(readFileSync(path.join(__dirname, 'fixtures', 'chromium-print.pdf')));
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const info = { title: 'EPR — options appraisal', author: 'Jo Bloggs (Head of IT) £', creator: 'Trust Procurement Planner' };
const now = new Date(Date.UTC(2026, 3, 1, 9, 30, 0));

function hasCommand(command: string): boolean {
  try {
    execFileSync(command, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('setPdfInfo', () => {
  it('confirms the gap: Chromium writes no Author', () => {
    expect(latin1(chromiumPdf)).not.toContain('/Author');
  });

  it('appends an incremental update and leaves the original bytes untouched', () => {
    const { pdf, patched } = setPdfInfo(chromiumPdf, info, now);
    expect(patched).toBe(true);
    expect(pdf.subarray(0, chromiumPdf.byteLength)).toEqual(chromiumPdf);

    const text = latin1(pdf);
    const update = text.slice(chromiumPdf.byteLength);
    const oldStartXref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(latin1(chromiumPdf))?.[1];
    const size = Number(/\/Size (\d+)/.exec(latin1(chromiumPdf).slice(-300))?.[1]);
    expect(update).toContain(`/Author ${pdfTextString(info.author)}`);
    expect(update).toContain(`/Title ${pdfTextString(info.title)}`);
    expect(update).toContain(`/Prev ${oldStartXref}`);
    expect(update).toContain(`/Info ${size} 0 R`);
    expect(update).toContain('/Producer (Skia/PDF');

    // The new cross-reference section and its single entry point at the right bytes.
    const startXref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
    expect(text.startsWith('xref', startXref)).toBe(true);
    const entry = /xref\n(\d+) 1\n(\d{10}) 00000 n \n/.exec(text.slice(startXref));
    expect(Number(entry?.[1])).toBe(size);
    expect(text.startsWith(`${size} 0 obj`, Number(entry?.[2]))).toBe(true);
  });

  it('encodes text strings as UTF-16BE hex', () => {
    expect(pdfTextString('A£')).toBe('<FEFF004100A3>');
    expect(pdfTextString('(x)')).toBe('<FEFF002800780029>');
  });

  it('leaves a PDF it does not understand alone', () => {
    const xrefStream = new TextEncoder().encode('%PDF-1.5\n1 0 obj\n<<>>\nendobj\nstartxref\n9\n%%EOF\n');
    expect(setPdfInfo(xrefStream, info, now)).toEqual({ pdf: xrefStream, patched: false });
    const garbage = new TextEncoder().encode('not a pdf');
    expect(setPdfInfo(garbage, info, now).patched).toBe(false);
  });

  it.skipIf(!hasCommand('pdfinfo'))('produces a file a real reader (poppler pdfinfo) reads Title and Author from', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tpp-pdf-'));
    try {
      const file = path.join(dir, 'report.pdf');
      writeFileSync(file, setPdfInfo(chromiumPdf, info, now).pdf);
      const out = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
      expect(out).toMatch(/^Title:\s+EPR — options appraisal$/m);
      expect(out).toMatch(/^Author:\s+Jo Bloggs \(Head of IT\) £$/m);
      expect(out).toMatch(/^Pages:\s+2$/m);
      expect(out).toMatch(/^Tagged:\s+yes$/m);
      expect(out).not.toMatch(/Syntax (Error|Warning)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('countPdfPages', () => {
  it('counts /Type /Page objects, not /Pages', () => {
    expect(countPdfPages(chromiumPdf)).toBe(2);
    expect(countPdfPages(new TextEncoder().encode('<< /Type /Pages >> << /Type/Page >>'))).toBe(1);
    expect(countPdfPages(new TextEncoder().encode('nothing'))).toBeNull();
  });
});
