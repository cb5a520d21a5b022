import { COST_CATEGORY_LABELS, ENTRY_BASIS_LABELS, type CostLine, type Option } from '../domain';
import type { Coverage } from './follow-on';
import { formatDate, formatMoney, formatMonths, formatPct } from '../format';

/**
 * An option's assumptions in words, worked out from its data every time they are shown, so they can
 * never go stale after a cost changes (the proposed short list stores none as prose).
 */
export function describeAssumptions(option: Option, lines: readonly CostLine[], coverage?: Coverage): string[] {
  const out: string[] = [];
  const sorted = lines.filter((l) => l.optionId === option.id).sort((a, b) => a.order - b.order);
  for (const l of sorted) {
    const what = `${l.label} (${COST_CATEGORY_LABELS[l.category].toLowerCase()})`;
    const basis = l.basis === 'constant' ? `, ${ENTRY_BASIS_LABELS.constant.toLowerCase()}` : '';
    if (l.kind === 'one-off') out.push(`${what}: ${formatMoney(l.amount)} on ${formatDate(l.date)}${basis}.`);
    else {
      const idx = l.indexationPct ? `, indexed at ${formatPct(l.indexationPct)} a year` : ', no indexation';
      out.push(`${what}: ${formatMoney(l.amount)} a year from ${formatDate(l.startDate)} to ${formatDate(l.endDate)}${idx}${basis}.`);
    }
  }
  if (option.newSystem && option.implementationMonths !== undefined) {
    out.push(`Go-live ${formatMonths(option.implementationMonths)} after the contract starts, before optimism bias on duration.`);
  }
  const ob = option.optimismBias;
  out.push(
    `Optimism bias: development ${formatPct(ob.development.pct)}, service charges ${formatPct(ob.serviceCharge.pct)}, duration ${formatPct(ob.duration.pct)}.`,
  );
  if (coverage) {
    const f = coverage.followOn;
    if (f.kind === 'option') out.push(`After its term: '${f.name}' from ${formatDate(f.from)}.`);
    if (f.kind === 'lines') out.push(`After its term: ${f.description || 'its own lines carry the service'}.`);
    if (f.kind === 'service-ends') out.push(`After its term the service ends: ${f.reason}`);
    if (!coverage.complete)
      out.push(`It leaves ${coverage.gaps.length === 1 ? 'a coverage gap' : 'coverage gaps'} in the appraisal period.`);
  }
  return out;
}
