import type { ComparisonColumn, ComparisonModel } from '../presentation/comparison';
import type { LabelledValue, LegalEntry, RiskRow } from '../presentation/details';
import type { ReportModel } from '../presentation/report-model';
import type { ReportSectionId } from '../presentation/sections';
import { chunk, numericColumns, type ChartTableData } from '../presentation/table';
import { costByYearTables, cumulativeTables } from '../presentation/cost-tables';
import { sensitivityTables } from '../presentation/sensitivity';

/**
 * The board paper as a flat list of blocks (headings, paragraphs, tables, charts) built from the
 * same ReportModel the printed paper renders, for the Word export. Headings carry levels 1–3 so a
 * trust's own template styles (Heading 1–3) apply.
 */

export type PaperBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'para'; text: string; emphasis?: 'lead' | 'small' | 'flag' }
  | { kind: 'list'; items: readonly string[]; ordered?: boolean }
  | { kind: 'fields'; items: readonly LabelledValue[] }
  | { kind: 'table'; data: ChartTableData }
  | { kind: 'chart'; key: string; caption: string }
  | { kind: 'page-break' };

/** Options per comparison table (as in print), so a table fits a portrait page. */
const OPTIONS_PER_TABLE = 5;

export function comparisonTables(model: ComparisonModel, perTable = OPTIONS_PER_TABLE): ChartTableData[] {
  const groups = chunk(model.columns, perTable);
  return groups.map((columns: ComparisonColumn[], g) => ({
    caption: groups.length > 1 ? `${model.caption} (part ${g + 1} of ${groups.length})` : model.caption,
    columns: [{ label: 'Measure' }, ...columns.map((c) => ({ label: c.recommended ? `${c.name} (recommended)` : c.name, numeric: true }))],
    rows: model.rows.map((row) => ({
      key: row.key,
      header: row.label,
      cells: columns.map((c) => {
        const cell = row.cells[model.columns.indexOf(c)];
        const best = cell.best && row.bestWord ? ` (${row.bestWord})` : '';
        return `${cell.text}${best}${cell.note ? `: ${cell.note}` : ''}`;
      }),
    })),
  }));
}

function riskTable(name: string, rows: readonly RiskRow[]): ChartTableData {
  return {
    caption: `Risk register: ${name}`,
    columns: [
      { label: 'Risk' },
      { label: 'Owner' },
      { label: 'Inherent' },
      { label: 'Residual' },
      { label: 'Mitigation' },
      { label: 'Risk allowance' },
    ],
    rows: rows.map((r) => ({
      key: r.id,
      header: r.title,
      cells: [r.owner, r.inherent.text, r.residual.text, r.mitigation || '—', r.allowance],
    })),
  };
}

function legalBlocks(l: LegalEntry): PaperBlock[] {
  const out: PaperBlock[] = [
    {
      kind: 'fields',
      items: [
        { label: 'Route', value: l.route },
        { label: 'Regime', value: l.regime },
        { label: 'Legal ground', value: l.ground ? `${l.ground.label} (${l.ground.citation})` : 'None recorded' },
      ],
    },
  ];
  if (l.ground) {
    out.push({ kind: 'para', text: l.ground.description }, { kind: 'para', text: 'The trust must be able to evidence:' });
    out.push({ kind: 'list', items: l.ground.conditions });
  }
  for (const f of l.findings) out.push({ kind: 'para', text: f.explanation, emphasis: f.fires ? 'flag' : undefined });
  if (l.note) out.push({ kind: 'para', text: l.note, emphasis: 'small' });
  if (l.notices.length)
    out.push({
      kind: 'table',
      data: {
        caption: `Notices and standstill: ${l.optionName}`,
        columns: [{ label: 'Notice' }, { label: 'When' }, { label: 'Wait' }, { label: 'Provision' }],
        rows: l.notices.map((n) => ({ key: n.label, header: n.label, cells: [n.when, n.wait ?? '—', n.citation] })),
      },
    });
  return out;
}

