import { readFileSync } from 'node:fs';
import { contractSchema, DEFAULT_SETTINGS, type Contract } from '@shared/domain';
import { REPORT_READY, REPORT_READY_DATASET_KEY } from '@shared/ipc';
import { buildReportFixture } from '../bench/report/report-fixture';
import { seedAppraisal } from '../bench/report/idb-seed';
import { expect, loadSample, test } from '../e2e/fixtures';
import { HIDDEN_WINDOW_SCRIPT } from './print-window';

/**
 * The print window is never shown, and Chromium runs no animation frames for a window that is not
 * shown. The report's readiness must therefore come from the report itself, with a timer fallback,
 * and never wait on requestAnimationFrame: here it runs in a page that is hidden and whose frames
 * never come, and must still say it is ready, with its charts drawn, well inside the export's 30 s.
 */

const sample = JSON.parse(readFileSync('assets/sample-portfolio.json', 'utf8')) as { contracts: Contract[] };
const READY_ATTRIBUTE = `data-${REPORT_READY_DATASET_KEY.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

test('a hidden print page whose animation frames never run still reports ready, with its charts drawn', async ({ page }) => {
  await loadSample(page);
  const today = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
  const epr = contractSchema.parse(sample.contracts.find((c) => c.reference === 'NVH-EPR-001'));
  const bundle = buildReportFixture({ contracts: [epr], settings: DEFAULT_SETTINGS, today, appraisalId: 'hidden-print' });
  await seedAppraisal(page, { contracts: [], bundle });

  const hidden = await page.context().newPage();
  await hidden.addInitScript({ content: HIDDEN_WINDOW_SCRIPT });
  await hidden.goto('/#/report/hidden-print?status=draft&print=1');
  expect(await hidden.evaluate(() => [document.visibilityState, document.hidden])).toEqual(['hidden', true]);
  // The stand-in really withholds frames: a frame asked for does not come.
  expect(
    await hidden.evaluate(
      () => new Promise((resolve) => [requestAnimationFrame(() => resolve('frame')), setTimeout(() => resolve('no frame'), 500)]),
    ),
  ).toBe('no frame');

  const started = Date.now();
  await expect(hidden.locator('html')).toHaveAttribute(READY_ATTRIBUTE, REPORT_READY.ready, { timeout: 15_000 });
  console.log(`[print-ready] hidden page ready in ${Date.now() - started} ms after load`);
  await expect(hidden.getByRole('heading', { level: 1, name: bundle.appraisal.title })).toBeVisible();
  expect(await hidden.locator('.report svg.print-chart').count()).toBeGreaterThan(0);
  await hidden.close();
});
