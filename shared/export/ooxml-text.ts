/**
 * A Word part's paragraphs as plain text, as Word shows them without formatting: for naming where a
 * template's tag is, and for reading an exported .docx back in tests.
 */

/** Undoes the five XML escapes (the only ones Word and `docx` write in text). */
export function decodeXmlText(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Each paragraph of a part (document, header, footer) with its style id, in order. */
export function wordParagraphs(xml: string): { style: string | null; text: string }[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[0])?.[1] ?? null,
    text: decodeXmlText([...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
  }));
}