function summary(m: ReportModel): PaperBlock[] {
  const s = m.summary;
  const out: PaperBlock[] = [
    { kind: 'para', text: s.headline, emphasis: 'lead' },
    { kind: 'heading', level: 2, text: 'Situation' },
    { kind: 'para', text: s.situation },
    { kind: 'heading', level: 2, text: 'Options' },
    { kind: 'para', text: s.options },
    { kind: 'heading', level: 2, text: 'Preferred option and why' },
    {
      kind: 'para',
      text: s.reason.trim()
        ? `Reason for the recommendation: ${s.reason.trim()}`
        : 'No reason has been recorded for the recommendation yet.',
    },
  ];
  if (s.departure) out.push({ kind: 'para', text: s.departure, emphasis: 'flag' });
  out.push({ kind: 'para', text: s.statusLine, emphasis: 'small' });
  if (s.cost) out.push({ kind: 'heading', level: 2, text: 'Cost' }, { kind: 'para', text: s.cost });
  if (s.risk) out.push({ kind: 'heading', level: 2, text: 'Risk' }, { kind: 'para', text: s.risk });
  out.push(
    { kind: 'heading', level: 2, text: 'Key dates and facts' },
    { kind: 'fields', items: s.keyDates },
    { kind: 'list', items: s.keyFacts },
  );
  return out;
}

function strategic(m: ReportModel): PaperBlock[] {
  const st = m.strategic;
  const out: PaperBlock[] = [{ kind: 'heading', level: 2, text: 'The contracts and their key dates' }];
  for (const c of st.contracts) {
    out.push({ kind: 'heading', level: 3, text: `${c.reference}: ${c.title}` });
    for (const f of c.flags) out.push({ kind: 'para', text: f, emphasis: 'flag' });
    out.push({ kind: 'fields', items: c.fields });
  }
  out.push({ kind: 'heading', level: 2, text: 'The case for change' });
  if (st.caseForChange.length) for (const p of st.caseForChange) out.push({ kind: 'para', text: p });
  else
    out.push({
      kind: 'para',
      text: `${m.summary.situation} A decision is needed before the contract can be continued, replaced or re-procured.`,
    });
  if (st.objectives.length)
    out.push({ kind: 'heading', level: 2, text: 'Spending objectives' }, { kind: 'list', items: st.objectives, ordered: true });
  if (st.criteria.length)
    out.push({ kind: 'heading', level: 2, text: 'Critical success factors (weighted criteria)' }, { kind: 'list', items: st.criteria });
  return out;
}

