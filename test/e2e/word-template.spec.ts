import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { contractSchema, DEFAULT_SETTINGS, type Contract } from '@shared/domain';
import { buildReportFixture, HOSTILE_TITLE, hostileCopy } from '../bench/report/report-fixture';
import { seedAppraisal } from '../bench/report/idb-seed';
import { buildWordTemplate, readDocx } from '../support/word-template';
import { expect, loadSample, test } from './fixtures';

const sample = JSON.parse(readFileSync('assets/sample-portfolio.json', 'utf8')) as { contracts: Contract[] };
const sampleContract = (ref: string): Contract => contractSchema.parse(sample.contracts.find((c) => c.reference === ref));
const TRUST = 'Northvale & District NHS Trust';

async function chooseTemplate(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Choose (Word|another) template…/ }).click();
  await (
    await chooser
  ).setFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(bytes) });
}

async function openReport(page: Page): Promise<void> {
  await page.goto('/#/appraisals/e2e-template/report');
  await expect(page.getByRole('region', { name: 'Preview of the decision report' }).locator('.report')).toBeVisible();
}

async function exportWord(page: Page) {
  await openReport(page);
  return Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Word document…' }).click()]).then(
    ([download]) => download,
  );
}

test('a trust’s own Word template chosen in Settings is filled by the Report tab’s Word export', async ({ page }) => {
  test.setTimeout(120_000);
  await loadSample(page);
  const epr = sampleContract('NVH-EPR-001');
  const hostile = hostileCopy(sampleContract('NVH-HOST-004'), 'NVH-HOST-004-COPY');
  const settings = { ...DEFAULT_SETTINGS, organisation: { ...DEFAULT_SETTINGS.organisation, trustName: TRUST } };
  const today = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
  const bundle = buildReportFixture({ contracts: [epr, hostile], settings, today, appraisalId: 'e2e-template' });
  await seedAppraisal(page, { contracts: [hostile], bundle, settings });

  await page.goto('/#/settings');
  const section = page.getByRole('group', { name: 'Word template' });
  await expect(section.getByText('No template chosen: the Word export gives the paper on its own.')).toBeVisible();
  // The tags a board secretary can use are listed where the template is chosen.
  await section.getByText('Tags you can use in the template').click();
  await expect(section.getByText('{boardIsAskedTo}', { exact: true })).toBeVisible();

  // A template with a typo is kept, with the problem named, and the export says why it cannot fill it.
  await chooseTemplate(page, 'Draft cover.docx', buildWordTemplate(['Prepared for {trustNme}']));
  await expect(section.getByRole('alert')).toContainText(
    '{trustNme} in the main text, in the paragraph “Prepared for {trustNme}” is not a tag',
  );
  await expect(section.getByRole('alert')).toContainText('Did you mean {trustName}?');
  await expect(
    section.getByText("Kept 'Draft cover.docx', but the Word export cannot fill it until the problems below are corrected."),
  ).toBeVisible();
  await openReport(page);
  await page.getByRole('button', { name: 'Export Word document…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'could not be exported' })).toHaveText(
    "The Word document could not be exported: Your Word template 'Draft cover.docx' cannot be filled: {trustNme} in the main text, in the paragraph “Prepared for {trustNme}” is not a tag the planner knows. Did you mean {trustName}? Correct it in Word and choose it again in Settings › Word template, or remove the template there to export the paper without it.",
  );
  await page.goto('/#/settings');

  await chooseTemplate(
    page,
    'Board cover.docx',
    buildWordTemplate([
      'Northvale board cover sheet (template text)',
      'Trust: {trustName}',
      '{boardIsAskedTo}',
      'Contracts: {contracts}',
      '{#options}',
      'Option {name}: NPC {npc}',
      '{/options}',
      '{@paperBody}',
    ]),
  );
  await expect(section.getByText("The Word export now fills 'Board cover.docx'.")).toBeVisible();
  await expect(section.getByText(/^Template: Board cover\.docx \([\d.]+ KB\), chosen /)).toBeVisible();
  await expect(section.getByText('The template can be filled.')).toBeVisible();
  await section.getByRole('button', { name: 'Check template' }).click();
  await expect(section.getByRole('region', { name: 'Check of Board cover.docx' })).toContainText('{trustName}, {boardIsAskedTo}');
  await expect(section.getByRole('region', { name: 'Check of Board cover.docx' })).toContainText('The paper goes where {@paperBody} is.');

  const word = await exportWord(page);
  await expect(page.getByRole('status').filter({ hasText: "Filled into your template 'Board cover.docx'." })).toBeVisible();
  const doc = readDocx(new Uint8Array(readFileSync(await word.path())));
  const texts = doc.paragraphs().map((p) => p.text);
  expect(texts).toContain('Northvale board cover sheet (template text)');
  expect(texts).toContain(`Trust: ${TRUST}`);
  const ask = texts.find((t) => t.startsWith('The Board is asked to approve'));
  expect(ask).toMatch(/net present cost £[\d,]+\)\.$/);
  expect(texts.find((t) => t.startsWith('Contracts: '))).toContain(HOSTILE_TITLE);
  expect(texts.filter((t) => /^Option .+: NPC £[\d,]+$/.test(t)).length).toBe(bundle.options.length);
  // The paper follows the cover, with its charts.
  expect(doc.paragraphs().find((p) => p.style === 'Heading1')?.text).toBe('1. Executive summary');
  expect(Object.keys(doc.files).filter((f) => f.startsWith('word/media/tpp-')).length).toBeGreaterThan(3);

  // Removing the template is undoable; without it the export is the paper on its own.
  await page.goto('/#/settings');
  await section.getByRole('button', { name: 'Remove template' }).click();
  await expect(
    section.getByText("Removed the Word template 'Board cover.docx': the Word export gives the paper on its own."),
  ).toBeVisible();
  await expect(section.getByRole('button', { name: 'Undo' })).toBeVisible();
  const plain = await exportWord(page);
  await expect(page.getByRole('status').filter({ hasText: 'Exported the Word document' })).not.toContainText('Filled into');
  expect(
    readDocx(new Uint8Array(readFileSync(await plain.path())))
      .paragraphs()
      .map((p) => p.text),
  ).not.toContain('Northvale board cover sheet (template text)');
});
