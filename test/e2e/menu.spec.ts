import { expect, loadSample, openApp, startAppraisal, test } from './fixtures';

/**
 * The browser host turns Ctrl/Cmd+O, S and P into the same menu commands the Electron menu sends,
 * so these walk each command from the key press to what the user sees.
 */

test('Ctrl+O opens the file chooser for a register, and Ctrl+S saves the portfolio', async ({ page }) => {
  await loadSample(page);
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+o');
  expect((await chooser).isMultiple()).toBe(false);

  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  expect((await download).suggestedFilename()).toMatch(/-portfolio-\d{4}-\d{2}-\d{2}\.json$/);
});

test('Ctrl+P from the register asks which appraisal, then opens its decision report', async ({ page }) => {
  await loadSample(page);
  const id = await startAppraisal(page);
  await page.getByRole('link', { name: 'Portfolio' }).click();
  await expect(page.getByRole('grid', { name: /Contract register/ })).toBeVisible();

  await page.keyboard.press('Control+p');
  const dialog = page.getByRole('dialog', { name: 'Export a decision report' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: /Electronic patient record/ }).click();
  await expect(page).toHaveURL(new RegExp(`#/report/${id}\\?`));
  await expect(page.getByRole('heading', { name: /Electronic patient record/, level: 1 })).toBeVisible();
});

test('Ctrl+P inside an appraisal exports that appraisal’s report at once', async ({ page }) => {
  await loadSample(page);
  const id = await startAppraisal(page);
  await page.getByRole('tab', { name: 'Costs' }).click();
  await page.keyboard.press('Control+p');
  await expect(page).toHaveURL(new RegExp(`#/report/${id}\\?`));
  await expect(page.getByRole('heading', { name: /Electronic patient record/, level: 1 })).toBeVisible();
});

test('Ctrl+P with no appraisal yet says how to start one', async ({ page }) => {
  await loadSample(page);
  await page.keyboard.press('Control+p');
  const dialog = page.getByRole('dialog', { name: 'Export a decision report' });
  await expect(dialog).toContainText('There is no appraisal yet');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('Ctrl+P from Renewals, Settings and the Appraisals list asks which appraisal, then opens its decision report', async ({ page }) => {
  await loadSample(page);
  const id = await startAppraisal(page);
  const dialog = page.getByRole('dialog', { name: 'Export a decision report' });
  for (const [area, hash] of [
    ['Renewals', '#/renewals'],
    ['Settings', '#/settings'],
    ['Appraisals', '#/appraisals'],
  ] as const) {
    // The report opens in place of the app (the browser prints it), so each screen is opened afresh.
    await openApp(page, hash);
    await expect(page.getByRole('heading', { name: area, level: 1 })).toBeVisible();
    await page.keyboard.press('Control+p');
    await dialog.getByRole('button', { name: /Electronic patient record/ }).click();
    await expect(page, `Ctrl+P from ${area}`).toHaveURL(new RegExp(`#/report/${id}\\?`));
    await expect(page.getByRole('heading', { name: /Electronic patient record/, level: 1 })).toBeVisible();
  }
});

test('Ctrl+P left before the Report tab is ready does not export on Back; asked again, it exports once', async ({ page }) => {
  await loadSample(page);
  const id = await startAppraisal(page);
  // Every address the tab goes to, in order: the browser's export is the printable report's address.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { addresses: string[] }).addresses = seen;
    window.addEventListener('hashchange', (e) => seen.push(new URL(e.newURL).hash));
  });
  const reportExports = () =>
    page.evaluate(() => (window as unknown as { addresses: string[] }).addresses.filter((a) => a.startsWith('#/report/')));

  // Ctrl+P, then Costs at once: the user has left before the Report tab could even show.
  const asked = await page.evaluate(() => {
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'p', ctrlKey: true, bubbles: true, cancelable: true }));
    const request = window.location.hash;
    window.location.hash = request.replace(/\/report\?.*$/, '/costs');
    return request;
  });
  expect(asked, 'the request was asked').toMatch(new RegExp(`#/appraisals/${id}/report\\?export=pdf&request=`));
  await expect(page.getByRole('tab', { name: 'Costs', selected: true })).toBeVisible();

  // Back to the entry that asked: the tab shows, without the request in its address, and nothing is exported.
  await page.goBack();
  await expect(page.getByRole('tab', { name: 'Report', selected: true })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/appraisals/${id}/report$`));
  // The user's own change, which only an export made after it carries.
  await page.getByLabel('Report status').selectOption('final');

  // Asked again, it exports once: the printable report, as final.
  await page.keyboard.press('Control+p');
  await expect(page).toHaveURL(new RegExp(`#/report/${id}\\?`));
  await expect(page.getByRole('heading', { name: /Electronic patient record/, level: 1 })).toBeVisible();
  const exported = await reportExports();
  expect(exported, 'exports made').toHaveLength(1);
  expect(exported[0]).toContain('status=final');
});
