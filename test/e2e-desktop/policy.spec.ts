import AxeBuilder from '@axe-core/playwright';
import os from 'node:os';
import path from 'node:path';
import type { DesktopPolicy } from '@shared/policy';
import { loadPolicy, policyFilePath, REGISTRY_KEY } from '../../electron/policy/read';
import { decideUpdates } from '../../electron/updates';
import { expect, openApp, openSettingsSection, readRows, test } from './fixtures';

/**
 * The organisation's IT policy, end to end: read by the main process's own reader (registry output
 * and a policy file, as Windows would give them), answered over policy:get by the real handler,
 * through the built preload and the Electron host, to the Settings screen and the stored settings.
 */

const ENV = { ProgramData: 'C:\\ProgramData', USERNAME: 'jsmith' };
const BACKUPS = path.join(os.tmpdir(), 'tpp-policy-backups');
const HKLM = [
  `HKEY_LOCAL_MACHINE\\${REGISTRY_KEY}`,
  `    BackupFolder    REG_SZ    ${BACKUPS}`,
  '    UpdatesEnabled    REG_DWORD    0x1',
  '    UpdatesUrl    REG_SZ    https://updates.trust.nhs.uk/planner/',
  '    UpdatesPublisher    REG_SZ    Royal Example NHS Trust',
  '',
  `HKEY_LOCAL_MACHINE\\${REGISTRY_KEY}\\Defaults`,
  '    OrganisationTrustName    REG_SZ    Royal Example NHS Trust',
  '    DiscountRate    REG_SZ    0.04',
  '    LeadTimesMonthsOpenProcedure    REG_DWORD    0xc',
  '    AppraisalPeriodYears    REG_SZ    a decade',
  '',
].join('\r\n');

/** What main.ts computes at start on a Windows machine with this registry and policy file, installed by MSI. */
function policyAsMainReadsIt(policyFileText: string): DesktopPolicy {
  const policy = loadPolicy({
    platform: 'win32',
    env: ENV,
    readFile: (filePath) => (filePath === policyFilePath('win32', ENV) ? policyFileText : null),
    runReg: (args) =>
      args[1].startsWith('HKLM')
        ? { status: 0, stdout: HKLM, stderr: '' }
        : { status: 1, stdout: '', stderr: 'ERROR: The system was unable to find the specified registry key or value.' },
  });
  return { ...policy, updates: decideUpdates(policy, { platform: 'win32', isPackaged: true, kind: 'other' }) };
}

