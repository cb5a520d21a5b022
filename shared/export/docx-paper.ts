import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ReportModel } from '../presentation/report-model';
import type { LabelledValue } from '../presentation/details';
import type { ChartTableData } from '../presentation/table';
import { paperBlocks, type PaperBlock } from './paper-blocks';

/**
 * The board paper as an editable Word document (docs/domain.md §9), built with `docx` from the
 * same ReportModel the PDF prints: real Heading 1–3 and Title styles (so a trust's own template
 * restyles it), real tables with repeating header rows, charts as images, and page numbers in the
 * footer. Text is always written as text runs: a hostile string in the data stays literal.
 */

export interface PaperImage {
  /** PNG bytes (rendered from the print SVG in the renderer). */
  png: Uint8Array;
  /** The SVG itself, embedded beside the PNG where Word can show it. */
  svg?: Uint8Array;
  width: number;
  height: number;
}

export interface DocxPaperOptions {
  /** Charts by key (`cost:<optionId>`, `cumulative`, `sensitivity:<key>`, `heat:<optionId>`, `timeline`); left out, only their tables go in. */
  images?: Readonly<Record<string, PaperImage>>;
  /** "Exported 1 Apr 2026" for the footer. */
  exportedText: string;
  /** Leave out the cover sheet (a trust's Word template supplies its own); default true. */
  cover?: boolean;
}

/** A4 text width at 2 cm margins, in twentieths of a point (for cells) and pixels (for images). */
const TEXT_WIDTH_PX = 642;
const FONT = 'Arial';

const run = (text: string, opts: { bold?: boolean; size?: number; italics?: boolean; color?: string } = {}) =>
  new TextRun({ text, bold: opts.bold, size: opts.size, italics: opts.italics, color: opts.color, font: FONT });

/** Text with line breaks as separate runs (a TextRun with "\n" would not break). */
function runs(text: string, opts: Parameters<typeof run>[1] = {}): TextRun[] {
  return text
    .split('\n')
    .map(
      (line, i) =>
        new TextRun({ text: line, break: i > 0 ? 1 : undefined, bold: opts.bold, size: opts.size, italics: opts.italics, font: FONT }),
    );
}

function cell(text: string, opts: { header?: boolean; numeric?: boolean } = {}): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        alignment: opts.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: runs(text, { bold: opts.header, size: 16 }),
      }),
    ],
    shading: opts.header ? { fill: 'E8EDEE' } : undefined,
  });
}

function table(data: ChartTableData): (Paragraph | Table)[] {
  const header = new TableRow({
    tableHeader: true,
    children: data.columns.map((c) => cell(c.label, { header: true, numeric: c.numeric })),
  });
  const body = [...data.rows, ...(data.foot ?? [])].map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(row.header, { header: (data.foot ?? []).includes(row) }),
          ...row.cells.map((c, i) => cell(c, { numeric: data.columns[i + 1]?.numeric })),
        ],
      }),
  );
  return [
    new Paragraph({ keepNext: true, children: [run(data.caption, { bold: true, size: 18 })] }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...body] }),
    new Paragraph({ children: [] }),
  ];
}

function fields(items: readonly LabelledValue[]): (Paragraph | Table)[] {
  if (items.length === 0) return [];
  return [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: items.map((f) => new TableRow({ cantSplit: true, children: [cell(f.label, { header: true }), cell(f.value)] })),
    }),
    new Paragraph({ children: [] }),
  ];
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function image(key: string, caption: string, images: DocxPaperOptions['images']): Paragraph[] {
  const img = images?.[key];
  if (!img) return [];
  const scale = Math.min(1, TEXT_WIDTH_PX / img.width);
  const transformation = { width: Math.round(img.width * scale), height: Math.round(img.height * scale) };
  const picture = img.svg
    ? new ImageRun({
        type: 'svg',
        data: img.svg,
        transformation,
        fallback: { type: 'png', data: img.png },
        altText: { name: caption, description: caption, title: caption },
      })
    : new ImageRun({ type: 'png', data: img.png, transformation, altText: { name: caption, description: caption, title: caption } });
  return [new Paragraph({ keepNext: true, children: [run(caption, { bold: true, size: 18 })] }), new Paragraph({ children: [picture] })];
}

function render(block: PaperBlock, images: DocxPaperOptions['images']): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: block.text })] })];
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level], keepNext: true, children: [new TextRun({ text: block.text })] })];
    case 'para':
      return [
        new Paragraph({
          children: runs(block.text, {
            bold: block.emphasis === 'lead' || block.emphasis === 'flag',
            size: block.emphasis === 'small' ? 16 : block.emphasis === 'lead' ? 24 : 20,
          }),
        }),
      ];
    case 'list':
      return block.items.map(
        (item) =>
          new Paragraph({
            numbering: block.ordered ? { reference: 'paper-numbers', level: 0 } : undefined,
            bullet: block.ordered ? undefined : { level: 0 },
            children: runs(item, { size: 20 }),
          }),
      );
    case 'fields':
      return fields(block.items);
    case 'table':
      return table(block.data);
    case 'chart':
      return image(block.key, block.caption, images);
    case 'page-break':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

export function buildDocxDocument(model: ReportModel, options: DocxPaperOptions): Document {
  const children = paperBlocks(model, { cover: options.cover }).flatMap((b) => render(b, options.images));
  const headerText = model.cover.trustName ? `${model.cover.trustName} · ${model.cover.title}` : model.cover.title;
  return new Document({
    creator: 'Trust Procurement Planner',
    title: model.documentTitle,
    description: model.cover.ask,
    styles: { default: { document: { run: { font: FONT, size: 20 } } } },
    numbering: {
      config: [
        { reference: 'paper-numbers', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        headers: { default: new Header({ children: [new Paragraph({ children: [run(headerText, { size: 16, color: '55606B' })] })] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16, font: FONT }),
                  run(`   ·   ${options.exportedText}   ·   ${model.statusLabel}`, { size: 16 }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

/** The .docx file's bytes. */
export async function buildDocxPaper(model: ReportModel, options: DocxPaperOptions): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(buildDocxDocument(model, options)));
}
