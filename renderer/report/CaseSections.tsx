import type { CommercialCaseModel, DutyRow } from '@shared/presentation/commercial-case';
import type { ReportModel } from '@shared/presentation/report-model';
import { ChartTable } from '../ui/charts/ChartTable';
import { DataTable, tableSpec } from '../ui/DataTable';
import { AssumptionsBlock, SignOffBlock } from './ReportClosingSections';
import { FeasibilityBlocks, LegalBlock, RiskRegisters, TimelineBlock } from './ReportRiskSections';
import { H } from './Heading';
import { Fields } from './report-bits';

/** The commercial, financial and management cases, and the appendix of workings. */

const ROUTES = tableSpec<CommercialCaseModel['routes'][number]>('report-table', 'optionId', (col) => [
  col('Option', 'optionName'),
  col('Route', 'route'),
  col('Legal ground', 'ground'),
]);

const DUTIES = tableSpec<DutyRow>(
  'report-table',
  (t, i) => `${t.title}-${i}`,
  (col) => [
    col('Duty', (t) => (
      <>
        {t.title}
        <span className="small block">{t.section}</span>
      </>
    )),
    col('Due', 'due', { className: 'nowrap' }),
    col('Status', 'status'),
    col('Basis', 'basis', { className: 'small' }),
  ],
);

export function CommercialSection({ model }: { model: ReportModel }) {
  const c = model.commercial;
  if (!c) return null;
  return (
    <>
      <DataTable table={ROUTES} caption="Procurement route and legal ground for each option" rows={c.routes} />
      <p className="small">The trust should confirm each ground with its procurement lawyers before relying on it.</p>
      {c.details.map((d) => (
        <div key={d.optionId} className="option-block">
          <H level={3}>{`${d.optionName}: route, ground and notices`}</H>
          <LegalBlock entry={d.legal} />
          <H level={4}>Procurement timeline</H>
          <Fields items={d.timeline} />
          <H level={4}>Procurement Act duties</H>
          {d.dutiesBasis && <p>{d.dutiesBasis}</p>}
          {d.dutiesNote ? (
            <p>{d.dutiesNote}</p>
          ) : (
            <DataTable table={DUTIES} caption={`Duties and notices: ${d.optionName}`} rows={d.duties} />
          )}
          <H level={4}>Hosting plan</H>
          <Fields items={d.hosting} />
        </div>
      ))}
    </>
  );
}

export function FinancialSection({ model }: { model: ReportModel }) {
  const f = model.financial;
  if (!f) return null;
  return (
    <>
      <p>{f.intro}</p>
      {f.assumedNote && <p className="small">{f.assumedNote}</p>}
      <H level={3}>Affordability by financial year</H>
      <ChartTable data={f.cash} />
      <p>{f.committedBefore}</p>
      <H level={3}>Funding and the income and expenditure effect</H>
      <p>{f.fundingSources}</p>
      <ChartTable data={f.funding} />
      <H level={3}>Reconciliation with the economic case</H>
      <ChartTable data={f.reconciliation} />
      <H level={3}>Approval route</H>
      <p className="strong">{f.approval.heading}</p>
      <ul>
        {f.approval.tests.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      <p className="small">{f.approval.note}</p>
      <ChartTable data={f.allOptions} />
    </>
  );
}

export function ManagementSection({ model }: { model: ReportModel }) {
  return (
    <>
      <H level={3}>Timeline</H>
      <TimelineBlock model={model} />
      {(model.management.risks.length > 0 || model.management.unassessed.length > 0) && (
        <>
          <H level={3}>Risk registers</H>
          <RiskRegisters model={model} />
        </>
      )}
      <H level={3}>Feasibility checks</H>
      <FeasibilityBlocks model={model} />
      <H level={3}>Assumptions</H>
      <AssumptionsBlock model={model} />
      <H level={3}>Sign-off</H>
      <SignOffBlock model={model} />
    </>
  );
}

export function AppendixSection({ model }: { model: ReportModel }) {
  const a = model.appendix;
  if (!a) return null;
  return (
    <>
      <p>
        The workings behind the economic case. Each line’s cash is spread over NHS financial years by daily accrual; real terms divide by
        the GDP deflator; each year is multiplied by its discount factor. The Excel workings carry the same with live formulas.
      </p>
      <H level={3}>Discount factors</H>
      <ChartTable data={a.factors} />
      <H level={3}>Cost lines by year</H>
      {a.options.map((o) =>
        o.tables.map((t) => (
          <div key={t.caption} className="appendix-table">
            <ChartTable data={t} />
          </div>
        )),
      )}
    </>
  );
}
