import { OPTION_KIND_LABELS } from '@shared/domain';
import type { AppraisalResult, OptionResult } from '@shared/engine/appraise';
import type { BestRow } from '@shared/engine/best-marks';
import { money } from '../../../ui/format';
import { RiskGradeBadge } from '../../../ui/RiskGradeBadge';

interface Row {
  label: string;
  best?: BestRow;
  /** How the figure was worked out, for the explanation under the row label. */
  how?: string;
  render: (r: OptionResult) => React.ReactNode;
}

const ROWS: Row[] = [
  { label: 'Kind', render: (r) => OPTION_KIND_LABELS[r.option.kind] },
  {
    label: 'Whole-life cost',
    best: 'wholeLifeCash',
    how: 'Cash, undiscounted, with optimism bias and risk allowance, over the appraisal period',
    render: (r) => money(r.costs.riskAdjusted.wholeLifeCash),
  },
  {
    label: 'Net present cost before risk',
    how: 'Σ real cost in year t × 1/(1+r)^t with optimism bias, Green Book rates',
    render: (r) => money(r.costs.optimismBias.npc),
  },
  {
    label: 'NPC with risk allowance',
    best: 'npc',
    how: 'NPC plus probability × £ impact of each costed risk, in the year it lands',
    render: (r) => (r.costs.riskAssessed ? money(r.costs.npc) : `${money(r.costs.npc)} (risk not assessed)`),
  },
  { label: 'Weighted score (out of 10)', best: 'score', how: 'Σ weight × score ÷ 100', render: (r) => r.weightedScore.toFixed(2) },
  {
    label: 'NPC per weighted point',
    best: 'npcPerPoint',
    how: 'Net present cost ÷ weighted score',
    render: (r) => (r.npcPerPoint === null ? '—' : money(r.npcPerPoint)),
  },
  {
    label: 'Highest residual risk',
    best: 'topRisk',
    how: 'Likelihood × consequence on the NHS 5×5 matrix',
    render: (r) => <RiskGradeBadge rated={r.highestResidual} />,
  },
  { label: 'Feasibility flags', render: (r) => (r.flags.length === 0 ? 'None' : r.flags.map((f) => f.title).join('; ')) },
];

/** Options side by side; the best value in each row is marked with a star and said in words. */
export function ComparisonTable({ result }: { result: AppraisalResult }) {
  return (
    <table className="data-table comparison">
      <caption>Options compared (best in each row marked ★)</caption>
      <thead>
        <tr>
          <th scope="col">Measure</th>
          {result.options.map((r) => (
            <th scope="col" key={r.option.id}>
              {r.option.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ROWS.map((row) => (
          <tr key={row.label}>
            <th scope="row">
              {row.label}
              {row.how && <span className="hint how"> {row.how}</span>}
            </th>
            {result.options.map((r) => {
              const best = row.best && result.best[row.best] === r.option.id;
              return (
                <td key={r.option.id} className={best ? 'best' : undefined}>
                  {row.render(r)}
                  {best && <span className="visually-hidden"> (best)</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
