import type { Locator, Page } from '@playwright/test';
import { ARTIFACTS, expect, loadSample, test } from './fixtures';

/** Types into an autosaving field and leaves it, as a user does; the field saves on blur. */
async function setField(scope: Locator, label: string | RegExp, value: string): Promise<void> {
  const field = scope.getByLabel(label, { exact: typeof label === 'string' });
  await field.fill(value);
  await field.press('Tab');
}

async function startEprAppraisal(page: Page): Promise<void> {
  await loadSample(page);
  await page.getByRole('link', { name: 'Appraisals' }).click();
  await expect(page.getByRole('heading', { name: 'Appraisals', level: 1 })).toBeVisible();
  await page.getByLabel('Contract to appraise').selectOption('NVH-EPR-001');
  await page.getByRole('checkbox', { name: /NVH-HOST-004/ }).check();
  await page.getByRole('button', { name: 'Start appraisal' }).click();
  await expect(page.getByRole('tab', { name: 'Options', selected: true })).toBeVisible();
}

test('from the LSP-delivered EPR: appraise, go direct for seven years with vendor hosting, add a risk, compare', async ({ page }) => {
  await startEprAppraisal(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Electronic patient record');
  // The proposed short list includes staying with the LSP, since the EPR is held through one.
  const cards = page.getByRole('article');
  await expect(cards.filter({ has: page.getByRole('heading', { name: /^Extend via/ }) })).toHaveCount(1);
  await expect(cards.filter({ has: page.getByRole('heading', { name: /^Do minimum/ }) })).toHaveCount(1);

  await setField(
    cards.filter({ has: page.getByRole('heading', { name: /^Contract directly with/ }) }),
    'Option name',
    'Direct with vendor, seven years',
  );
  const direct = cards.filter({ has: page.getByRole('heading', { name: 'Direct with vendor, seven years' }) });
  await expect(direct).toHaveCount(1);
  // The term drives the costs: shorten it and they fall, set seven years and they come back.
  const sevenYearCost = await direct.locator('.figures').innerText();
  await setField(direct, 'Duration (months)', '60');
  await expect(direct.locator('.figures')).not.toHaveText(sevenYearCost);
  await setField(direct, 'Duration (months)', '84');
  await expect(direct.locator('.figures')).toHaveText(sevenYearCost);

  // Hosting moves to the vendor, going live after the current remote hosting ends: a hosting gap.
  await direct.getByLabel('Target hosting').selectOption('vendor-hosted');
  await setField(direct, 'Hosting provider', 'Oracle Health');
  await direct.getByLabel('Hosting go-live').fill('2027-06-01');
  const hostingGap = direct.locator('.flag').filter({ hasText: 'Hosting gap' });
  await expect(hostingGap).toContainText('goes live on 1 Jun 2027, but current hosting (NVH-HOST-004) ends on 31 Mar 2027');
  // Bring the transfer forward: the flag goes.
  await direct.getByLabel('Hosting go-live').fill('2027-03-01');
  await expect(hostingGap).toHaveCount(0);

  // A risk from the library, made worse than its template.
  await page.getByRole('tab', { name: 'Risks' }).click();
  await page.getByLabel('Option', { exact: true }).selectOption({ label: 'Direct with vendor, seven years' });
  await page.getByLabel('Risk library').selectOption({ label: 'Challenge to a direct award (suggested)' });
  await page.getByRole('button', { name: 'Add from library' }).click();
  const risk = page.getByRole('group', { name: /Challenge to a direct award/ });
  await risk.getByLabel('Residual likelihood').selectOption('4');
  await risk.getByLabel('Residual consequence').selectOption('4');
  await expect(risk.getByText('Residual: Extreme (16)')).toBeVisible();

  // Compare: the figures, the charts and the flags all reflect the edits.
  await page.getByRole('tab', { name: 'Compare' }).click();
  const table = page.getByRole('table', { name: /Options compared/ });
  await expect(table.getByRole('columnheader', { name: 'Direct with vendor, seven years' })).toBeVisible();
  const riskRow = table.getByRole('row', { name: /Highest residual risk/ });
  await expect(riskRow).toContainText('Extreme (16)');
  // The recommendation sits right under the comparison; the working behind it is one view at a time.
  await expect(page.getByRole('region', { name: 'Recommendation' })).toBeVisible();
  const views = page.getByRole('tablist', { name: 'The working behind the comparison' });
  await views.getByRole('tab', { name: 'Costs by year' }).click();
  await expect(page.getByRole('img', { name: /Direct with vendor, seven years/ }).first()).toBeVisible();
  // Financial years along the bottom, money up the side (the axes the charts by year share).
  const costChart = page.locator('[data-chart="cost-by-year"]').first();
  await expect(costChart.locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value').first()).toHaveText(/^\d{4}\/\d{2}$/);
  await expect(costChart.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value').first()).toHaveText(/£/);
  await views.getByRole('tab', { name: 'Key dates' }).click();
  await expect(page.getByRole('img', { name: /Key dates by option/ })).toBeVisible();
  await views.getByRole('tab', { name: 'Sensitivity' }).click();
  await expect(page.getByRole('table', { name: /Switching values/ })).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/compare-tab.png`, fullPage: true });

  // Recommend it, departing from the lowest cost, and the reason is asked for.
  await page.getByLabel('Recommended option').selectOption({ label: 'Direct with vendor, seven years' });
  await setField(page.getByRole('region', { name: 'Recommendation' }), 'Reason', 'Continuity of clinical service through LSP exit');
  await expect(page.getByLabel('Reason')).toHaveValue('Continuity of clinical service through LSP exit');

  // The history records the edits.
  await views.getByRole('tab', { name: 'Change history' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: "Edited option 'Direct with vendor, seven years'" }).first()).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: "Added risk 'Challenge to a direct award'" })).toBeVisible();
});

test('every workspace tab is reachable by keyboard, and scoring validates weights', async ({ page }) => {
  await startEprAppraisal(page);
  await page.getByRole('tab', { name: 'Options' }).focus();
  for (const name of ['Costs', 'Benefits', 'Risks', 'Risk analysis', 'Scoring']) {
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name, selected: true })).toBeFocused();
  }
  // Keys pressed faster than the screen redraws still move one tab each: six arrow presses land
  // before the route changes (as they can when a user holds the key), and the tab the focus is on
  // is the one the next press moves from.
  await page.getByRole('tab', { name: 'Options' }).click();
  await expect(page.getByRole('tab', { name: 'Options', selected: true })).toBeFocused();
  await page.evaluate(() => {
    for (let i = 0; i < 6; i++)
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
  });
  await expect(page.getByRole('tab', { name: 'Compare', selected: true })).toBeFocused();
  await page.getByRole('tab', { name: 'Scoring' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Weights total 100.' })).toBeVisible();
  await setField(page.getByRole('tabpanel'), 'Weight of Clinical functionality', '30');
  await expect(page.getByRole('status').filter({ hasText: /105/ })).toBeVisible();
  await setField(page.getByRole('tabpanel'), 'Weight of Clinical functionality', '25');
  await expect(page.getByRole('status').filter({ hasText: 'Weights total 100.' })).toBeVisible();

  // Duplicate the appraisal to try a variant.
  await page.getByRole('link', { name: 'Appraisals' }).first().click();
  await page.getByRole('button', { name: /^Duplicate / }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('(copy)');
});
