import type { Appraisal } from '@shared/domain';
import { useCommands } from '../../data';
import { DateField, NumberField, SelectField, TextField } from '../../ui/fields';
import { financialYearLabel } from '@shared/dates';
import { formatDate } from '@shared/format';
import { href } from '../../ui/router';
import type { AppraisalData } from './use-appraisal';
import { ValueForMoneySetting } from './ValueForMoneySetting';

/** The appraisal's own settings (title, base date, period, discounting, price base) and its contracts. */
export function AppraisalHeader({ data }: { data: AppraisalData }) {
  const commands = useCommands();
  const a = data.bundle.appraisal;
  const update = (updater: (current: Appraisal) => Appraisal, what: string) => commands.appraisals.update(a.id, updater, `Changed ${what}`);
  const save = (patch: Partial<Appraisal>, what: string) => update((cur) => ({ ...cur, ...patch }), what);

  return (
    <header className="workspace-header">
      <p>
        <a href={href('appraisals')}>Appraisals</a> /
      </p>
      <h1 id="appraisal-title">{a.title}</h1>
      <p className="subtitle">
        {data.contracts.map((c) => `${c.reference} ${c.title} (ends ${formatDate(c.currentEndDate)})`).join(' · ')}
      </p>
      <details>
        <summary>Appraisal settings</summary>
        <div className="form-grid">
          <TextField label="Title" value={a.title} required onCommit={(title) => save({ title }, 'the title')} />
          <DateField
            label="Base date"
            hint="Year 0 is the financial year containing it"
            value={a.baseDate}
            onCommit={(baseDate) => baseDate && save({ baseDate }, 'the base date')}
          />
          <NumberField
            label="Appraisal period (years)"
            value={a.periodYears}
            integer
            min={1}
            max={60}
            onCommit={(periodYears) => periodYears && save({ periodYears }, 'the appraisal period')}
          />
          {(
            [
              ['rate', 'Discount rate (%)', 'Green Book: 3.5% to year 30', 'the discount rate'],
              ['longRate', 'Long-term rate (%)', `From year ${a.discount.switchYear + 1}`, 'the long-term rate'],
            ] as const
          ).map(([key, label, hint, what]) => (
            <NumberField
              key={key}
              label={label}
              value={a.discount[key]}
              scale={100}
              min={0}
              max={100}
              hint={hint}
              onCommit={(rate) => rate !== undefined && update((cur) => ({ ...cur, discount: { ...cur.discount, [key]: rate } }), what)}
            />
          ))}
          <TextField label="Price base" value={a.priceBase} onCommit={(priceBase) => save({ priceBase }, 'the price base')} />
          <NumberField
            label="Price-base financial year (starting year)"
            optional
            integer
            min={1990}
            max={2100}
            value={a.priceBaseYear}
            hint={`Real figures are in this year's prices; blank means the base date's year (${financialYearLabel(data.result.period.priceBaseYear)})`}
            onCommit={(priceBaseYear) => save({ priceBaseYear }, 'the price-base year')}
          />
          <NumberField
            label="GDP deflator growth (% a year)"
            value={a.deflator.assumedGrowthPct}
            min={-50}
            max={100}
            hint={data.result.period.deflatorLabel}
            onCommit={(assumedGrowthPct) =>
              assumedGrowthPct !== undefined &&
              update((cur) => ({ ...cur, deflator: { ...cur.deflator, assumedGrowthPct } }), 'the GDP deflator')
            }
          />
          <TextField
            label="Deflator source and vintage"
            value={a.deflator.source}
            hint="For example: HM Treasury GDP deflators at market prices, OBR forecast, March 2026"
            onCommit={(source) => update((cur) => ({ ...cur, deflator: { ...cur.deflator, source } }), 'the deflator source')}
          />
          <SelectField
            label="Counterfactual (what every option is measured against)"
            value={a.counterfactual.optionId ?? ''}
            options={[
              ['', 'Business as usual (the default)'] as const,
              ...data.bundle.options.filter((o) => o.kind !== 'business-as-usual').map((o) => [o.id, o.name] as const),
            ]}
            onCommit={(optionId) =>
              update(
                (cur) => ({ ...cur, counterfactual: { ...cur.counterfactual, optionId: optionId || undefined } }),
                'the counterfactual',
              )
            }
          />
          {a.counterfactual.optionId && (
            <TextField
              label="Why this counterfactual, not business as usual"
              multiline
              required
              value={a.counterfactual.reason}
              onCommit={(reason) =>
                update((cur) => ({ ...cur, counterfactual: { ...cur.counterfactual, reason } }), 'the counterfactual reason')
              }
            />
          )}
          <TextField label="Author" value={a.author} onCommit={(author) => save({ author }, 'the author')} />
        </div>
        <ValueForMoneySetting data={data} />
      </details>
    </header>
  );
}
