import AxeBuilder from '@axe-core/playwright';
import { expect, loadSample, putRow, readContract, readRows, test } from './fixtures';

/**
 * A live contract's KPIs rated per assessment period (PA 2023 s.71(2); PR 2024 reg. 39(5)): the sample's
 * managed infrastructure contract NVH-INF-012 (PA 2023, £12.2m, from 1 Oct 2025) gets three KPIs, its
 * first 12-month period is rated, the ratings survive a reload, and Renewals › Notices due says beside
 * the yearly performance notice that the period's KPIs are rated. The clock is fixed so the periods
 * that have ended are the same whenever the test runs.
 */
const PERIOD = '1 Oct 2025 – 30 Sep 2026';

test('rating a live contract’s KPIs for a period: kept after a reload and noted beside its performance notice', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-16T10:00:00Z'));
  await loadSample(page);
  // Opened by its link, as Notices due links to it (the register lists the soonest-ending contracts first).
  const openContract = async () => {
    await page.goto('/#/portfolio?ref=NVH-INF-012');
    const panel = page.getByRole('complementary', { name: /Contract NVH-INF-012/ });
    return { panel, kpis: panel.getByRole('region', { name: 'KPIs and performance ratings' }) };
  };
  const { panel, kpis } = await openContract();

  for (const name of ['Response time', 'Availability', 'Incidents resolved']) {
    await kpis.getByLabel('New KPI').fill(name);
    await kpis.getByRole('button', { name: 'Add KPI' }).click();
    await expect(kpis.getByRole('textbox', { name: /^KPI \d$/ }).last()).toHaveValue(name);
  }
  // A KPI listed twice is refused with what to do.
  await kpis.getByLabel('New KPI').fill('Availability');
  await kpis.getByRole('button', { name: 'Add KPI' }).click();
  await expect(kpis.getByRole('alert')).toContainText('“Availability” is already listed');

  const table = kpis.getByRole('table', { name: 'KPI ratings per assessment period' });
  await expect(table).toContainText(`${PERIOD} · Overdue: 3 of 3 KPIs not rated`);
  await expect(table).toContainText('1 Oct 2026 – 30 Sep 2027 · Due by 30 Sep 2027');
  await expect(kpis.getByRole('status')).toHaveText('One assessment period has ended without a rating for every KPI.');

  await kpis.getByRole('combobox', { name: `Rating for 'Response time' in ${PERIOD}` }).selectOption({ label: 'Good' });
  await kpis.getByRole('combobox', { name: `Rating for 'Availability' in ${PERIOD}` }).selectOption({ label: 'Requires improvement' });
  await kpis.getByRole('textbox', { name: `Note on 'Availability' in ${PERIOD}` }).fill('Two outages in March');
  await kpis.getByRole('textbox', { name: `Note on 'Availability' in ${PERIOD}` }).press('Enter');
  await kpis.getByRole('combobox', { name: `Rating for 'Incidents resolved' in ${PERIOD}` }).selectOption({ label: 'Approaching target' });
  await expect(kpis.getByRole('status')).toHaveText('Every assessment period that has ended is rated.');
  await expect(table).toContainText(`${PERIOD} · Rated`);
  await expect(kpis.getByRole('textbox', { name: `Date assessed for 'Availability' in ${PERIOD}` })).toHaveValue('2026-11-16');
  await expect(panel.getByRole('region', { name: 'Change history' })).toContainText(
    `Rated 'Availability' in ${PERIOD}: Requires improvement`,
  );

  // The section with its ratings passes an axe WCAG 2.2 AA scan.
  const axe = await new AxeBuilder({ page })
    .include('.kpi-ratings')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // Stored on the contract record itself.
  await expect
    .poll(async () => {
      const rows = (await readRows(page, 'contracts')) as Array<{ reference: string; kpiRatings?: Array<{ kpi: string; note?: string }> }>;
      return rows.find((r) => r.reference === 'NVH-INF-012')?.kpiRatings?.find((r) => r.kpi === 'Availability')?.note;
    })
    .toBe('Two outages in March');

  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  const again = await openContract();
  await expect(again.kpis.getByRole('combobox', { name: `Rating for 'Availability' in ${PERIOD}` })).toHaveValue('requires-improvement');
  await expect(again.kpis.getByRole('combobox', { name: `Rating for 'Response time' in ${PERIOD}` })).toHaveValue('good');
  await expect(again.kpis.getByRole('textbox', { name: `Note on 'Availability' in ${PERIOD}` })).toHaveValue('Two outages in March');
  await expect(again.kpis.getByRole('combobox', { name: `Rating for 'Availability' in 1 Oct 2026 – 30 Sep 2027` })).toHaveValue('');

  await page.getByRole('link', { name: 'Renewals' }).click();
  await page.getByRole('navigation', { name: 'Renewals views' }).getByRole('link', { name: 'Notices due' }).click();
  const notices = page.getByRole('table', { name: /^Notices due/ });
  const performance = notices
    .getByRole('row')
    .filter({ hasText: 'NVH-INF-012' })
    .filter({ has: page.getByRole('rowheader', { name: 'Contract performance notice', exact: true }) });
  await expect(performance).toContainText('30 Sep 2026');
  await expect(performance).toContainText('Overdue');
  await expect(performance).toContainText(`KPIs rated for ${PERIOD}`);
});

