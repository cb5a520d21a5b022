import { APPROVAL_BASIS_LABELS, APPROVAL_TIER_LABELS } from '@shared/domain';
import { describeApproval, type ApprovalResult } from '@shared/engine/approval';
import { formatDate, formatMoney, formatTerm } from '@shared/format';

/** The approval route for one option: the tier it needs, each test with its figures, and the extra lead time. */
export function ApprovalRoute({ approval: a }: { approval: ApprovalResult }) {
  return (
    <section aria-label="Approval route">
      <h3>Approval route</h3>
      <p>
        <strong>{describeApproval(a)}</strong> Over the option’s own term, {formatDate(a.term.from)} to {formatDate(a.term.to)} (
        {formatTerm(a.term.months)}, extension options included), in cash including {formatMoney(a.vat)} irrecoverable VAT: capital{' '}
        {formatMoney(a.capital)}, revenue {formatMoney(a.revenue)}, whole-life {formatMoney(a.wholeLife)}.
        {a.assumed.split && ' Some of the capital/revenue split is assumed until finance confirms it.'}
      </p>
      <table className="data-table">
        <caption>Approval tests (a figure above its limit needs that tier’s approval; equal to the limit stays within it)</caption>
        <thead>
          <tr>
            <th scope="col">Test</th>
            <th scope="col" className="numeric">
              Figure
            </th>
            <th scope="col" className="numeric">
              Limit
            </th>
            <th scope="col">Source</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {a.tests.map((t, i) => (
            <tr key={i}>
              <th scope="row">
                {APPROVAL_TIER_LABELS[t.limit.tier]}: {APPROVAL_BASIS_LABELS[t.limit.basis].toLowerCase()}
              </th>
              <td className="numeric">{formatMoney(t.value)}</td>
              <td className="numeric">
                {formatMoney(t.limit.limit)}
                {t.limit.assumed && ' (assumed)'}
              </td>
              <td>
                {t.limit.source}
                {t.limit.effectiveDate && `, from ${formatDate(t.limit.effectiveDate)}`}
              </td>
              <td>{t.exceeds ? `Above: needs ${APPROVAL_TIER_LABELS[t.limit.tier]}` : 'Within'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