function economic(m: ReportModel): PaperBlock[] {
  const e = m.economic;
  if (!e) return [];
  const short = m.form === 'short';
  const out: PaperBlock[] = [];
  if (!short)
    out.push(
      { kind: 'heading', level: 2, text: 'Long list' },
      {
        kind: 'table',
        data: {
          caption: 'The long list: each kind of option, carried forward or discounted',
          columns: [{ label: 'Kind of option' }, { label: 'Outcome' }, { label: 'Why' }],
          rows: e.longList.map((r) => ({ key: r.kind, header: r.kind, cells: [r.status, r.detail] })),
        },
      },
    );
  out.push(
    { kind: 'heading', level: 2, text: 'Short list and the counterfactual' },
    { kind: 'para', text: e.shortList },
    { kind: 'para', text: e.counterfactual },
    {
      kind: 'table',
      data: {
        caption: 'The short list',
        columns: [{ label: 'Option' }, { label: 'Kind' }, { label: 'Term' }, { label: 'Route' }, { label: 'Hosting' }],
        rows: m.options.map((o) => ({
          key: o.id,
          header: o.recommended ? `${o.name} (recommended)` : o.name,
          cells: [o.kind, o.term, o.route, o.hosting],
        })),
      },
    },
    { kind: 'heading', level: 2, text: 'Net present cost, NPSV and the options compared' },
    ...comparisonTables(e.comparison).map((data): PaperBlock => ({ kind: 'table', data })),
  );
  if (e.benefits.length)
    out.push(
      { kind: 'heading', level: 2, text: 'Benefits, monetised and unmonetised' },
      {
        kind: 'table',
        data: {
          caption: 'Present value of benefits after shortfall, with the unmonetised benefits beside them',
          columns: [
            { label: 'Option' },
            { label: 'Present value of benefits', numeric: true },
            { label: 'By type' },
            { label: 'Unmonetised benefits' },
          ],
          rows: e.benefits.map((b) => ({
            key: b.optionId,
            header: b.optionName,
            cells: [b.pvb, b.byType, b.unmonetised.join('; ') || 'None recorded'],
          })),
        },
      },
    );
  if (!short) {
    out.push(
      { kind: 'heading', level: 2, text: 'Optimism bias' },
      {
        kind: 'table',
        data: {
          caption: 'Optimism bias by option: uplift, reference range, mitigation and the present value it adds',
          columns: [
            { label: 'Option' },
            { label: 'Uplift' },
            { label: 'Applied' },
            { label: 'Range' },
            { label: 'Mitigation' },
            { label: 'Adds', numeric: true },
          ],
          rows: e.optimismBias.map((r, i) => ({
            key: String(i),
            header: r.optionName,
            cells: [r.uplift, r.applied, r.range, r.mitigation, r.added],
          })),
        },
      },
      { kind: 'heading', level: 2, text: 'Cost profiles' },
    );
    for (const s of e.costs.filter((x) => e.profiled.includes(x.id))) {
      const title = `Cost by financial year: ${s.name}`;
      out.push(
        { kind: 'chart', key: `cost:${s.id}`, caption: title },
        ...costByYearTables(s.costs, `${title}: figures`).map((data): PaperBlock => ({ kind: 'table', data })),
      );
    }
    const title = 'All options: cumulative discounted cost';
    out.push(
      { kind: 'chart', key: 'cumulative', caption: title },
      ...cumulativeTables(e.costs, `${title}: figures`).map((data): PaperBlock => ({ kind: 'table', data })),
    );
  }
  if (e.riskAnalysis)
    out.push(
      { kind: 'heading', level: 2, text: 'Risk analysis' },
      {
        kind: 'table',
        data: {
          caption: e.riskAnalysis.caption,
          columns: [{ label: 'Option' }, ...numericColumns('Mean NPC', 'P50', 'P80', 'Probability cheapest')],
          rows: e.riskAnalysis.rows.map((r) => ({ key: r.optionName, header: r.optionName, cells: [r.mean, r.p50, r.p80, r.cheapest] })),
        },
      },
    );
  out.push(
    { kind: 'heading', level: 2, text: 'Sensitivity and switching values' },
    {
      kind: 'table',
      data: {
        caption: 'Switching values',
        columns: [{ label: 'Variable' }, { label: 'Base' }, { label: 'Range tested' }, { label: 'Switching value' }],
        rows: e.sensitivity.rows.map((r) => ({ key: r.key, header: r.label, cells: [r.base, r.range, r.switching] })),
      },
    },
  );
  if (!short)
    for (const series of e.sensitivity.series.filter((x) => e.sensitivity.charted.includes(x.key))) {
      const title = `Sensitivity of net present cost to ${series.label.toLowerCase()}`;
      out.push(
        { kind: 'chart', key: `sensitivity:${series.key}`, caption: title },
        ...sensitivityTables(series, e.sensitivity.optionNames, `${title}: sample figures`).map((data): PaperBlock => ({
          kind: 'table',
          data,
        })),
      );
    }
  const sc = e.scoring;
  out.push(
    { kind: 'heading', level: 2, text: 'Weighted scores' },
    ...chunk(sc.options, 4).map((group, g, groups): PaperBlock => ({
      kind: 'table',
      data: {
        caption: groups.length > 1 ? `Scoring matrix (part ${g + 1} of ${groups.length})` : 'Scoring matrix',
        columns: [{ label: 'Criterion' }, { label: 'Weight', numeric: true }, ...group.map((o) => ({ label: o.name, numeric: true }))],
        rows: sc.criteria.map((c) => ({
          key: c.id,
          header: c.name,
          cells: [c.weight, ...group.map((o) => sc.scores[c.id]?.[o.id] ?? '—')],
        })),
        foot: [
          { key: 'total', header: 'Weighted score (out of 10)', cells: [sc.weightTotal, ...group.map((o) => sc.totals[o.id])] },
          { key: 'npp', header: 'NPC per weighted point', cells: ['', ...group.map((o) => sc.npcPerPoint[o.id])] },
        ],
      },
    })),
    { kind: 'para', text: e.weightSensitivity.summary },
  );
  if (!short && e.weightSensitivity.rows.length)
    out.push({
      kind: 'table',
      data: {
        caption: 'Weight sensitivity: each weight moved by 10 points, the rest rescaled to 100',
        columns: [{ label: 'Criterion' }, { label: 'Change' }, { label: 'Top option' }, { label: 'Ranking changes' }],
        rows: e.weightSensitivity.rows.map((r, i) => ({
          key: String(i),
          header: r.criterion,
          cells: [r.change, r.top, r.changesTop ? 'Yes: another option is top' : 'No'],
        })),
      },
    });
  out.push({ kind: 'heading', level: 2, text: 'Preferred option' }, { kind: 'para', text: e.preferred });
  return out;
}

