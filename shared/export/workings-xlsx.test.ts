import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { appraisalSchema, contractSchema, DEFAULT_SETTINGS, type Appraisal, type Contract } from '../domain';
import { appraiseAll, type AppraisalResult } from '../engine/appraise';
import { makeBenefit, makeOption, makeRisk, recurringLine } from '../../test/support/builders';
import { buildReportFixture } from '../../test/bench/report/report-fixture';
import { buildReportModel } from '../presentation/report-model';
import { buildWorkingsXlsx, optionSheetName } from './workings-xlsx';

/**
 * The workings' formulas are recomputed by an independent formula engine (HyperFormula) from the
 * file as written, so the test proves the formulas — not the cached values — give the engine's
 * NPC and EAC to the penny, and that the discount-rate cell drives them.
 */

async function recompute(bytes: Uint8Array): Promise<HyperFormula> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheets: Record<string, RawCellContent[][]> = {};
  wb.eachSheet((ws) => {
    const rows: RawCellContent[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const cells: RawCellContent[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const v = cell.value;
        cells[c - 1] =
          v && typeof v === 'object' && 'formula' in v ? `=${v.formula}` : typeof v === 'number' || typeof v === 'string' ? v : null;
      });
      rows[r - 1] = Array.from(cells, (x) => x ?? null);
    });
    sheets[ws.name] = Array.from(rows, (x) => x ?? []);
  });
  return HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3' });
}

function value(hf: HyperFormula, sheet: string, a1: string): unknown {
  const id = hf.getSheetId(sheet);
  if (id === undefined) throw new Error(`No sheet ${sheet}`);
  const address = hf.simpleCellAddressFromString(a1, id);
  if (!address) throw new Error(`Bad address ${a1}`);
  return hf.getCellValue(address);
}

/** Column of a Results heading, by its text. */
function resultsColumn(hf: HyperFormula, heading: string): string {
  const id = hf.getSheetId('Results')!;
  const width = hf.getSheetDimensions(id).width;
  for (let c = 0; c < width; c++) if (hf.getCellValue({ sheet: id, row: 0, col: c }) === heading) return String.fromCharCode(65 + c);
  throw new Error(`No Results column ${heading}`);
}

function expectEngineFigures(hf: HyperFormula, result: AppraisalResult) {
  const npc = resultsColumn(hf, 'NPC risk-adjusted');
  const eac = resultsColumn(hf, 'Equivalent annual cost');
  result.options.forEach((r, i) => {
    expect(Math.abs((value(hf, 'Results', `${npc}${i + 2}`) as number) - r.costs.npc)).toBeLessThan(0.005);
    expect(Math.abs((value(hf, 'Results', `${eac}${i + 2}`) as number) - r.costs.eac)).toBeLessThan(0.005);
  });
}

const stamp = '2025-04-01T00:00:00.000Z';
function appraisalOf(over: Partial<Appraisal>): Appraisal {
  return appraisalSchema.parse({
    id: 'a',
    title: 'Worked checks',
    contractRefs: ['X'],
    baseDate: '2025-04-01',
    createdAt: stamp,
    updatedAt: stamp,
    ...over,
  });
}

