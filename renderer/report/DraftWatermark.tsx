import watermark from './draft-watermark.svg?no-inline';

/**
 * "DRAFT" as five stroked block letters (draft-watermark.svg): paths rather than text, so PDF text
 * extraction and screen readers never read stray letters of the watermark in the middle of the
 * report. In print the box is fixed, which Chromium repeats on every page, and has no transform:
 * a fixed box with one (the inline SVG turned by CSS, or even translate(0)) had every page paint
 * all the pages' copies (39,000 stroked paths in the 51-page paper, nearly all of its paths; issue
 * 16), so the letters come already turned in the image. A file, not a data: URL, which the CSP's
 * img-src refuses; the report is not ready until it has loaded (report-ready.ts).
 */
export function DraftWatermark() {
  return (
    <div className="report-watermark" aria-hidden="true">
      <img src={watermark} alt="" />
    </div>
  );
}
