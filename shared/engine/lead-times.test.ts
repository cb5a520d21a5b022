import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../domain';
import { checkLeadTime, routeLeadMonths, statutoryFloor } from './lead-times';

describe('route lead times and statutory floors (DOMAIN section 5)', () => {
  it('takes the DOMAIN defaults for routes Settings does not hold yet', () => {
    const lead = DEFAULT_SETTINGS.leadTimesMonths;
    expect(routeLeadMonths('modification', lead)).toBe(1);
    expect(routeLeadMonths('psr-direct-award', lead)).toBe(2);
    expect(routeLeadMonths('psr-most-suitable-provider', lead)).toBe(3);
    expect(routeLeadMonths('psr-competitive', lead)).toBe(9);
    expect(routeLeadMonths('open', lead)).toBe(12);
    expect(routeLeadMonths('modification', { ...lead, modification: 2 })).toBe(2);
  });

  it("refuses an open procedure shorter than 25 days' tendering plus 8 working days' standstill", () => {
    // From Mon 1 Jun 2026: 25 days to 26 Jun, then 8 working days beginning Fri 26 Jun end Tue 7 Jul.
    const r = checkLeadTime('open', 1, '2026-06-01');
    expect(r.floorEnd).toBe('2026-07-07');
    expect(r.ok).toBe(false);
    expect(r.message).toContain('shorter than the statutory minimum');
    expect(checkLeadTime('open', 1.5, '2026-06-01').ok).toBe(true);
  });

  it('a competitive flexible procedure needs 25 + 25 days and 8 working days', () => {
    expect(statutoryFloor('competitive-flexible').calendarDays).toBe(50);
    expect(checkLeadTime('competitive-flexible', 1.5, '2026-06-01').ok).toBe(false);
  });

  it('a direct award needs its 8 working days unless on urgency grounds; a PSR award counts on England’s calendar', () => {
    expect(checkLeadTime('direct-award', 0, '2026-06-01').ok).toBe(false);
    expect(checkLeadTime('direct-award', 0, '2026-06-01', true).ok).toBe(true);
    expect(checkLeadTime('psr-direct-award', 0.25, '2026-06-01').ok).toBe(false);
    expect(statutoryFloor('psr-competitive').calendar).toBe('psr');
  });
});