function commercial(m: ReportModel): PaperBlock[] {
  const c = m.commercial;
  if (!c) return [];
  const out: PaperBlock[] = [
    {
      kind: 'table',
      data: {
        caption: 'Procurement route and legal ground for each option',
        columns: [{ label: 'Option' }, { label: 'Route' }, { label: 'Legal ground' }],
        rows: c.routes.map((r) => ({ key: r.optionId, header: r.optionName, cells: [r.route, r.ground] })),
      },
    },
  ];
  for (const d of c.details) {
    out.push({ kind: 'heading', level: 2, text: `${d.optionName}: route, ground and notices` }, ...legalBlocks(d.legal));
    out.push({ kind: 'heading', level: 3, text: 'Procurement timeline' }, { kind: 'fields', items: d.timeline });
    out.push({ kind: 'heading', level: 3, text: 'Procurement Act duties' });
    if (d.dutiesBasis) out.push({ kind: 'para', text: d.dutiesBasis });
    if (d.dutiesNote) out.push({ kind: 'para', text: d.dutiesNote });
    else
      out.push({
        kind: 'table',
        data: {
          caption: `Duties and notices: ${d.optionName}`,
          columns: [{ label: 'Duty' }, { label: 'Provision' }, { label: 'Due' }, { label: 'Status' }, { label: 'Basis' }],
          rows: d.duties.map((t, i) => ({ key: String(i), header: t.title, cells: [t.section, t.due, t.status, t.basis] })),
        },
      });
    out.push({ kind: 'heading', level: 3, text: 'Hosting plan' }, { kind: 'fields', items: d.hosting });
  }
  return out;
}

function financial(m: ReportModel): PaperBlock[] {
  const f = m.financial;
  if (!f) return [];
  const out: PaperBlock[] = [{ kind: 'para', text: f.intro }];
  if (f.assumedNote) out.push({ kind: 'para', text: f.assumedNote, emphasis: 'small' });
  out.push(
    { kind: 'heading', level: 2, text: 'Affordability by financial year' },
    { kind: 'table', data: f.cash },
    { kind: 'para', text: f.committedBefore },
    { kind: 'heading', level: 2, text: 'Funding and the income and expenditure effect' },
  );
  if (f.fundingSources) out.push({ kind: 'para', text: f.fundingSources });
  out.push(
    { kind: 'table', data: f.funding },
    { kind: 'heading', level: 2, text: 'Reconciliation with the economic case' },
    { kind: 'table', data: f.reconciliation },
    { kind: 'heading', level: 2, text: 'Approval route' },
    { kind: 'para', text: f.approval.heading },
    { kind: 'list', items: f.approval.tests },
    { kind: 'para', text: f.approval.note, emphasis: 'small' },
    { kind: 'table', data: f.allOptions },
  );
  return out;
}

