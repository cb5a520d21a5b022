import { describe, expect, it } from 'vitest';
import { anOption } from '../../test/support/builders';
import { riskSchema } from '../domain';
import { riskScoreValue } from './risk-matrix';
import { blankRisk, RISK_LIBRARY, riskFromTemplate, suggestedRiskTemplates } from './risk-library';

describe('risk library', () => {
  it('seeds the nine docs/domain.md §6 risks', () => {
    expect(RISK_LIBRARY.map((r) => r.key)).toEqual([
      'data-migration-failure',
      'post-go-live-instability',
      'direct-award-challenge',
      'hosting-gap-cut-over',
      'loss-of-supplier-support',
      'spine-integration',
      'dcb0160-not-ready',
      'supplier-dspt-lapsed',
      'scope-creep-substantial',
    ]);
    expect(RISK_LIBRARY.find((r) => r.key === 'data-migration-failure')?.description).toContain('3–4 months');
    expect(RISK_LIBRARY.find((r) => r.key === 'post-go-live-instability')?.description).toContain('25%');
  });

  it('has residual scores no worse than inherent, and mitigations', () => {
    for (const t of RISK_LIBRARY) {
      expect(riskScoreValue(t.residual)).toBeLessThanOrEqual(riskScoreValue(t.inherent));
      expect(t.mitigation.length).toBeGreaterThan(20);
    }
  });

  it('builds valid Risk records', () => {
    for (const t of RISK_LIBRARY) {
      const r = riskFromTemplate(t, { id: `r-${t.key}`, optionId: 'o', appraisalId: 'a' });
      expect(riskSchema.parse(r)).toEqual(r);
    }
  });

  it('suggests risks that fit the option', () => {
    const direct = anOption('a', {
      kind: 'direct-with-vendor',
      route: 'direct-award',
      terms: { startDate: '2027-07-01', durationMonths: 84 },
    });
    const keys = suggestedRiskTemplates(direct).map((t) => t.key);
    expect(keys).toContain('direct-award-challenge');
    expect(keys).not.toContain('data-migration-failure');
    const newSystem = { ...direct, route: 'open' as const, newSystem: true };
    expect(suggestedRiskTemplates(newSystem).map((t) => t.key)).toContain('data-migration-failure');
  });
});

describe('blank risk', () => {
  it('is a storable risk the user then writes: medium before mitigation, a step lower after, every text empty', () => {
    const ids = { id: 'r1', optionId: 'o1', appraisalId: 'a1' };
    const risk = blankRisk(ids);
    expect(riskSchema.safeParse(risk).success).toBe(true);
    expect(risk).toEqual({
      ...ids,
      title: 'New risk',
      category: 'operational',
      description: '',
      owner: '',
      mitigation: '',
      inherent: { likelihood: 3, consequence: 3 },
      residual: { likelihood: 2, consequence: 3 },
      overlaps: 'none',
      order: 0,
      notes: '',
    });
  });
});
