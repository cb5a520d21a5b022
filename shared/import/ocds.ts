import { isIsoDate, type IsoDate } from '../dates';
import {
  contractSchema,
  NOTICE_TYPES,
  NOTICE_TYPE_LABELS,
  type Contract,
  type ModificationEntry,
  type NoticeLogEntry,
  type NoticeType,
} from '../domain';
import { RECORD_FIELDS } from '../domain/contract-fields';
import { wholeMonthsBetween } from '../dates';
import { formatCount, formatDate, formatMoney } from '../format';
import { AppError } from '../result';
import { checkFileSize, fileLabel, IMPORT_LIMITS } from './limits';
import { ocdsRecordPackageSchema, ocdsReleasePackageSchema, ocdsReleaseSchema, type OcdsRelease } from './ocds-schema';
import { parseJsonSafely } from './safe-json';

/**
 * Imports the trust's own published notices: an OCDS release package or record package saved from
 * Find a Tender (docs/domain.md §5). Pure: it returns a preview — matched contracts as a diff against
 * the register, and the releases it could not match — and never writes. A malformed or oversized
 * package is refused with an AppError naming what, where and what to do.
 *
 * Matching: a release matches a register contract when its tender id, a contract id, an award id or
 * its OCID equals the contract's reference (case and surrounding spaces ignored) — Find a Tender
 * carries the buyer's own reference in tender.id.
 */
export const OCDS_LIMITS = { maxReleases: IMPORT_LIMITS.maxRows } as const;

export type OcdsField =
  'currentEndDate' | 'maximumEndDate' | 'totalValue' | 'cpvCodes' | 'supplierIdentifiers' | 'modifications' | 'notices';
export const OCDS_FIELD_LABELS: Record<OcdsField, string> = {
  currentEndDate: 'End date',
  maximumEndDate: 'Maximum end date',
  totalValue: 'Total value (ex VAT)',
  cpvCodes: RECORD_FIELDS.cpvCodes.label,
  supplierIdentifiers: RECORD_FIELDS.supplierIdentifiers.label,
  modifications: RECORD_FIELDS.modifications.label,
  notices: RECORD_FIELDS.notices.label,
};

export interface OcdsFieldChange {
  field: OcdsField;
  label: string;
  before: string;
  after: string;
}

export interface OcdsMatch {
  reference: string;
  ocid: string;
  changes: OcdsFieldChange[];
  /** The contract as it would be written, validated; unchanged fields kept. */
  next: Contract;
}

export interface OcdsPreview {
  kind: 'release-package' | 'record-package';
  releasesRead: number;
  matched: OcdsMatch[];
  unmatched: { ocid: string; title: string }[];
  /** Matches whose result would not be a valid contract (e.g. an end date before the start). */
  rejected: { reference: string; ocid: string; message: string }[];
}

function fail(code: string, message: string): never {
  throw new AppError(code, message);
}

function isoDay(value: string | null | undefined): IsoDate | undefined {
  if (!value) return undefined;
  const day = value.slice(0, 10);
  return isIsoDate(day) ? day : undefined;
}

function key(v: string | null | undefined): string | undefined {
  const k = v?.trim().toLowerCase();
  return k ? k : undefined;
}

function zodWhere(issue: { path: PropertyKey[]; message: string }, root: 'releases' | 'records'): string {
  const [, index, ...rest] = issue.path;
  const where = typeof index === 'number' ? `${root === 'releases' ? 'Release' : 'Record'} ${formatCount(index + 1)}` : 'The package';
  return `${where}${rest.length ? `, field ${rest.map(String).join('.')}` : ''}: ${issue.message}`;
}

/** Reads the releases of a package (record packages: each record's compiled release, else its embedded releases). */
export function readOcdsPackage(text: string, fileName?: string): { kind: OcdsPreview['kind']; releases: OcdsRelease[] } {
  checkFileSize(fileName, text.length);
  let raw: unknown;
  try {
    raw = parseJsonSafely(text);
  } catch (e) {
    if (e instanceof RangeError)
      fail('OCDS_TOO_DEEP', `${fileLabel(fileName)} is nested too deeply to be an OCDS package, so it was not read.`);
    fail(
      'OCDS_NOT_JSON',
      `${fileLabel(fileName)} is not valid JSON, so it was not read. Save the package from Find a Tender again as a .json file.`,
    );
  }
  const obj = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
  const isRelease = Array.isArray(obj?.releases);
  const isRecord = Array.isArray(obj?.records);
  if (!obj || (!isRelease && !isRecord)) {
    fail(
      'OCDS_NOT_A_PACKAGE',
      `${fileLabel(fileName)} is not an OCDS release package or record package (it has no "releases" or "records" list). Save the notices from Find a Tender as OCDS JSON.`,
    );
  }
  const count = (isRelease ? (obj.releases as unknown[]) : (obj.records as unknown[])).length;
  if (count > OCDS_LIMITS.maxReleases) {
    fail(
      'OCDS_TOO_MANY_RELEASES',
      `${fileLabel(fileName)} holds ${formatCount(count)} ${isRelease ? 'releases' : 'records'}; at most ${formatCount(OCDS_LIMITS.maxReleases)} can be imported at once, so it was not read. Save a smaller selection.`,
    );
  }
  if (isRelease) {
    const parsed = ocdsReleasePackageSchema.safeParse(obj);
    if (!parsed.success)
      fail(
        'OCDS_INVALID',
        `${fileLabel(fileName)} does not follow the OCDS release schema, so nothing was imported. ${zodWhere(parsed.error.issues[0], 'releases')}.`,
      );
    return { kind: 'release-package', releases: parsed.data.releases };
  }
  const parsed = ocdsRecordPackageSchema.safeParse(obj);
  if (!parsed.success)
    fail(
      'OCDS_INVALID',
      `${fileLabel(fileName)} does not follow the OCDS record schema, so nothing was imported. ${zodWhere(parsed.error.issues[0], 'records')}.`,
    );
  const releases: OcdsRelease[] = [];
  for (const r of parsed.data.records) {
    if (r.compiledRelease) releases.push(r.compiledRelease);
    else
      for (const embedded of r.releases ?? []) {
        const one = ocdsReleaseSchema.safeParse(embedded);
        if (one.success) releases.push(one.data);
      }
  }
  return { kind: 'record-package', releases };
}

