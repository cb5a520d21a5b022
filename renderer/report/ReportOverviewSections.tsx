import { chunk } from '@shared/presentation/table';
import { ComparisonTable } from '../ui/ComparisonTable';
import { H } from './Heading';
import type { ReportModel } from '@shared/presentation/report-model';

/** Executive summary, the contracts with their key dates, and the options side by side. */

export function SummarySection({ model }: { model: ReportModel }) {
  const s = model.summary;
  const rec = model.options.find((o) => o.recommended);
  return (
    <>
      <p className="lead">{s.headline}</p>
      {s.reason.trim() && (
        <div className="callout">
          <p className="callout-label">Reason for the recommendation</p>
          <p className="preserve-lines">{s.reason}</p>
        </div>
      )}
      {s.departure && <p className="departure">{s.departure}</p>}
      <p className="muted">{s.statusLine}</p>
      {rec && <KeyFigures model={model} optionId={rec.id} />}
      <H level={3}>Key facts</H>
      <ul>
        {s.keyFacts.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
    </>
  );
}

export function ContractsSection({ model }: { model: ReportModel }) {
  if (model.contracts.length === 0) return <p>No contract is recorded for this appraisal.</p>;
  return (
    <>
      {model.contracts.map((c) => (
        <div key={c.reference} className="contract-block">
          <H level={3}>{`${c.reference}: ${c.title}`}</H>
          {c.flags.map((f) => (
            <p key={f} className="flag-line">
              {f}
            </p>
          ))}
          <dl className="fields">
            {c.fields.map((f) => (
              <div key={f.label}>
                <dt>{f.label}</dt>
                <dd>{f.value}</dd>
              </div>
            ))}
          </dl>
          {c.sample && <p className="muted">Illustrative sample data.</p>}
        </div>
      ))}
    </>
  );
}

/** The recommended option's column of the comparison, as a two-column table. */
function KeyFigures({ model, optionId }: { model: ReportModel; optionId: string }) {
  const { comparison } = model;
  const column = comparison.columns.findIndex((c) => c.id === optionId);
  return (
    <table className="report-table key-figures">
      <caption>{`Recommended option at a glance: ${comparison.columns[column].name}`}</caption>
      <thead>
        <tr>
          <th scope="col">Measure</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        {comparison.rows
          .filter((row) => row.key !== 'kind')
          .map((row) => {
            const cell = row.cells[column];
            return (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td className={row.numeric ? 'numeric' : undefined}>
                  {cell.text}
                  {cell.note ? `: ${cell.note}` : ''}
                </td>
              </tr>
            );
          })}
      </tbody>
    </table>
  );
}

/** Options per comparison table, so the table fits the width of an A4 page. */
const OPTIONS_PER_TABLE = 5;

export function OptionsSection({ model }: { model: ReportModel }) {
  return (
    <>
      <table className="report-table">
        <caption>The options</caption>
        <thead>
          <tr>
            <th scope="col">Option</th>
            <th scope="col">Kind</th>
            <th scope="col">Term</th>
            <th scope="col">Route</th>
            <th scope="col">Hosting</th>
          </tr>
        </thead>
        <tbody>
          {model.options.map((o) => (
            <tr key={o.id}>
              <th scope="row">
                {o.name}
                {o.recommended && <span className="recommended-tag"> Recommended</span>}
              </th>
              <td>{o.kind}</td>
              <td>{o.term}</td>
              <td>{o.route}</td>
              <td>{o.hosting}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {chunk(model.comparison.columns, OPTIONS_PER_TABLE).map((columns, part, parts) => (
        <ComparisonTable
          key={columns[0].id}
          model={model.comparison}
          columns={columns}
          className="report-table comparison"
          caption={parts.length > 1 ? `${model.comparison.caption} (part ${part + 1} of ${parts.length})` : model.comparison.caption}
        />
      ))}
      <p className="muted small">
        NPC is the net present cost over the appraisal period at the Green Book discount rate; NPC per point divides it by the weighted
        score. “Lowest” and “highest” mark the best option on each measure.
      </p>
    </>
  );
}
