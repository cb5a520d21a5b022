/**
 * A trust's Word template, built in the test as Word would save it: a main document whose paragraphs
 * the test gives (a tag may be split across runs, as Word splits text it has spell-checked), the
 * trust's own Heading 1 style and a bulleted list of its own (so the paper's list and style ids
 * collide with the template's), a header, and a logo picture with drawing id 1.
 */
import PizZip from 'pizzip';
import { strFromU8, unzipSync } from 'fflate';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { wordParagraphs } from '@shared/export/ooxml-text';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** The colour of the trust's own Heading 1, which must survive into the filled paper. */
export const TRUST_HEADING_COLOUR = '005EB8';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One paragraph; an array gives its runs (a tag split across runs, as Word does). */
export type TemplateParagraph = string | string[];

function paragraph(p: TemplateParagraph): string {
  const runs = typeof p === 'string' ? [p] : p;
  return `<w:p>${runs.map((r) => `<w:r><w:t xml:space="preserve">${escape(r)}</w:t></w:r>`).join('')}</w:p>`;
}

// A 1×1 PNG: the trust's logo.
const LOGO = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

const LOGO_PARAGRAPH =
  '<w:p><w:r><w:drawing><wp:inline><wp:extent cx="9525" cy="9525"/><wp:docPr id="1" name="Trust logo"/>' +
  '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
  '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="0" name="logo.png"/><pic:cNvPicPr/></pic:nvPicPr>' +
  '<pic:blipFill><a:blip r:embed="rId1"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>';

export function buildWordTemplate(
  paragraphs: readonly TemplateParagraph[],
  { header = 'NHS trust board · {trustName}', dotx = false }: { header?: string; dotx?: boolean } = {},
): Uint8Array {
  const main = dotx
    ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml'
    : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
  const zip = new PizZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Default Extension="png" ContentType="image/png"/>` +
      `<Override PartName="/word/document.xml" ContentType="${main}"/>` +
      `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
      `<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>` +
      `<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${REL}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${REL}">` +
      `<Relationship Id="rId1" Type="${R}/image" Target="media/image1.png"/>` +
      `<Relationship Id="rId2" Type="${R}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId3" Type="${R}/numbering" Target="numbering.xml"/>` +
      `<Relationship Id="rId4" Type="${R}/header" Target="header1.xml"/></Relationships>`,
  );
  zip.file('word/media/image1.png', LOGO);
  zip.file(
    'word/styles.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">` +
      `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="${TRUST_HEADING_COLOUR}"/></w:rPr></w:style></w:styles>`,
  );
  zip.file(
    'word/numbering.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}">` +
      `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl></w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>`,
  );
  zip.file('word/header1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="${W}">${paragraph(header)}</w:hdr>`);
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><w:body>` +
      LOGO_PARAGRAPH +
      paragraphs.map(paragraph).join('') +
      `<w:sectPr><w:headerReference w:type="default" r:id="rId4"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`,
  );
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * Parses an XML part strictly, failing on anything xmldom reports: Word refuses a document with any
 * part that is not well-formed XML ("Word found unreadable content"), so a malformed part fails the
 * test with the part's name.
 */
function parseXmlPart(name: string, xml: string) {
  return new DOMParser({
    // Warnings too: xmldom reports an unquoted or half-quoted attribute value (what an unescaped quote
    // from a user's text would make) only as a warning, and Word refuses such a part.
    onError: (level, message) => {
      throw new Error(`${name} is not well-formed XML (${level}): ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
}

const childElements = (parent: Element, tag: string) =>
  Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).tagName === tag);

/**
 * A .docx read back as Word would: every XML part (document, styles, headers, footers, relationships,
 * content types) must parse as well-formed XML; then its parts as text, each paragraph of a part as
 * { style, text }, and each top-level table of a part as rows of cell texts.
 */
export function readDocx(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  for (const [name, data] of Object.entries(files)) {
    if (/\.(xml|rels)$/.test(name)) parseXmlPart(name, strFromU8(data));
  }
  const part = (name: string) => (files[name] ? strFromU8(files[name]) : '');
  const paragraphs = (name = 'word/document.xml') => wordParagraphs(part(name));
  const tables = (name = 'word/document.xml'): string[][][] => {
    const body = parseXmlPart(name, part(name)).getElementsByTagName('w:body')[0];
    return childElements(body, 'w:tbl').map((table) =>
      childElements(table, 'w:tr').map((row) =>
        childElements(row, 'w:tc').map((cell) =>
          Array.from(cell.getElementsByTagName('w:p'))
            .map((p) =>
              Array.from(p.getElementsByTagName('w:t'))
                .map((t) => t.textContent ?? '')
                .join(''),
            )
            .join('\n'),
        ),
      ),
    );
  };
  return { files, part, paragraphs, tables };
}