function noticeTypeOf(code: string | null | undefined): NoticeType {
  return code && (NOTICE_TYPES as readonly string[]).includes(code) ? (code as NoticeType) : 'other';
}

function noticesOf(r: OcdsRelease): NoticeLogEntry[] {
  const docs = [
    ...(r.planning?.documents ?? []),
    ...(r.tender?.documents ?? []),
    ...(r.awards ?? []).flatMap((a) => a.documents ?? []),
    ...(r.contracts ?? []).flatMap((c) => c.documents ?? []),
  ];
  const out: NoticeLogEntry[] = [];
  for (const d of docs) {
    const date = isoDay(d.datePublished);
    if (!d.noticeType || !date) continue;
    out.push({ type: noticeTypeOf(d.noticeType), date, identifier: d.id ?? '', ...(d.url ? { url: d.url } : {}) });
  }
  return out;
}

function cpvOf(r: OcdsRelease): string[] {
  const all = [
    r.tender?.classification,
    ...(r.tender?.items ?? []).flatMap((i) => [i.classification, ...(i.additionalClassifications ?? [])]),
  ];
  return [...new Set(all.filter((c) => c?.scheme?.toUpperCase() === 'CPV' && c.id).map((c) => String(c?.id)))];
}

function supplierIdsOf(r: OcdsRelease): string[] {
  const parties = new Map((r.parties ?? []).map((p) => [p.id ?? '', p]));
  const ids: string[] = [];
  for (const a of r.awards ?? []) {
    for (const s of a.suppliers ?? []) {
      const p = parties.get(s.id ?? '');
      const idents = [p?.identifier, ...(p?.additionalIdentifiers ?? [])];
      for (const i of idents) if (i?.scheme && i.id) ids.push(`${i.scheme}-${i.id}`);
      if (!p && s.id) ids.push(s.id);
    }
  }
  return [...new Set(ids)];
}

function amendmentsOf(
  r: OcdsRelease,
  contractIndex: number,
  startValue: number | undefined,
  startEnd: IsoDate | undefined,
): ModificationEntry[] {
  const c = r.contracts?.[contractIndex];
  const list = [...(c?.amendments ?? [])].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  let prevValue = startValue;
  let prevEnd = startEnd;
  const out: ModificationEntry[] = [];
  for (const a of list) {
    const date = isoDay(a.date);
    if (!date) continue;
    const value = a.value?.amount ?? undefined;
    const end = isoDay(a.period?.endDate);
    out.push({
      id: `ocds:${r.ocid}:${a.id ?? date}`,
      date,
      valueChange: value !== undefined && prevValue !== undefined ? Math.round((value - prevValue) * 100) / 100 : 0,
      termChangeMonths: end && prevEnd ? wholeMonthsBetween(prevEnd, end) : 0,
      belowThreshold: false,
      noticePublished: true,
      noticeIdentifier: a.id ?? undefined,
      description: (a.description ?? a.rationale ?? '').slice(0, 2000),
    });
    if (value !== undefined) prevValue = value;
    if (end) prevEnd = end;
  }
  return out;
}

function listText(items: readonly string[]): string {
  return items.length ? items.join(', ') : '—';
}