test('Undo of removing a KPI puts it back with its rating, and keeps a rename made since', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-16T10:00:00Z'));
  await loadSample(page);
  await page.goto('/#/portfolio?ref=NVH-INF-012');
  const kpis = page
    .getByRole('complementary', { name: /Contract NVH-INF-012/ })
    .getByRole('region', { name: 'KPIs and performance ratings' });
  for (const name of ['Response time', 'Availability']) {
    await kpis.getByLabel('New KPI').fill(name);
    await kpis.getByRole('button', { name: 'Add KPI' }).click();
    await expect(kpis.getByRole('textbox', { name: /^KPI \d$/ }).last()).toHaveValue(name);
  }
  await kpis.getByRole('combobox', { name: `Rating for 'Response time' in ${PERIOD}` }).selectOption({ label: 'Good' });
  await expect(kpis.getByRole('combobox', { name: `Rating for 'Response time' in ${PERIOD}` })).toHaveValue('good');

  await kpis.getByRole('button', { name: 'Remove KPI 1' }).click();
  const toast = page.locator('.toast').filter({ hasText: 'Removed the KPI “Response time”' });
  await expect(toast).toBeVisible();
  // Before Undo, the other KPI is renamed.
  await kpis.getByRole('textbox', { name: 'KPI 1' }).fill('Service availability');
  await kpis.getByRole('textbox', { name: 'KPI 1' }).press('Enter');
  await expect
    .poll(async () => {
      const rows = (await readRows(page, 'contracts')) as Array<{ reference: string; kpis?: string[] }>;
      return rows.find((r) => r.reference === 'NVH-INF-012')?.kpis;
    })
    .toEqual(['Service availability']);

  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(kpis.getByRole('textbox', { name: 'KPI 1' })).toHaveValue('Response time');
  await expect(kpis.getByRole('textbox', { name: 'KPI 2' })).toHaveValue('Service availability');
  await expect(kpis.getByRole('combobox', { name: `Rating for 'Response time' in ${PERIOD}` })).toHaveValue('good');
});

test('a rating logged for a period the trust chose counts for the 12-month period it ends in, and that period says so beside its picker', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-11-16T10:00:00Z'));
  await loadSample(page);
  // Rated for the trust's half year to 31 Mar 2026, as a register or an older copy of the app records it.
  const stored = await readContract(page, 'NVH-INF-012');
  const rating = { kpi: 'Availability', periodStart: '2025-10-01', periodEnd: '2026-03-31', rating: 'good', assessedOn: '2026-04-12' };
  await putRow(page, 'contracts', { ...stored, kpis: ['Availability'], kpiRatings: [rating] });
  await page.goto('/#/portfolio?ref=NVH-INF-012');
  await page.reload();
  const kpis = page
    .getByRole('complementary', { name: /Contract NVH-INF-012/ })
    .getByRole('region', { name: 'KPIs and performance ratings' });
  const table = kpis.getByRole('table', { name: 'KPI ratings per assessment period' });
  await expect(table).toContainText(`${PERIOD} · Rated`);
  await expect(table).toContainText('1 Oct 2025 – 31 Mar 2026 · Period chosen by the trust');
  const picker = kpis.getByRole('combobox', { name: `Rating for 'Availability' in ${PERIOD}` });
  await expect(picker).toHaveValue('');
  await expect(picker).toHaveAccessibleDescription('Counts: rated Good for 1 Oct 2025 – 31 Mar 2026');
  await expect(kpis.getByRole('status')).toHaveText('Every assessment period that has ended is rated.');
});
