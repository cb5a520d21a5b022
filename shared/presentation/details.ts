import { financialYearLabel, financialYearOf, type IsoDate } from '../dates';
import { formatDate } from '../format';
import {
  CONTRACTING_MODEL_LABELS,
  HOSTING_MODEL_LABELS,
  PROCUREMENT_ROUTE_LABELS,
  REGIME_LABELS,
  RISK_CATEGORY_LABELS,
  type Contract,
  type Option,
  type Risk,
} from '../domain';
import type { OptionResult } from '../engine/appraise';
import { computeKeyDates } from '../engine/key-dates';
import { formatMoney, formatTerm } from '../format';
import { riskExpectedValue } from '../engine/economics';
import { rateRisk } from '../engine/risk-matrix';
import { gradeOfScore, type GradeView } from './grade';
import { needsLegalGround } from '../domain/option-terms';
import { findLegalGround, noticesFor, PA2023_MODIFICATION_NOTE } from '../law';

/** Report rows for contracts, risks and legal grounds: data in, display strings out. */

export interface LabelledValue {
  label: string;
  value: string;
}

export interface ContractSummary {
  reference: string;
  title: string;
  fields: LabelledValue[];
  /** Plain warnings: "Decision overdue: the latest decision date was 2 Oct 2026." */
  flags: string[];
  sample: boolean;
}

const orDash = (v: string | undefined | null) => (v && v.trim() ? v : '—');

export function contractSummary(c: Contract, today: IsoDate): ContractSummary {
  const k = computeKeyDates(c, { today });
  const flags: string[] = [];
  if (k.expired) flags.push(`Expired: the contract ended on ${formatDate(c.currentEndDate)}.`);
  if (k.overdue) flags.push(`Decision overdue: the latest decision date was ${formatDate(k.latestDecisionDate)}.`);
  else if (k.noticeDeadlinePassed && !k.expired) flags.push(`The notice deadline, ${formatDate(k.noticeDeadline)}, has passed.`);
  const fields: LabelledValue[] = [
    { label: 'Supplier', value: c.supplier },
    { label: 'Vendor', value: orDash(c.vendor) },
    { label: 'System', value: orDash(c.system) },
    {
      label: 'Contracting model',
      value: CONTRACTING_MODEL_LABELS[c.contractingModel] + (c.primeContractor ? ` (${c.primeContractor})` : ''),
    },
    {
      label: 'Procurement route',
      value: c.procurementRoute ? PROCUREMENT_ROUTE_LABELS[c.procurementRoute] + (c.regime ? `, ${REGIME_LABELS[c.regime]}` : '') : '—',
    },
    { label: 'Start date', value: formatDate(c.startDate) },
    { label: 'Current end date', value: formatDate(c.currentEndDate) },
    { label: 'Maximum end date', value: formatDate(c.maximumEndDate) },
    { label: 'Notice period', value: `${c.noticePeriodDays} days` },
    { label: 'Notice deadline', value: formatDate(k.noticeDeadline) },
    { label: 'Internal approval lead time', value: `${c.internalLeadTimeDays} days` },
    { label: 'Latest decision date', value: formatDate(k.latestDecisionDate) },
    {
      label: 'Hosting',
      value: c.hostingModel ? HOSTING_MODEL_LABELS[c.hostingModel] + (c.hostingProvider ? ` (${c.hostingProvider})` : '') : '—',
    },
    { label: 'Hosting end date', value: formatDate(c.hostingEndDate) },
    { label: 'Annual value (ex VAT)', value: c.annualValue === undefined ? '—' : formatMoney(c.annualValue) },
    { label: 'Total value (ex VAT)', value: c.totalValue === undefined ? '—' : formatMoney(c.totalValue) },
  ];
  return { reference: c.reference, title: c.title, fields, flags, sample: c.sample === true };
}

export interface RiskRow {
  id: string;
  title: string;
  category: string;
  description: string;
  owner: string;
  mitigation: string;
  inherent: GradeView;
  residual: GradeView;
  /** "£120,000 (30% × £400,000, 2027/28)" or "—". */
  allowance: string;
  notes: string;
}

