import type { PrintToPDFOptions } from 'electron';

/**
 * Chromium's header and footer templates are HTML, and their text comes from the user's data (the
 * trust's name, a status). Every piece of text goes through `escapeHtml`; only the fixed markup and
 * Chromium's `pageNumber`/`totalPages` placeholders are literal.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

// Templates render in their own tiny document: no page CSS, default font size ~0, so style inline.
const BAR_STYLE = [
  'box-sizing:border-box',
  'width:100%',
  'padding:0 15mm',
  'font-family:Arial,Helvetica,sans-serif',
  'font-size:8pt',
  'color:#425563',
  'display:flex',
  'justify-content:space-between',
  'gap:6mm',
  '-webkit-print-color-adjust:exact',
].join(';');

export function headerTemplate(headerLeft: string): string {
  return `<div style="${BAR_STYLE}"><span>${escapeHtml(headerLeft)}</span></div>`;
}

export function footerTemplate(dateText: string, status: string): string {
  return (
    `<div style="${BAR_STYLE}">` +
    `<span>${escapeHtml(dateText)}</span>` +
    `<span>${escapeHtml(status)}</span>` +
    '<span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span>' +
    '</div>'
  );
}

export function reportPrintOptions(input: { headerLeft: string; dateText: string; status: string }): PrintToPDFOptions {
  return {
    pageSize: 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(input.headerLeft),
    footerTemplate: footerTemplate(input.dateText, input.status),
    // Inches. Top and bottom leave room for the running header and footer.
    margins: { top: 0.7, bottom: 0.7, left: 0.6, right: 0.6 },
    generateDocumentOutline: true,
    generateTaggedPDF: true,
  };
}
