import { lazy, Suspense, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { describeError } from '@shared/storage-errors';
import { REPORT_READY, REPORT_READY_DATASET_KEY } from '@shared/ipc';
import { HostContext } from './app-context';
import { handOverFirstPaint } from './first-paint-handover';
import { DataProvider, DbVersionFromFutureError, openDb, type PlannerDb } from './data';
import { OrganisationPolicyProvider } from './features/settings/organisation-policy';
import { detectHost, type Host } from './host';
import { Shell } from './Shell';
import { ToastProvider } from './ui/Toast';
import { goToHash, href, useRoute } from './ui/router';
import { ScreenBoundary } from './ui/ScreenBoundary';

// The report (with the engine and the chart library) loads only when a report is opened, so the
// register appears sooner.
const ReportRoute = lazy(() => import('./report/ReportRoute').then((m) => ({ default: m.ReportRoute })));

type Boot = { state: 'opening' } | { state: 'ready'; db: PlannerDb } | { state: 'failed'; message: string };
type HostFound = { ok: true; host: Host } | { ok: false; message: string };

function findHost(): HostFound {
  try {
    return { ok: true, host: detectHost() };
  } catch (error) {
    return { ok: false, message: describeError(error) };
  }
}

function BootFailure({ title, message }: { title: string; message: string }) {
  return (
    <main className="boot">
      <h1>{title}</h1>
      <p role="alert">{message}</p>
    </main>
  );
}

/**
 * Opens the database once, then renders the shell; a database from a newer app is explained. The
 * printable report (the hidden print window has no preload) needs only the database; the app itself
 * refuses to start without its host rather than run as a browser inside Electron.
 */
export function App() {
  const found = useMemo(() => findHost(), []);
  const [boot, setBoot] = useState<Boot>({ state: 'opening' });
  // The print route renders the report alone, without the shell's navigation.
  const isReport = useRoute().path[0] === 'report';

  useEffect(() => {
    let cancelled = false;
    openDb()
      .then((db) => {
        performance.mark('app:db-open');
        if (!cancelled) setBoot({ state: 'ready', db });
      })
      .catch((error: unknown) => {
        // Unmounted while opening (a test's page torn down, a hot reload): nobody is waiting.
        if (cancelled) return;
        const message =
          error instanceof DbVersionFromFutureError ? error.message : `The app could not open its data store: ${describeError(error)}`;
        // A print window waiting for the report must hear that it will never be ready.
        if (window.location.hash.startsWith('#/report/')) document.documentElement.dataset[REPORT_READY_DATASET_KEY] = REPORT_READY.failed;
        setBoot({ state: 'failed', message });
      });
    return () => {
      cancelled = true;
    };
  }, []);

  // The entry's first paint (first-paint.ts) stays over the app while it opens; a failure, or the
  // print route, is shown at once.
  const showNow = boot.state === 'failed' || isReport || !found.ok;
  useLayoutEffect(() => {
    if (showNow) handOverFirstPaint();
  }, [showNow]);

  if (!isReport && !found.ok) return <BootFailure title="Trust Procurement Planner cannot start" message={found.message} />;
  if (boot.state === 'opening')
    return (
      <p className="boot" role="status">
        Opening your data…
      </p>
    );
  if (boot.state === 'failed') return <BootFailure title="Trust Procurement Planner cannot open your data" message={boot.message} />;
  return (
    <DataProvider db={boot.db}>
      {isReport ? (
        <ScreenBoundary screen="the decision report" resetKey={window.location.hash} onGoBack={() => goToHash(href('portfolio'))}>
          <Suspense fallback={<p role="status">Loading the report…</p>}>
            <ReportRoute />
          </Suspense>
        </ScreenBoundary>
      ) : (
        <HostContext.Provider value={found.ok ? found.host : null}>
          <OrganisationPolicyProvider>
            <ToastProvider>
              <Shell />
            </ToastProvider>
          </OrganisationPolicyProvider>
        </HostContext.Provider>
      )}
    </DataProvider>
  );
}
