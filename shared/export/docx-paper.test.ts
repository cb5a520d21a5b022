import { readFileSync } from 'node:fs';
import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { contractSchema, DEFAULT_SETTINGS, type Contract } from '../domain';
import { formatMoney } from '../format';
import { buildReportModel } from '../presentation/report-model';
import { buildReportFixture, HOSTILE_TITLE, hostileCopy } from '../../test/bench/report/report-fixture';
import { BOARD_PAPER_HEADINGS } from '../../test/support/board-paper';
import { readDocx } from '../../test/support/word-template';
import { buildDocxPaper } from './docx-paper';

const sample = JSON.parse(readFileSync('assets/sample-portfolio.json', 'utf8')) as { contracts: unknown[] };
const contract = (ref: string): Contract => contractSchema.parse(sample.contracts.find((c) => (c as Contract).reference === ref));
const TODAY = '2026-04-01';

describe('the board paper in Word', () => {
  const epr = contract('NVH-EPR-001');
  const hostile = hostileCopy(contract('NVH-HOST-004'));
  const bundle = buildReportFixture({ contracts: [epr, hostile], settings: DEFAULT_SETTINGS, today: TODAY });
  const model = buildReportModel({ ...bundle, contracts: [epr, hostile], settings: DEFAULT_SETTINGS, today: TODAY });

  it('opens, with the five cases as Heading 1 in order, real tables with the paper’s figures, and hostile text as literal text', async () => {
    const png = Uint8Array.from(readFileSync('assets/icon.png'));
    const bytes = await buildDocxPaper(model, {
      exportedText: 'Exported 1 Apr 2026',
      images: { cumulative: { png, width: 672, height: 280 } },
    });
    // Every part parses as well-formed XML (readDocx throws, naming the part, if one does not).
    const doc = readDocx(bytes);
    const files = doc.files;
    expect(Object.keys(files)).toContain('word/document.xml');
    const paragraphs = doc.paragraphs();
    expect(paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(BOARD_PAPER_HEADINGS);
    expect(paragraphs.some((p) => p.style === 'Heading2' && p.text === 'Long list')).toBe(true);
    expect(paragraphs.find((p) => p.text.startsWith('The Board is asked to'))?.text).toBe(model.cover.ask);
    const all = paragraphs.map((p) => p.text).join('\n');
    // The options compared, with the same figures as the printed paper (formatted by the one model).
    for (const r of model.result.options) expect(all).toContain(formatMoney(r.costs.npc));
    // The options table: the Compare screen's rows (model.comparison, which the PDF e2e reads back from
    // the PDF too), cell for cell, five options to a table as in print.
    const printed = doc.tables().filter((t) => t[0]?.[0] === 'Measure');
    const columns = model.comparison.columns;
    expect(printed).toHaveLength(Math.ceil(columns.length / 5));
    expect(printed.flatMap((t) => t[0].slice(1))).toEqual(columns.map((c) => (c.recommended ? `${c.name} (recommended)` : c.name)));
    for (const key of ['npc', 'eac', 'npsv', 'bcr']) {
      const row = model.comparison.rows.find((r) => r.key === key)!;
      const cells = printed.flatMap((t) => t.find((r) => r[0] === row.label)?.slice(1) ?? []);
      expect(cells, `the ${row.label} row`).toHaveLength(columns.length);
      cells.forEach((cell, i) => expect(cell.startsWith(row.cells[i].text), `${row.label}, ${columns[i].name}: ${cell}`).toBe(true));
    }
    const npc = model.comparison.rows.find((r) => r.key === 'npc')!;
    expect(npc.cells.map((c) => c.text).every((t) => /^£[\d,]+$/.test(t))).toBe(true);
    const xml = strFromU8(files['word/document.xml']);
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThan(10);
    expect(xml).toContain('<w:tblHeader/>');
    expect(all).toContain(HOSTILE_TITLE);
    expect(xml).not.toContain('<img src');
    // The chart image is embedded; page numbers are fields in the footer.
    expect(Object.keys(files).some((f) => f.startsWith('word/media/'))).toBe(true);
    const footer = Object.entries(files).find(([name]) => name.startsWith('word/footer'))?.[1];
    expect(footer && strFromU8(footer)).toMatch(/PAGE/);
  });
});
