import { describe, expect, it } from 'vitest';
import { PROCUREMENT_ROUTES, REGIMES } from '../domain';
import { groundChoices, groundPurpose } from './ground-choices';

describe('ground pickers by route and regime', () => {
  it('never offers a Schedule 5 ground (or any ground) on a PSR route', () => {
    for (const route of ['psr-direct-award', 'psr-most-suitable-provider', 'psr-competitive'] as const)
      for (const regime of REGIMES) expect(groundChoices(route, regime)).toEqual([]);
  });

  it('offers only the contract regime’s modification grounds for a modification or extension', () => {
    expect(new Set(groundChoices('modification', 'PA2023').map((g) => g.regime))).toEqual(new Set(['PA2023']));
    expect(groundChoices('modification', 'PA2023').map((g) => g.code)).toContain('pa2023-sch8-unforeseeable');
    expect(groundChoices('modification', 'PCR2015').every((g) => g.code.startsWith('pcr2015-reg72'))).toBe(true);
    expect(groundChoices('modification', 'PSR').map((g) => g.code)).toEqual([
      'psr-reg13-provided-for',
      'psr-reg13-succession',
      'psr-reg13-external-factors',
      'psr-reg13-trust-decided',
    ]);
    // An extension recorded on another route is still a modification of the current contract.
    expect(groundPurpose('open', 12)).toBe('modification');
  });

  it('offers direct-award grounds for direct awards only, by the award’s regime', () => {
    expect(groundChoices('direct-award', 'PA2023').every((g) => g.kind === 'direct-award' && g.regime === 'PA2023')).toBe(true);
    expect(groundChoices('direct-award', 'PA2023').map((g) => g.citation)).toContain('PA 2023 s.43');
    expect(groundChoices('negotiated-without-publication', 'PCR2015').every((g) => g.regime === 'PCR2015')).toBe(true);
    for (const route of PROCUREMENT_ROUTES.filter((r) => ['open', 'restricted', 'competitive-flexible', 'framework-call-off'].includes(r)))
      expect(groundChoices(route, 'PA2023')).toEqual([]);
  });
});
