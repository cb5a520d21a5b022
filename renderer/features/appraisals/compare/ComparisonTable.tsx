import { OPTION_KIND_LABELS } from '@shared/domain';
import { isMarkedBest, type AppraisalResult, type BestPerRow, type OptionResult } from '@shared/engine/appraise';
import { formatMoney, formatScore } from '@shared/format';
import { RiskGradeBadge } from '../../../ui/RiskGradeBadge';

interface Row {
  label: string;
  best?: keyof BestPerRow;
  /** How the figure was worked out, for the explanation under the row label. */
  how?: string;
  render: (r: OptionResult) => React.ReactNode;
}

const ROWS: Row[] = [
  { label: 'Kind', render: (r) => OPTION_KIND_LABELS[r.option.kind] },
  {
    label: 'Whole-life cost',
    best: 'lowestWholeLifeCost',
    how: 'Undiscounted sum of every cost line (and optimism bias) over the appraisal period',
    render: (r) => formatMoney(r.costs.wholeLifeCost),
  },
  {
    label: 'Net present cost',
    best: 'lowestNpc',
    how: 'Σ cost in year t × 1/(1+r)^t, Green Book rates',
    render: (r) => formatMoney(r.costs.npc),
  },
  {
    label: 'NPC with risk allowance',
    best: 'lowestNpcWithRisk',
    how: 'NPC plus probability × £ impact of each costed risk, in the year it lands',
    render: (r) => formatMoney(r.costs.npcWithRisk),
  },
  { label: 'Weighted score (out of 10)', best: 'highestScore', how: 'Σ weight × score ÷ 100', render: (r) => formatScore(r.weightedScore) },
  {
    label: 'NPC per weighted point',
    best: 'lowestNpcPerPoint',
    how: 'Net present cost ÷ weighted score',
    render: (r) => (r.npcPerPoint === null ? '—' : formatMoney(r.npcPerPoint)),
  },
  {
    label: 'Highest residual risk',
    best: 'lowestTopRisk',
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
              const best = row.best && isMarkedBest(result.best[row.best], r.option.id, result.options.length);
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
