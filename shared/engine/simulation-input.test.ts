import { describe, expect, it } from 'vitest';
import { contractSchema, DEFAULT_SETTINGS } from '../domain';
import { buildBenchAppraisal } from '../../test/support/bench-workload';
import { rangeProblems, runSimulation, simulationFingerprint, simulationInputOf, type SimulationRecords } from './simulation-input';

const bench = buildBenchAppraisal();
const records: SimulationRecords = {
  appraisal: bench.appraisal,
  options: bench.options,
  costLines: bench.costLines,
  risks: bench.risks,
  benefits: bench.benefits,
  contracts: bench.contracts,
  settings: DEFAULT_SETTINGS,
};
const fingerprint = (r: SimulationRecords) => simulationFingerprint(simulationInputOf(r));

const run = (r: SimulationRecords) => runSimulation(simulationInputOf(r));

describe('the risk analysis input and its fingerprint', () => {
  it('is unchanged by edits the simulation never reads: scores, rationale, risk descriptions, benefit measures', () => {
    const edited: SimulationRecords = {
      ...records,
      options: records.options.map((o) => ({ ...o, scores: { x: 9 }, rationale: 'Because', riskNotes: 'Noted' })),
      risks: records.risks.map((r) => ({ ...r, description: 'Worse than thought', mitigation: 'Weekly review' })),
      benefits: records.benefits.map((b) => ({ ...b, measure: 'Audit', owner: 'CNIO' })),
      appraisal: { ...records.appraisal, title: 'Renamed', author: 'Someone else' },
    };
    expect(fingerprint(edited)).toBe(fingerprint(records));
  });

  it('changes with anything that changes the figures: an amount, a range, the seed, the iterations, the period', () => {
    const base = fingerprint(records);
    const line = records.costLines[0];
    expect(fingerprint({ ...records, costLines: [{ ...line, amount: line.amount + 1 }, ...records.costLines.slice(1)] })).not.toBe(base);
    expect(
      fingerprint({ ...records, costLines: [{ ...line, range: { low: 0, high: line.amount * 2 } }, ...records.costLines.slice(1)] }),
    ).not.toBe(base);
    const sim = records.appraisal.simulation;
    expect(fingerprint({ ...records, appraisal: { ...records.appraisal, simulation: { ...sim, seed: sim.seed + 1 } } })).not.toBe(base);
    expect(fingerprint({ ...records, appraisal: { ...records.appraisal, simulation: { ...sim, iterations: 20_000 } } })).not.toBe(base);
    expect(fingerprint({ ...records, appraisal: { ...records.appraisal, periodYears: 12 } })).not.toBe(base);
  });

  it('runs to the same result from the same records and seed (a report re-running it reproduces the screen exactly)', () => {
    const small = { ...records, options: records.options.slice(0, 3) };
    expect(run(small)).toEqual(run({ ...small, options: small.options.map((o) => ({ ...o, rationale: 'changed' })) }));
  });

  it('takes the implementation lead time from the appraised contract, as the engine does', () => {
    const other = contractSchema.parse({ ...bench.contracts[0], category: 'PACS' });
    expect(simulationInputOf(records).defaultImplementationMonths).toBe(DEFAULT_SETTINGS.leadTimesMonths.eprImplementation);
    expect(simulationInputOf({ ...records, contracts: [other] }).defaultImplementationMonths).toBe(
      DEFAULT_SETTINGS.leadTimesMonths.otherImplementation,
    );
  });
});

describe('ranges the simulation cannot draw from', () => {
  it('names the option, the line and the amounts where the most likely amount is outside the range', () => {
    const o = records.options[1];
    const line = { ...records.costLines.find((l) => l.optionId === o.id)!, label: 'Licence', amount: 500_000 };
    expect(
      rangeProblems({ options: [o], costLines: [{ ...line, range: { low: 400_000, high: 600_000 } }], risks: [], benefits: [] }),
    ).toEqual([]);
    expect(
      rangeProblems({ options: [o], costLines: [{ ...line, range: { low: 600_000, high: 700_000 } }], risks: [], benefits: [] }),
    ).toEqual([
      `${o.name}: the range of the cost line 'Licence' (£600,000 to £700,000) does not include its most likely amount, £500,000. Widen the range or change the amount.`,
    ]);
  });

  it('checks benefit and risk ranges too', () => {
    const o = records.options[1];
    const b = { ...records.benefits.find((x) => x.cashflow)!, optionId: o.id, label: 'Storage' };
    const r = { ...records.risks[0], optionId: o.id, title: 'Migration', impact: 100, impactRange: { low: 200, high: 300 } };
    const problems = rangeProblems({
      options: [o],
      costLines: [],
      risks: [r],
      benefits: [{ ...b, range: { low: b.cashflow!.amount + 1, high: b.cashflow!.amount + 2 } }],
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain("the benefit 'Storage'");
    expect(problems[1]).toContain("the risk 'Migration' (£200 to £300)");
  });
});