test.describe('with a policy, part of it malformed', () => {
  // The policy file is not JSON (a trailing comma): ignored whole, with a warning; the registry still applies.
  test.use({ policy: policyAsMainReadsIt('{ "sampleDisabled": true, }') });

  test('the app starts, Settings shows what the organisation set, read-only, and says what it could not use', async ({ page, desktop }) => {
    await openApp(page);
    // The file that is not JSON is not half-applied: its sampleDisabled is ignored with the rest.
    await expect(page.getByRole('button', { name: 'Load sample portfolio' })).toBeVisible();
    // Applied at start, before anyone opens Settings: the stored settings every screen and report read.
    await expect
      .poll(async () => ((await readRows(page, 'settings')) as Array<{ value: { discount: { rate: number } } }>)[0]?.value.discount.rate)
      .toBe(0.04);
    await page.getByRole('link', { name: 'Settings' }).click();

    const organisation = page.getByRole('group', { name: 'Set by your organisation' });
    const warning = organisation.getByRole('alert');
    await expect(warning).toContainText("Some of your organisation's settings could not be used");
    await expect(warning).toContainText(
      'the policy file on this computer (C:\\ProgramData\\Trust Procurement Planner\\policy.json) could not be used: it is not valid JSON',
    );
    await expect(warning).toContainText(
      '"Defaults.AppraisalPeriodYears" must be a whole number from 1 to 60, so it was ignored (it was "a decade")',
    );

    const shown = squash(await organisation.locator('dl').innerText());
    expect(shown).toContain(`Backup folder ${BACKUPS} Set by your organisation (Group Policy for this computer (HKLM))`);
    expect(shown).toContain('Organisation: trust name Royal Example NHS Trust Set by your organisation');
    expect(shown).toContain('Discount: rate 4% Set by your organisation');
    expect(shown).toContain('Lead times months: open procedure 12 Set by your organisation');
    // Installed by MSI: never updates itself, whatever the policy says, and says why.
    await expect(organisation).toContainText('Updates are off: this installation is managed by your IT team');

    // The section and the read-only fields pass the same accessibility scan as every screen (test/e2e/accessibility.spec.ts).
    const scan = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    // The fields the organisation set hold its values and cannot be changed; the others can.
    const trustName = page.getByLabel(/^Trust name/);
    await expect(trustName).toHaveValue('Royal Example NHS Trust');
    await expect(trustName).not.toBeEditable();
    await expect(page.getByText('Set by your organisation', { exact: true }).first()).toBeVisible();
    const rate = page.getByLabel(/^Discount rate \(% a year\)/);
    await expect(rate).toHaveValue('4');
    await expect(rate).not.toBeEditable();
    await expect(page.getByRole('button', { name: 'Reset Discount rate to default' })).toBeDisabled();
    await expect(page.getByLabel(/^Open procedure to signature/)).toHaveValue('12');
    await expect(page.getByLabel(/^Appraisal period/)).toBeEditable();

    // The policy's values are the stored settings every screen and report reads, and a save keeps them.
    await page.getByLabel(/^Default report author/).fill('J Smith');
    await page.getByRole('button', { name: 'Save settings' }).click();
    // (The form is drawn afresh from what was stored, so its "Settings saved." does not stay: read the store.)
    type Stored = {
      value: {
        organisation: { trustName: string; author: string };
        discount: { rate: number };
        leadTimesMonths: { openProcedure: number };
      };
    };
    await expect.poll(async () => ((await readRows(page, 'settings')) as Stored[])[0]?.value.organisation.author).toBe('J Smith');
    const [stored] = (await readRows(page, 'settings')) as Stored[];
    expect(stored.value.organisation).toEqual({ trustName: 'Royal Example NHS Trust', author: 'J Smith' });
    expect(stored.value.discount.rate).toBe(0.04);
    expect(stored.value.leadTimesMonths.openProcedure).toBe(12);

    // The backup dialog starts in the organisation's backup folder.
    desktop.dialogs.answerSave(null);
    await page.getByRole('group', { name: 'Backup' }).getByRole('button', { name: 'Back up everything…' }).click();
    await expect.poll(() => desktop.dialogs.shown.length).toBe(1);
    expect(String((desktop.dialogs.shown[0].options as { defaultPath?: string }).defaultPath)).toMatch(new RegExp(`^${BACKUPS}/`));
  });
});

test.describe('with a policy file that hides the sample', () => {
  test.use({ policy: policyAsMainReadsIt('{ "sampleDisabled": true }') });

  test('the empty register offers only an import, and Settings says the sample is hidden', async ({ page, desktop }) => {
    await openApp(page);
    await expect(page.getByRole('heading', { name: 'Your contract register is empty' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Import a register…' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Load sample portfolio' })).toHaveCount(0);
    const values = (await openSettingsSection(page, 'Set by your organisation')).locator('dl');
    await expect
      .poll(async () => squash(await values.innerText()))
      .toContain('Sample portfolio Hidden Set by your organisation (the policy file on this computer)');
    expect(desktop.logs).toEqual([]);
  });
});

test('without a policy nothing is marked as set by the organisation, and every field can be changed', async ({ page, desktop }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page.getByText(/Set by your organisation/)).toHaveCount(0);
  await expect(page.getByLabel(/^Trust name/)).toBeEditable();
  await expect(page.getByLabel(/^Discount rate \(% a year\)/)).toBeEditable();
  expect(desktop.logs).toEqual([]);
});

const squash = (text: string) => text.replace(/\s+/g, ' ');