describe('Excel workings recompute to the engine', () => {
  it('docs/domain.md §4 worked checks 1–2: NPC £2,359,420.29 / EAC £274,106.21 (g = 0), £2,336,686.56 (g = 2%), £2,158,872.34 (sunk)', async () => {
    const cases = [
      { g: 0, baseDate: '2025-04-01', npc: 2_359_420.29, eac: 274_106.21 },
      { g: 2, baseDate: '2025-04-01', npc: 2_336_686.56, eac: 271_465.11 },
      { g: 0, baseDate: '2025-06-01', npc: 2_158_872.34 },
    ];
    for (const c of cases) {
      const o = makeOption({ appraisalId: 'a', kind: 'business-as-usual' });
      const appraisal = appraisalOf({ baseDate: c.baseDate, deflator: { assumedGrowthPct: c.g, index: [], source: '', vintage: '' } });
      const result = appraiseAll({
        appraisal,
        options: [o],
        costLines: [recurringLine(o.id, 1_200_000, '2025-04-01', '2027-03-31')],
        risks: [],
        criteria: [],
        contracts: [],
        settings: DEFAULT_SETTINGS,
        today: c.baseDate,
      });
      const hf = await recompute(await buildWorkingsXlsx({ appraisal, result, title: 'Worked check' }));
      const npc = value(hf, 'Results', 'E2') as number;
      expect(Math.abs(npc - c.npc)).toBeLessThan(0.005);
      if (c.eac) expect(Math.abs((value(hf, 'Results', 'F2') as number) - c.eac)).toBeLessThan(0.005);
      expectEngineFigures(hf, result);
    }
  });

  it('docs/domain.md §4 worked check 3: NPSV £1,336,539.60 and BCR 1.5720 as formulas', async () => {
    const bau = makeOption({ appraisalId: 'a', kind: 'business-as-usual', name: 'BAU' });
    const a = makeOption({ appraisalId: 'a', name: 'A' });
    const appraisal = appraisalOf({ periodYears: 5, deflator: { assumedGrowthPct: 0, index: [], source: '', vintage: '' } });
    const result = appraiseAll({
      appraisal,
      options: [bau, a],
      costLines: [recurringLine(bau.id, 4_000_000, '2025-04-01', '2030-03-31'), recurringLine(a.id, 4_500_000, '2025-04-01', '2030-03-31')],
      risks: [],
      benefits: [makeBenefit(a.id, { cashflow: { kind: 'recurring', amount: 1_000_000, startDate: '2026-04-01', endDate: '2030-03-31' } })],
      criteria: [],
      contracts: [],
      settings: DEFAULT_SETTINGS,
      today: '2025-04-01',
    });
    const hf = await recompute(await buildWorkingsXlsx({ appraisal, result, title: 'Check 3' }));
    expect(Math.abs((value(hf, 'Results', 'J3') as number) - 1_336_539.6)).toBeLessThan(0.01);
    expect(value(hf, 'Results', 'K3') as number).toBeCloseTo(1.572, 4);
  });

  it('the sample EPR appraisal: every option’s NPC and EAC within a penny, and the discount-rate cell drives NPC', async () => {
    const sample = JSON.parse(readFileSync('assets/sample-portfolio.json', 'utf8')) as { contracts: unknown[] };
    const epr: Contract = contractSchema.parse(sample.contracts.find((c) => (c as Contract).reference === 'NVH-EPR-001'));
    const today = '2026-04-01';
    const bundle = buildReportFixture({ contracts: [epr], settings: DEFAULT_SETTINGS, today });
    // A risk with a £ impact on every option, so the risk layer is exercised.
    const risks = [
      ...bundle.risks,
      ...bundle.options.map((o) =>
        makeRisk(o.id, { appraisalId: bundle.appraisal.id, impact: 250_000, probability: 0.2, landsOn: '2028-06-01' }),
      ),
    ];
    const result = appraiseAll({ ...bundle, risks, contracts: [epr], settings: DEFAULT_SETTINGS, today });
    expect(result.options.length).toBeGreaterThan(3);
    const bytes = await buildWorkingsXlsx({ appraisal: bundle.appraisal, result, title: bundle.appraisal.title });
    const hf = await recompute(bytes);
    expectEngineFigures(hf, result);

    // Change the discount rate: every NPC moves, and matches the engine at the new rate.
    const before = value(hf, 'Results', 'E2') as number;
    hf.setCellContents(hf.simpleCellAddressFromString('B4', hf.getSheetId('Assumptions')!)!, [[0.05]]);
    const after = value(hf, 'Results', 'E2') as number;
    expect(after).toBeLessThan(before);
    const at5 = appraiseAll({
      ...bundle,
      appraisal: { ...bundle.appraisal, discount: { ...bundle.appraisal.discount, rate: 0.05 } },
      risks,
      contracts: [epr],
      settings: DEFAULT_SETTINGS,
      today,
    });
    expectEngineFigures(hf, at5);
    expect(value(hf, 'Assumptions', 'A16')).toBe(optionSheetName(0));
  });

  it('the Sensitivity sheet lists the paper’s switching values, row for row, in the paper’s words', async () => {
    const sample = JSON.parse(readFileSync('assets/sample-portfolio.json', 'utf8')) as { contracts: unknown[] };
    const epr: Contract = contractSchema.parse(sample.contracts.find((c) => (c as Contract).reference === 'NVH-EPR-001'));
    const today = '2026-04-01';
    const bundle = buildReportFixture({ contracts: [epr], settings: DEFAULT_SETTINGS, today });
    const model = buildReportModel({ ...bundle, contracts: [epr], settings: DEFAULT_SETTINGS, today });
    const sensitivity = model.economic?.sensitivity;
    expect(sensitivity?.rows.length).toBeGreaterThan(2);
    const bytes = await buildWorkingsXlsx({
      appraisal: bundle.appraisal,
      result: model.result,
      title: bundle.appraisal.title,
      sensitivity,
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const ws = wb.getWorksheet('Sensitivity');
    expect(ws).toBeDefined();
    const rows: unknown[][] = [];
    ws!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(['Variable', 'Base', 'Range tested', 'Switching value', 'In words']);
    expect(rows.slice(1)).toEqual(sensitivity!.rows.map((r) => [r.label, r.base, r.range, r.switching, r.sentence]));
    // Words, not codes or float artefacts.
    for (const row of rows.slice(1)) for (const cell of row) expect(String(cell)).not.toMatch(/\d\.\d{5,}|undefined|NaN/);
  });
});
