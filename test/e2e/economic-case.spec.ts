import type { Locator } from '@playwright/test';
import { expect, readRows, test } from './fixtures';
import { delaySaved, pickOption, REPROCURE, openSampleEprAppraisal } from './risk-analysis-steps';

/** Types into an autosaving field and leaves it, as a user does; the field saves on blur. */
async function setField(scope: Locator, label: string, value: string): Promise<void> {
  const field = scope.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press('Tab');
}

test.describe.configure({ timeout: 120_000 });

test('the economic case: two benefits and ranges on the EPR, a risk analysis, then NPSV, BCR, P80 and the S-curve', async ({ page }) => {
  await openSampleEprAppraisal(page);

  // Two benefits on the re-procurement: one from the illustrative library, one written fresh.
  await page.getByRole('tab', { name: 'Benefits' }).click();
  await pickOption(page, REPROCURE);
  const panel = page.getByRole('tabpanel');
  await panel.getByLabel('Benefit library').selectOption('paper-records-storage');
  await panel.getByRole('button', { name: 'Add from library' }).click();
  const storage = panel.getByRole('group', { name: /Paper records storage/ });
  await expect(storage.getByText('Illustrative', { exact: true })).toBeVisible();
  await panel.getByLabel('Type', { exact: true }).first().selectOption('NCRB');
  await panel.getByRole('button', { name: 'Add benefit', exact: true }).click();
  const fresh = panel.getByRole('group', { name: /New non-cash-releasing benefit/ });
  await setField(fresh, 'Benefit', 'Nursing time released from documentation');
  const nursing = panel.getByRole('group', { name: /Nursing time released/ });
  await setField(nursing, 'Annual amount (£)', '600000');
  await setField(nursing, 'Shortfall (%)', '20');
  await expect(nursing.getByText('Shortfall rationale is required')).toBeVisible();
  await setField(nursing, 'Shortfall rationale', 'Uptake of electronic observations varies by ward');
  // The list keeps the order the user gave, and the figures follow the benefits.
  await expect(panel.getByRole('group', { name: /benefit|storage|Nursing/ }).locator('legend')).toHaveText([
    /Paper records storage/,
    /Nursing time released/,
  ]);
  const summary = panel.getByLabel('Benefit figures');
  await expect(summary).toContainText(/Present value of benefits £[1-9]/);
  await expect(summary).toContainText('net present social value');

  // Ranges: a cost line, a benefit and the go-live delay.
  await page.getByRole('tab', { name: 'Risk analysis' }).click();
  await pickOption(page, REPROCURE);
  const ranges = page.getByRole('region', { name: /Ranges for Re-procure/ });
  const implementation = ranges.getByRole('group', { name: /Implementation/ }).first();
  await implementation.getByRole('button', { name: /Add a range to/ }).click();
  const implementationLow = Number((await implementation.getByLabel('Low (£)').inputValue()).replace(/[^\d.]/g, ''));
  await setField(implementation, 'High (£)', String(Math.round(implementationLow * 1.6)));
  await expect(implementation.getByText('No optimism bias uplift on this line')).toBeVisible();
  const benefitRange = ranges.getByRole('group', { name: /Nursing time released/ });
  await benefitRange.getByRole('button', { name: /Add a range to/ }).click();
  await setField(benefitRange, 'Low (£)', '300000');
  const delay = ranges.getByRole('group', { name: 'Go-live delay (months)' });
  await delay.getByRole('button', { name: 'Add a go-live delay range' }).click();
  await setField(delay, 'High (months)', '9');
  await setField(delay, 'Most likely (months)', '3');
  await expect(delay.getByLabel('Low (months)')).toHaveValue('0');
  await delaySaved(page, { mostLikely: 3, high: 9 });

  await page.getByRole('button', { name: 'Run risk analysis' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Ran 10,000 iterations in/ })).toBeVisible({ timeout: 30_000 });
  const sCurve = page.getByRole('img', { name: /S-curve/ });
  await expect(sCurve).toBeVisible();
  await expect(page.getByRole('table', { name: /S-curve: risk-adjusted NPC at each cumulative probability/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Largest drivers of risk-adjusted NPC/ })).toBeVisible();
  await expect(page.getByText(/seeded xoroshiro128\+ generator \(pure-rand\), seed 20260401/)).toBeVisible();
  const percentilesOnTab = page
    .getByRole('table', { name: /Risk-adjusted net present cost under the risk analysis/ })
    .getByRole('row', { name: REPROCURE })
    .getByRole('cell');
  const p50FromTab = await percentilesOnTab.nth(2).innerText();
  const p80FromTab = await percentilesOnTab.nth(3).innerText();

  // Compare: NPSV, BCR (or its outcome) and P80 in the one comparison table.
  await page.getByRole('tab', { name: 'Compare' }).click();
  const table = page.getByRole('table', { name: /Options compared/ });
  const column = await table.getByRole('columnheader').allInnerTexts();
  const col = column.findIndex((t) => REPROCURE.test(t));
  const cellOf = (row: RegExp) =>
    table
      .getByRole('row', { name: row })
      .getByRole('cell')
      .nth(col - 1);
  await expect(cellOf(/^Net present social value/)).toHaveText(/^-?£[\d,]+/);
  await expect(cellOf(/^Benefit–cost ratio, or the outcome/)).toHaveText(/^(\d+(\.\d+)?|dominates|saves cost|dominated)/);
  await expect(cellOf(/^Risk analysis: P50 net present cost/)).toContainText(p50FromTab);
  await expect(cellOf(/^Risk analysis: P80 net present cost/)).toContainText(p80FromTab);
  // The S-curve and the run's conclusion are on Compare itself, under the comparison.
  const onCompare = page.getByRole('region', { name: 'Risk analysis' });
  await expect(onCompare.getByRole('img', { name: /S-curve/ })).toBeVisible();
  await expect(onCompare).toContainText('seed 20260401');
  await expect(onCompare.getByRole('link', { name: 'Ranges, percentiles and drivers' })).toBeVisible();
  await expect(table.getByRole('row', { name: /^Probability of being cheapest/ })).toBeVisible();
  // Value-for-money bands are off until switched on in the appraisal settings, then labelled for what they are.
  await expect(table.getByRole('row', { name: /^Value for money band/ })).toHaveCount(0);
  await page.getByText('Appraisal settings').click();
  await page.getByLabel('Show value-for-money bands beside each BCR').click();
  await expect(table.getByRole('row', { name: /^Value for money band/ })).toContainText('HM Treasury does not endorse BCR thresholds');
  await expect(cellOf(/^Value for money band/)).toHaveText(/^(Very poor|Poor|Low|Medium|High|Very high)$/);

  // The S-curve is one tab away, and the run is still there.
  await page.getByRole('tab', { name: 'Risk analysis' }).click();
  await expect(sCurve).toBeVisible();

  // An edit the simulation reads makes the run stale: its figures leave Compare until it runs again.
  await pickOption(page, REPROCURE);
  await setField(delay, 'High (months)', '12');
  await expect(page.getByText('The inputs have changed since the last run')).toBeVisible();
  await page.getByRole('tab', { name: 'Compare' }).click();
  await expect(table.getByRole('row', { name: /^Risk analysis: P80 net present cost/ })).toHaveCount(0);
  await expect(onCompare).toContainText('The inputs have changed since the last risk analysis.');
  await expect(onCompare.getByRole('img', { name: /S-curve/ })).toHaveCount(0);
  // Its link leads back to the tab where it runs again.
  await onCompare.getByRole('link', { name: 'Run it on the Risk analysis tab' }).click();
  await expect(page.getByRole('tab', { name: 'Risk analysis', selected: true })).toBeVisible();
});

