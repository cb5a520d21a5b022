import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CSS = readFileSync(fileURLToPath(new URL('./report.css', import.meta.url)), 'utf8');
const PX_PER = { px: 1, pt: 4 / 3 } as const;

/** The `font-size` declarations of a style sheet that are not a whole number of quarter pixels. */
function offQuarterPixel(css: string): string[] {
  const off: string[] = [];
  for (const block of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    for (const size of block[2].matchAll(/font-size:\s*([^;]+);/g)) {
      const m = /^(\d+(?:\.\d+)?)(px|pt)$/.exec(size[1].trim());
      const px = m ? Number(m[1]) * PX_PER[m[2] as keyof typeof PX_PER] : NaN;
      if (!(Math.abs(px * 4 - Math.round(px * 4)) < 1e-9)) off.push(`${block[1].trim()}: ${size[1].trim()}`);
    }
  }
  return off;
}

// Chromium writes a PDF text run in one operator only when its glyph advances add up exactly, which
// sizes like 10pt (13.33 px) never do: each glyph then gets its own positioning (issue 16).
describe('the board paper style sheet', () => {
  it('gives every font size as a whole number of quarter pixels, so the PDF writes whole runs of text', () => {
    expect(CSS).toMatch(/font-size/);
    expect(offQuarterPixel(CSS)).toEqual([]);
  });

  it('reports sizes off the quarter pixel, in pt, em or rem', () => {
    const css = '.a { font-size: 10pt; } .b { font-size: 9pt; } .c { font-size: 0.8em; } .d { font-size: 13.25px; }';
    expect(offQuarterPixel(css)).toEqual(['.a: 10pt', '.c: 0.8em']);
  });

  // Chromium lays the page out twice on screen in every print (the window resized to the page and
  // back): the print route skips sections out of view there, and never in print, where every
  // section must be laid out and printed.
  it('skips laying out the print route’s sections out of view on screen only', () => {
    const css = CSS.replace(/\/\*[\s\S]*?\*\//g, '');
    const screen = /@media screen\s*\{([\s\S]*?\})\s*\}/.exec(css)?.[1] ?? '';
    expect(screen).toMatch(/\.report-route \.report-section\s*\{[^}]*content-visibility:\s*auto;/);
    expect(css.replace(screen, '')).not.toMatch(/content-visibility/);
  });
});
