import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startRendererServer } from '../../e2e/server';
import { benchReportPdf } from '../report-bench';

const PORT = 47843;

test('decision report PDF: 10 options, 60 risks', async ({ page }) => {
  const server = await startRendererServer(PORT, path.resolve('dist/renderer'));
  try {
    await page.goto(`http://127.0.0.1:${PORT}/#/portfolio`);
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await benchReportPdf(page));
    const sorted = runs.map((r) => r.ms).sort((a, b) => a - b);
    expect(runs[0].pages).toBeGreaterThan(10);
    mkdirSync('test-results/bench', { recursive: true });
    writeFileSync('test-results/bench/decision-report-10-options.pdf', runs[0].pdf);
    console.log(
      `\nDecision report PDF (10 options, 60 risks, Chromium)\n` +
        `  pages                    ${runs[0].pages} (${(runs[0].bytes / 1e6).toFixed(1)} MB)\n` +
        `  print route → ready      ${runs.map((r) => r.readyMs).join(' / ')} ms (marks: ${JSON.stringify(runs[2].marks)})\n` +
        `  page.pdf(), median of 3  ${sorted[1].toFixed(0)} ms (runs: ${runs.map((r) => r.ms.toFixed(0)).join(' / ')})`,
    );
  } finally {
    await new Promise((r) => server.close(r));
  }
});
