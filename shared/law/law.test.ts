import { describe, expect, it } from 'vitest';
import { isPsrRoute, PCR_SAVING_REGIME_EVENTS, PROCUREMENT_ROUTES, REGIME_EVENTS, REGIMES, type RegimeEvent } from '../domain';
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
  computeWait,
  decideRegime,
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
      expect(g.citation).toMatch(/^(PA 2023|PCR 2015|PSR) /);
      expect(g.citation.startsWith('PA 2023')).toBe(g.regime === 'PA2023');
      expect(g.citation.startsWith('PSR')).toBe(g.regime === 'PSR');
      // Every citation names a paragraph, regulation limb or section, never a bare heading.
      expect(g.citation).toMatch(/(para|reg|s)\. ?\d|s\.\d/);
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
    expect(selfCaused.sort()).toEqual(['pa2023-sch5-urgency', 'pa2023-sch8-urgency', 'pcr2015-reg32-urgency']);
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
    expect(n.map((x) => x.code)).toEqual([
      'conflicts-assessment',
      'transparency-notice',
      'kpis',
      'contract-award-notice',
      'standstill',
      'contract-details-notice',
      'contract-publication',
    ]);
    expect(n[4].wait).toEqual({ days: 8, unit: 'working-days', calendar: 'pa', counting: 'beginning-with' });
    expect(noticesFor('direct-award', 'PA2023', { urgency: true })[4].voluntary).toBe(true);
  });

  it('PCR 2015 reg. 32: VEAT notice and a 10-day wait', () => {
    const n = noticesFor('negotiated-without-publication', 'PCR2015');
    expect(n[0].code).toBe('veat-notice');
    expect(n[0].wait).toEqual({ days: 10, unit: 'calendar-days', counting: 'day-after' });
  });

  it('answers for every route and regime', () => {
    for (const route of PROCUREMENT_ROUTES) {
      for (const regime of REGIMES) {
        const n = noticesFor(route, regime);
        expect(Array.isArray(n)).toBe(true);
        // A competitive PA/PCR route under the PSR is a mismatch the feasibility check reports instead.
        if (regime !== 'PSR' || isPsrRoute(route) || route === 'modification') expect(n.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('notices by route (DOMAIN section 5)', () => {
  it('a PA 2023 framework call-off has an award notice but no tender notice and only a voluntary standstill (s.45-46, s.51(3))', () => {
    const n = noticesFor('framework-call-off', 'PA2023');
    const codes = n.map((x) => x.code);
    expect(codes).toContain('contract-award-notice');
    expect(codes).not.toContain('tender-notice');
    expect(codes).not.toContain('transparency-notice');
    expect(n.find((x) => x.code === 'voluntary-standstill')?.voluntary).toBe(true);
    expect(codes).not.toContain('standstill');
  });

  it('a PCR 2015 call-off has no award notice per call-off (reg. 50(4))', () => {
    const n = noticesFor('framework-call-off', 'PCR2015');
    expect(n.map((x) => x.citation).join(' ')).toContain('reg. 50(4)');
    expect(n.every((x) => x.code !== 'contract-award-notice')).toBe(true);
  });

  it('PSR direct award C: intention notice then an 8-working-day standstill counted from the day after on England’s calendar', () => {
    const n = noticesFor('psr-direct-award', 'PSR', { psrProcess: 'C' });
    expect(n[0].code).toBe('psr-intention-notice');
    expect(n[1].wait).toEqual({ days: 8, unit: 'working-days', calendar: 'psr', counting: 'day-after' });
    expect(noticesFor('psr-direct-award', 'PSR', { psrProcess: 'A' }).map((x) => x.code)).toEqual(['psr-award-notice']);
  });

  it('computes the PA standstill from the day the award notice is published', () => {
    const w = computeWait({ days: 8, unit: 'working-days', calendar: 'pa', counting: 'beginning-with' }, '2026-06-01', 'PA 2023 s.51(2)');
    expect(w.end).toBe('2026-06-10');
    expect(w.earliest).toBe('2026-06-11');
    expect(w.sentence).toContain('10 Jun 2026');
  });
});

describe('regime by the transitional regulations (SI 2024/716 reg. 5)', () => {
  const today = '2026-12-06';
  it('a contract notice submitted before 24 Feb 2025 keeps the procurement under PCR 2015, whatever the register says', () => {
    const d = decideRegime({ regime: 'PA2023', regimeEvent: 'contract-notice-submitted', regimeEventDate: '2025-02-20' }, today);
    expect(d.regime).toBe('PCR2015');
    expect(d.assumed).toBe(false);
    expect(d.citation).toBe('SI 2024/716 reg. 5(3)(c)');
    expect(d.conflict).toMatch(/event decides/);
  });
  it('saves exactly the five reg. 5(3) events (a)-(e) under PCR 2015', () => {
    // Each event classified here on its own (typed over every event, so a new one must be classified
    // too): the events of reg. 5(3) keep PCR 2015 when dated before 24 Feb 2025; a call-off from a PCR
    // framework stays under PCR 2015 by reg. 5(1) whatever its date, and the Act's and the PSR's own
    // events start a procurement under them.
    const keepsPcr: Record<RegimeEvent, boolean> = {
      'contract-awarded': true,
      'framework-concluded': true,
      'dps-established': true,
      'negotiated-procedure-contact': true,
      'contract-notice-submitted': true,
      'veat-notice-published': true,
      'contracts-finder-published': true,
      'pcr-framework-call-off': false,
      'pa-tender-notice': false,
      'pa-transparency-notice': false,
      'psr-process-started': false,
    };
    expect(PCR_SAVING_REGIME_EVENTS).toEqual(REGIME_EVENTS.filter((e) => keepsPcr[e]));
  });
  it('the same event on 24 Feb 2025 puts it under the Act', () => {
    expect(decideRegime({ regimeEvent: 'contract-notice-submitted', regimeEventDate: '2025-02-24' }, today).regime).toBe('PA2023');
  });
  it('a call-off from a PCR framework stays under PCR 2015 even when made after commencement', () => {
    expect(decideRegime({ regimeEvent: 'pcr-framework-call-off', regimeEventDate: '2026-03-01' }, today).regime).toBe('PCR2015');
  });
  it('without an event, assumes from the procurement start date and says so', () => {
    const d = decideRegime({ procurementStartDate: '2024-11-01', startDate: '2025-06-01' }, today);
    expect(d.regime).toBe('PCR2015');
    expect(d.assumed).toBe(true);
    expect(d.reason).toContain('assumed from the procurement start date');
  });
  it('PSR only when the mixed-contract facts are recorded (PSR reg. 3)', () => {
    const facts = {
      startDate: '2026-01-01',
      psrMixedContract: { healthCareMainSubject: 'yes', otherPartsCouldNotBeSeparated: 'yes', note: '' },
    } as const;
    expect(decideRegime(facts, today).regime).toBe('PSR');
    expect(
      decideRegime({ ...facts, psrMixedContract: { ...facts.psrMixedContract, otherPartsCouldNotBeSeparated: 'unknown' } }, today).regime,
    ).toBe('PA2023');
  });
});
