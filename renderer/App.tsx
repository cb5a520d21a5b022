import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { AppContext, type AppServices } from './app-context';
import { DbVersionFromFutureError, openDb } from './db/db';
import { detectHost } from './host';
import { Shell } from './Shell';
import { ToastProvider } from './ui/Toast';
import { useRoute } from './ui/router';
import { describeError } from '@shared/storage-errors';

// The report (with the engine and the chart library) loads only when a report is opened, so the
// register appears sooner.
const ReportRoute = lazy(() => import('./report/ReportRoute').then((m) => ({ default: m.ReportRoute })));

type Boot = { state: 'opening' } | { state: 'ready'; services: AppServices } | { state: 'failed'; message: string };

/** Opens the database once, then renders the shell; a database from a newer app is explained. */
export function App() {
  const host = useMemo(() => detectHost(), []);
  const [boot, setBoot] = useState<Boot>({ state: 'opening' });
  // The print route renders the report alone, without the shell's navigation.
  const isReport = useRoute().path[0] === 'report';

  useEffect(() => {
    let cancelled = false;
    openDb()
      .then((db) => {
        performance.mark('app:db-open');
        if (!cancelled) setBoot({ state: 'ready', services: { db, host } });
      })
      .catch((error: unknown) => {
        const message =
          error instanceof DbVersionFromFutureError ? error.message : `The app could not open its data store: ${describeError(error)}`;
        // A print window waiting for the report must hear that it will never be ready.
        if (window.location.hash.startsWith('#/report/')) document.documentElement.dataset.reportReady = 'error';
        if (!cancelled) setBoot({ state: 'failed', message });
      });
    return () => {
      cancelled = true;
    };
  }, [host]);

  if (boot.state === 'opening')
    return (
      <p className="boot" role="status">
        Opening your data…
      </p>
    );
  if (boot.state === 'failed') {
    return (
      <main className="boot">
        <h1>Trust Procurement Planner cannot open your data</h1>
        <p role="alert">{boot.message}</p>
      </main>
    );
  }
  return (
    <AppContext.Provider value={boot.services}>
      {isReport ? (
        <Suspense fallback={<p role="status">Loading the report…</p>}>
          <ReportRoute />
        </Suspense>
      ) : (
        <ToastProvider>
          <Shell />
        </ToastProvider>
      )}
    </AppContext.Provider>
  );
}
