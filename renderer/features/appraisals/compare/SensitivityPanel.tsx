import { useMemo, useState } from 'react';
import { runSensitivity } from '@shared/engine/sensitivity';
import { SensitivityChart } from '../../../ui/charts/SensitivityChart';
import { formatSensitivityValue } from '@shared/presentation/sensitivity';
import { NumberField } from '../../../ui/fields';
import type { AppraisalData } from '../use-appraisal';

/** How the cheapest option (lowest NPC) changes as the big assumptions move, with switching values. */
export function SensitivityPanel({ data }: { data: AppraisalData }) {
  const [rangePct, setRangePct] = useState(20);
  const { appraisal, options, costLines, risks, benefits } = data.bundle;
  const series = useMemo(
    () => runSensitivity({ appraisal, options, costLines, risks, benefits, rangePct }),
    [appraisal, options, costLines, risks, benefits, rangePct],
  );
  const name = (id: string | null) => options.find((o) => o.id === id)?.name ?? '—';

  return (
    <section aria-labelledby="sensitivity-title">
      <h2 id="sensitivity-title">Sensitivity</h2>
      <NumberField label="Vary each assumption by ± (%)" value={rangePct} min={1} max={100} onCommit={(v) => v && setRangePct(v)} />
      <table className="data-table">
        <caption>Switching values: where the option with the lowest NPC changes</caption>
        <thead>
          <tr>
            <th scope="col">Assumption</th>
            <th scope="col">Base</th>
            <th scope="col">Lowest NPC at base</th>
            <th scope="col">Switching value</th>
            <th scope="col">Then cheapest</th>
          </tr>
        </thead>
        <tbody>
          {series.map((s) => (
            <tr key={s.key}>
              <th scope="row">{s.label}</th>
              <td>{formatSensitivityValue(s.unit, s.baseValue)}</td>
              <td>{name(s.basePreferredId)}</td>
              <td>{s.switchingValue === null ? 'No switch within the range' : formatSensitivityValue(s.unit, s.switchingValue)}</td>
              <td>{s.switchesToId ? name(s.switchesToId) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {series
        .filter((s) => s.variable !== 'largest-line')
        .map((s) => (
          <SensitivityChart key={s.key} series={s} optionNames={Object.fromEntries(options.map((o) => [o.id, o.name]))} table="hidden" />
        ))}
    </section>
  );
}
