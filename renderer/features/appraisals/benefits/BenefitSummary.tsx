import type { OptionResult } from '@shared/engine/appraise';
import { VALUE_FOR_MONEY_LABEL } from '@shared/engine/incremental';
import { formatDecimal, formatMoney } from '@shared/format';
import type { AppraisalData } from '../use-appraisal';

/** The option's benefits in figures first: PVB by type, then NPSV and BCR (or the outcome) against the counterfactual. */
export function BenefitSummary({ result: r, data }: { result: OptionResult; data: AppraisalData }) {
  const b = r.costs.benefits;
  const cf = data.result.options.find((o) => o.isCounterfactual);
  const inc = r.incremental;
  return (
    <div className="summary-box" aria-label="Benefit figures">
      <p>
        <strong>Present value of benefits {formatMoney(b.pvb)}</strong> after shortfall ({formatMoney(b.pvbBeforeShortfall)} before):
        cash-releasing {formatMoney(b.byType.CRB)}, non-cash-releasing {formatMoney(b.byType.NCRB)}, societal {formatMoney(b.byType.SB)};{' '}
        {b.unmonetised.length === 1 ? '1 unmonetisable benefit' : `${b.unmonetised.length} unmonetisable benefits`}.
      </p>
      {r.isCounterfactual ? (
        <p>This option is the counterfactual: every other option’s benefits are measured as changes against it, so it normally has none.</p>
      ) : inc ? (
        <p>
          Against the counterfactual ({cf?.option.name}): net present social value <strong>{formatMoney(inc.npsv)}</strong>;{' '}
          {inc.bcr !== null ? (
            <>
              benefit–cost ratio <strong>{formatDecimal(inc.bcr)}</strong>
              {inc.valueForMoney && (
                <>
                  {' '}
                  — value for money band: {inc.valueForMoney.label} <span className="hint">({VALUE_FOR_MONEY_LABEL})</span>
                </>
              )}
            </>
          ) : (
            <>no benefit–cost ratio (it does not cost more): {inc.outcomeText}</>
          )}
          .
        </p>
      ) : (
        <p>No counterfactual is set, so NPSV and BCR cannot be worked out.</p>
      )}
      {r.warnings.crbMatches.length > 0 && (
        <ul className="warnings" aria-label="Benefit warnings">
          {r.warnings.crbMatches.map((w) => (
            <li key={w} className="flag">
              {w}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
