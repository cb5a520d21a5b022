import { useState } from 'react';
import type { Criterion } from '@shared/domain';
import { useCommands, newId } from '../../data';
import { NumberField, TextField } from '../../ui/fields';
import type { AppraisalData } from './use-appraisal';
import { formatScore } from '@shared/format';

/** Weighted criteria (summing to 100) and each option's 0–10 score against them. */
export function ScoringTab({ data }: { data: AppraisalData }) {
  const commands = useCommands();
  const { criteria, options, appraisal } = data.bundle;
  const { weights } = data.result;
  const [name, setName] = useState('');

  const addCriterion = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    await commands.appraisals.addChild('criterion', {
      id: newId(),
      appraisalId: appraisal.id,
      name: name.trim(),
      weight: 0,
      order: criteria.length,
    });
    setName('');
  };
  const patchCriterion = (c: Criterion, change: Partial<Criterion>) =>
    commands.appraisals.updateChild('criterion', c, (cur) => ({ ...cur, ...change }));

  return (
    <div>
      <p className={weights.ok ? 'notice notice-sample' : 'notice notice-warning'} role="status">
        {weights.ok ? `Weights total ${weights.total}.` : weights.message}
      </p>
      <table className="data-table scoring">
        <caption>Scores out of 10 against each criterion; weighted score = Σ weight × score ÷ 100</caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">Weight</th>
            {options.map((o) => (
              <th scope="col" key={o.id}>
                {o.name}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <TextField
                  label={`Criterion ${c.order + 1} name`}
                  value={c.name}
                  required
                  onCommit={(n) => patchCriterion(c, { name: n })}
                  className="compact"
                />
              </th>
              <td>
                <NumberField
                  label={`Weight of ${c.name}`}
                  value={c.weight}
                  min={0}
                  max={100}
                  onCommit={(weight) => weight !== undefined && patchCriterion(c, { weight })}
                  className="compact"
                />
              </td>
              {options.map((o) => (
                <td key={o.id}>
                  <NumberField
                    label={`${o.name}: score for ${c.name}`}
                    optional
                    min={0}
                    max={10}
                    value={o.scores[c.id]}
                    className="compact"
                    onCommit={(score) =>
                      commands.appraisals.updateChild('option', o, (current) => {
                        const scores = { ...current.scores };
                        if (score === undefined) delete scores[c.id];
                        else scores[c.id] = score;
                        return { ...current, scores };
                      })
                    }
                  />
                </td>
              ))}
              <td>
                <button
                  type="button"
                  onClick={() => void commands.appraisals.deleteChild('criterion', c)}
                  aria-label={`Delete criterion ${c.name}`}
                >
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Weighted score</th>
            <td>{weights.total}</td>
            {data.result.options.map((r) => (
              <td key={r.option.id} className="numeric">
                <strong>{formatScore(r.weightedScore)}</strong>
              </td>
            ))}
            <td />
          </tr>
        </tfoot>
      </table>
      <form className="button-row" onSubmit={addCriterion}>
        <label className="field-inline">
          <span>New criterion</span>
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit">Add criterion</button>
      </form>
    </div>
  );
}
