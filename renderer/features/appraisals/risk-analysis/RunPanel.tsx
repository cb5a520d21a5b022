import { rangeProblems } from '@shared/engine/simulation-input';
import { formatCount, formatTimestamp } from '@shared/format';
import { useCommands } from '../../../data';
import { NumberFields, type NumberFieldSpec } from '../../../ui/fields';
import type { AppraisalData } from '../use-appraisal';
import { RunProgress } from './RunProgress';
import type { useRiskAnalysis } from './use-risk-analysis';

type RunSetting = 'seed' | 'iterations' | 'delayCostCorrelation';

const RUN_SETTINGS: readonly NumberFieldSpec<RunSetting>[] = [
  {
    key: 'seed',
    label: 'Seed',
    integer: true,
    min: 0,
    max: 2 ** 31 - 1,
    hint: 'Stored with the appraisal: the same seed and inputs reproduce these figures exactly',
  },
  { key: 'iterations', label: 'Iterations', integer: true, min: 10_000, max: 1_000_000, hint: 'At least 10,000' },
  {
    key: 'delayCostCorrelation',
    label: 'Rank correlation, go-live delay and implementation cost',
    min: -1,
    max: 1,
    hint: 'Between −1 and 1; default 0 (independent)',
  },
];

/** How the change history names each setting. */
const RUN_SETTING_NAMES: Record<RunSetting, string> = { seed: 'seed', iterations: 'iterations', delayCostCorrelation: 'correlation' };

/**
 * The run settings stored with the appraisal (seed, iterations, correlation) and the Run button,
 * with progress and Cancel while it runs.
 */
export function RunPanel({ data, analysis }: { data: AppraisalData; analysis: ReturnType<typeof useRiskAnalysis> }) {
  const commands = useCommands();
  const a = data.bundle.appraisal;
  const { input, run, stale } = data.riskAnalysis;
  const { state } = analysis;
  const problems = rangeProblems(input);
  const running = state.phase === 'running';
  const save = (patch: Partial<typeof a.simulation>, what: string) =>
    commands.appraisals.update(
      a.id,
      (cur) => ({ ...cur, simulation: { ...cur.simulation, ...patch } }),
      `Changed the risk analysis ${what}`,
    );
  const ranged =
    input.costLines.filter((l) => l.range).length +
    (input.benefits ?? []).filter((b) => b.range).length +
    input.risks.filter((r) => r.impactRange).length;
  const delays = input.options.filter((o) => o.goLiveDelay).length;
  const costed = input.risks.filter((r) => r.impact !== undefined && r.probability !== undefined).length;

  return (
    <section aria-labelledby="run-heading">
      <h2 id="run-heading">Run the analysis</h2>
      <p>
        {formatCount(ranged)} three-point {ranged === 1 ? 'range' : 'ranges'}, {formatCount(delays)} go-live delay{' '}
        {delays === 1 ? 'range' : 'ranges'} and {formatCount(costed)} costed {costed === 1 ? 'risk' : 'risks'} enter the analysis.
        {ranged + delays + costed === 0 && ' With none, every iteration gives the deterministic figures: add ranges below first.'}
      </p>
      <div className="form-grid">
        <NumberFields
          fields={RUN_SETTINGS}
          values={a.simulation}
          onCommit={(key, value) => save({ [key]: value }, RUN_SETTING_NAMES[key])}
        />
      </div>
      {problems.length > 0 && (
        <ul className="warnings" aria-label="Ranges to fix before running">
          {problems.map((p) => (
            <li key={p} className="flag">
              {p}
            </li>
          ))}
        </ul>
      )}
      <div className="run-progress">
        <button type="button" className="primary" disabled={running || problems.length > 0} onClick={() => analysis.run(data.riskAnalysis)}>
          Run risk analysis
        </button>
        <RunProgress analysis={analysis} />
      </div>
      <p role="status">
        {state.phase === 'idle' && state.message}
        {state.phase === 'idle' && !state.message && run && `Last run finished ${formatTimestamp(run.finishedAt)}.`}
      </p>
      {state.phase === 'failed' && (
        <p role="alert" className="error">
          {state.message}
        </p>
      )}
      {stale && !running && (
        <p className="notice notice-warning">
          The inputs have changed since the last run, so its figures are no longer shown. Run the analysis again.
        </p>
      )}
    </section>
  );
}
