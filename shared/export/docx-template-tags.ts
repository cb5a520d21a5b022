import { formatMoney, NONE } from '../format';
import type { ComparisonModel } from '../presentation/comparison';
import type { ReportModel } from '../presentation/report-model';

/**
 * The tags a board secretary can place in the trust's own Word template (docs/ux.md, Settings ›
 * Word template), and the values each takes from the board paper's ReportModel — the same model the
 * PDF and the plain Word export print, so a figure on the trust's cover sheet is the paper's figure
 * to the pound. The set is small and stable: a template written for it keeps working, so a tag is
 * never renamed or removed, only added. Every value is text the model already formatted.
 */

export interface TemplateTag {
  name: string;
  /** What it holds, for the list in Settings. */
  description: string;
}

export interface TemplateLoop extends TemplateTag {
  /** The tags inside `{#name}…{/name}`, one repeat per item. */
  fields: readonly TemplateTag[];
}

/** The one tag whose value is Word content, not text: the paper itself (see docs/architecture.md). */
export const PAPER_BODY_TAG = 'paperBody';

export const TEXT_TAGS = [
  { name: 'trustName', description: 'The trust’s name (Settings › Organisation)' },
  { name: 'title', description: 'The appraisal’s title' },
  { name: 'paperType', description: '“Board paper: options appraisal and recommendation” or “Business justification”' },
  { name: 'paperDate', description: 'The date the paper was produced' },
  { name: 'status', description: 'Draft or Final' },
  { name: 'author', description: 'The report author' },
  { name: 'meeting', description: 'The meeting the paper goes to' },
  { name: 'meetingDate', description: 'The date of that meeting' },
  { name: 'sponsor', description: 'The executive sponsor' },
  { name: 'purpose', description: 'What the board is asked for: approval, assurance or to note' },
  { name: 'boardIsAskedTo', description: 'The sentence “The Board is asked to …”' },
  { name: 'urgency', description: 'The notice deadline and latest decision date in words (empty when there is no contract)' },
  { name: 'bafRisks', description: 'Board assurance framework risks linked' },
  { name: 'eqia', description: 'Equality impact assessment status' },
  { name: 'dpia', description: 'Data protection impact assessment status' },
  { name: 'previouslyConsidered', description: 'Where the paper has been before' },
  { name: 'contracts', description: 'The contracts appraised, one a line' },
  { name: 'recommendation', description: 'The recommended option’s name (or that none is recommended yet)' },
  { name: 'recommendationReason', description: 'Why it is recommended, as recorded (empty when none is)' },
  { name: 'situation', description: 'The executive summary’s situation sentence' },
  { name: 'optionsSummary', description: 'The options appraised, in a sentence' },
  { name: 'cost', description: 'The recommended option’s cost in sentences (empty when none is recommended)' },
  { name: 'risk', description: 'The recommended option’s risk in a sentence (empty when none is recommended)' },
  { name: 'recommendedNpc', description: 'The recommended option’s risk-adjusted net present cost' },
  { name: 'recommendedEac', description: 'The recommended option’s equivalent annual cost' },
  { name: 'recommendedWholeLifeCost', description: 'Its cost over its own term, in cash including irrecoverable VAT' },
  { name: 'approvalNeeded', description: 'Who must approve the recommended option' },
  { name: 'sampleNote', description: 'A warning when the paper uses the illustrative sample (empty otherwise)' },
] as const satisfies readonly TemplateTag[];

/** A loop whose rows are a label and its value (the key dates, the cover sheet's table). */
function labelAndValue(label: string, value: string): readonly TemplateTag[] {
  return [
    { name: 'label', description: label },
    { name: 'value', description: value },
  ];
}

export const LOOP_TAGS: readonly TemplateLoop[] = [
  {
    name: 'options',
    description: 'Each option compared, in order',
    fields: [
      { name: 'name', description: 'Its name' },
      { name: 'kind', description: 'What kind of option it is' },
      { name: 'term', description: 'Its term' },
      { name: 'route', description: 'Its procurement route' },
      { name: 'hosting', description: 'Its hosting' },
      { name: 'recommended', description: 'True for the recommended option: {#recommended}…{/recommended} shows text only there' },
      { name: 'wholeLifeCost', description: 'Whole-life cost (cash)' },
      { name: 'npc', description: 'Net present cost, risk-adjusted' },
      { name: 'eac', description: 'Equivalent annual cost' },
      { name: 'npsv', description: 'Net present social value against the counterfactual' },
      { name: 'bcr', description: 'Benefit–cost ratio, or the outcome in words' },
      { name: 'score', description: 'Weighted score out of 10' },
      { name: 'topRisk', description: 'Highest residual risk' },
      { name: 'approval', description: 'Approval needed' },
      { name: 'flags', description: 'Feasibility flags' },
    ],
  },
  { name: 'keyDates', description: 'The key dates of the executive summary', fields: labelAndValue('What the date is', 'The date') },
  { name: 'keyFacts', description: 'The key facts of the executive summary', fields: [{ name: 'text', description: 'One fact' }] },
  { name: 'coverFields', description: 'The cover sheet’s table, row by row', fields: labelAndValue('The field', 'Its value') },
  {
    name: 'sections',
    description: 'The paper’s sections, for a contents list',
    fields: [
      { name: 'number', description: 'Its number' },
      { name: 'title', description: 'Its title' },
    ],
  },
];

