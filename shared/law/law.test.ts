import { describe, expect, it } from 'vitest';
import { PROCUREMENT_ROUTES, REGIMES } from '../domain';
import {
  ALL_LEGAL_GROUNDS,
  DIRECT_AWARD_GROUNDS,
  findLegalGround,
  MODIFICATION_GROUNDS,
  noticesFor,
  PA2023_DIRECT_AWARD_GROUNDS,
  PA2023_MODIFICATION_NOTE,
  PCR2015_DIRECT_AWARD_GROUNDS,
  PCR2015_MODIFICATION_GROUNDS,
  regimeForDate,
} from './index';

describe('regime by date', () => {
  it('is PCR 2015 before 24 Feb 2025 and PA 2023 from then', () => {
    expect(regimeForDate('2025-02-23')).toBe('PCR2015');
    expect(regimeForDate('2025-02-24')).toBe('PA2023');
    expect(regimeForDate('2015-04-01')).toBe('PCR2015');
  });
  it('returns PSR only for health care services', () => {
    expect(regimeForDate('2026-01-01', { healthCareService: true })).toBe('PSR');
    expect(regimeForDate('2026-01-01', { healthCareService: false })).toBe('PA2023');
  });
});

describe('legal grounds', () => {
  it('have unique codes, labels, plain descriptions and citations', () => {
    const codes = ALL_LEGAL_GROUNDS.map((g) => g.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const g of ALL_LEGAL_GROUNDS) {
      expect(g.label.length).toBeGreaterThan(3);
      expect(g.description.length).toBeGreaterThan(30);
      expect(g.citation).toMatch(/^(PA 2023|PCR 2015) /);
      expect(g.citation.startsWith('PA 2023')).toBe(g.regime === 'PA2023');
    }
  });

  it('cover PA 2023 Schedule 5 and PCR 2015 reg. 32', () => {
    const labels = PA2023_DIRECT_AWARD_GROUNDS.map((g) => g.label.toLowerCase()).join('|');
    for (const word of [
      'prototype',
      'unique work of art',
      'exclusive rights',
      'technical reasons',
      'additional or repeat',
      'similar repeat',
      'commodities',
      'insolvency',
      'urgency',
      'user choice',
    ]) {
      expect(labels).toContain(word);
    }
    expect(PCR2015_DIRECT_AWARD_GROUNDS.every((g) => g.citation.includes('reg. 32'))).toBe(true);
    expect(DIRECT_AWARD_GROUNDS.every((g) => g.kind === 'direct-award')).toBe(true);
  });

  it('marks only the urgency grounds as unusable when caused by the trust', () => {
    const selfCaused = ALL_LEGAL_GROUNDS.filter((g) => g.cannotBeSelfCaused).map((g) => g.code);
    expect(selfCaused.sort()).toEqual(['pa2023-sch5-urgency', 'pcr2015-reg32-urgency']);
    expect(findLegalGround('pa2023-sch5-urgency')?.description).toMatch(/own|not due to anything the trust/);
  });

  it('cover PCR 2015 reg. 72(1)(a), (b), (c), (e), (f) with the 50% cap on (b) and (c)', () => {
    const cites = PCR2015_MODIFICATION_GROUNDS.map((g) => g.citation);
    for (const p of ['(1)(a)', '(1)(b)', '(1)(c)', '(1)(e)', '(1)(f)']) expect(cites.some((c) => c.includes(p))).toBe(true);
    expect(findLegalGround('pcr2015-reg72-1b-additional')?.valueCapPct).toBe(50);
    expect(findLegalGround('pcr2015-reg72-1c-unforeseeable')?.valueCapPct).toBe(50);
    expect(MODIFICATION_GROUNDS.every((g) => g.kind === 'modification')).toBe(true);
    expect(PA2023_MODIFICATION_NOTE).toContain('10%');
  });

  it('finds grounds by code', () => {
    expect(findLegalGround('pa2023-sch5-technical')?.citation).toContain('Sch. 5');
    expect(findLegalGround('nope')).toBeUndefined();
    expect(findLegalGround(undefined)).toBeUndefined();
  });
});

describe('notices', () => {
  it('PA 2023 direct award: transparency, award, 8 working days standstill, details — in order', () => {
    const n = noticesFor('direct-award', 'PA2023');
    expect(n.map((x) => x.code)).toEqual(['transparency-notice', 'contract-award-notice', 'standstill', 'contract-details-notice']);
    expect(n[2].wait).toEqual({ days: 8, unit: 'working-days' });
  });

  it('PCR 2015 reg. 32: VEAT notice and a 10-day wait', () => {
    const n = noticesFor('negotiated-without-publication', 'PCR2015');
    expect(n[0].code).toBe('veat-notice');
    expect(n[0].wait).toEqual({ days: 10, unit: 'calendar-days' });
  });

  it('answers for every route and regime', () => {
    for (const route of PROCUREMENT_ROUTES) {
      for (const regime of REGIMES) {
        const n = noticesFor(route, regime);
        expect(Array.isArray(n)).toBe(true);
        if (regime !== 'PSR') expect(n.length).toBeGreaterThan(0);
      }
    }
  });
});