function management(m: ReportModel): PaperBlock[] {
  const mg = m.management;
  const out: PaperBlock[] = [
    { kind: 'heading', level: 2, text: 'Timeline' },
    { kind: 'chart', key: 'timeline', caption: 'Timeline of key dates' },
  ];
  out.push({
    kind: 'table',
    data: {
      caption: 'Timeline: the current contract’s deadlines and each option’s dates',
      columns: [{ label: 'Row' }, { label: 'What' }, { label: 'From' }, { label: 'To' }],
      rows: [
        ...mg.timeline.markers.map((k, i) => ({ key: `m${i}`, header: 'Current contract', cells: [k.label, k.date, ''] })),
        ...mg.timeline.rows.flatMap((r) =>
          r.bars.map((b, i) => ({
            key: `${r.id}-${i}`,
            header: r.name,
            cells: [`${b.kind.replace(/-/g, ' ')} (${b.label})`, b.from, b.to],
          })),
        ),
      ],
    },
  });
  if (mg.risks.length || mg.unassessed.length) {
    out.push({ kind: 'heading', level: 2, text: 'Risk registers' });
    if (mg.unassessed.length)
      out.push({
        kind: 'para',
        text: `No risks are recorded for ${mg.unassessed.join(', ')}: risk is not assessed, so no register or heat map is shown.`,
        emphasis: 'small',
      });
    for (const b of mg.risks)
      out.push(
        { kind: 'heading', level: 3, text: b.optionName },
        { kind: 'chart', key: `heat:${b.optionId}`, caption: `Residual risk: ${b.optionName}` },
        { kind: 'table', data: riskTable(b.optionName, b.rows) },
      );
  }
  out.push({ kind: 'heading', level: 2, text: 'Feasibility checks' });
  for (const b of mg.feasibility)
    out.push(
      { kind: 'heading', level: 3, text: b.optionName },
      {
        kind: 'list',
        items: b.findings.map(
          (f) =>
            `${f.fires ? f.severity : 'OK'}: ${f.explanation.toLowerCase().startsWith(f.title.toLowerCase()) ? '' : `${f.title}. `}${f.explanation}`,
        ),
      },
    );
  out.push(
    { kind: 'heading', level: 2, text: 'Assumptions' },
    { kind: 'fields', items: mg.assumptions.general },
    {
      kind: 'table',
      data: {
        caption: 'Assumptions for each option',
        columns: [{ label: 'Option' }, { label: 'Indexation' }, { label: 'Optimism bias' }, { label: 'Other assumptions' }],
        rows: mg.assumptions.perOption.map((o) => ({
          key: o.optionId,
          header: o.optionName,
          cells: [o.indexation, o.optimismBias, [o.assumptions, o.outsidePeriod].filter(Boolean).join(' ') || '—'],
        })),
      },
    },
    { kind: 'heading', level: 2, text: 'Sign-off' },
    {
      kind: 'table',
      data: {
        caption: 'Sign-off',
        columns: [{ label: 'Role' }, { label: 'Name' }, { label: 'Signature' }, { label: 'Date' }],
        rows: mg.signOff.roles.map((r) => ({ key: r, header: r, cells: ['', '', ''] })),
      },
    },
    { kind: 'para', text: 'Board decision: Approved / Approved with conditions / Not approved (delete as appropriate)' },
  );
  return out;
}

function appendix(m: ReportModel): PaperBlock[] {
  const a = m.appendix;
  if (!a) return [];
  return [
    { kind: 'heading', level: 2, text: 'Discount factors' },
    { kind: 'table', data: a.factors },
    { kind: 'heading', level: 2, text: 'Cost lines by year' },
    ...a.options.flatMap((o) => o.tables.map((data): PaperBlock => ({ kind: 'table', data }))),
  ];
}

const SECTION_BLOCKS: Record<ReportSectionId, (m: ReportModel) => PaperBlock[]> = {
  summary,
  strategic,
  economic,
  commercial,
  financial,
  management,
  appendix,
};

function cover(m: ReportModel): PaperBlock[] {
  const c = m.cover;
  const out: PaperBlock[] = [];
  if (c.trustName) out.push({ kind: 'para', text: c.trustName, emphasis: 'lead' });
  out.push(
    { kind: 'title', text: c.title },
    { kind: 'para', text: m.form === 'short' ? 'Business justification' : 'Board paper: options appraisal and recommendation' },
    { kind: 'para', text: c.ask, emphasis: 'lead' },
  );
  if (c.urgency) out.push({ kind: 'para', text: `Urgency: ${c.urgency}` });
  out.push({
    kind: 'fields',
    items: [
      ...c.fields,
      { label: 'Paper date', value: c.date },
      { label: 'Status', value: c.statusLabel },
      { label: c.contracts.length === 1 ? 'Contract' : 'Contracts', value: c.contracts.join('\n') || 'None recorded' },
    ],
  });
  out.push(...sampleNote(m), { kind: 'page-break' });
  return out;
}

function sampleNote(m: ReportModel): PaperBlock[] {
  if (!m.cover.sample) return [];
  return [
    {
      kind: 'para',
      text: 'This paper uses the illustrative sample portfolio: the trust, contracts and figures are not real.',
      emphasis: 'small',
    },
  ];
}

/**
 * The paper's blocks. Without the cover (`cover: false`) they are the body a trust's own Word
 * template takes after its cover sheet; a paper from the sample portfolio still says so first.
 */
export function paperBlocks(model: ReportModel, { cover: withCover = true }: { cover?: boolean } = {}): PaperBlock[] {
  const out = withCover ? cover(model) : sampleNote(model);
  for (const s of model.sections) out.push({ kind: 'heading', level: 1, text: `${s.number}. ${s.title}` }, ...SECTION_BLOCKS[s.id](model));
  return out;
}
