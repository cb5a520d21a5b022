import { describe, expect, it } from 'vitest';
import type { ReportModel } from '@shared/presentation/report-model';
import { handedReport, handoffKey, handReportOver, releaseHandedReport } from './report-handoff';

// The handoff only compares and returns the model object; its contents do not matter here.
const model = (title: string) => ({ documentTitle: title }) as unknown as ReportModel;

describe('report handoff', () => {
  it('gives the print route the model built for the same appraisal and options, whatever their order or print=1', () => {
    const m = model('EPR');
    handReportOver('appr-1', 'sections=summary%2Ceconomic&author=A%20B&status=draft&form=full', m);
    expect(handedReport('appr-1', 'status=draft&author=A%20B&form=full&sections=summary%2Ceconomic&print=1')).toBe(m);
    releaseHandedReport(m);
  });

  it('does not give it to another appraisal or to other options', () => {
    const m = model('EPR');
    handReportOver('appr-1', 'sections=summary&status=draft', m);
    expect(handedReport('appr-2', 'sections=summary&status=draft')).toBeNull();
    expect(handedReport('appr-1', 'sections=summary&status=final')).toBeNull();
    expect(handedReport('appr-1', 'sections=summary&status=draft&risk=1')).toBeNull();
    releaseHandedReport(m);
  });

  it('is used once: after the route has shown it, a later visit builds the paper again', () => {
    const m = model('EPR');
    handReportOver('appr-1', 'status=draft', m);
    expect(handedReport('appr-1', 'status=draft')).toBe(m);
    // React may render twice before effects run (StrictMode): reading does not use it up.
    expect(handedReport('appr-1', 'status=draft')).toBe(m);
    releaseHandedReport(m);
    expect(handedReport('appr-1', 'status=draft')).toBeNull();
  });

  it('keeps a newer handoff when an older route releases its model', () => {
    const older = model('old');
    const newer = model('new');
    handReportOver('appr-1', 'status=draft', older);
    handReportOver('appr-1', 'status=draft', newer);
    releaseHandedReport(older);
    expect(handedReport('appr-1', 'status=draft')).toBe(newer);
    releaseHandedReport(newer);
  });

  it('compares options without print=1 and in one order', () => {
    expect(handoffKey('b=2&a=1&print=1')).toBe(handoffKey('a=1&b=2'));
  });
});
