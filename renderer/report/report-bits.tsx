import type { LabelledValue } from '@shared/presentation/details';

/** Small pieces every case uses: a label/value list. */

export function Fields({ items, wide = false }: { items: readonly LabelledValue[]; wide?: boolean }) {
  if (items.length === 0) return null;
  return (
    <dl className={wide ? 'fields wide' : 'fields'}>
      {items.map((f) => (
        <div key={f.label}>
          <dt>{f.label}</dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