export const RAW_TAGS: readonly TemplateTag[] = [
  {
    name: PAPER_BODY_TAG,
    description:
      'Write {@paperBody} alone in its own paragraph: the paper (executive summary to appendix) goes there. Without it, the paper follows your template’s content on a new page.',
  },
];

type Row = Record<string, string | boolean>;
export type TemplateData = Record<string, string | Row[]>;

/** The comparison row's text for one option, or "—" where the row is not shown (as on Compare). */
function cellText(comparison: ComparisonModel, key: string, column: number): string {
  return comparison.rows.find((r) => r.key === key)?.cells[column]?.text ?? NONE;
}

/** Every tag's value (except the paper body, which the filler adds as Word content). */
export function templateData(model: ReportModel): TemplateData {
  const { cover, summary, comparison } = model;
  const recommended = model.result.options.find((r) => r.option.id === summary.recommendedId);
  const recommendedColumn = comparison.columns.findIndex((c) => c.id === summary.recommendedId);
  const figure = (key: string) => (recommendedColumn >= 0 ? cellText(comparison, key, recommendedColumn) : '');
  const text: Record<(typeof TEXT_TAGS)[number]['name'], string> = {
    trustName: cover.trustName,
    title: cover.title,
    paperType: model.form === 'short' ? 'Business justification' : 'Board paper: options appraisal and recommendation',
    paperDate: cover.date,
    status: cover.statusLabel,
    author: cover.details.author,
    meeting: cover.details.meeting,
    meetingDate: cover.details.meetingDate,
    sponsor: cover.details.sponsor,
    purpose: cover.details.purpose,
    boardIsAskedTo: cover.ask,
    urgency: cover.urgency ?? '',
    bafRisks: cover.details.bafRisks,
    eqia: cover.details.eqia,
    dpia: cover.details.dpia,
    previouslyConsidered: cover.details.previouslyConsidered,
    contracts: cover.contracts.join('\n'),
    recommendation: summary.recommendedName ?? 'No option has been recommended yet',
    recommendationReason: summary.reason.trim(),
    situation: summary.situation,
    optionsSummary: summary.options,
    cost: summary.cost ?? '',
    risk: summary.risk ?? '',
    recommendedNpc: figure('npc'),
    recommendedEac: figure('eac'),
    recommendedWholeLifeCost: recommended ? formatMoney(recommended.approval.wholeLife) : '',
    approvalNeeded: figure('approval'),
    sampleNote: cover.sample ? 'This paper uses the illustrative sample portfolio: the trust, contracts and figures are not real.' : '',
  };
  return {
    ...text,
    options: model.options.map((o) => {
      const i = comparison.columns.findIndex((c) => c.id === o.id);
      return {
        name: o.name,
        kind: o.kind,
        term: o.term,
        route: o.route,
        hosting: o.hosting,
        recommended: o.recommended,
        wholeLifeCost: cellText(comparison, 'whole-life-cash', i),
        npc: cellText(comparison, 'npc', i),
        eac: cellText(comparison, 'eac', i),
        npsv: cellText(comparison, 'npsv', i),
        bcr: cellText(comparison, 'bcr', i),
        score: cellText(comparison, 'score', i),
        topRisk: cellText(comparison, 'top-risk', i),
        approval: cellText(comparison, 'approval', i),
        flags: cellText(comparison, 'flags', i),
      };
    }),
    keyDates: summary.keyDates.map((d) => ({ label: d.label, value: d.value })),
    keyFacts: summary.keyFacts.map((t) => ({ text: t })),
    coverFields: cover.fields.map((f) => ({ label: f.label, value: f.value })),
    sections: model.sections.map((s) => ({ number: String(s.number), title: s.title })),
  };
}
