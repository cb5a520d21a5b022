import { useState } from 'react';
import { riskAnalysisModel } from '@shared/presentation/risk-analysis';
import type { SimulationResult } from '@shared/engine/simulation';
import { PickerSelect } from '../../../ui/fields';
import { ChartTable } from '../../../ui/charts/ChartTable';
import { ProbabilityCheapestChart } from '../../../ui/charts/ProbabilityCheapestChart';
import { SCurveChart } from '../../../ui/charts/SCurveChart';
import { TornadoChart } from '../../../ui/charts/TornadoChart';
import type { AppraisalData } from '../use-appraisal';

/**
 * What the risk analysis found: the conclusion first, then NPC and NPSV percentiles, the S-curve,
 * the probability of being cheapest and the tornado of drivers, each chart with its table.
 */
export function RiskAnalysisResults({ data, simulation }: { data: AppraisalData; simulation: SimulationResult }) {
  const model = riskAnalysisModel(data.result, simulation);
  const [selected, setSelected] = useState(model.options.find((o) => !o.isCounterfactual)?.optionId ?? model.options[0]?.optionId);
  const focus = model.options.find((o) => o.optionId === selected) ?? model.options[0];
  const focusResult = data.result.options.find((r) => r.option.id === focus?.optionId);
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">Results</h2>
      <div className="summary-box">
        <p>
          <strong>{model.summary}</strong>
        </p>
        <p className="hint">From {model.runText}; draws are paired, so each option meets the same uncertainties in every iteration.</p>
      </div>
      <ChartTable data={model.npcTable} />
      {model.npsvTable && <ChartTable data={model.npsvTable} />}
      <SCurveChart series={model.options.map((o) => ({ id: o.optionId, name: o.name, points: o.sCurve }))} table={model.sCurveTable} />
      <ProbabilityCheapestChart
        options={model.options
          .filter((o) => o.probabilityCheapest !== null)
          .map((o) => ({ id: o.optionId, name: o.name, probability: o.probabilityCheapest! }))}
        table={model.cheapestTable}
      />
      {focus && focusResult && (
        <>
          <PickerSelect
            label="Drivers of"
            value={focus.optionId}
            onChange={setSelected}
            options={model.options.map((o) => [o.optionId, o.name] as const)}
          />
          <TornadoChart name={focus.name} bars={focus.tornado} npc={focusResult.costs.npc} />
        </>
      )}
    </section>
  );
}
