import { useState } from 'react';
import { appraisalKeyDateEvents } from '@shared/export/calendar';
import { describeError } from '@shared/storage-errors';
import { useHost } from '../../app-context';
import { useDutyCompletions } from '../../data';
import { useToast } from '../../ui/Toast';
import { exportCalendar } from '../export/law-exports';
import type { AppraisalData } from './use-appraisal';

/**
 * Key dates of one appraisal to Outlook (.ics): the appraised contracts' notice deadlines, latest
 * decision dates and extension exercise-by dates, their Procurement Act duties, and the duties the
 * recommended option would bring. Exporting again updates the same calendar events.
 */
export function AppraisalCalendarButton({ data }: { data: AppraisalData }) {
  const host = useHost();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const completions = useDutyCompletions();
  const { appraisal, options } = data.bundle;
  const recommended = options.find((o) => o.id === appraisal.recommendation.optionId);
  const save = () => {
    setBusy(true);
    const events = appraisalKeyDateEvents(data.contracts, recommended, data.settings, data.today, completions);
    exportCalendar(host, events, {
      trustName: data.settings.organisation.trustName,
      stem: `key-dates-${appraisal.title}`,
      calName: `${appraisal.title}: key dates`,
    })
      .then(
        (name) => name && toast.show(`Saved ${events.length} key dates to ${name}.`),
        (error: unknown) => toast.show(`The calendar could not be saved: ${describeError(error)}`),
      )
      .finally(() => setBusy(false));
  };
  return (
    <p className="calendar-export">
      <button type="button" onClick={save} disabled={busy}>
        Key dates to calendar (.ics)…
      </button>{' '}
      <span className="hint">
        Notice deadlines, latest decision dates, extension dates and Procurement Act notices
        {recommended ? `, including those of the recommended option (${recommended.name})` : ''}, as all-day events with reminders.
      </span>
    </p>
  );
}
