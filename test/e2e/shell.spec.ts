import { ARTIFACTS, countRows, expect, loadSample, openApp, test } from './fixtures';

test('the app shell renders with its areas, keyboard-reachable', async ({ page }) => {
  await openApp(page);
  for (const name of ['Portfolio', 'Renewals', 'Appraisals', 'Settings']) {
    await expect(page.getByRole('link', { name })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: 'Portfolio' })).toHaveAttribute('aria-current', 'page');
  // First run offers the sample and an import.
  await expect(page.getByRole('heading', { name: 'Your contract register is empty' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import a register…' })).toBeVisible();
  // …and says where the data is kept safe: a browser keeps no automatic copies.
  await expect(
    page.getByText('Your data stays in this browser: back it up from Settings › Backup (a download) now and then.'),
  ).toBeVisible();

  // Keyboard alone: skip link, then through the navigation to Settings.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.getByRole('link', { name: 'Settings' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
});

test('the sample portfolio loads into IndexedDB and survives a reload', async ({ page }) => {
  await loadSample(page);
  const grid = page.getByRole('grid', { name: /Contract register/ });
  await expect(page.getByRole('note')).toContainText('Sample data');
  await expect(grid.getByRole('row').filter({ hasText: 'Electronic patient record' }).first()).toBeVisible();
  const caption = await grid.getAttribute('aria-label');
  const total = Number(/of ([\d,]+) contracts/.exec(caption ?? '')?.[1].replace(/,/g, ''));
  expect(total).toBeGreaterThanOrEqual(30);

  const stored = await countRows(page);
  expect(stored).toBe(total);

  await page.reload();
  await expect(page.getByRole('grid', { name: new RegExp(`of ${total.toLocaleString('en-GB')} contracts`) })).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/main-screen.png`, fullPage: false });
});

test('the content security policy blocks an injected inline script', async ({ page }) => {
  await openApp(page);
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (directive: string) => violations.push(directive));
  await page.evaluate(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation: (d: string) => void }).reportViolation(e.effectiveDirective);
    });
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.appendChild(script);
    const handler = document.createElement('img');
    handler.setAttribute('onerror', 'window.__injectedHandler = true');
    handler.src = '/no-such-image.png';
    document.body.appendChild(handler);
  });
  await expect.poll(() => violations.length).toBeGreaterThanOrEqual(2);
  expect(violations.every((v) => v.startsWith('script-src'))).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  expect(await page.evaluate(() => (window as unknown as { __injectedHandler?: boolean }).__injectedHandler)).toBeUndefined();
});

for (const granted of [false, true]) {
  test(`on start the app asks for persistent storage and ${granted ? 'says nothing when it is granted' : 'warns, pointing to backup, when it is refused'}`, async ({
    page,
  }) => {
    // The browser's answer is its own (site engagement, Electron's permission handler); pin it here.
    await page.addInitScript((answer) => {
      const w = window as unknown as { persistAsked: number };
      w.persistAsked = 0;
      Object.defineProperty(navigator.storage, 'persisted', { value: async () => false });
      Object.defineProperty(navigator.storage, 'persist', {
        value: async () => {
          w.persistAsked += 1;
          return answer;
        },
      });
    }, granted);
    await openApp(page);
    await page.waitForFunction(() => (window as unknown as { persistAsked: number }).persistAsked === 1);
    // The answer has arrived; give React a frame to show (or not) the warning.
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          requestAnimationFrame(() => requestAnimationFrame(resolve));
        }),
    );
    const warning = page.getByRole('status').filter({ hasText: 'has not granted persistent storage' });
    if (granted) await expect(warning).toHaveCount(0);
    else
      await expect(warning).toHaveText(
        'Your browser has not granted persistent storage, so it could clear this data when disk space runs low. Back up regularly (Settings, Backup).',
      );
    expect(await page.evaluate(() => (window as unknown as { persistAsked: number }).persistAsked)).toBe(1);
  });
}

test.describe('inside Electron without its preload bridge', () => {
  test.use({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64) TrustProcurementPlanner/0.1.0 Chrome/140.0.0.0 Electron/45.4.1 Safari/537.36' });

  test('the app says it cannot start instead of running as a browser', async ({ page }) => {
    await page.goto('/#/portfolio');
    await expect(page.getByRole('heading', { name: 'Trust Procurement Planner cannot start' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('cannot open or save files');
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Load sample portfolio' })).toHaveCount(0);
  });
});

test('when the app’s scripts cannot load, the page says so in words and names no file', async ({ page }) => {
  // The tiny entry loads the rest of the app; a broken or missing install fails that load.
  await page.route(/\/assets\/boot-[^/]+\.js$/, (route) => route.abort());
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText(
    'Trust Procurement Planner could not load its program files. Close it and open it again; if this keeps happening, reinstall it.',
  );
  await expect(alert).not.toContainText('.js');
});
