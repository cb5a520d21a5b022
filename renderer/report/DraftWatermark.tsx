import watermark from './draft-watermark.svg?no-inline';

/**
 * "DRAFT" as five stroked block letters (draft-watermark.svg): paths rather than text, so PDF text
 * extraction and screen readers never read stray letters of the watermark in the middle of the
 * report. An image, not inline SVG: in print the watermark is fixed and turned, and Chromium
 * repeats it on every page; drawn inline it painted every page's copy on every page (39,000 stroked
 * paths and 76,000 node marks in the 51-page paper, a third of the print's drawing), as an image
 * each page draws its own (issue 16). A file, not a data: URL, which the CSP's img-src refuses;
 * the report is not ready until it has loaded (report-ready.ts).
 */
export function DraftWatermark() {
  return (
    <div className="report-watermark" aria-hidden="true">
      <img src={watermark} alt="" />
    </div>
  );
}
