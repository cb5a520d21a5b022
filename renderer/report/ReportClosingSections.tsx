import type { OptionAssumptions } from '@shared/presentation/assumptions';
import type { ReportModel } from '@shared/presentation/report-model';
import { DataTable, tableSpec } from '../ui/DataTable';

/** Assumptions behind the figures, and the sign-off block left blank for signatures. */

const ASSUMPTIONS = tableSpec<OptionAssumptions>('report-table', 'optionId', (col) => [
  col('Option', 'optionName'),
  col('Indexation', 'indexation'),
  col('Optimism bias', 'optimismBias'),
  col('Other assumptions', (o) => (
    <>
      {o.assumptions && <span className="block preserve-lines">{o.assumptions}</span>}
      {o.outsidePeriod && <span className="block">{o.outsidePeriod}</span>}
      {!o.assumptions && !o.outsidePeriod && '—'}
    </>
  )),
]);

/** Each role's name, signature and date are left blank, to be written on the printed paper. */
const SIGN_OFF = tableSpec<string>(
  'report-table sign-off',
  (role: string) => role,
  (col) => [col('Role', (role: string) => role), ...['Name', 'Signature', 'Date'].map((header) => col(header, () => null))],
);

export function AssumptionsBlock({ model }: { model: ReportModel }) {
  const a = model.management.assumptions;
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
      <DataTable table={ASSUMPTIONS} caption="Assumptions for each option" rows={a.perOption} />
    </>
  );
}

export function SignOffBlock({ model }: { model: ReportModel }) {
  return (
    <>
      <p>
        The signatories confirm that they have reviewed this appraisal and its recommendation
        {model.summary.recommendedName ? `: ${model.summary.recommendedName}` : ''}.
      </p>
      <DataTable table={SIGN_OFF} caption="Sign-off" rows={model.management.signOff.roles} />
      <p className="decision-line">Board decision: Approved / Approved with conditions / Not approved (delete as appropriate)</p>
      <p className="decision-line">Conditions or comments:</p>
    </>
  );
}
