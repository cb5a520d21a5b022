import { describe, expect, it } from 'vitest';
import { anEprContract } from '../../test/support/builders';
import { feasibilityOption, runFeasibility } from '../../test/support/feasibility';
import { DEFAULT_SETTINGS, type Option } from '../domain';
import type { FeasibilityCheckId, FeasibilityInput, LegalInputs } from './feasibility';

/**
 * The legal feasibility checks through the engine's API (docs/domain.md §8). The rules themselves
 * are tested row by row in shared/law/legal-rules.test.ts; these tests pin what the engine and report
 * see: the check ids, severities and the sentences with their figures.
 */
const epr = anEprContract;

const option = feasibilityOption;

function run(check: FeasibilityCheckId, over: Partial<FeasibilityInput & LegalInputs> & { option: Option }) {
  return runFeasibility(check, epr(), over).result;
}

describe('direct award without ground', () => {
  it('fires when no ground is recorded, naming Schedule 5 and s.43', () => {
    const r = run('direct-award-without-ground', { option: option() });
    expect(r.fires).toBe(true);
    expect(r.severity).toBe('critical');
    expect(r.explanation).toContain('Schedule 5');
    expect(r.explanation).toContain('s.43');
  });

  it('does not fire with a valid ground, and lists the notices with the standstill', () => {
    const r = run('direct-award-without-ground', { option: option({ legalGround: 'pa2023-sch5-technical' }) });
    expect(r.fires).toBe(false);
    expect(r.explanation).toContain('transparency notice (uk5)');
    expect(r.explanation).toContain('standstill period (at least 8 working days)');
  });

  it("fires for urgency caused by the trust's own timing (Sch. 5 para. 14)", () => {
    const r = run('direct-award-without-ground', { option: option({ legalGround: 'pa2023-sch5-urgency' }) });
    expect(r.fires).toBe(true);
    expect(r.title).toMatch(/own timing/);
    expect(r.explanation).toContain('30 Jun 2027');
  });

  it('fires for urgency recorded as attributable to the trust even when the clock is fine', () => {
    const contracts = [epr({ currentEndDate: '2030-06-30', maximumEndDate: '2030-06-30' })];
    const r = run('direct-award-without-ground', {
      contracts,
      option: option({ legalGround: 'pa2023-sch5-urgency', legal: { urgencyCause: 'attributable-to-trust' } }),
    });
    expect(r.fires).toBe(true);
  });

  it('asks what caused the urgency when the clock does not point at the trust and nothing is recorded', () => {
    const contracts = [epr({ currentEndDate: '2030-06-30', maximumEndDate: '2030-06-30' })];
    const r = run('direct-award-without-ground', { contracts, option: option({ legalGround: 'pa2023-sch5-urgency' }) });
    expect(r.severity).toBe('warning');
    expect(r.explanation).toContain('What caused the urgency?');
  });

  it('counts a part-month open procedure as a whole month when asking whether there was time to compete (docs/domain.md §5)', () => {
    // Ending 15 Nov 2027: from 30 Nov 2026 an 11-month open procedure fits, an 11.5-month one (12 whole months) does not.
    const contracts = [epr({ currentEndDate: '2027-11-15', maximumEndDate: '2027-11-15' })];
    const withOpenLead = (openProcedure: number) =>
      run('direct-award-without-ground', {
        contracts,
        settings: { ...DEFAULT_SETTINGS, leadTimesMonths: { ...DEFAULT_SETTINGS.leadTimesMonths, openProcedure } },
        option: option({ legalGround: 'pa2023-sch5-urgency' }),
      });
    expect(withOpenLead(11).explanation).toContain('What caused the urgency?');
    const r = withOpenLead(11.5);
    expect(r.fires).toBe(true);
    expect(r.title).toMatch(/own timing/);
  });

  it('refuses a PCR 2015 reg. 32 ground for a procurement not saved under PCR', () => {
    const r = run('direct-award-without-ground', {
      option: option({ legalGround: 'pcr2015-reg32-technical', regime: 'PCR2015', route: 'negotiated-without-publication' }),
    });
    expect(r.fires).toBe(true);
    expect(r.explanation).toContain('SI 2024/716 reg. 5');
  });

  it('never asks a framework call-off or a PSR route for a Schedule 5 ground', () => {
    expect(run('direct-award-without-ground', { option: option({ route: 'framework-call-off' }) }).fires).toBe(false);
    const psr = run('direct-award-without-ground', { option: option({ route: 'psr-direct-award', regime: 'PSR' }) });
    expect(psr.fires).toBe(true);
    expect(psr.title).toBe('PSR direct award process not recorded');
    expect(psr.explanation).not.toMatch(/needs a justification under PA 2023 Schedule 5/);
  });

  it('does not apply to competitive routes', () => {
    expect(run('direct-award-without-ground', { option: option({ route: 'open' }) }).fires).toBe(false);
  });
});

