import { lazy, Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { MenuCommand } from '@shared/ipc';
import { useHost } from './app-context';
import { handOverFirstPaint } from './first-paint-handover';
import { askPersistentStorageOnce, flushPendingEdits, NOT_PERSISTENT_WARNING, useCommands } from './data';
import { ReportChooser } from './features/appraisals/ReportChooser';
import type { ReportExportKind } from './report/report-query';
import { exportPortfolioJson } from './features/export/export-actions';
import { backUpEverything } from './features/settings/back-up';
import { renewalsExportHash, type RenewalsExport } from './features/renewals/export-request';
import { ImportController, useImportApi } from './features/import/ImportController';
import { ScreenBoundary } from './ui/ScreenBoundary';
import { useToast } from './ui/Toast';
import { PortfolioScreen } from './features/portfolio/PortfolioScreen';
import { goToHash, href, useRoute, type Route } from './ui/router';
import { exportRequestHash } from './ui/requested-export';
import { describeError } from '@shared/storage-errors';

// Areas other than the register load on first visit, so the first screen (and its charts-free
// bundle) appears sooner.
const AppraisalsScreen = lazy(() => import('./features/appraisals/AppraisalsScreen').then((m) => ({ default: m.AppraisalsScreen })));
const RenewalsScreen = lazy(() => import('./features/renewals/RenewalsScreen').then((m) => ({ default: m.RenewalsScreen })));
const SettingsScreen = lazy(() => import('./features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));

const AREAS = [
  { id: 'portfolio', label: 'Portfolio' },
  { id: 'renewals', label: 'Renewals' },
  { id: 'appraisals', label: 'Appraisals' },
  { id: 'settings', label: 'Settings' },
] as const;
type AreaId = (typeof AREAS)[number]['id'];

/** The app frame: skip link, navigation, one main region per area, and menu commands routed in. */
export function Shell() {
  return (
    <ImportController>
      <ShellFrame />
    </ImportController>
  );
}

function ShellFrame() {
  // Asked once at start (the entry asked already: its first paint shows the same warning), without
  // holding up the first screen; null until the browser answers.
  const [persistent, setPersistent] = useState<boolean | null>(null);
  useEffect(() => {
    void askPersistentStorageOnce().then(setPersistent);
  }, []);
  const host = useHost();
  const commands = useCommands();
  const importer = useImportApi();
  const toast = useToast();
  const route = useRoute();
  const area: AreaId = AREAS.find((a) => a.id === route.path[0])?.id ?? 'portfolio';
  // The entry's first paint shows the register only: any other screen takes over from it at once.
  useLayoutEffect(() => {
    if (area !== 'portfolio') handOverFirstPaint();
  }, [area]);
  const [choosingReport, setChoosingReport] = useState<ReportExportKind | null>(null);

  // The open appraisal's Report tab exports at once; from anywhere else, choose the appraisal first.
  const exportFromReportTab = (kind: ReportExportKind) => {
    void flushPendingEdits();
    const open = openAppraisalId(route);
    if (open) goToHash(reportExportHash(open, kind));
    else setChoosingReport(kind);
  };
  // The Procurement Act exports are made by their Renewals view, which the command opens (whatever
  // screen is showing) and asks to export at once, as its button does.
  const exportFromRenewals = (kind: RenewalsExport) => {
    void flushPendingEdits();
    goToHash(renewalsExportHash(kind));
  };
  // Every menu command has a handler here (the type says so), whatever screen is showing.
  const handlers = {
    'import-portfolio': () => void importer.chooseFile(),
    'export-portfolio': () =>
      void exportPortfolioJson(commands, host).then(
        (name) => name && toast.show(`Exported the portfolio to ${name}.`),
        (error: unknown) => toast.show(`The portfolio could not be exported: ${describeError(error)}`),
      ),
    'back-up': () =>
      void backUpEverything(commands, host).then(
        (name) => name && toast.show(`Backed up everything to ${name}.`),
        (error: unknown) => toast.show(`The backup failed: ${describeError(error)}`),
      ),
    'export-report': () => exportFromReportTab('pdf'),
    'export-word': () => exportFromReportTab('docx'),
    'export-excel': () => exportFromReportTab('xlsx'),
    'export-key-dates': () => exportFromRenewals('key-dates'),
    'export-notices': () => exportFromRenewals('notices'),
    'export-pipeline': () => exportFromRenewals('pipeline'),
  } satisfies Record<MenuCommand, () => void>;
  // The subscription lives as long as the shell; it always runs the handlers of the latest render.
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => host.onMenuCommand((command) => latest.current[command]()), [host]);
  // The desktop app asks before closing or quitting; main waits (briefly) for the answer.
  // and backs up then, as it does once a day while open (Settings, Automatic copies).
  useEffect(() => {
    const auto = host.autoBackups;
    const begin = auto ? (keep: number) => auto.begin(keep) : undefined;
    const backUp = (force: boolean) =>
      begin
        ? commands.autoBackup.runIfDue(begin, force).catch((error: unknown) => console.error('The automatic backup failed', error))
        : undefined;
    void backUp(false);
    const daily = begin ? setInterval(() => void backUp(false), 60 * 60 * 1000) : undefined;
    const unsubscribe = host.onFlushRequest(async () => {
      await flushPendingEdits();
      await backUp(true);
    });
    return () => {
      clearInterval(daily);
      unsubscribe();
    };
  }, [host, commands]);

  useEffect(() => {
    document.title = `${areaLabel(area)} · Trust Procurement Planner`;
  }, [area]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <span className="app-name">Trust Procurement Planner</span>
        <nav aria-label="Main">
          <ul>
            {AREAS.map((a) => (
              <li key={a.id}>
                <a href={href(a.id)} aria-current={a.id === area ? 'page' : undefined}>
                  {a.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {persistent === false && (
        <p className="notice notice-warning" role="status">
          {NOT_PERSISTENT_WARNING}
        </p>
      )}
      <main id="main" tabIndex={-1}>
        <ScreenBoundary
          resetKey={window.location.hash}
          screen={`the ${areaLabel(area)} screen`}
          onGoBack={() => goToHash(href('portfolio'))}
        >
          {area === 'portfolio' && <PortfolioScreen key={route.query.toString()} query={route.query} />}
          <Suspense fallback={<p role="status">Loading…</p>}>
            {area === 'renewals' && <RenewalsScreen />}
            {area === 'appraisals' && <AppraisalsScreen route={route} />}
            {area === 'settings' && <SettingsScreen />}
          </Suspense>
        </ScreenBoundary>
      </main>
      {choosingReport && (
        <ReportChooser
          kind={choosingReport}
          onChoose={(id) => {
            setChoosingReport(null);
            goToHash(reportExportHash(id, choosingReport));
          }}
          onClose={() => setChoosingReport(null)}
        />
      )}
    </div>
  );
}

const areaLabel = (area: AreaId) => AREAS.find((a) => a.id === area)?.label ?? area;

/** The appraisal whose workspace is open, if any. */
function openAppraisalId(route: Route): string | undefined {
  return route.path[0] === 'appraisals' ? route.path[1] : undefined;
}

/** The Report tab of an appraisal, asked to export the PDF, the Word paper or the Excel workings at once. */
function reportExportHash(appraisalId: string, kind: ReportExportKind): string {
  return exportRequestHash(href('appraisals', appraisalId, 'report'), kind);
}
