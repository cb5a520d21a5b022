import type PizZip from 'pizzip';

/**
 * Puts the generated board paper's body into a trust's own Word document (docs/architecture.md,
 * "A trust's Word template"). The body's XML refers to parts of the package it came from — chart
 * images through relationship ids, bullets through numbering ids, Heading and Title styles by id —
 * so those parts come across too, renamed where the template already uses the name. The
 * template's own styles win: a style the template defines (Heading 1, say) is not replaced, which
 * is what lets the trust's template restyle the paper.
 */

const DOCUMENT = 'word/document.xml';
const DOCUMENT_RELS = 'word/_rels/document.xml.rels';
const CONTENT_TYPES = '[Content_Types].xml';
const REL_TYPES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NUMBERING_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml';

/** Where the filled template asks for the paper: the `{@paperBody}` paragraph becomes this comment. */
export const PAPER_BODY_MARK = '<!--tpp:paper-body-->';

const text = (zip: PizZip, name: string): string | null => zip.file(name)?.asText() ?? null;
const attr = (tag: string, name: string): string | null => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
const maxOf = (xml: string, re: RegExp): number => Math.max(0, ...[...xml.matchAll(re)].map((m) => Number(m[1])));

/** Adds to `xml`'s root element the namespace declarations `from`'s root has and it lacks. */
function withNamespaces(xml: string, from: string, root: string): string {
  const open = new RegExp(`<${root}\\b[^>]*>`);
  const target = open.exec(xml)?.[0];
  const source = open.exec(from)?.[0];
  if (!target || !source) return xml;
  const missing = [...source.matchAll(/\sxmlns:(\w+)="[^"]*"/g)].filter((m) => !target.includes(` xmlns:${m[1]}=`)).map((m) => m[0]);
  return missing.length ? xml.replace(target, target.replace(/\s*(\/?)>$/, `${missing.join('')}$1>`)) : xml;
}

/** The body's content, without the section properties that close it. */
function bodyContent(documentXml: string): string {
  const inner = /<w:body>([\s\S]*)<\/w:body>/.exec(documentXml)?.[1] ?? '';
  return inner.replace(/<w:sectPr\b(?:[^>]*\/>|[\s\S]*?<\/w:sectPr>)\s*$/, '');
}

function addOverride(types: string, partName: string, contentType: string): string {
  if (types.includes(`PartName="${partName}"`)) return types;
  return types.replace('</Types>', `<Override PartName="${partName}" ContentType="${contentType}"/></Types>`);
}

function addRelationship(rels: string, id: string, type: string, target: string, external = false): string {
  const mode = external ? ' TargetMode="External"' : '';
  return rels.replace('</Relationships>', `<Relationship Id="${id}" Type="${type}" Target="${target}"${mode}/></Relationships>`);
}

/** The target of the document's relationship of `type` (e.g. "numbering.xml"), if it has one. */
function relTarget(rels: string, type: string): string | null {
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].find((m) => attr(m[0], 'Type') === `${REL_TYPES}/${type}`);
  return rel ? attr(rel[0], 'Target') : null;
}

/**
 * The template's own part of a kind (numbering, styles) and where it is; when the template has none,
 * the paper's part is adopted whole (and `existing` is null: nothing is left to merge).
 */
function partOrAdopt(out: PizZip, paperPart: string, kind: 'numbering' | 'styles', contentType: string) {
  const rels = text(out, DOCUMENT_RELS) ?? '';
  const target = relTarget(rels, kind);
  const existing = target ? text(out, `word/${target}`) : null;
  if (target && existing !== null) return { target, existing };
  out.file(`word/${kind}.xml`, paperPart);
  out.file(DOCUMENT_RELS, addRelationship(rels, `tpp-${kind}`, `${REL_TYPES}/${kind}`, `${kind}.xml`));
  out.file(CONTENT_TYPES, addOverride(text(out, CONTENT_TYPES) ?? '', `/word/${kind}.xml`, contentType));
  return { target: `${kind}.xml`, existing: null };
}

/** Copies the images (and any external links) the body points at; returns the body with new ids. */
function importRelationships(out: PizZip, paper: PizZip, body: string): string {
  const paperRels = text(paper, DOCUMENT_RELS) ?? '';
  let rels =
    text(out, DOCUMENT_RELS) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${REL_TYPES.replace('officeDocument/2006/relationships', 'package/2006/relationships')}"></Relationships>`;
  let types = text(out, CONTENT_TYPES) ?? '';
  const paperTypes = text(paper, CONTENT_TYPES) ?? '';
  const renamed = new Map<string, string>();
  for (const m of paperRels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const type = attr(m[0], 'Type');
    const target = attr(m[0], 'Target');
    if (!id || !type || !target || !body.includes(`"${id}"`)) continue;
    const newId = `tppRel${renamed.size + 1}`;
    renamed.set(id, newId);
    if (attr(m[0], 'TargetMode') === 'External') {
      rels = addRelationship(rels, newId, type, target, true);
      continue;
    }
    const bytes = paper.file(`word/${target}`)?.asUint8Array();
    if (!bytes) continue;
    const fileName = target.split('/').pop() ?? target;
    const newTarget = `media/tpp-${fileName}`;
    out.file(`word/${newTarget}`, bytes);
    rels = addRelationship(rels, newId, type, newTarget);
    const ext = fileName.split('.').pop()?.toLowerCase() ?? '';
    const defaultType = new RegExp(`<Default\\b[^>]*Extension="${ext}"[^>]*>`, 'i');
    const paperDefault = defaultType.exec(paperTypes)?.[0];
    if (!defaultType.test(types) && paperDefault) types = types.replace('</Types>', `${paperDefault}</Types>`);
  }
  out.file(DOCUMENT_RELS, rels);
  out.file(CONTENT_TYPES, types);
  return body.replace(/(r:(?:embed|id|link|pict)=")([^"]+)"/g, (whole, start: string, id: string) =>
    renamed.has(id) ? `${start}${renamed.get(id)}"` : whole,
  );
}

