import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeEconomics } from '../engine/economics';
import { groupRecords } from '../engine/follow-on';
import { periodContext } from '../engine/period';
import { benefitSchema, costLineSchema, optionSchema, riskSchema } from '.';
import { upgradeAppraisalRecords } from './record-upgrades';

const fixture = JSON.parse(readFileSync(new URL('../../test/fixtures/registers/portfolio-v2-appraisal.json', import.meta.url), 'utf8')) as {
  appraisals: Array<{ options: Record<string, unknown>[]; costLines: Record<string, unknown>[]; risks: unknown[] }>;
};
const old = fixture.appraisals[0];
const NO_OB = {
  development: { pct: 0, mitigation: 'x' },
  serviceCharge: { pct: 0, mitigation: 'x' },
  duration: { pct: 0, mitigation: 'x' },
};
const period = {
  baseDate: '2026-11-01',
  periodYears: 10,
  discount: { rate: 0.035, longRate: 0.03, switchYear: 30 },
  deflator: { assumedGrowthPct: 0, index: [], source: '', vintage: '' },
};

describe('upgradeAppraisalRecords (database 1 → 2, portfolio 2 → 3)', () => {
  const upgraded = upgradeAppraisalRecords(old);

  it('gives records that parse at the new shape, without touching its input', () => {
    const before = structuredClone(old);
    upgradeAppraisalRecords(old);
    expect(old).toEqual(before);
    for (const o of upgraded.options) expect(optionSchema.safeParse(o).success).toBe(true);
    for (const l of upgraded.costLines) expect(costLineSchema.safeParse(l).success).toBe(true);
    for (const r of upgraded.risks) expect(riskSchema.safeParse(r).success).toBe(true);
    for (const b of upgraded.benefits) expect(benefitSchema.safeParse(b).success).toBe(true);
  });

  it('keeps NPC with benefits identical: old net of negative lines = new NPC − PVB', () => {
    // The old engine netted `benefit` lines off as negative costs. Evaluate both shapes with the same
    // rules (no optimism bias, g = 0): before, the saving as a negative cost line of another category.
    const option = optionSchema.parse({ ...old.options[1], optimismBias: NO_OB });
    const asNegativeCosts = old.costLines
      .filter((l) => l.optionId === option.id)
      .map((l) => costLineSchema.parse({ ...l, category: l.category === 'benefit' ? 'other' : l.category }));
    const ctx = periodContext(period);
    const settings = { defaultImplementationMonths: 18 };
    const before = computeEconomics(option, groupRecords([option], asNegativeCosts), ctx, settings);
    const lines = upgraded.costLines.map((l) => costLineSchema.parse(l));
    const benefits = upgraded.benefits.map((b) => benefitSchema.parse(b));
    const after = computeEconomics(option, groupRecords([option], lines, [], benefits), ctx, settings);
    expect(after.benefits.pvb).toBeGreaterThan(0);
    expect(after.npc - after.benefits.pvb).toBeCloseTo(before.npc, 6);
  });

  it('turns the single optimism bias into the development uplift, its rationale the mitigation', () => {
    const parsed = optionSchema.parse(upgraded.options[1]);
    expect(parsed.optimismBias).toEqual({
      development: { pct: 41, mitigation: 'Reference class: outsourcing upper bound' },
      serviceCharge: { pct: 41, mitigation: '' },
      duration: { pct: 54, mitigation: '' },
    });
  });
});
