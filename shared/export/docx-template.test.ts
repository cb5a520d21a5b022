import { readFileSync } from 'node:fs';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { contractSchema, DEFAULT_SETTINGS, type Contract } from '../domain';
import { buildReportModel } from '../presentation/report-model';
import { AppError } from '../result';
import { buildReportFixture, HOSTILE_TITLE, hostileCopy } from '../../test/bench/report/report-fixture';
import { buildWordTemplate, readDocx, TRUST_HEADING_COLOUR } from '../../test/support/word-template';
import { checkDocxTemplate, fillDocxTemplate, WORD_TEMPLATE_MAX_BYTES } from './docx-template';
import { LOOP_TAGS, templateData, TEXT_TAGS } from './docx-template-tags';

const sample = JSON.parse(readFileSync('assets/sample-portfolio.json', 'utf8')) as { contracts: unknown[] };
const contract = (ref: string): Contract => contractSchema.parse(sample.contracts.find((c) => (c as Contract).reference === ref));
const TODAY = '2026-04-01';
const TRUST = 'Northvale & District <Hospitals> NHS Trust';

const epr = contract('NVH-EPR-001');
const hostile = hostileCopy(contract('NVH-HOST-004'));
const settings = { ...DEFAULT_SETTINGS, organisation: { ...DEFAULT_SETTINGS.organisation, trustName: TRUST } };
const bundle = buildReportFixture({ contracts: [epr, hostile], settings, today: TODAY });
const model = buildReportModel({ ...bundle, contracts: [epr, hostile], settings, today: TODAY });
const png = Uint8Array.from(readFileSync('assets/icon.png'));
const paperOptions = { exportedText: 'Exported 1 Apr 2026', images: { cumulative: { png, width: 672, height: 280 } } };

const COVER = [
  'Trust board cover sheet (our own words)',
  // Word splits a tag across runs when it was typed in pieces: docxtemplater joins them.
  ['Trust: {trust', 'Name}'],
  'Meeting: {meeting} on {meetingDate}. Sponsor: {sponsor}.',
  '{boardIsAskedTo}',
  '{#urgency}Urgency: {urgency}{/urgency}',
  'Contracts: {contracts}',
  // A list whose start and end tags stand in paragraphs of their own repeats the paragraphs between.
  '{#options}',
  'Option {name}: NPC {npc}; NPSV {npsv}{#recommended} (recommended){/recommended}',
  '{/options}',
  'Recommended: {recommendation}, {recommendedNpc}. Reason: {recommendationReason}',
];

function fill(paragraphs: Parameters<typeof buildWordTemplate>[0], opts?: Parameters<typeof buildWordTemplate>[1]) {
  return fillDocxTemplate(buildWordTemplate(paragraphs, opts), 'Trust cover.docx', model, paperOptions);
}

