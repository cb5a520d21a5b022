import { expect, loadSample, test } from './fixtures';

/**
 * Issue 12: a new appraisal of the sample EPR is like for like from the start. Every option covers
 * the whole period (a bridge is followed by re-procurement), options with no risks recorded are
 * "not assessed" and never starred, and going direct brings hosting under one roof with the hosting
 * gap raised on the hosting contract.
 */
test('the EPR appraisal, started from the contract, compares like for like and marks nothing it cannot', async ({ page }) => {
  await loadSample(page);
  await page.goto('/#/portfolio?ref=NVH-EPR-001');
  const panel = page.getByRole('complementary', { name: 'Contract NVH-EPR-001' });
  await panel.getByRole('link', { name: 'Start an appraisal of this contract' }).click();
  await expect(page.getByLabel('Contract to appraise')).toHaveValue('NVH-EPR-001');
  await page.getByRole('button', { name: 'Start appraisal' }).click();
  await expect(page.getByRole('tab', { name: 'Options', selected: true })).toBeVisible();

  // The bridge says what follows it, and covers the period.
  const cards = page.getByRole('article');
  const bridge = cards.filter({ has: page.getByRole('heading', { name: /^Do minimum/ }) });
  await expect(bridge.getByRole('status').first()).toContainText(
    /Covers the whole appraisal period\. Then Re-procure competitively .* from \d+ [A-Z][a-z]{2} \d{4}/,
  );

  // Going direct proposes vendor hosting ("under one roof"), and the gap before it is raised on the hosting contract.
  const direct = cards.filter({ has: page.getByRole('heading', { name: /^Contract directly with/ }) });
  await expect(direct.getByLabel('Target hosting')).toHaveValue('vendor-hosted');
  await expect(direct.locator('.flag').filter({ hasText: 'Hosting gap' })).toContainText('NVH-HOST-004');

  await page.getByRole('tab', { name: 'Compare' }).click();
  const table = page.getByRole('table', { name: /Options compared/ });
  const coverage = table.getByRole('row', { name: /Covers the appraisal period/ });
  await expect(coverage.getByRole('cell').filter({ hasText: /^Incomplete/ })).toHaveCount(0);
  // No risks are recorded yet: every risk-adjusted figure says so, and none is starred.
  const npc = table.getByRole('row', { name: /Net present cost, risk-adjusted/ });
  await expect(npc.getByText('risk not assessed')).not.toHaveCount(0);
  await expect(npc.locator('.best-tag')).toHaveCount(0);
  await expect(table.getByRole('row', { name: /Highest residual risk/ }).locator('.best-tag')).toHaveCount(0);
  // Business as usual is the benchmark: named, never recommended or starred.
  await expect(page.getByRole('region', { name: 'Where the comparison stands' })).toContainText('measured against');
  await expect(table.getByRole('columnheader', { name: /Business as usual/ })).toBeVisible();
});
