import { z } from 'zod';

/**
 * A set of route lead times in months (docs/domain.md §5, "Typical lead times"): each 0 to 120
 * months, each defaulting to its typical figure, and the whole set to those figures, so settings
 * stored before a lead time existed load with its default. Settings.leadTimesMonths and the law
 * section's own lead times (./law-settings.ts) are both this one rule.
 */
export function leadTimesMonthsSchema<K extends string>(defaults: Readonly<Record<K, number>>) {
  const keys = Object.keys(defaults) as K[];
  const shape = Object.fromEntries(keys.map((key) => [key, z.number().min(0).max(120).default(defaults[key])])) as Record<
    K,
    z.ZodDefault<z.ZodNumber>
  >;
  const months = z.object(shape);
  // Absent altogether, the set is every lead time at its default. (`as never`: zod's types cannot
  // resolve its NoUndefined<output> over a generic key set; the value is the schema's own parse.)
  return months.default(() => months.parse({}) as never);
}