describe('modification by the contract’s own regime', () => {
  it('a PCR 2015 contract’s 10-month extension (within 10% of its term) is not waved through by the Act’s 10% test', () => {
    const contracts = [epr({ regimeEvent: 'contract-awarded', regimeEventDate: '2017-06-01' })];
    const r = run('substantial-modification', { contracts, option: option({ route: 'modification', extensionMonths: 10 }) });
    expect(r.figures.regime).toBe('PCR2015');
    expect(r.fires).toBe(true);
    expect(r.explanation).not.toContain('s.74');
    expect(r.explanation).toContain('no "10% of the term" safe harbour');
  });

  it('a PA 2023 contract’s extension of 10% of the maximum term on award is not substantial, notice recommended', () => {
    const contracts = [
      epr({
        startDate: '2025-07-01',
        currentEndDate: '2035-06-30',
        maximumEndDate: '2035-06-30',
        maximumEndDateOnAward: '2035-06-30',
        regimeEvent: 'contract-awarded',
        regimeEventDate: '2025-06-01',
      }),
    ];
    const r = run('substantial-modification', {
      contracts,
      today: '2035-01-10',
      option: option({
        route: 'modification',
        extensionMonths: 12,
        legal: { scopeChangesMaterially: 'no', economicBalanceShiftsToSupplier: 'no' },
      }),
    });
    expect(r.figures).toMatchObject({
      regime: 'PA2023',
      verdict: 'permitted',
      ground: 'pa2023-s74-not-substantial',
      noticeStatus: 'recommended',
    });
    expect(r.explanation).toContain('Term +12 months = 10% of the 120-month maximum term on award (limit 10%, s.74(3)(a))');
    expect(r.severity).toBe('advisory');
  });

  it('an extension that could only start after the contract ends is a new award', () => {
    const r = run('substantial-modification', { today: '2027-06-01', option: option({ route: 'modification', extensionMonths: 6 }) });
    expect(r.figures.verdict).toBe('new-award');
    expect(
      run('direct-award-without-ground', { today: '2027-06-01', option: option({ route: 'modification', extensionMonths: 6 }) }).fires,
    ).toBe(true);
  });

  it('does not apply when the option is not an extension', () => {
    expect(run('substantial-modification', { option: option({ route: 'open' }) }).fires).toBe(false);
  });
});

describe('above threshold (estimated value incl. VAT, not less than the threshold)', () => {
  const threshold = DEFAULT_SETTINGS.thresholds.goodsServices;

  it('uses the contract’s own value when given, grossed up for VAT', () => {
    const r = run('above-threshold', {
      option: option({ legalGround: 'pa2023-sch5-technical' }),
      wholeLifeCost: 9_999_999,
      contractValueExVat: 2_359_420.29,
    });
    expect(r.fires).toBe(true);
    expect(r.figures.valueIncVat).toBe(2_831_304.35);
    expect(r.explanation).toContain('£2,359,420');
    expect(r.explanation).toContain('£2,831,304');
    expect(r.explanation).toContain('£135,018');
    expect(r.explanation).toContain('NHS trusts (PR 2024 Sch. 2)');
    expect(r.figures.valueIsStandIn).toBe(false);
  });

  it('fires at exactly the threshold and not a penny below (≥)', () => {
    expect(run('above-threshold', { option: option(), contractValueExVat: threshold / 1.2 }).fires).toBe(true);
    expect(run('above-threshold', { option: option(), contractValueExVat: (threshold - 0.01) / 1.2 }).fires).toBe(false);
  });

  it('says when the appraisal-period cost stands in for the contract value', () => {
    const r = run('above-threshold', { option: option(), wholeLifeCost: 100_000 });
    expect(r.figures.valueIsStandIn).toBe(true);
    expect(r.explanation).toContain('a stand-in');
    expect(r.explanation).toContain('s.87');
  });

  it('uses the threshold from settings for the current band', () => {
    const settings = { ...DEFAULT_SETTINGS, thresholds: { ...DEFAULT_SETTINGS.thresholds, goodsServices: 5_000_000 } };
    expect(run('above-threshold', { option: option(), settings, contractValueExVat: 2_000_000 }).fires).toBe(false);
  });

  it('uses the user’s recorded estimate over the engine’s figure', () => {
    const r = run('above-threshold', { option: option({ legal: { estimatedValueExVat: 50_000 } }), contractValueExVat: 2_000_000 });
    expect(r.fires).toBe(false);
  });
});
