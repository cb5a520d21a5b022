import type { Contract } from '@shared/domain';
import { aBareContract } from './builders';

/**
 * The register of the 100,000-contract plan benchmarks (issue 15): live PCR-awarded contracts `C0`, `C1`…
 * spread over six start years and five terms, a third with KPIs; `extra` adds what one benchmark needs.
 */
export function aLargeRegister(n: number, extra: (i: number) => Partial<Contract> = () => ({})): Contract[] {
  const template = aBareContract({ reference: 'T', title: 'System' });
  return Array.from({ length: n }, (_, i) => {
    const y = 2023 + (i % 6);
    const m = String(1 + (i % 12)).padStart(2, '0');
    return {
      ...template,
      reference: `C${i}`,
      regimeEvent: 'contract-awarded' as const,
      regimeEventDate: `${y}-${m}-01`,
      startDate: `${y}-${m}-01`,
      currentEndDate: `${y + 3 + (i % 5)}-${m}-28`,
      totalValue: 50_000 + (i % 200) * 60_000,
      annualValue: 20_000 + (i % 200) * 12_000,
      kpis: i % 3 === 0 ? ['A', 'B', 'C'] : undefined,
      ...extra(i),
    };
  });
}
