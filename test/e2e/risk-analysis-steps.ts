import type { Page } from '@playwright/test';
import { expect, loadSample, readRows, startAppraisal } from './fixtures';

/** The sample EPR appraisal's re-procurement option, as its name starts in every table. */
export const REPROCURE = /^Re-procure competitively/;

/** From a page with the sample loaded: starts an appraisal of the EPR contract; returns its id. */
export function startEprAppraisal(page: Page): Promise<string> {
  return startAppraisal(page, 'NVH-EPR-001');
}

/** Loads the sample portfolio and starts an appraisal of its EPR contract; returns the appraisal's id. */
export async function openSampleEprAppraisal(page: Page): Promise<string> {
  await loadSample(page);
  return startEprAppraisal(page);
}

/** Picks an option in the current tab's option picker by the start of its name. */
export async function pickOption(page: Page, name: RegExp): Promise<void> {
  const picker = page.getByRole('tabpanel').getByLabel('Option', { exact: true });
  const label = await picker.locator('option', { hasText: name }).first().textContent();
  await picker.selectOption({ label: label! });
}

/** A go-live delay range (0, 3, 9 months) on the re-procurement, so the risk analysis's seed matters. */
export async function addDelayRange(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Risk analysis' }).click();
  await pickOption(page, REPROCURE);
  const delay = page.getByRole('region', { name: /Ranges for Re-procure/ }).getByRole('group', { name: 'Go-live delay (months)' });
  await delay.getByRole('button', { name: 'Add a go-live delay range' }).click();
  for (const [label, value] of [
    ['High (months)', '9'],
    ['Most likely (months)', '3'],
  ]) {
    await delay.getByLabel(label, { exact: true }).fill(value);
    await delay.getByLabel(label, { exact: true }).press('Tab');
  }
  await delaySaved(page, { mostLikely: 3, high: 9 });
}

/**
 * Waits until a go-live delay range is in the database. A run started while the last field's save is
 * still in flight is, rightly, stale as soon as that save lands, so a test must not click Run before.
 */
export async function delaySaved(page: Page, range: { mostLikely: number; high: number }): Promise<void> {
  await expect
    .poll(async () =>
      (await readRows(page, 'options')).some((o) => {
        const d = (o as { goLiveDelay?: { mostLikely: number; high: number } }).goLiveDelay;
        return d?.mostLikely === range.mostLikely && d.high === range.high;
      }),
    )
    .toBe(true);
}
