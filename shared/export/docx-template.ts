import Docxtemplater from 'docxtemplater';
import InspectModule from 'docxtemplater/js/inspect-module.js';
import PizZip from 'pizzip';
import { formatDecimal } from '../format';
import { formatBytes } from '../import/limits';
import { inflateEntry, readZipDirectory, type ZipEntry } from '../import/zip-directory';
import type { ReportModel } from '../presentation/report-model';
import { AppError } from '../result';
import { buildDocxPaper, type DocxPaperOptions } from './docx-paper';
import { insertPaperBody, PAPER_BODY_MARK } from './docx-merge';
import { describeTemplateError, tagProblems, type TagPart } from './docx-template-problems';
import { PAPER_BODY_TAG, templateData } from './docx-template-tags';

/**
 * The board paper filled into a trust's own Word template (docs/architecture.md, "A trust's Word
 * template"): docxtemplater (core, no paid modules) fills the template's tags from the paper's
 * ReportModel, and the paper itself — built by docx-paper.ts without its cover sheet — goes where
 * the template writes `{@paperBody}`, or after the template's own content. Every value is written as
 * text, so a hostile contract name stays literal.
 */

const MB = 1024 * 1024;

/**
 * The largest template accepted. It is kept in the app's database (base64 in one row) and in every
 * backup; a cover-sheet template with the trust's logo is typically 30–500 KB.
 */
export const WORD_TEMPLATE_MAX_BYTES = 2 * MB;
/** What the template may unzip to, as its zip declares: text is ~10 times smaller zipped, pictures barely shrink. */
const MAX_UNZIPPED_BYTES = 40 * MB;
const MAX_PARTS = 500;

const WORD_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const WORD_TEMPLATE_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml';
const MACRO_MAIN = /application\/vnd\.ms-word\.(document|template)\.macroEnabled(Template)?\.main\+xml/;
/** Word 97–2003 files, and Word files protected by a password, are OLE compound files. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export interface TemplateCheck {
  /** The known tags found, as written in the template (`{trustName}`, `{#options}…{/options}`), without repeats. */
  tags: string[];
  /** What stops the template being filled, each naming the tag and where it is; empty when it can be. */
  problems: string[];
  /** Whether `{@paperBody}` places the paper; otherwise the paper follows the template's content. */
  paperBodyPlaced: boolean;
}

const notDocx = (fileName: string, why: string) =>
  new AppError(
    'WORD_TEMPLATE_NOT_DOCX',
    `'${fileName}' cannot be used as a Word template: ${why}. In Word, open it and choose File › Save As › Word Document (.docx), then choose that file.`,
  );

/** Refuses what is not a .docx (or .dotx) the planner can fill, before docxtemplater sees it. */
function checkPackage(bytes: Uint8Array, fileName: string): void {
  if (bytes.byteLength > WORD_TEMPLATE_MAX_BYTES) {
    throw new AppError(
      'WORD_TEMPLATE_TOO_LARGE',
      `'${fileName}' is ${formatDecimal(Math.ceil((bytes.byteLength / MB) * 10) / 10, 1)} MB; a Word template can be up to ${formatBytes(WORD_TEMPLATE_MAX_BYTES)}. In Word, compress its pictures (Picture Format › Compress Pictures) or remove unused ones, save it, and choose it again.`,
    );
  }
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    throw notDocx(fileName, 'it is an older Word document (.doc), or it is protected by a password');
  }
  let entries: ZipEntry[];
  try {
    const directory = readZipDirectory(bytes, MAX_PARTS);
    if (directory.declaredEntries > MAX_PARTS) throw new Error('too many parts');
    entries = directory.entries;
  } catch {
    throw notDocx(fileName, 'it is not a Word document (.docx)');
  }
  const declared = entries.reduce((n, e) => n + e.originalSize, 0);
  const lies = entries.some(
    (e) => (e.compression !== 0 && e.compression !== 8) || !inflateEntry(bytes, e, Math.min(e.originalSize, MAX_UNZIPPED_BYTES)).ok,
  );
  if (declared > MAX_UNZIPPED_BYTES || lies) throw notDocx(fileName, 'its contents are damaged, or are not what Word writes');
}

interface OpenedTemplate {
  doc: Docxtemplater;
  inspect: InspectModule;
}

/** Opens and compiles the template; a syntax error in its tags comes back as problems. */
function openTemplate(bytes: Uint8Array, fileName: string): OpenedTemplate | { problems: string[] } {
  checkPackage(bytes, fileName);
  let zip: PizZip;
  try {
    zip = new PizZip(bytes);
  } catch {
    throw notDocx(fileName, 'it is not a Word document (.docx)');
  }
  const types = zip.file('[Content_Types].xml')?.asText() ?? '';
  if (MACRO_MAIN.test(types)) throw notDocx(fileName, 'it holds macros, which the planner does not run or keep');
  if (!types.includes(WORD_MAIN) && !types.includes(WORD_TEMPLATE_MAIN)) throw notDocx(fileName, 'it is not a Word document (.docx)');
  // A .dotx is filled as a document: the result opens in Word as the paper, not as a new template.
  zip.file('[Content_Types].xml', types.split(WORD_TEMPLATE_MAIN).join(WORD_MAIN));
  const inspect = new InspectModule();
  try {
    const doc = new Docxtemplater(zip, { paragraphLoop: true, linebreaks: true, errorLogging: false, modules: [inspect] });
    return { doc, inspect };
  } catch (error) {
    return { problems: describeTemplateError(error, zip) };
  }
}

function structuredTags(opened: OpenedTemplate): { file: string; parts: TagPart[] }[] {
  // The parts docxtemplater actually read: a part the content types list but the zip lacks is skipped.
  return Object.keys(opened.inspect.fullInspected).map((file) => ({ file, parts: opened.inspect.getStructuredTags(file) as TagPart[] }));
}

/**
 * Reads a template and says which tags it uses and what (if anything) stops it being filled.
 * Throws an AppError in words when the file is not a Word document the planner can fill.
 */
export function checkDocxTemplate(bytes: Uint8Array, fileName: string): TemplateCheck {
  const opened = openTemplate(bytes, fileName);
  if ('problems' in opened) return { tags: [], problems: opened.problems, paperBodyPlaced: false };
  return tagProblems(structuredTags(opened), opened.doc.getZip());
}

/** The filled template's bytes; throws an AppError naming each problem when the template cannot be filled. */
export async function fillDocxTemplate(
  template: Uint8Array,
  fileName: string,
  model: ReportModel,
  options: DocxPaperOptions,
): Promise<Uint8Array> {
  const opened = openTemplate(template, fileName);
  const problems = 'problems' in opened ? opened.problems : tagProblems(structuredTags(opened), opened.doc.getZip()).problems;
  if ('problems' in opened || problems.length) {
    throw new AppError(
      'WORD_TEMPLATE_TAGS',
      `Your Word template '${fileName}' cannot be filled: ${problems.join(' ')} Correct it in Word and choose it again in Settings › Word template, or remove the template there to export the paper without it.`,
    );
  }
  const paper = new PizZip(await buildDocxPaper(model, { ...options, cover: false }));
  try {
    opened.doc.render({ ...templateData(model), [PAPER_BODY_TAG]: PAPER_BODY_MARK });
  } catch (error) {
    throw new AppError(
      'WORD_TEMPLATE_FILL',
      `Your Word template '${fileName}' could not be filled: ${describeTemplateError(error, opened.doc.getZip()).join(' ')}`,
    );
  }
  const out = opened.doc.getZip();
  insertPaperBody(out, paper);
  return out.generate({ type: 'uint8array', compression: 'DEFLATE' });
}
