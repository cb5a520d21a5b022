import { icsInSteps, type KeyDateEvent, type KeyDateEvents } from '@shared/export/calendar';
import { rowsToCsv } from '@shared/export/table-csv';
import { financialYearLabel } from '@shared/dates';
import { dutiesCsvRows, dutiesXlsxRows, type DutyList } from '@shared/law/duties';
import { pipelineCsvRows, pipelineOcdsPackage, pipelineXlsxRows } from '@shared/law/pipeline-export';
import type { PipelineResult } from '@shared/law/pipeline';
import type { Host } from '../../host';
import { runInSteps } from '../../ui/run-in-steps';
import { exportFileName } from './file-names';

/*
 * The Procurement Act exports (Notices due, the pipeline notice, key dates to a calendar), each saved
 * through the Host by purpose (shared/ipc.ts SAVE_PURPOSES). Large lists are turned into text a chunk
 * at a time, so a register's worth of duties never freezes the window.
 */

const CHUNK = 10_000;

async function dutiesCsvText(duties: DutyList, onProgress?: (f: number) => void): Promise<string> {
  function* steps(): Generator<number, string[][], void> {
    const rows: string[][] = [dutiesCsvRows([])[0]];
    for (let i = 0; i < duties.length; i += CHUNK) {
      rows.push(...dutiesCsvRows(duties.slice(i, i + CHUNK)).slice(1));
      if (i + CHUNK < duties.length) yield (i + CHUNK) / duties.length;
    }
    return rows;
  }
  return rowsToCsv(await runInSteps(steps(), onProgress));
}

export async function exportDutiesCsv(host: Host, duties: DutyList, trustName: string): Promise<string | null> {
  return host.saveFile('notices-csv', exportFileName(trustName, 'notices-due', 'csv'), await dutiesCsvText(duties));
}

export async function exportDutiesXlsx(host: Host, duties: DutyList, trustName: string): Promise<string | null> {
  const { writeXlsx } = await import('./xlsx-writer');
  const bytes = await writeXlsx([{ name: 'Notices due', rows: dutiesXlsxRows(duties.toArray()) }]);
  return host.saveFile('notices-xlsx', exportFileName(trustName, 'notices-due', 'xlsx'), bytes);
}

const pipelineName = (trustName: string, fy: number, ext: string) =>
  exportFileName(trustName, `pipeline-notice-${financialYearLabel(fy).replace('/', '-')}`, ext);

export async function exportPipelineCsv(host: Host, result: PipelineResult, trustName: string): Promise<string | null> {
  return host.saveFile('pipeline-csv', pipelineName(trustName, result.financialYear, 'csv'), rowsToCsv(pipelineCsvRows(result)));
}

export async function exportPipelineXlsx(host: Host, result: PipelineResult, trustName: string): Promise<string | null> {
  const { writeXlsx } = await import('./xlsx-writer');
  const bytes = await writeXlsx([
    { name: `Pipeline ${financialYearLabel(result.financialYear)}`, rows: pipelineXlsxRows(result), numberFormats: { 3: '£#,##0' } },
  ]);
  return host.saveFile('pipeline-xlsx', pipelineName(trustName, result.financialYear, 'xlsx'), bytes);
}

export async function exportPipelineOcds(host: Host, result: PipelineResult, trustName: string, now = new Date()): Promise<string | null> {
  const pkg = pipelineOcdsPackage(result, { buyerName: trustName || 'NHS trust', publishedDate: now.toISOString() });
  return host.saveFile('pipeline-ocds', pipelineName(trustName, result.financialYear, 'json'), `${JSON.stringify(pkg, null, 2)}\n`);
}

/** `steps`' fractions mapped onto from..to, so two runs one after another report as one. */
function* scaled<T>(steps: Generator<number, T, void>, from: number, to: number): Generator<number, T, void> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    yield from + (to - from) * step.value;
  }
}

/**
 * Key dates as an .ics file; `stem` names what it covers ("key-dates", "key-dates-ben-osei"). The
 * events are given made, or as the steps that list them (keyDateEventsInSteps: a register's worth of
 * contracts and duties, each event made only as it is written), run in steps like the writing.
 */
export async function exportCalendar(
  host: Host,
  events: readonly KeyDateEvent[] | Generator<number, KeyDateEvents, void>,
  options: { trustName: string; stem: string; calName: string; onProgress?: (f: number) => void },
): Promise<string | null> {
  const ics = { calName: options.calName, now: new Date() };
  function* steps(): Generator<number, Uint8Array, void> {
    if (isEventList(events)) return yield* icsInSteps(events, ics);
    return yield* scaled(icsInSteps(yield* scaled(events, 0, 0.2), ics), 0.2, 1);
  }
  const text = await runInSteps(steps(), options.onProgress);
  return host.saveFile('calendar-ics', exportFileName(options.trustName, options.stem, 'ics'), text);
}

const isEventList = (events: readonly KeyDateEvent[] | Generator<number, KeyDateEvents, void>): events is readonly KeyDateEvent[] =>
  Array.isArray(events);
