import { useMemo, useState } from 'react';
import { todayIso } from '@shared/dates';
import type { Contract } from '@shared/domain';
import { computeKeyDates, keyDateOptions } from '@shared/engine/key-dates';
import { describeError } from '@shared/storage-errors';
import { useAppraisalList, useCommands, useRegister, useSettings } from '../../data';
import { formatDate, londonDay } from '@shared/format';
import { DataTable, tableSpec } from '../../ui/DataTable';
import { goToHash, href } from '../../ui/router';
import { useToast } from '../../ui/Toast';

/** The appraisals, and a form to start one from an expiring contract and the contracts linked to it. */
export function AppraisalList({ startFrom }: { startFrom: string | null }) {
  const commands = useCommands();
  const toast = useToast();
  const appraisals = useAppraisalList();
  const register = useRegister();
  const contracts = register.phase === 'all' ? register.contracts : undefined;
  const settings = useSettings();
  const today = todayIso();

  const candidates = useMemo(() => {
    if (!contracts || !settings) return [];
    return (
      contracts
        .map((c) => ({ c, k: computeKeyDates(c, keyDateOptions(settings, today)) }))
        .filter(({ k }) => !k.expired)
        // The most urgent decision first: overdue, then expiring, each by its latest decision date.
        .sort(
          (a, b) =>
            Number(b.k.overdue) - Number(a.k.overdue) ||
            Number(b.k.expiring) - Number(a.k.expiring) ||
            a.k.latestDecisionDate.localeCompare(b.k.latestDecisionDate),
        )
    );
  }, [contracts, settings, today]);

  const [primary, setPrimary] = useState<string>(startFrom ?? '');
  // Linked hosting contracts are ticked by default; the user's own ticks are kept per contract.
  const [linkedChoice, setLinkedChoice] = useState<{ reference: string; refs: Set<string> } | null>(null);
  const [title, setTitle] = useState('');
  const [error, setError] = useState('');
  const byRef = useMemo(() => new Map((contracts ?? []).map((c) => [c.reference, c])), [contracts]);
  const chosen = byRef.get(primary || candidates[0]?.c.reference || '');
  const linked =
    chosen && linkedChoice?.reference === chosen.reference
      ? linkedChoice.refs
      : new Set(chosen?.linkedContracts.filter((r) => byRef.get(r)?.category === 'hosting') ?? []);
  const setLinked = (refs: Set<string>) => chosen && setLinkedChoice({ reference: chosen.reference, refs });

  if (!appraisals || !contracts || !settings) return <p role="status">Loading appraisals…</p>;

  const choose = (ref: string) => {
    setPrimary(ref);
    setTitle('');
  };

  const start = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!chosen) {
      setError('Choose a contract to appraise.');
      return;
    }
    const group: Contract[] = [chosen, ...[...linked].map((r) => byRef.get(r)).filter((c): c is Contract => !!c)];
    // Linked contracts not appraised with it (a separate hosting contract) still shape the short list.
    const linkedContracts = chosen.linkedContracts
      .filter((r) => !linked.has(r))
      .map((r) => byRef.get(r))
      .filter((c): c is Contract => !!c);
    try {
      const id = await commands.appraisals.create({
        title: title.trim() || `${chosen.title}: options at expiry`,
        contracts: group,
        settings,
        today,
        linkedContracts,
      });
      goToHash(href('appraisals', id, 'options'));
    } catch (err) {
      setError(`The appraisal could not be started: ${describeError(err)}.`);
    }
  };

  const duplicate = async (id: string, title: string) => {
    try {
      const copy = await commands.appraisals.duplicate(id);
      toast.show(`Duplicated as '${title} (copy)'.`);
      goToHash(href('appraisals', copy, 'options'));
    } catch (err) {
      toast.show(`The appraisal could not be duplicated: ${describeError(err)}.`);
    }
  };

  const remove = async (id: string) => {
    try {
      const bundle = await commands.appraisals.remove(id);
      if (bundle) toast.show(`Deleted '${bundle.appraisal.title}'.`, { label: 'Undo', run: () => commands.appraisals.putBack(bundle) });
    } catch (err) {
      toast.show(`The appraisal could not be deleted: ${describeError(err)}.`);
    }
  };

  const table = tableSpec<(typeof appraisals)[number]>('data-table', 'id', (col) => [
    col('Appraisal', (a) => <a href={href('appraisals', a.id, 'options')}>{a.title}</a>),
    col('Contracts', (a) => a.contractRefs.join(', ')),
    col('Status', (a) => a.recommendation.status),
    col('Last changed', (a) => formatDate(londonDay(a.updatedAt))),
    col(
      <span className="visually-hidden">Actions</span>,
      (a) => (
        <>
          <button type="button" onClick={() => void duplicate(a.id, a.title)} aria-label={`Duplicate ${a.title}`}>
            Duplicate
          </button>
          <button type="button" onClick={() => void remove(a.id)} aria-label={`Delete ${a.title}`}>
            Delete
          </button>
        </>
      ),
      { className: 'actions' },
    ),
  ]);

  return (
    <section aria-labelledby="appraisals-title">
      <h1 id="appraisals-title">Appraisals</h1>
      {appraisals.length === 0 ? (
        <p className="lead">
          An appraisal compares the options for a contract nearing expiry — carry on via the LSP or prime contractor, go direct to the
          vendor, re-procure, call off a framework or do the minimum — on net present cost, risk, feasibility and weighted quality, and ends
          in a recommendation for the board. Start one from an expiring contract below: the app proposes a short list to edit.
        </p>
      ) : (
        <DataTable table={table} caption="Your appraisals" rows={appraisals} />
      )}

      <form className="start-appraisal" onSubmit={start} aria-labelledby="start-title">
        <h2 id="start-title">Start an appraisal</h2>
        {candidates.length === 0 ? (
          <p>Your register has no current contracts yet: import or load the sample first.</p>
        ) : (
          <>
            <label className="field">
              <span>Contract to appraise</span>
              <select value={chosen?.reference ?? ''} onChange={(e) => choose(e.target.value)}>
                {candidates.map(({ c, k }) => (
                  <option key={c.reference} value={c.reference}>
                    {c.reference} — {c.title} (ends {formatDate(c.currentEndDate)}
                    {k.overdue ? ', decision overdue' : k.expiring ? ', expiring' : ''})
                  </option>
                ))}
              </select>
            </label>
            {chosen && chosen.linkedContracts.length > 0 && (
              <fieldset>
                <legend>Appraise together with linked contracts</legend>
                {chosen.linkedContracts
                  .filter((r) => byRef.has(r))
                  .map((r) => (
                    <label key={r} className="field checkbox">
                      <span>
                        <input
                          type="checkbox"
                          checked={linked.has(r)}
                          onChange={(e) => {
                            const next = new Set(linked);
                            if (e.target.checked) next.add(r);
                            else next.delete(r);
                            setLinked(next);
                          }}
                        />{' '}
                        {r} — {byRef.get(r)?.title}
                      </span>
                    </label>
                  ))}
              </fieldset>
            )}
            <label className="field">
              <span>Title</span>
              <input
                value={title}
                placeholder={chosen ? `${chosen.title}: options at expiry` : ''}
                onChange={(e) => setTitle(e.target.value)}
              />
            </label>
            <div className="button-row">
              <button type="submit" className="primary">
                Start appraisal
              </button>
              {error && (
                <span role="alert" className="error">
                  {error}
                </span>
              )}
            </div>
          </>
        )}
      </form>
    </section>
  );
}
