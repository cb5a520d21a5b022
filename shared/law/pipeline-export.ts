import type { ProcurementRoute } from '../domain';
import { PROCUREMENT_ROUTE_LABELS } from '../domain';
import { formatDate } from '../format';
import { PIPELINE_NOTICE_WORDS, pipelineNoticeKind, type PipelineEntry, type PipelineResult } from './pipeline';

/**
 * The pipeline notice as a worksheet (CSV and XLSX rows as data; the renderer writes the file) and as
 * OCDS-shaped JSON with Find a Tender's field names (OCDS 1.1 release package with the UK extension:
 * tender.value.amountGross, tender.communication.futureNoticeDate, tender.classification CPV, the UK1
 * notice type). The app never publishes: the user uploads or copies what they check.
 */
export const PIPELINE_COLUMNS = [
  'Contract reference',
  'Title',
  'Route',
  'Estimated value incl. VAT (£)',
  'Expected notice date',
  'Notice type',
  'CPV code',
  'Included',
  'Reason',
] as const;

/** "UK5 transparency notice": the same notice the Pipeline screen names (pipelineNoticeKind). */
function noticeType(route: ProcurementRoute): string {
  const kind = pipelineNoticeKind(route);
  return `${kind} ${PIPELINE_NOTICE_WORDS[kind]}`;
}

/** Rows for a CSV writer (shared/export/csv.ts): header first, dates en-GB, money as whole pounds. */
export function pipelineCsvRows(result: PipelineResult): string[][] {
  return [
    [...PIPELINE_COLUMNS],
    ...result.entries.map((e) => [
      e.reference,
      e.title,
      PROCUREMENT_ROUTE_LABELS[e.route],
      String(Math.round(e.estimatedValueIncVat)),
      formatDate(e.expectedNoticeDate),
      noticeType(e.route),
      e.cpv ?? '',
      e.included ? 'Yes' : 'No',
      e.reason,
    ]),
  ];
}

/** Typed cells for exceljs: numbers stay numbers and dates are ISO strings the writer turns into dates. */
export type XlsxCell = string | number | boolean | { date: string } | null;

export function pipelineXlsxRows(result: PipelineResult): XlsxCell[][] {
  return [
    [...PIPELINE_COLUMNS],
    ...result.entries.map((e): XlsxCell[] => [
      e.reference,
      e.title,
      PROCUREMENT_ROUTE_LABELS[e.route],
      Math.round(e.estimatedValueIncVat * 100) / 100,
      { date: e.expectedNoticeDate },
      noticeType(e.route),
      e.cpv,
      e.included,
      e.reason,
    ]),
  ];
}

export interface PipelineOcdsOptions {
  buyerName: string;
  /** The trust's identifier as Find a Tender knows it (e.g. GB-NHS-RXX); a placeholder when unknown. */
  buyerId?: string;
  /** ISO date-time of the export. */
  publishedDate: string;
  /** OCID prefix Find a Tender assigns; a local placeholder is used and marked as such. */
  ocidPrefix?: string;
}

function release(e: PipelineEntry, o: PipelineOcdsOptions, buyerId: string, prefix: string) {
  return {
    ocid: `${prefix}-${e.reference}`,
    id: `${prefix}-${e.reference}-pipeline`,
    date: o.publishedDate,
    tag: ['planning'],
    initiationType: 'tender',
    parties: [{ id: buyerId, name: o.buyerName, roles: ['buyer'] }],
    buyer: { id: buyerId, name: o.buyerName },
    planning: { documents: [{ id: `${e.reference}-UK1`, documentType: 'plannedProcurementNotice', noticeType: 'UK1' }] },
    tender: {
      id: e.reference,
      title: e.title,
      status: 'planning',
      procurementMethod: e.route === 'direct-award' ? 'direct' : e.route === 'competitive-flexible' ? 'selective' : 'open',
      ...(e.cpv ? { classification: { scheme: 'CPV', id: e.cpv } } : {}),
      value: { amountGross: Math.round(e.estimatedValueIncVat * 100) / 100, currency: 'GBP' },
      communication: { futureNoticeDate: `${e.expectedNoticeDate}T00:00:00Z` },
    },
  };
}

/** An OCDS 1.1 release package of the included entries. */
export function pipelineOcdsPackage(result: PipelineResult, o: PipelineOcdsOptions) {
  const buyerId = o.buyerId ?? 'GB-NHS-UNKNOWN';
  const prefix = o.ocidPrefix ?? 'ocds-local';
  return {
    version: '1.1',
    publishedDate: o.publishedDate,
    publisher: { name: o.buyerName },
    extensions: ['https://raw.githubusercontent.com/cabinetoffice/ocds_uk_extension/main/extension.json'],
    releases: result.entries.filter((e) => e.included).map((e) => release(e, o, buyerId, prefix)),
  };
}
