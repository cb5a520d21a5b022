import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useHost } from '../app-context';
import { useCommands } from '../data';
import type { AppraisalData } from '../features/appraisals/use-appraisal';
import { useRequestedExport } from '../ui/requested-export';
import { formatDate } from '@shared/format';
import { buildReportModel, suggestedForm } from '@shared/presentation/report-model';
import { buildReportQuery, reportFileName } from './report-query';
import {
  ALL_SECTION_IDS,
  REPORT_FORM_LABELS,
  REPORT_SECTIONS,
  REPORT_STATUS_LABELS,
  type ReportForm,
  type ReportSectionId,
  type ReportStatus,
} from '@shared/presentation/sections';
import { chartImages } from './chart-images';
import { buildWordPaper } from './word-export';
import { CoverFields, LongListFields } from './CoverFields';
import { PaperRiskAnalysis } from './PaperRiskAnalysis';
import { ReportView } from './ReportView';
import { AppraisalCalendarButton } from '../features/appraisals/AppraisalCalendarButton';
import { describeError } from '@shared/storage-errors';
import { handReportOver } from './report-handoff';

/** The office files the preview exports, in the order of their buttons; both share one status line. */
const OFFICE_EXPORTS = [
  ['docx', 'Export Word document…'],
  ['xlsx', 'Export Excel workings…'],
] as const;

type Export = { state: 'idle' } | { state: 'busy' } | { state: 'done'; message: string } | { state: 'failed'; message: string };

/**
 * The workspace's Report tab: choose sections, author and status, see the report as it will
 * print, and export it. In Electron the export saves a PDF; in a browser it opens the print route.
 */
