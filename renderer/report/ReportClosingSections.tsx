import type { ReportModel } from '@shared/presentation/report-model';

/** Assumptions behind the figures, and the sign-off block left blank for signatures. */

export function AssumptionsSection({ model }: { model: ReportModel }) {
  const a = model.assumptions;
  return (
    <>
      <dl className="fields wide">
        {a.general.map((g) => (
          <div key={g.label}>
            <dt>{g.label}</dt>
            <dd>{g.value}</dd>
          </div>
        ))}
      </dl>
      <table className="report-table">
        <caption>Assumptions for each option</caption>
        <thead>
          <tr>
            <th scope="col">Option</th>
            <th scope="col">Indexation</th>
            <th scope="col">Optimism bias</th>
            <th scope="col">Other assumptions</th>
          </tr>
        </thead>
        <tbody>
          {a.perOption.map((o) => (
            <tr key={o.optionId}>
              <th scope="row">{o.optionName}</th>
              <td>{o.indexation}</td>
              <td>{o.optimismBias}</td>
              <td>
                {o.assumptions && <span className="block preserve-lines">{o.assumptions}</span>}
                {o.outsidePeriod && <span className="block">{o.outsidePeriod}</span>}
                {!o.assumptions && !o.outsidePeriod && '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function SignOffSection({ model }: { model: ReportModel }) {
  return (
    <>
      <p>
        The signatories confirm that they have reviewed this appraisal and its recommendation
        {model.summary.recommendedName ? `: ${model.summary.recommendedName}` : ''}.
      </p>
      <table className="report-table sign-off">
        <caption>Sign-off</caption>
        <thead>
          <tr>
            <th scope="col">Role</th>
            <th scope="col">Name</th>
            <th scope="col">Signature</th>
            <th scope="col">Date</th>
          </tr>
        </thead>
        <tbody>
          {model.signOff.roles.map((role) => (
            <tr key={role}>
              <th scope="row">{role}</th>
              <td />
              <td />
              <td />
            </tr>
          ))}
        </tbody>
      </table>
      <p className="decision-line">Board decision: Approved / Approved with conditions / Not approved (delete as appropriate)</p>
      <p className="decision-line">Conditions or comments:</p>
    </>
  );
}
