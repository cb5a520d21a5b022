import type { Appraisal } from '@shared/domain';
import { useCommands } from '../../data';
import { DateField, NumberField, TextField } from '../../ui/fields';
import { formatDate } from '@shared/format';
import { href } from '../../ui/router';
import type { AppraisalData } from './use-appraisal';

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
          <NumberField
            label="Discount rate (%)"
            value={a.discount.rate}
            scale={100}
            min={0}
            max={100}
            hint="Green Book: 3.5% to year 30"
            onCommit={(rate) =>
              rate !== undefined && update((cur) => ({ ...cur, discount: { ...cur.discount, rate } }), 'the discount rate')
            }
          />
          <NumberField
            label="Long-term rate (%)"
            value={a.discount.longRate}
            scale={100}
            min={0}
            max={100}
            hint={`From year ${a.discount.switchYear + 1}`}
            onCommit={(longRate) =>
              longRate !== undefined && update((cur) => ({ ...cur, discount: { ...cur.discount, longRate } }), 'the long-term rate')
            }
          />
          <TextField label="Price base" value={a.priceBase} onCommit={(priceBase) => save({ priceBase }, 'the price base')} />
          <TextField label="Author" value={a.author} onCommit={(author) => save({ author }, 'the author')} />
        </div>
      </details>
    </header>
  );
}