test('cancelling a risk analysis leaves nothing changed', async ({ page }) => {
  await openSampleEprAppraisal(page);
  await page.getByRole('tab', { name: 'Risk analysis' }).click();
  await pickOption(page, REPROCURE);
  const ranges = page.getByRole('region', { name: /Ranges for Re-procure/ });
  const line = ranges.getByRole('group', { name: /Implementation/ }).first();
  await line.getByRole('button', { name: /Add a range to/ }).click();
  await setField(line, 'High (£)', '99000000');
  // A long run, so there is time to cancel it.
  await setField(page.getByRole('region', { name: 'Run the analysis' }), 'Iterations', '1000000');

  const before = { appraisals: await readRows(page, 'appraisals'), history: await readRows(page, 'changeLog') };
  await page.getByRole('button', { name: 'Run risk analysis' }).click();
  const progress = page.getByRole('progressbar', { name: 'Risk analysis progress' });
  await expect(progress).toBeVisible();
  await expect(page.getByRole('button', { name: 'Run risk analysis' })).toBeDisabled();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Risk analysis cancelled: nothing was changed.' })).toBeVisible();
  await expect(progress).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Results' })).toHaveCount(0);
  // Nothing was written, and Compare has no risk analysis figures.
  expect(await readRows(page, 'appraisals')).toEqual(before.appraisals);
  expect(await readRows(page, 'changeLog')).toEqual(before.history);
  await page.getByRole('tab', { name: 'Compare' }).click();
  const table = page.getByRole('table', { name: /Options compared/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole('row', { name: /^Risk analysis: P80/ })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Risk analysis' })).toContainText('No risk analysis has been run in this session.');
});

test('the financial case: affordability per year, the approval route, VAT only with a heading, funding; a CRB that is a counterfactual cost', async ({
  page,
}) => {
  await openSampleEprAppraisal(page);
  await page.getByRole('tab', { name: 'Finance' }).click();
  await pickOption(page, REPROCURE);
  await expect(page.getByRole('img', { name: /Affordability of Re-procure/ })).toBeVisible();
  const affordability = page.getByRole('table', { name: /Affordability of Re-procure.*figures/ });
  await expect(affordability.getByRole('row', { name: /^Irrecoverable VAT/ })).toBeVisible();
  await expect(affordability.getByRole('columnheader').nth(1)).toHaveText(/^\d{4}\/\d{2}/);
  await expect(page.getByRole('table', { name: /^Approval tests/ }).getByRole('row', { name: /HM Treasury: revenue/ })).toContainText(
    '£150,000,000',
  );
  await expect(page.getByRole('table', { name: /^Reconciliation of Re-procure/ })).toBeVisible();

  // VAT counts as recoverable only once the heading and the reason are both given.
  const line = page.getByRole('group', { name: /Implementation/ }).first();
  const irrecoverableVat = affordability
    .getByRole('row', { name: /^Irrecoverable VAT/ })
    .getByRole('cell')
    .last();
  const vatBefore = await irrecoverableVat.innerText();
  await line.getByLabel('VAT', { exact: true }).selectOption('yes');
  await expect(line.getByText('treated as not recoverable until the heading and the reason are both given')).toBeVisible();
  await setField(line, 'Contracted-out services heading', 'Heading 14: computer services to our specification');
  await expect(irrecoverableVat).toHaveText(vatBefore);
  await setField(line, 'Why VAT is recoverable', 'Bespoke configuration and data migration services');
  await expect(irrecoverableVat).not.toHaveText(vatBefore);

  // Confirming the split takes "assumed" off that line.
  await expect(line.locator('legend')).toContainText('assumed');
  await line.getByLabel('Capital/revenue split confirmed by finance').click();
  await expect(line.getByLabel('Capital/revenue split confirmed by finance')).toBeChecked();
  await expect(line.locator('legend')).toContainText('confirmed by finance');

  // Funding available, then the gap in that year falls by as much.
  const gapBefore = await affordability.getByRole('row', { name: /^Gap/ }).getByRole('cell').nth(0).innerText();
  await page.getByRole('button', { name: 'Add funding' }).click();
  const funding = page.getByRole('group', { name: /^Funding 1/ });
  await setField(funding, 'Amount (£)', '1000000');
  await expect(
    affordability
      .getByRole('row', { name: /^Funding available/ })
      .getByRole('cell')
      .nth(0),
  ).toHaveText('£1,000,000');
  const gap = (i: number) => affordability.getByRole('row', { name: /^Gap/ }).getByRole('cell').nth(i).innerText();
  const money = (text: string) => Number(text.replace(/[£,]/g, '').replace('—', '0'));
  expect(money(await gap(0))).toBe(money(gapBefore) - 1_000_000);

  // A cash-releasing benefit that is really a cost line of the counterfactual is called out.
  await page.getByRole('tab', { name: 'Benefits' }).click();
  await pickOption(page, REPROCURE);
  await page.getByRole('button', { name: 'Add benefit', exact: true }).click();
  await setField(page.getByRole('group', { name: /New cash-releasing benefit/ }), 'Benefit', 'Electronic patient record');
  await expect(page.getByRole('list', { name: 'Benefit warnings' })).toContainText(
    "The cash-releasing benefit 'Electronic patient record' matches the counterfactual's cost line 'Current contract carries on: Electronic patient record (NVH-EPR-001)'",
  );
});