export function ReportPreview({ data }: { data: AppraisalData }) {
  const host = useHost();
  const commands = useCommands();
  const { bundle, contracts, settings, result, today } = data;
  // The run the screen shows, if it still fits the records: the paper prints the same figures.
  const simulation = data.riskAnalysis.run?.result;
  const appraisal = bundle.appraisal;
  const appraisalId = appraisal.id;
  const [sections, setSections] = useState<ReportSectionId[]>([...ALL_SECTION_IDS]);
  const [author, setAuthor] = useState<string | null>(null);
  const [status, setStatus] = useState<ReportStatus>('draft');
  const [form, setForm] = useState<ReportForm | null>(null);
  const [exporting, setExporting] = useState<Export>({ state: 'idle' });
  const [office, setOffice] = useState<Export>({ state: 'idle' });
  const frame = useRef<HTMLElement>(null);
  const ids = useId();
  const suggested = suggestedForm(result, appraisal.recommendation.optionId);
  const formValue = form ?? suggested;

  const defaultAuthor = settings.organisation.author || appraisal.author;
  const authorValue = author ?? defaultAuthor;
  // The preview follows the author once typing pauses: rebuilding the whole report per keystroke
  // would hold up the typing itself on a long report.
  const [previewAuthor, setPreviewAuthor] = useState(authorValue);
  useEffect(() => {
    const timer = window.setTimeout(() => setPreviewAuthor(authorValue), 400);
    return () => window.clearTimeout(timer);
  }, [authorValue]);
  const options = useMemo(
    () => ({ sections, author: authorValue, status, form: formValue, risk: simulation !== undefined }),
    [sections, authorValue, status, formValue, simulation],
  );
  const previewOptions = useMemo(
    () => ({ sections, author: previewAuthor, status, form: formValue }),
    [sections, previewAuthor, status, formValue],
  );
  // Typing in the author field stays responsive however large the report is.
  const deferred = useDeferredValue(previewOptions);
  // The workspace's result is reused: the preview never runs the engine again.
  const model = useMemo(
    () => buildReportModel({ ...bundle, contracts, settings, today, result, simulation, ...deferred }),
    [bundle, contracts, settings, today, result, simulation, deferred],
  );

  // The report only re-renders when its model changes, not on every keystroke in the options.
  const view = useMemo(() => <ReportView model={model} headingOffset={1} />, [model]);
  const toggle = (id: ReportSectionId, on: boolean) =>
    setSections((prev) => ALL_SECTION_IDS.filter((s) => (s === id ? on : prev.includes(s))));

  const exportPdf = async () => {
    setExporting({ state: 'busy' });
    const query = buildReportQuery(options);
    if (host.kind === 'browser') {
      // The browser prints the route in this tab: hand it the paper built here (the preview's own
      // model when its options have caught up with the export's), so it does not build it again.
      const current =
        deferred.author === options.author &&
        deferred.sections === options.sections &&
        deferred.status === options.status &&
        deferred.form === options.form;
      handReportOver(
        appraisalId,
        query,
        current ? model : buildReportModel({ ...bundle, contracts, settings, today, result, simulation, ...options }),
      );
    }
    const trust = settings.organisation.trustName;
    try {
      const saved = await host.exportReportPdf({
        appraisalId,
        suggestedName: reportFileName(appraisal.title, today),
        title: model.documentTitle.slice(0, 300),
        author: authorValue.slice(0, 200),
        headerLeft: (trust ? `${trust} · ${appraisal.title}` : appraisal.title).slice(0, 300),
        footerStatus: REPORT_STATUS_LABELS[status],
        query,
      });
      setExporting(
        saved
          ? { state: 'done', message: `Exported the decision report to ${saved}.` }
          : host.kind === 'browser'
            ? { state: 'idle' }
            : { state: 'done', message: 'Export cancelled: no file was saved.' },
      );
    } catch (error) {
      setExporting({ state: 'failed', message: `The report could not be exported: ${describeError(error)}` });
    }
  };

  // Word and Excel are built here, from the preview's own model (and its charts): nothing is computed again.
  const exportOffice = async (kind: 'docx' | 'xlsx') => {
    const what = kind === 'docx' ? 'Word document' : 'Excel workings';
    setOffice({ state: 'busy' });
    try {
      let content: Uint8Array;
      let filledInto: string | null = null;
      if (kind === 'docx') {
        const [template, images] = await Promise.all([
          commands.wordTemplate.read(),
          frame.current ? chartImages(frame.current) : Promise.resolve({}),
        ]);
        const paper = await buildWordPaper(model, { images, exportedText: `Exported ${formatDate(today)}` }, template);
        content = paper.bytes;
        filledInto = paper.templateName;
      } else {
        const { buildWorkingsXlsx } = await import('@shared/export/workings-xlsx');
        content = await buildWorkingsXlsx({
          appraisal,
          result: model.result,
          sensitivity: model.economic?.sensitivity,
          title: appraisal.title,
        });
      }
      const saved = await host.saveFile(
        kind === 'docx' ? 'report-docx' : 'workings-xlsx',
        reportFileName(appraisal.title, today, kind),
        content,
      );
      const into = filledInto ? ` Filled into your template '${filledInto}'.` : '';
      setOffice(
        saved
          ? { state: 'done', message: `Exported the ${what} to ${saved}.${into}` }
          : { state: 'done', message: 'Export cancelled: no file was saved.' },
      );
    } catch (error) {
      setOffice({ state: 'failed', message: `The ${what} could not be exported: ${describeError(error)}` });
    }
  };

  // File › Export decision report… (or to Word, or to Excel) asks this tab to export at once, as
  // its button does, once the export before it has finished (asks made meanwhile make one export).
  useRequestedExport('pdf', exporting.state !== 'busy', () => void exportPdf());
  useRequestedExport('docx', office.state !== 'busy', () => void exportOffice('docx'));
  useRequestedExport('xlsx', office.state !== 'busy', () => void exportOffice('xlsx'));

  return (
    <div className="report-preview">
      <div className="report-options">
        <div className="field">
          <label htmlFor={`${ids}-author`}>Report author</label>
          <input id={`${ids}-author`} value={authorValue} maxLength={200} onChange={(e) => setAuthor(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-status`}>Report status</label>
          <select
            id={`${ids}-status`}
            value={status}
            onChange={(e) => setStatus(e.target.value === 'final' ? 'final' : 'draft')}
            aria-describedby={`${ids}-status-hint`}
          >
            <option value="draft">Draft (watermarked)</option>
            <option value="final">Final</option>
          </select>
          <span id={`${ids}-status-hint`} className="hint">
            A draft carries a DRAFT watermark on every page.
          </span>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-form`}>Form of the paper</label>
          <select
            id={`${ids}-form`}
            value={formValue}
            onChange={(e) => setForm(e.target.value === 'short' ? 'short' : 'full')}
            aria-describedby={`${ids}-form-hint`}
          >
            <option value="full">{REPORT_FORM_LABELS.full}</option>
            <option value="short">{REPORT_FORM_LABELS.short}</option>
          </select>
          <span id={`${ids}-form-hint`} className="hint">
            {`Suggested: ${REPORT_FORM_LABELS[suggested].toLowerCase()}. The short form is suggested when the recommended option needs only trust board approval and costs under £1m over its term, including VAT.`}
          </span>
        </div>
        <div className="button-row">
          <button
            type="button"
            className="primary"
            onClick={() => void exportPdf()}
            disabled={exporting.state === 'busy'}
            aria-describedby={`${ids}-export-status`}
          >
            Export decision report…
          </button>
          <span id={`${ids}-export-status`} role="status" aria-live="polite" className={exporting.state === 'failed' ? 'error' : undefined}>
            {exporting.state === 'busy'
              ? 'Preparing the PDF…'
              : exporting.state === 'done' || exporting.state === 'failed'
                ? exporting.message
                : ''}
          </span>
        </div>
        <div className="button-row">
          {OFFICE_EXPORTS.map(([kind, label]) => (
            <button
              key={kind}
              type="button"
              onClick={() => void exportOffice(kind)}
              disabled={office.state === 'busy'}
              aria-describedby={`${ids}-office-status`}
            >
              {label}
            </button>
          ))}
          <span id={`${ids}-office-status`} role="status" aria-live="polite" className={office.state === 'failed' ? 'error' : undefined}>
            {office.state === 'busy' ? 'Preparing the file…' : office.state === 'done' || office.state === 'failed' ? office.message : ''}
          </span>
        </div>
        <AppraisalCalendarButton data={data} />
        <PaperRiskAnalysis data={data} />
        <fieldset>
          <legend>Sections to include</legend>
          <p className="hint">The cover sheet is always included; a section with nothing to say is left out.</p>
          <div className="button-row">
            <button type="button" onClick={() => setSections([...ALL_SECTION_IDS])}>
              Select all
            </button>
            <button type="button" onClick={() => setSections([])}>
              Clear all
            </button>
          </div>
          <ul className="checkbox-list">
            {REPORT_SECTIONS.map((s) => (
              <li key={s.id}>
                <label>
                  <input type="checkbox" checked={sections.includes(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} />
                  {s.title}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <CoverFields appraisal={appraisal} />
        <LongListFields appraisal={appraisal} shortListed={new Set(bundle.options.map((o) => o.kind))} />
      </div>
      <section ref={frame} className="report-preview-frame" aria-label="Preview of the decision report" tabIndex={0}>
        {view}
      </section>
    </div>
  );
}
