import type PizZip from 'pizzip';
import { wordParagraphs } from './ooxml-text';
import { LOOP_TAGS, PAPER_BODY_TAG, TEXT_TAGS, type TemplateLoop } from './docx-template-tags';

/**
 * What is wrong with a trust's Word template, in words a board secretary can act on: each problem
 * names the tag as it is written and where it is (the main text, a header or footer, and the
 * paragraph it sits in). docxtemplater's own error ids are translated here, never shown.
 */

/** docxtemplater's parsed tag, as its InspectModule returns it. */
export interface TagPart {
  type: string;
  value: string;
  module?: string;
  inverted?: boolean;
  offset?: number;
  subparsed?: TagPart[];
}

interface TemplateErrorProperties {
  id?: string;
  xtag?: string;
  file?: string;
  offset?: number | number[];
  openingtag?: string;
  closingtag?: string;
  errors?: { properties?: TemplateErrorProperties }[];
}

function partOfDocument(file: string | undefined): string {
  if (!file || file === 'word/document.xml') return 'in the main text';
  if (/^word\/header\d*\.xml$/.test(file)) return 'in a page header';
  if (/^word\/footer\d*\.xml$/.test(file)) return 'in a page footer';
  if (/^word\/(foot|end)notes\.xml$/.test(file)) return 'in a footnote';
  if (file === 'word/comments.xml') return 'in a comment';
  if (file.startsWith('docProps/')) return 'in the document’s properties (File › Info)';
  return 'in the template';
}

/** "in the main text, in the paragraph “Prepared for {trustNme}”": the offset is into the part's text. */
function where(zip: PizZip, file: string | undefined, offset: number | number[] | undefined): string {
  const part = partOfDocument(file);
  const at = Array.isArray(offset) ? offset[0] : offset;
  const xml = file ? zip.file(file)?.asText() : undefined;
  if (at === undefined || !xml) return part;
  let start = 0;
  for (const { text } of wordParagraphs(xml)) {
    if (at < start + text.length) {
      const shown = text.trim().length > 80 ? `${text.trim().slice(0, 77)}…` : text.trim();
      return `${part}, in the paragraph “${shown}”`;
    }
    start += text.length;
  }
  return part;
}

/** One docxtemplater error in words. */
function describeOne(p: TemplateErrorProperties, zip: PizZip): string {
  const at = where(zip, p.file, p.offset);
  const tag = p.xtag ?? '';
  switch (p.id) {
    case 'unclosed_tag':
      return `The tag {${tag} ${at} is not closed: add } after ${tag}.`;
    case 'unopened_tag':
      return `The tag ${tag}} ${at} has no opening brace: add { before ${tag}.`;
    case 'duplicate_open_tag':
    case 'duplicate_close_tag':
      return `The tag ${tag} ${at} has doubled braces: write each tag with one pair, as in {trustName}.`;
    case 'unclosed_loop':
      return `The list {#${tag}} ${at} is never closed: add {/${tag}} where the repeated part ends.`;
    case 'unopened_loop':
      return `The list end {/${tag}} ${at} has no start: add {#${tag}} where the repeated part begins.`;
    case 'closing_tag_does_not_match_opening_tag':
      return `The list {#${p.openingtag ?? ''}} ${at} is closed by {/${p.closingtag ?? ''}}: the two names must match.`;
    case 'raw_xml_tag_should_be_only_text_in_paragraph':
      return `{@${tag}} ${at} must be alone in its paragraph: move any other text, or spaces, to another line.`;
    case 'unbalanced_loop_tags':
    case 'loop_position_invalid':
      return `A list’s start and end tags ${at} are in different places (one inside a table and one outside it, say): put both in the same table row, or both outside tables.`;
    case 'invalid_xml_characters':
      return `The value for {${tag}} holds characters Word cannot show: remove them from the appraisal (look for pasted symbols) and export again.`;
    default:
      return `Part of the template ${at} could not be read: check that each tag has one { and one } around a name from the list in Settings.`;
  }
}

