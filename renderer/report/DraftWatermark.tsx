/**
 * "DRAFT" as five stroked block letters. Paths rather than <text>, so PDF text extraction and
 * screen readers never read stray letters of the watermark in the middle of the report.
 */
const LETTERS = [
  'M0,0 H25 Q60,0 60,50 Q60,100 25,100 H0 Z',
  'M80,100 V0 H115 Q140,0 140,27 Q140,54 115,54 H80 M110,54 L140,100',
  'M160,100 L190,0 L220,100 M172,62 H208',
  'M295,0 H240 V100 M240,48 H285',
  'M310,0 H370 M340,0 V100',
];

export function DraftWatermark() {
  return (
    <div className="report-watermark" aria-hidden="true">
      <svg viewBox="-10 -10 390 120" focusable="false">
        {LETTERS.map((d) => (
          <path key={d} d={d} fill="none" stroke="rgba(218, 41, 28, 0.13)" strokeWidth={11} strokeLinejoin="miter" />
        ))}
      </svg>
    </div>
  );
}