/** The preview of an import: matched contracts as a diff, unmatched releases listed. Writes nothing. */
export function previewOcdsImport(
  text: string,
  register: readonly Contract[],
  options: { fileName?: string; vatRate?: number } = {},
): OcdsPreview {
  const { kind, releases } = readOcdsPackage(text, options.fileName);
  const byRef = new Map<string, Contract>();
  for (const c of register) byRef.set(c.reference.trim().toLowerCase(), c);
  const working = new Map<string, { ocid: string; next: Contract }>();
  const unmatched: OcdsPreview['unmatched'] = [];
  const vat = options.vatRate ?? 0.2;

  for (const r of releases) {
    const contracts = r.contracts ?? [];
    const candidates = [key(r.tender?.id), ...contracts.map((c) => key(c.id)), ...(r.awards ?? []).map((a) => key(a.id)), key(r.ocid)];
    const ref = candidates.find((k) => k !== undefined && byRef.has(k));
    if (!ref) {
      unmatched.push({ ocid: r.ocid, title: r.tender?.title ?? contracts[0]?.title ?? '' });
      continue;
    }
    const original = byRef.get(ref)!;
    const current = working.get(ref)?.next ?? original;
    const next: Contract = { ...current };
    const ci = Math.max(
      0,
      contracts.findIndex((c) => key(c.id) === ref),
    );
    const oc = contracts[ci];
    const end = isoDay(oc?.period?.endDate);
    if (end) next.currentEndDate = end;
    const maxEnd = isoDay(oc?.period?.maxExtentDate);
    if (maxEnd) next.maximumEndDate = maxEnd;
    const amount =
      oc?.value?.amount ?? (oc?.value?.amountGross != null ? Math.round((oc.value.amountGross / (1 + vat)) * 100) / 100 : undefined);
    if (amount !== undefined && amount !== null) next.totalValue = amount;
    const cpv = cpvOf(r);
    if (cpv.length) next.cpvCodes = [...new Set([...(current.cpvCodes ?? []), ...cpv])];
    const sup = supplierIdsOf(r);
    if (sup.length) next.supplierIdentifiers = [...new Set([...(current.supplierIdentifiers ?? []), ...sup])];
    const awardValue = r.awards?.find((a) => key(a.id) === key(oc?.awardID))?.value?.amount ?? undefined;
    const mods = amendmentsOf(r, ci, awardValue ?? current.initialValue ?? current.totalValue, current.currentEndDate);
    if (mods.length) {
      const known = new Set((current.modifications ?? []).map((m) => m.id));
      const added = mods.filter((m) => !known.has(m.id));
      if (added.length) next.modifications = [...(current.modifications ?? []), ...added];
    }
    const notices = noticesOf(r);
    if (notices.length) {
      const seen = new Set((current.notices ?? []).map((n) => `${n.type}|${n.identifier}|${n.date}`));
      const added = notices.filter((n) => !seen.has(`${n.type}|${n.identifier}|${n.date}`));
      if (added.length) next.notices = [...(current.notices ?? []), ...added];
    }
    working.set(ref, { ocid: r.ocid, next });
  }

  const matched: OcdsMatch[] = [];
  const rejected: OcdsPreview['rejected'] = [];
  for (const [ref, { ocid, next }] of working) {
    const before = byRef.get(ref)!;
    const checked = contractSchema.safeParse(next);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      rejected.push({
        reference: before.reference,
        ocid,
        message: `Contract ${before.reference}: ${String(issue.path[0] ?? 'record')} ${issue.message}; this contract was left unchanged.`,
      });
      continue;
    }
    const changes = diff(before, checked.data);
    if (changes.length) matched.push({ reference: before.reference, ocid, changes, next: checked.data });
  }
  return { kind, releasesRead: releases.length, matched, unmatched, rejected };
}

function diff(a: Contract, b: Contract): OcdsFieldChange[] {
  const out: OcdsFieldChange[] = [];
  const add = (field: OcdsField, before: string, after: string): void => {
    if (before !== after) out.push({ field, label: OCDS_FIELD_LABELS[field], before, after });
  };
  add('currentEndDate', formatDate(a.currentEndDate), formatDate(b.currentEndDate));
  add('maximumEndDate', formatDate(a.maximumEndDate), formatDate(b.maximumEndDate));
  add(
    'totalValue',
    a.totalValue === undefined ? '—' : formatMoney(a.totalValue),
    b.totalValue === undefined ? '—' : formatMoney(b.totalValue),
  );
  add('cpvCodes', listText(a.cpvCodes ?? []), listText(b.cpvCodes ?? []));
  add('supplierIdentifiers', listText(a.supplierIdentifiers ?? []), listText(b.supplierIdentifiers ?? []));
  // Notices only append to these lists: say how many were there and what the notices add.
  const addAppended = <T>(
    field: OcdsField,
    word: string,
    before: readonly T[] | undefined,
    after: readonly T[] | undefined,
    added: (items: T[]) => string,
  ) => {
    const had = before?.length ?? 0;
    const was = `${formatCount(had)} ${word}`;
    if ((after?.length ?? 0) !== had) add(field, was, `${was} + ${added((after ?? []).slice(had))}`);
  };
  addAppended(
    'modifications',
    'recorded',
    a.modifications,
    b.modifications,
    (ms) => `${formatCount(ms.length)} from the notices (${ms.map((m) => formatDate(m.date)).join(', ')})`,
  );
  addAppended('notices', 'logged', a.notices, b.notices, (ns) =>
    ns.map((n) => `${NOTICE_TYPE_LABELS[n.type]} of ${formatDate(n.date)}`).join('; '),
  );
  return out;
}
