import { useState } from 'react';
import { formatTimestamp } from '@shared/format';
import { formatBytes } from '@shared/import/limits';
import { LOOP_TAGS, RAW_TAGS, TEXT_TAGS } from '@shared/export/docx-template-tags';
import type { TemplateCheck } from '@shared/export/docx-template';
import { assertNever } from '@shared/result';
import { describeError } from '@shared/storage-errors';
import { useHost } from '../../app-context';
import { pickedBytes } from '../../host/host';
import { useCommands, useWordTemplateInfo, type WordTemplateFile } from '../../data';

type Outcome =
  | { kind: 'none' }
  | { kind: 'message'; text: string; undo?: WordTemplateFile }
  | { kind: 'error'; text: string }
  | { kind: 'check'; fileName: string; check: TemplateCheck; lead?: string };

/** docxtemplater stays out of the Settings screen's code until a template is checked. */
async function check(file: WordTemplateFile): Promise<TemplateCheck> {
  return (await import('@shared/export/docx-template')).checkDocxTemplate(file.bytes, file.fileName);
}

/**
 * Settings › Word template: the trust's own .docx (its cover sheet, styles, header and footer) that
 * the board paper's Word export is filled into (docs/ux.md, docs/architecture.md). Choosing checks
 * the file first: what is not a Word document, or is too large, is refused in words; a template with
 * a tag the planner does not know is kept, with each problem listed, so it can be corrected in Word.
 */
export function WordTemplateSection() {
  const host = useHost();
  const commands = useCommands();
  const info = useWordTemplateInfo();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });

  const run = async (work: () => Promise<Outcome | null>) => {
    setBusy(true);
    try {
      const next = await work();
      if (next) setOutcome(next);
    } catch (error) {
      setOutcome({ kind: 'error', text: describeError(error) });
    }
    setBusy(false);
  };

  const choose = () =>
    run(async () => {
      const picked = await host.openFile('word-template');
      if (!picked) return null;
      const file = await pickedBytes(picked);
      const result = await check(file);
      await commands.wordTemplate.save(file);
      const lead = result.problems.length
        ? `Kept '${file.fileName}', but the Word export cannot fill it until the problems below are corrected.`
        : `The Word export now fills '${file.fileName}'.`;
      return { kind: 'check', fileName: file.fileName, check: result, lead };
    });

  const recheck = () =>
    run(async () => {
      const file = await commands.wordTemplate.read();
      return file ? { kind: 'check', fileName: file.fileName, check: await check(file) } : null;
    });

  const remove = () =>
    run(async () => {
      const file = await commands.wordTemplate.read();
      await commands.wordTemplate.remove();
      return {
        kind: 'message',
        text: `Removed the Word template${file ? ` '${file.fileName}'` : ''}: the Word export gives the paper on its own.`,
        undo: file ?? undefined,
      };
    });

  const undo = (file: WordTemplateFile) =>
    run(async () => {
      await commands.wordTemplate.save(file);
      return { kind: 'message', text: `The Word export fills '${file.fileName}' again.` };
    });

  return (
    <fieldset aria-labelledby="word-template-title">
      <legend id="word-template-title">Word template</legend>
      <p className="source">
        The board paper’s Word export can be filled into your trust’s own template (.docx or .dotx, up to 2 MB): its cover sheet, styles,
        header and footer stay yours, its tags take the paper’s fields, and the paper follows. The template is kept in the app and in
        backups.
      </p>
      <p role="status">
        {info === undefined
          ? 'Reading…'
          : info === null
            ? 'No template chosen: the Word export gives the paper on its own.'
            : `Template: ${info.fileName} (${formatBytes(info.size)}), chosen ${formatTimestamp(info.chosenAt)}.`}
      </p>
      <div className="button-row">
        <button type="button" disabled={busy} onClick={() => void choose()}>
          {info ? 'Choose another template…' : 'Choose Word template…'}
        </button>
        {info && (
          <>
            <button type="button" disabled={busy} onClick={() => void recheck()}>
              Check template
            </button>
            <button type="button" disabled={busy} onClick={() => void remove()}>
              Remove template
            </button>
          </>
        )}
      </div>
      <OutcomeView outcome={outcome} onUndo={(file) => void undo(file)} />
      <details>
        <summary>Tags you can use in the template</summary>
        <TagList />
      </details>
    </fieldset>
  );
}

function OutcomeView({ outcome, onUndo }: { outcome: Outcome; onUndo: (file: WordTemplateFile) => void }) {
  switch (outcome.kind) {
    case 'none':
      return null;
    case 'error':
      return (
        <p role="alert" className="error">
          {outcome.text}
        </p>
      );
    case 'message':
      return (
        <p role="status">
          {outcome.text}{' '}
          {outcome.undo && (
            <button type="button" onClick={() => outcome.undo && onUndo(outcome.undo)}>
              Undo
            </button>
          )}
        </p>
      );
    case 'check': {
      const { check, fileName } = outcome;
      return (
        <section aria-label={`Check of ${fileName}`} className="template-check">
          {outcome.lead && <p role="status">{outcome.lead}</p>}
          <p>
            {check.tags.length
              ? `Tags found in ${fileName}: ${check.tags.join(', ')}.`
              : `No tags the planner knows were found in ${fileName}.`}{' '}
            {check.paperBodyPlaced
              ? 'The paper goes where {@paperBody} is.'
              : 'The paper follows the template’s content, on a new page (write {@paperBody} alone in a paragraph to place it).'}
          </p>
          {check.problems.length > 0 ? (
            <div role="alert">
              <p className="error">
                {check.problems.length === 1 ? 'One problem' : `${check.problems.length} problems`} to correct in Word before the paper can
                be filled (then choose the template again):
              </p>
              <ul>
                {check.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          ) : (
            <p>The template can be filled.</p>
          )}
        </section>
      );
    }
    default:
      return assertNever(outcome, 'template outcome');
  }
}

/** The tags, as a board secretary types them into Word. */
function TagList() {
  return (
    <dl className="tag-list">
      {TEXT_TAGS.map((t) => (
        <div key={t.name}>
          <dt>
            <code>{`{${t.name}}`}</code>
          </dt>
          <dd>{t.description}</dd>
        </div>
      ))}
      {LOOP_TAGS.map((l) => (
        <div key={l.name}>
          <dt>
            <code>{`{#${l.name}}…{/${l.name}}`}</code>
          </dt>
          <dd>
            {l.description}, with {l.fields.map((f) => `{${f.name}}`).join(', ')} inside. Put the start and end tags in paragraphs (or a
            table row) of their own to repeat the paragraphs (or row) between them.
          </dd>
        </div>
      ))}
      {RAW_TAGS.map((t) => (
        <div key={t.name}>
          <dt>
            <code>{`{@${t.name}}`}</code>
          </dt>
          <dd>{t.description}</dd>
        </div>
      ))}
    </dl>
  );
}