async function problemOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('the board paper filled into a trust’s Word template', () => {
  it('fills the cover sheet’s tags from the paper’s model, keeps the template’s own text, and puts the paper where {@paperBody} is', async () => {
    const doc = readDocx(await fill([...COVER, '{@paperBody}', 'End of our template']));
    const texts = doc.paragraphs().map((p) => p.text);
    expect(texts).toContain('Trust board cover sheet (our own words)');
    expect(texts).toContain(`Trust: ${TRUST}`);
    expect(texts).toContain(model.cover.ask);
    expect(model.cover.ask.startsWith('The Board is asked to approve')).toBe(true);
    expect(texts).toContain(`Urgency: ${model.cover.urgency}`);
    // Each option's NPC and NPSV as the paper (and the Compare screen) formats them.
    const npc = model.comparison.rows.find((r) => r.key === 'npc')!;
    const npsv = model.comparison.rows.find((r) => r.key === 'npsv')!;
    model.comparison.columns.forEach((c, i) => {
      const mark = c.recommended ? ' (recommended)' : '';
      expect(texts).toContain(`Option ${c.name}: NPC ${npc.cells[i].text}; NPSV ${npsv.cells[i].text}${mark}`);
    });
    expect(npc.cells.every((c) => /^£[\d,]+$/.test(c.text))).toBe(true);
    // The hostile contract title is literal text, escaped in the XML, never markup.
    const contracts = texts.find((t) => t.startsWith('Contracts: '))!;
    expect(contracts).toContain(HOSTILE_TITLE);
    expect(doc.part('word/document.xml')).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(doc.part('word/document.xml')).not.toContain('<img');
    // Tags in the header are filled too.
    expect(doc.paragraphs('word/header1.xml').map((p) => p.text)).toEqual([`NHS trust board · ${TRUST}`]);

    // The paper's sections sit between the cover and the template's closing line; its own cover sheet is left out.
    const h1 = doc.paragraphs().filter((p) => p.style === 'Heading1');
    expect(h1.map((p) => p.text)[0]).toBe('1. Executive summary');
    expect(h1.map((p) => p.text)).toContain('3. Economic case');
    expect(texts.indexOf('1. Executive summary')).toBeGreaterThan(texts.indexOf(model.cover.ask));
    expect(texts.at(-1)).toBe('End of our template');
    expect(texts.filter((t) => t === model.cover.ask)).toHaveLength(1);
  });

  it('brings the paper’s pictures, lists and missing styles across without breaking the template’s own', async () => {
    const bytes = await fill(['{trustName}', '{@paperBody}']);
    const doc = readDocx(bytes);
    const xml = doc.part('word/document.xml');
    const rels = doc.part('word/_rels/document.xml.rels');
    // Every picture the body points at is in the package, and the template's logo still is.
    const embeds = [...xml.matchAll(/r:embed="([^"]+)"/g)].map((m) => m[1]);
    expect(embeds).toContain('rId1');
    for (const id of embeds) {
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
      expect(target && doc.files[`word/${target}`], `picture ${id}`).toBeTruthy();
    }
    expect(embeds.length).toBeGreaterThan(1);
    // Drawing ids stay unique.
    const drawingIds = [...xml.matchAll(/<wp:docPr\b[^>]*\sid="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(drawingIds).size).toBe(drawingIds.length);
    // Every list the body uses is defined; the template's own list 1 is untouched.
    const numbering = doc.part('word/numbering.xml');
    for (const id of new Set([...xml.matchAll(/<w:numId w:val="(\d+)"/g)].map((m) => m[1])))
      expect(numbering, `list ${id}`).toContain(`w:numId="${id}"`);
    expect(numbering).toContain('<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>');
    expect(numbering.indexOf('<w:num ')).toBeGreaterThan(numbering.lastIndexOf('<w:abstractNum '));
    // The trust's Heading 1 wins; styles it lacks (Heading 2, Title's peers) come from the paper.
    const styles = doc.part('word/styles.xml');
    expect(styles.match(/w:styleId="Heading1"/g)).toHaveLength(1);
    expect(styles).toContain(TRUST_HEADING_COLOUR);
    for (const id of new Set([...xml.matchAll(/<w:pStyle w:val="([^"]+)"/g)].map((m) => m[1])))
      expect(styles, `style ${id}`).toContain(`w:styleId="${id}"`);
    // The result parses again as a Word document (docxtemplater's XML parser refuses malformed parts).
    expect(checkDocxTemplate(bytes, 'filled.docx')).toEqual({ tags: [], problems: [], paperBodyPlaced: false });
    expect(xml.match(/<w:sectPr\b/g)?.length).toBeGreaterThanOrEqual(1);
    expect(xml.trimEnd().endsWith('</w:body></w:document>')).toBe(true);
  });

  it('gives a bare template (no styles, lists or pictures of its own) the paper’s', async () => {
    const bare = new PizZip(buildWordTemplate(['{trustName}', '{@paperBody}']));
    for (const part of [
      'word/styles.xml',
      'word/numbering.xml',
      'word/_rels/document.xml.rels',
      'word/header1.xml',
      'word/media/image1.png',
    ])
      bare.remove(part);
    const xml = bare.file('word/document.xml')!.asText();
    bare.file('word/document.xml', xml.replace(/<w:p><w:r><w:drawing>[\s\S]*?<\/w:p>/, '').replace(/<w:headerReference[^>]*\/>/, ''));
    const doc = readDocx(await fillDocxTemplate(bare.generate({ type: 'uint8array' }), 'bare.docx', model, paperOptions));
    expect(doc.paragraphs()[0].text).toBe(TRUST);
    const rels = doc.part('word/_rels/document.xml.rels');
    expect(rels).toContain('Target="styles.xml"');
    expect(rels).toContain('Target="numbering.xml"');
    expect(doc.part('[Content_Types].xml')).toContain('PartName="/word/numbering.xml"');
    expect(doc.part('word/styles.xml')).toContain('w:styleId="Heading2"');
    for (const id of new Set([...doc.part('word/document.xml').matchAll(/r:embed="([^"]+)"/g)].map((m) => m[1])))
      expect(rels, `picture ${id}`).toContain(`Id="${id}"`);
  });

  it('puts the paper after the template’s content, on a new page, when the template has no {@paperBody}', async () => {
    const doc = readDocx(await fill(['Cover: {title}']));
    const texts = doc.paragraphs().map((p) => p.text);
    expect(texts[1]).toBe(`Cover: ${model.cover.title}`);
    expect(texts).toContain('1. Executive summary');
    const xml = doc.part('word/document.xml');
    expect(xml.indexOf('<w:br w:type="page"/>')).toBeLessThan(xml.indexOf('1. Executive summary'));
    // The template's page setup (its header) closes the body.
    expect(/<w:sectPr><w:headerReference[^>]*\/><w:pgSz[^>]*\/><\/w:sectPr><\/w:body>/.test(xml)).toBe(true);
  });

  it('fills a .dotx template as a document', async () => {
    const doc = readDocx(await fill(['{trustName}'], { dotx: true }));
    expect(doc.part('[Content_Types].xml')).toContain('wordprocessingml.document.main+xml');
    expect(doc.part('[Content_Types].xml')).not.toContain('template.main+xml');
  });
});

describe('a template the planner cannot fill says why, naming the tag and where', () => {
  it('names a misspelt tag, the paragraph it is in, and the tag it probably meant', async () => {
    const error = await problemOf(fill(['Introduction', 'Prepared for {trustNme}']));
    expect(error.code).toBe('WORD_TEMPLATE_TAGS');
    expect(error.message).toContain("Your Word template 'Trust cover.docx' cannot be filled");
    expect(error.message).toContain(
      '{trustNme} in the main text, in the paragraph “Prepared for {trustNme}” is not a tag the planner knows.',
    );
    expect(error.message).toContain('Did you mean {trustName}?');
    expect(error.message).toContain('Settings › Word template');
    expect(error.message).not.toMatch(/xtag|TemplateError|undefined|unclosed_tag/);
  });

  it('names an unclosed tag, a list left open, and a tag in the header', async () => {
    expect((await problemOf(fill(['Dear board', 'Meeting: {meeting']))).message).toContain(
      'The tag {meeting in the main text, in the paragraph “Meeting: {meeting” is not closed: add } after meeting.',
    );
    expect((await problemOf(fill(['{#options}{name}']))).message).toContain('The list {#options} in the main text');
    expect((await problemOf(fill(['{#options}{name}']))).message).toContain('add {/options}');
    expect((await problemOf(fill(['x'], { header: 'Board {sponser}' }))).message).toContain(
      '{sponser} in a page header, in the paragraph “Board {sponser}” is not a tag the planner knows. Did you mean {sponsor}?',
    );
    expect((await problemOf(fill(['{npc}']))).message).toContain(
      '{npc} in the main text, in the paragraph “{npc}” only works inside {#options}…{/options}.',
    );
    expect((await problemOf(fill(['Body: {@paperBody}']))).message).toContain('{@paperBody} in the main text');
    expect((await problemOf(fill(['Body: {@paperBody}']))).message).toContain('must be alone in its paragraph');
  });

  it('refuses a file that is not a Word document, an old .doc, and one over the size limit, in words', async () => {
    const notZip = await problemOf(fillDocxTemplate(new TextEncoder().encode('hello'), 'notes.txt', model, paperOptions));
    expect(notZip.message).toBe(
      "'notes.txt' cannot be used as a Word template: it is not a Word document (.docx). In Word, open it and choose File › Save As › Word Document (.docx), then choose that file.",
    );
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    expect((await problemOf(fillDocxTemplate(ole, 'old.doc', model, paperOptions))).message).toContain('an older Word document (.doc)');
    const spreadsheet = new PizZip();
    spreadsheet.file('[Content_Types].xml', '<Types/>');
    spreadsheet.file('xl/workbook.xml', '<workbook/>');
    const xlsx = spreadsheet.generate({ type: 'uint8array' });
    expect((await problemOf(fillDocxTemplate(xlsx, 'book.xlsx', model, paperOptions))).code).toBe('WORD_TEMPLATE_NOT_DOCX');
    const big = new Uint8Array(WORD_TEMPLATE_MAX_BYTES + 1);
    expect((await problemOf(fillDocxTemplate(big, 'huge.docx', model, paperOptions))).message).toBe(
      "'huge.docx' is 2.1 MB; a Word template can be up to 2 MB. In Word, compress its pictures (Picture Format › Compress Pictures) or remove unused ones, save it, and choose it again.",
    );
  });
});

describe('checking a template in Settings', () => {
  it('lists the tags found and each problem', () => {
    const check = checkDocxTemplate(buildWordTemplate([...COVER, '{@paperBody}', '{trustNme}', '{options}']), 'Trust cover.docx');
    expect(check.tags).toEqual(
      expect.arrayContaining([
        '{trustName}',
        '{boardIsAskedTo}',
        '{#options}…{/options}',
        '{npc}',
        '{@paperBody}',
        '{#urgency}…{/urgency}',
      ]),
    );
    expect(check.tags).not.toContain('{trustNme}');
    expect(check.paperBodyPlaced).toBe(true);
    expect(check.problems).toHaveLength(2);
    expect(check.problems[0]).toContain('{trustNme}');
    expect(check.problems[1]).toBe(
      '{options} in the main text, in the paragraph “{options}” is a list: write {#options} before and {/options} after the tags to repeat for each item.',
    );
  });

  it('has a value for every tag it documents, and documents every value', () => {
    const data = templateData(model);
    expect(Object.keys(data).sort()).toEqual([...TEXT_TAGS.map((t) => t.name), ...LOOP_TAGS.map((l) => l.name)].sort());
    for (const loop of LOOP_TAGS) {
      const items = data[loop.name];
      expect(Array.isArray(items) && items.length > 0, loop.name).toBe(true);
      for (const item of items as Record<string, unknown>[])
        expect(Object.keys(item).sort()).toEqual(loop.fields.map((f) => f.name).sort());
    }
  });
});
