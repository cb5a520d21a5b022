import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Page } from '@playwright/test';
import { expect, loadSample, test } from './fixtures';
import { openSampleEprAppraisal } from './risk-analysis-steps';

async function exportIcs(page: Page): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Key dates to calendar (.ics)…' }).click();
  const file = await download;
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

function events(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return { uid: e.uid, summary: e.summary, start: e.startDate, end: e.endDate, alarms: v.getAllSubcomponents('valarm').length };
  });
}

/** Key dates to Outlook from the register (issue 14): by owner, all-day with reminders, stable UIDs. */
test('the register’s key dates export as an .ics that parses back, by owner, with UIDs stable across exports', async ({ page }) => {
  await loadSample(page);
  await page.goto(page.url().replace(/#.*$/, '#/renewals/notices'));
  await page.getByLabel('Owner').selectOption('Gareth Lewis, Head of IT Infrastructure');

  const first = await exportIcs(page);
  expect(first.name).toMatch(/key-dates-Gareth-Lewis-\d{4}-\d{2}-\d{2}\.ics$/);
  const list = events(first.text);
  expect(list.length).toBeGreaterThan(3);
  for (const e of list) {
    expect(e.start.isDate).toBe(true);
    expect(e.end.isDate).toBe(true);
    const next = e.start.clone();
    next.adjust(1, 0, 0, 0);
    expect(e.end.compare(next)).toBe(0); // all-day: DTEND is the next day, exclusive
    expect(e.alarms).toBe(2);
  }
  // NVH-INF-012 ends 30 Sep 2030 with 365 days' notice and a 180-day approval lead time.
  const notice = list.find((e) => e.summary === 'Notice deadline: NVH-INF-012 Managed IT infrastructure and end-user services')!;
  expect(notice.start.toString()).toBe('2029-09-30');
  expect(list.find((e) => e.summary.startsWith('Decide by: NVH-INF-012'))!.start.toString()).toBe('2029-04-03');
  expect(list.find((e) => e.summary.startsWith('Contract termination notice: NVH-INF-012'))!.start.toString()).toBe('2030-10-29');
  expect(list.some((e) => e.summary.includes('Angela Crowe'))).toBe(false);
  expect(new Set(list.map((e) => e.uid)).size).toBe(list.length);

  const second = events((await exportIcs(page)).text);
  expect(second.map((e) => e.uid)).toEqual(list.map((e) => e.uid));
});

test('an appraisal’s key dates go to a calendar from its Report tab: the EPR’s notice deadline', async ({ page }) => {
  await openSampleEprAppraisal(page);
  await page.getByRole('tab', { name: 'Report' }).click();
  const { name, text } = await exportIcs(page);
  expect(name).toMatch(/-key-dates-Electronic-patient-record-.*\.ics$/);
  const summaries = events(text).map((e) => e.summary);
  expect(summaries.some((s) => /^Notice deadline: NVH-EPR-001 /.test(s))).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: /^Saved \d+ key dates to / })).toBeVisible();
});