export function riskRows(risks: readonly Risk[]): RiskRow[] {
  return [...risks]
    .sort((a, b) => rateRisk(b.residual).score - rateRisk(a.residual).score || b.residual.consequence - a.residual.consequence)
    .map((r) => {
      const ev = riskExpectedValue(r);
      const allowance =
        r.impact !== undefined && r.probability !== undefined
          ? `${formatMoney(ev)} (${Math.round(r.probability * 100)}% × ${formatMoney(r.impact)}${r.landsOn ? `, ${financialYearLabel(financialYearOf(r.landsOn))}` : ''})`
          : '—';
      return {
        id: r.id,
        title: r.title,
        category: RISK_CATEGORY_LABELS[r.category],
        description: r.description,
        owner: orDash(r.owner),
        mitigation: r.mitigation,
        inherent: gradeOfScore(r.inherent),
        residual: gradeOfScore(r.residual),
        allowance,
        notes: r.notes,
      };
    });
}

export interface NoticeText {
  label: string;
  when: string;
  citation: string;
  wait: string | null;
}

export interface LegalEntry {
  optionId: string;
  optionName: string;
  route: string;
  regime: string;
  ground: { label: string; citation: string; description: string; conditions: string[] } | null;
  /** The engine's finding on the ground (or on a modification's limits), in its own words. */
  findings: { title: string; explanation: string; fires: boolean }[];
  notices: NoticeText[];
  note: string | null;
}

/** Routes that award without competition or change the existing contract need a ground and notices. */
export function needsLegalSection(option: Option): boolean {
  return needsLegalGround(option.route) || option.extensionMonths > 0 || Boolean(option.legalGround);
}

export function legalEntry(result: OptionResult): LegalEntry {
  const o = result.option;
  const ground = findLegalGround(o.legalGround);
  // A recorded, valid ground is already set out above with its conditions; only a problem with it
  // needs the engine's words. The modification test is always shown: its figures are the evidence.
  const relevant = result.feasibility.filter(
    (f) =>
      (f.check === 'direct-award-without-ground' && f.fires) ||
      (f.check === 'substantial-modification' && (o.route === 'modification' || o.extensionMonths > 0)),
  );
  return {
    optionId: o.id,
    optionName: o.name,
    route: PROCUREMENT_ROUTE_LABELS[o.route],
    regime: REGIME_LABELS[o.regime],
    ground: ground
      ? { label: ground.label, citation: ground.citation, description: ground.description, conditions: [...ground.conditions] }
      : null,
    findings: relevant.map((f) => ({ title: f.title, explanation: f.explanation, fires: f.fires })),
    notices: noticesFor(o.route, o.regime).map((n) => ({
      label: n.label,
      when: n.when,
      citation: n.citation,
      wait: n.wait ? `at least ${n.wait.days} ${n.wait.unit === 'working-days' ? 'working days' : 'days'}` : null,
    })),
    note:
      o.route === 'modification' && o.regime === 'PA2023'
        ? PA2023_MODIFICATION_NOTE
        : o.regime === 'PSR'
          ? 'The Provider Selection Regime has its own notices; follow NHS England’s PSR guidance.'
          : null,
  };
}

export function termText(o: Option): string {
  return `${formatTerm(o.terms.durationMonths)} from ${formatDate(o.terms.startDate)}`;
}

export function hostingText(o: Option): string {
  const from = o.hosting.currentModel ? HOSTING_MODEL_LABELS[o.hosting.currentModel] : undefined;
  const to = o.hosting.targetModel ? HOSTING_MODEL_LABELS[o.hosting.targetModel] : undefined;
  if (!from && !to) return 'Not recorded';
  if (!to || from === to) return `${from ?? to} (no change)`;
  return `${from ?? 'Unknown'} → ${to}${o.hosting.provider ? ` (${o.hosting.provider})` : ''}`;
}
