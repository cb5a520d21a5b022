import { describe, expect, it } from 'vitest';
import { ipcContract } from '@shared/ipc';
import { buildReportQuery, parseReportQuery, reportFileName, strictEncode } from './report-query';
import { ALL_SECTION_IDS } from '@shared/presentation/sections';

describe('report query', () => {
  it('round-trips sections, author and status', () => {
    const q = buildReportQuery({
      sections: ['appendix', 'summary', 'financial'],
      author: "Siân O'Neill (CDIO) & team!",
      status: 'final',
      form: 'short',
    });
    expect(q).toMatch(/^[A-Za-z0-9=&%._~-]*$/);
    const back = parseReportQuery(new URLSearchParams(q));
    expect(back.sections).toEqual(['summary', 'financial', 'appendix']);
    expect(back.author).toBe("Siân O'Neill (CDIO) & team!");
    expect(back.status).toBe('final');
    expect(back.form).toBe('short');
    expect(back.print).toBe(false);
  });

  it('asks the print route for the risk analysis only when the paper includes one', () => {
    const base = { sections: ALL_SECTION_IDS, author: '', status: 'draft', form: 'full' } as const;
    const withRun = buildReportQuery({ ...base, risk: true });
    expect(parseReportQuery(new URLSearchParams(withRun)).risk).toBe(true);
    expect(ipcContract['report:exportPdf'].request.shape.query.safeParse(withRun).success).toBe(true);
    expect(parseReportQuery(new URLSearchParams(buildReportQuery(base))).risk).toBe(false);
    expect(parseReportQuery(new URLSearchParams(buildReportQuery({ ...base, risk: false }))).risk).toBe(false);
  });

  it('passes the export channel’s query schema', () => {
    const q = buildReportQuery({ sections: ALL_SECTION_IDS, author: 'A*B (x)', status: 'draft', form: 'full' });
    const schema = ipcContract['report:exportPdf'].request.shape.query;
    expect(schema.safeParse(q).success).toBe(true);
  });

  it('defaults to every section, draft, and ignores unknown sections', () => {
    expect(parseReportQuery(new URLSearchParams('print=1'))).toMatchObject({
      sections: ALL_SECTION_IDS,
      status: 'draft',
      form: 'full',
      risk: false,
      print: true,
      authorGiven: false,
    });
    expect(parseReportQuery(new URLSearchParams('sections=summary%2Cnope')).sections).toEqual(['summary']);
    expect(parseReportQuery(new URLSearchParams('sections=')).sections).toEqual([]);
  });

  it('encodes the characters encodeURIComponent leaves', () => {
    expect(strictEncode("it's (a) test!*")).toBe('it%27s%20%28a%29%20test%21%2A');
  });
});

describe('report file name', () => {
  it('is filename-safe and dated', () => {
    expect(reportFileName('EPR: options appraisal 2026/27 — "final"', '2026-11-01')).toBe(
      'epr-options-appraisal-2026-27-final-decision-report-2026-11-01.pdf',
    );
    expect(reportFileName('<img src=x onerror=alert(1)>', '2026-11-01')).toBe('img-src-x-onerror-alert-1-decision-report-2026-11-01.pdf');
    expect(reportFileName('***', '2026-11-01')).toBe('appraisal-decision-report-2026-11-01.pdf');
    expect(reportFileName('Café résumé', '2026-01-02')).toBe('cafe-resume-decision-report-2026-01-02.pdf');
    expect(reportFileName('EPR', '2026-01-02', 'docx')).toBe('epr-decision-report-2026-01-02.docx');
  });
});