/** docxtemplater's error (one, or several at once) as sentences. */
export function describeTemplateError(error: unknown, zip: PizZip): string[] {
  const props = (error as { properties?: TemplateErrorProperties } | null)?.properties;
  if (!props) return ['The template could not be read: save it again in Word and choose it again.'];
  const list = props.errors?.map((e) => e.properties ?? {}) ?? [props];
  return [...new Set(list.map((p) => describeOne(p, zip)))];
}

const TEXT_NAMES = new Set<string>(TEXT_TAGS.map((t) => t.name));
const LOOPS = new Map<string, TemplateLoop>(LOOP_TAGS.map((l) => [l.name, l]));

/** Edit distance, to suggest the tag a typo meant. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

function suggestion(name: string, candidates: readonly string[]): string {
  const lower = name.toLowerCase();
  const best = candidates
    .map((c) => ({ c, d: c.toLowerCase() === lower ? 0 : distance(lower, c.toLowerCase()) }))
    .sort((x, y) => x.d - y.d)[0];
  return best && best.d <= Math.max(2, Math.floor(name.length / 4)) ? ` Did you mean {${best.c}}?` : '';
}

function written(part: TagPart): string {
  if (part.module === 'rawxml') return `{@${part.value}}`;
  if (part.module === 'loop') return `{${part.inverted ? '^' : '#'}${part.value}}…{/${part.value}}`;
  return `{${part.value}}`;
}

/**
 * The tags found in each templated part and the problems with them: a name the planner does not
 * know, a list field outside its list, a list written as a plain tag, or the paper placed where it
 * cannot go. `scopes` are the loops the part sits inside (a field of an outer list works inside an
 * inner one, as docxtemplater resolves names outwards).
 */
export function tagProblems(files: readonly { file: string; parts: TagPart[] }[], zip: PizZip) {
  const tags = new Set<string>();
  const problems: string[] = [];
  let placements = 0;
  const walk = (parts: readonly TagPart[], file: string, scopes: readonly TemplateLoop[]) => {
    for (const part of parts) {
      const at = where(zip, file, part.offset);
      const fields = scopes.flatMap((s) => s.fields.map((f) => f.name));
      const name = part.value;
      if (part.module === 'rawxml') {
        if (name !== PAPER_BODY_TAG)
          problems.push(`{@${name}} ${at} is not a tag the planner knows; the only tag written with @ is {@${PAPER_BODY_TAG}}.`);
        else if (file !== 'word/document.xml' || scopes.length)
          problems.push(`{@${PAPER_BODY_TAG}} ${at} must be in the main text, outside any list: the paper cannot go there.`);
        else {
          placements += 1;
          tags.add(written(part));
        }
      } else if (part.module === 'loop') {
        const loop = LOOPS.get(name);
        if (loop) {
          tags.add(written(part));
          walk(part.subparsed ?? [], file, [...scopes, loop]);
        } else if (TEXT_NAMES.has(name) || fields.includes(name)) {
          // {#urgency}…{/urgency}: shown only when the value is not empty.
          tags.add(written(part));
          walk(part.subparsed ?? [], file, scopes);
        } else {
          problems.push(`The list {#${name}} ${at} is not one the planner knows.${suggestion(name, [...LOOPS.keys(), ...TEXT_NAMES])}`);
        }
      } else if (TEXT_NAMES.has(name) || fields.includes(name)) {
        tags.add(written(part));
      } else if (LOOPS.has(name)) {
        problems.push(`{${name}} ${at} is a list: write {#${name}} before and {/${name}} after the tags to repeat for each item.`);
      } else if (name === PAPER_BODY_TAG) {
        problems.push(`{${name}} ${at} must be written {@${name}}, alone in its paragraph.`);
      } else {
        const owner = LOOP_TAGS.find((l) => l.fields.some((f) => f.name === name));
        problems.push(
          owner
            ? `{${name}} ${at} only works inside {#${owner.name}}…{/${owner.name}}.`
            : `{${name}} ${at} is not a tag the planner knows.${suggestion(name, [...TEXT_NAMES, ...fields])}`,
        );
      }
    }
  };
  for (const { file, parts } of files) walk(parts, file, []);
  if (placements > 1) problems.push(`{@${PAPER_BODY_TAG}} appears ${placements} times; the paper can go in only once.`);
  return { tags: [...tags], problems, paperBodyPlaced: placements === 1 };
}