/** Copies the list definitions the body uses, numbered after the template's own; returns the body renumbered. */
function importNumbering(out: PizZip, paper: PizZip, body: string): string {
  const paperNumbering = text(paper, 'word/numbering.xml');
  if (!paperNumbering || !body.includes('<w:numId ')) return body;
  const { target, existing } = partOrAdopt(out, paperNumbering, 'numbering', NUMBERING_TYPE);
  if (existing === null) return body;
  const abstractOffset = maxOf(existing, /<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"/g) + 1;
  const numOffset = maxOf(existing, /<w:num\b[^>]*w:numId="(\d+)"/g) + 1;
  const abstracts = [...paperNumbering.matchAll(/<w:abstractNum\b[\s\S]*?<\/w:abstractNum>/g)].map((m) =>
    m[0].replace(/w:abstractNumId="(\d+)"/, (_, n: string) => `w:abstractNumId="${Number(n) + abstractOffset}"`),
  );
  const nums = [...paperNumbering.matchAll(/<w:num\b[\s\S]*?<\/w:num>/g)].map((m) =>
    m[0]
      .replace(/w:numId="(\d+)"/, (_, n: string) => `w:numId="${Number(n) + numOffset}"`)
      .replace(/(<w:abstractNumId w:val=")(\d+)"/, (_, start: string, n: string) => `${start}${Number(n) + abstractOffset}"`),
  );
  // The schema orders abstract definitions before the numbering instances that use them.
  const firstNum = existing.search(/<w:num\b/);
  let merged =
    firstNum >= 0
      ? `${existing.slice(0, firstNum)}${abstracts.join('')}${existing.slice(firstNum)}`
      : existing.replace('</w:numbering>', `${abstracts.join('')}</w:numbering>`);
  const cleanup = merged.search(/<w:numIdMacAtCleanup\b/);
  merged =
    cleanup >= 0
      ? `${merged.slice(0, cleanup)}${nums.join('')}${merged.slice(cleanup)}`
      : merged.replace('</w:numbering>', `${nums.join('')}</w:numbering>`);
  out.file(`word/${target}`, withNamespaces(merged, paperNumbering, 'w:numbering'));
  return body.replace(/(<w:numId w:val=")(\d+)"/g, (_, start: string, n: string) => `${start}${Number(n) + numOffset}"`);
}

/** Adds the styles the body uses that the template does not define (its own definitions win). */
function importStyles(out: PizZip, paper: PizZip, body: string): void {
  const paperStyles = text(paper, 'word/styles.xml');
  if (!paperStyles) return;
  const { target, existing } = partOrAdopt(out, paperStyles, 'styles', STYLES_TYPE);
  if (existing === null) return;
  const used = new Set([...body.matchAll(/<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"/g)].map((m) => m[1]));
  const has = (id: string) => existing.includes(`w:styleId="${id}"`);
  const added = [...paperStyles.matchAll(/<w:style\b[^>]*>[\s\S]*?<\/w:style>/g)]
    .filter((m) => {
      const id = attr(m[0].slice(0, m[0].indexOf('>') + 1), 'w:styleId');
      return id !== null && used.has(id) && !has(id);
    })
    .map((m) => m[0]);
  if (added.length)
    out.file(`word/${target}`, withNamespaces(existing.replace('</w:styles>', `${added.join('')}</w:styles>`), paperStyles, 'w:styles'));
}

/**
 * Writes the paper's body into the filled template `out`: in place of the `{@paperBody}` paragraph
 * when the template has one, otherwise after the template's own content on a new page.
 */
export function insertPaperBody(out: PizZip, paper: PizZip): void {
  const paperDocument = text(paper, DOCUMENT) ?? '';
  let body = bodyContent(paperDocument);
  body = importRelationships(out, paper, body);
  body = importNumbering(out, paper, body);
  importStyles(out, paper, body);
  let document = text(out, DOCUMENT) ?? '';
  // Drawing ids must be unique in a document: the paper's follow the template's own.
  const drawingOffset = maxOf(document, /<wp:docPr\b[^>]*\sid="(\d+)"/g);
  body = body.replace(/(<wp:docPr\b[^>]*\sid=")(\d+)"/g, (_, start: string, n: string) => `${start}${Number(n) + drawingOffset}"`);
  document = withNamespaces(document, paperDocument, 'w:document');
  if (document.includes(PAPER_BODY_MARK)) {
    document = document.split(PAPER_BODY_MARK).join(body);
  } else {
    const pageBreak = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
    const end = document.lastIndexOf('</w:body>');
    const sectPr = document.lastIndexOf('<w:sectPr', end);
    // The body's last section properties (if any) stay last: they are the template's page setup.
    const at = sectPr >= 0 && !document.slice(sectPr, end).includes('</w:p>') ? sectPr : end;
    document = `${document.slice(0, at)}${pageBreak}${body}${document.slice(at)}`;
  }
  out.file(DOCUMENT, document);
}
