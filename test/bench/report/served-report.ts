import path from 'node:path';
import type { Page } from '@playwright/test';
import { startRendererServer } from '../../e2e/server';
import { buildBenchReportBundle, REPORT_BENCH_ID } from './bench-fixture';
import { seedAppraisal } from './idb-seed';

/**
 * Serves the built renderer on `port`, seeds the bench's board paper (bench-fixture.ts) and opens it
 * as the print window does, waiting until the report says it is ready; then runs `measure` on that
 * page and stops the server, whether `measure` succeeded or not.
 */
export async function withBenchReportOpen<T>(page: Page, port: number, measure: () => Promise<T>): Promise<T> {
  const server = await startRendererServer(port, path.resolve('dist/renderer'));
  try {
    const origin = `http://127.0.0.1:${port}`;
    await page.goto(`${origin}/#/settings`);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await seedAppraisal(page, buildBenchReportBundle());
    await page.goto(`${origin}/#/report/${REPORT_BENCH_ID}?status=draft&print=1`);
    await page.waitForFunction(() => document.documentElement.dataset.reportReady === 'true', undefined, { timeout: 60_000 });
    return await measure();
  } finally {
    await new Promise((r) => server.close(r));
  }
}

/**
 * The running header and footer as Chromium's page margin boxes, the same text and style as the
 * export's header and footer templates (electron/ipc/pdf-templates.ts): a measured alternative,
 * printed with `displayHeaderFooter: false` and `preferCSSPageSize: true`.
 */
const BAR = 'font-family: Arial, Helvetica, sans-serif; font-size: 8pt; color: #425563;';
export const MARGIN_BOXES_CSS = `@page {
  @top-left { content: "Benchmark trust · PDF benchmark appraisal"; ${BAR} }
  @bottom-left { content: "Exported (benchmark)"; ${BAR} }
  @bottom-center { content: "Draft"; ${BAR} }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${BAR} }
}`;
