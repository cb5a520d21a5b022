import ExcelJS from 'exceljs';
import { COST_CATEGORY_LABELS, type Appraisal, type CostCategory } from '../domain';
import type { AppraisalResult } from '../engine/appraise';
import { HEALTH_DISCOUNT } from '../engine/discount';
import type { PeriodContext } from '../engine/flows';
import { periodContext } from '../engine/period';
import type { SensitivityModel } from '../presentation/economic-case';
import { optionWorkings, type OptionWorkings } from './workings-lines';

/**
 * The Excel workings (docs/domain.md §9): assumptions, discount factors and the deflator, every
 * option's cost lines by financial year, optimism bias, risk expected values, benefits, and the
 * results — NPC in three layers, EAC, PVB, NPSV and BCR — as LIVE formulas over those inputs, so
 * changing the discount-rate cell on the Assumptions sheet changes every NPC. The spreads of lines
 * over financial years are inputs (values); every step after them is a formula. Each formula
 * carries the engine's own result as its cached value, and the Results sheet sets the engine's
 * figures beside the formulas' so a reviewer sees they agree. Built with exceljs.
 */

export interface WorkingsInput {
  appraisal: Appraisal;
  result: AppraisalResult;
  sensitivity?: SensitivityModel;
  title: string;
}

/** Cells on the Assumptions sheet the formulas refer to. */
export const CELLS = {
  rate: 'Assumptions!$B$4',
  longRate: 'Assumptions!$B$5',
  switchYear: 'Assumptions!$B$6',
  growth: 'Assumptions!$B$7',
  priceBase: 'Assumptions!$B$8',
  year0: 'Assumptions!$B$9',
  healthRate: 'Assumptions!$B$11',
  healthLong: 'Assumptions!$B$12',
} as const;

export function colName(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

const MONEY = '£#,##0.00;-£#,##0.00';
const FACTOR = '0.000000';

type Cell = ExcelJS.Cell;
const f = (cell: Cell, formula: string, result: number | string) => {
  cell.value = { formula, result } as ExcelJS.CellFormulaValue;
};

/** Writes a row's values into columns A, B, … (cells to their right are left as they are). */
function putRow(ws: ExcelJS.Worksheet, row: number, values: readonly ExcelJS.CellValue[]): void {
  values.forEach((v, i) => (ws.getCell(row, i + 1).value = v));
}

/** A table's header: its labels from column A, in bold. */
function headerRow(ws: ExcelJS.Worksheet, row: number, labels: readonly string[]): void {
  putRow(ws, row, labels);
  ws.getRow(row).font = { bold: true };
}

function assumptionsSheet(wb: ExcelJS.Workbook, appraisal: Appraisal, ctx: PeriodContext, title: string): void {
  const ws = wb.addWorksheet('Assumptions');
  ws.getColumn(1).width = 46;
  ws.getColumn(2).width = 18;
  ws.getColumn(3).width = 70;
  ws.getCell('A1').value = `${title}: Excel workings`;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = 'Change the yellow cells: every figure on the other sheets is a formula over them and the cost-line spreads.';
  const rows: [string, number, string, string?][] = [
    ['Discount rate, years 0 to the switch year', appraisal.discount.rate, 'HM Treasury Green Book standard rate (3.5%)', '0.0%'],
    ['Discount rate after the switch year', appraisal.discount.longRate, 'Green Book: 3.0% for years 31–75', '0.0%'],
    ['Switch year', appraisal.discount.switchYear, 'Last year at the standard rate'],
    [
      'GDP deflator growth a year (assumed flat)',
      appraisal.deflator.assumedGrowthPct / 100,
      ctx.deflator.assumed ? ctx.deflator.label : `Not used: a published index is entered (${ctx.deflator.label}); see Factors`,
      '0.0%',
    ],
    ['Price-base financial year (starting calendar year)', ctx.deflator.priceBaseYear, 'Real figures are in this year’s prices'],
    ['Year 0 (financial year of the base date)', ctx.fy0, `Base date ${appraisal.baseDate}; amounts before it are sunk`],
    ['Appraisal period (years)', ctx.n, 'Rows of the Factors sheet'],
    ['Health discount rate, years 0–30', HEALTH_DISCOUNT.rate, 'For benefits valued from QALYs', '0.00%'],
    ['Health discount rate after year 30', HEALTH_DISCOUNT.longRate, 'Green Book health schedule', '0.00%'],
  ];
  rows.forEach(([label, value, note, fmt], i) => {
    const r = 4 + i;
    ws.getCell(`A${r}`).value = label;
    const c = ws.getCell(`B${r}`);
    c.value = value;
    if (fmt) c.numFmt = fmt;
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
    ws.getCell(`C${r}`).value = note;
  });
}

/** Factors sheet: one row per year t with its discount factors and cash-to-real factor, all formulas. */
function factorsSheet(wb: ExcelJS.Workbook, ctx: PeriodContext): { annuityCell: string } {
  const ws = wb.addWorksheet('Factors');
  ['t', 'Financial year', 'Year starts (calendar year)', 'Discount factor', 'Health discount factor', 'Cash to real (D_pb ÷ D_t)'].forEach(
    (h, i) => {
      ws.getCell(1, i + 1).value = h;
      ws.getCell(1, i + 1).font = { bold: true };
      ws.getColumn(i + 1).width = i === 0 ? 6 : 22;
    },
  );
  for (let t = 0; t < ctx.n; t++) {
    const r = t + 2;
    ws.getCell(`A${r}`).value = t;
    ws.getCell(`B${r}`).value = `${ctx.fy0 + t}/${String((ctx.fy0 + t + 1) % 100).padStart(2, '0')}`;
    f(ws.getCell(`C${r}`), `${CELLS.year0}+A${r}`, ctx.fy0 + t);
    f(
      ws.getCell(`D${r}`),
      `IF(A${r}<=${CELLS.switchYear},1/(1+${CELLS.rate})^A${r},1/(1+${CELLS.rate})^${CELLS.switchYear}/(1+${CELLS.longRate})^(A${r}-${CELLS.switchYear}))`,
      ctx.df[t],
    );
    f(
      ws.getCell(`E${r}`),
      `IF(A${r}<=30,1/(1+${CELLS.healthRate})^A${r},1/(1+${CELLS.healthRate})^30/(1+${CELLS.healthLong})^(A${r}-30))`,
      ctx.dfHealth[t],
    );
    const toReal = ws.getCell(`F${r}`);
    if (ctx.deflator.assumed) f(toReal, `1/(1+${CELLS.growth})^(C${r}-${CELLS.priceBase})`, ctx.toReal[t]);
    else toReal.value = ctx.toReal[t];
    for (const col of ['D', 'E', 'F']) ws.getCell(`${col}${r}`).numFmt = FACTOR;
  }
  const total = ctx.n + 2;
  ws.getCell(`C${total}`).value = 'Σ discount factors (annuity in advance)';
  f(
    ws.getCell(`D${total}`),
    `SUM(D2:D${ctx.n + 1})`,
    ctx.df.reduce((s, v) => s + v, 0),
  );
  ws.getCell(`D${total}`).numFmt = FACTOR;
  return { annuityCell: `Factors!$D$${total}` };
}

export interface OptionCells {
  npcBase: string;
  npcOb: string;
  riskPv: string;
  npcAdj: string;
  eac: string;
  pvb: string;
}

const FIRST_YEAR_COL = 6;

/** One option's sheet: year rows of factors, cost lines (as entered, then moved with go-live), risks and benefits. */
function optionSheet(
  wb: ExcelJS.Workbook,
  name: string,
  r: AppraisalResult['options'][number],
  w: OptionWorkings,
  ctx: PeriodContext,
  annuity: string,
  sheetOf: (optionId: string) => string,
): OptionCells {
  const ws = wb.addWorksheet(name);
  const n = ctx.n;
  const yc = (t: number) => colName(FIRST_YEAR_COL + t);
  const mc = (t: number) => colName(FIRST_YEAR_COL + n + t);
  const after = FIRST_YEAR_COL + 2 * n;
  const [pvBaseCol, pvObCol] = [colName(after), colName(after + 1)];
  const lastY = yc(n - 1);
  const lastM = mc(n - 1);
  ws.getColumn(1).width = 40;
  ws.getCell('A1').value = r.option.name;
  ws.getCell('A1').font = { bold: true, size: 13 };
  ws.getCell('A2').value = 'Development optimism bias';
  ws.getCell('B2').value = r.option.optimismBias.development.pct / 100;
  ws.getCell('A3').value = 'Service-charge optimism bias';
  ws.getCell('B3').value = r.option.optimismBias.serviceCharge.pct / 100;
  ws.getCell('C2').value =
    `Duration optimism bias moves go-live ${r.costs.uplifts.duration.months} months: the “with go-live move” columns carry it.`;
  for (const c of ['B2', 'B3']) {
    ws.getCell(c).numFmt = '0%';
    ws.getCell(c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  }
  // Rows 5–8: year labels, discount factor, health discount factor, cash to real; across both blocks.
  ws.getCell('A5').value = 'Financial year';
  ws.getCell('A6').value = 'Discount factor';
  ws.getCell('A7').value = 'Health discount factor';
  ws.getCell('A8').value = 'Cash to real';
  ws.getCell(`${yc(0)}4`).value = 'Amount by year as entered (cash or constant prices), ex VAT';
  ws.getCell(`${mc(0)}4`).value = 'The same with the go-live move (duration optimism bias)';
  for (let t = 0; t < n; t++) {
    for (const col of [yc(t), mc(t)]) {
      f(ws.getCell(`${col}5`), `Factors!$B$${t + 2}`, `${ctx.fy0 + t}`);
      f(ws.getCell(`${col}6`), `Factors!$D$${t + 2}`, ctx.df[t]);
      f(ws.getCell(`${col}7`), `Factors!$E$${t + 2}`, ctx.dfHealth[t]);
      f(ws.getCell(`${col}8`), `Factors!$F$${t + 2}`, ctx.toReal[t]);
    }
  }
  const headers = ['Cost line', 'Category', 'Entry basis', 'Optimism bias uplift', 'Uplift rate'];
  const top = 10;
  ws.getCell(`${pvBaseCol}${top}`).value = 'Present value, base (real)';
  ws.getCell(`${pvObCol}${top}`).value = 'Present value with optimism bias';
  headerRow(ws, top, headers);
  // SUMPRODUCT of amounts × DF (× cash-to-real for cash lines), over a block of year columns.
  const pv = (row: number, first: string, last: string, dfRow: number) =>
    `IF($C${row}="constant",SUMPRODUCT(${first}${row}:${last}${row},${first}$${dfRow}:${last}$${dfRow}),SUMPRODUCT(${first}${row}:${last}${row},${first}$${dfRow}:${last}$${dfRow},${first}$8:${last}$8))`;
  let row = top + 1;
  const firstLine = row;
  w.lines.forEach((line, i) => {
    ws.getCell(`A${row}`).value = line.label;
    ws.getCell(`B${row}`).value = COST_CATEGORY_LABELS[line.category as CostCategory] ?? line.category;
    ws.getCell(`C${row}`).value = line.basis;
    ws.getCell(`D${row}`).value = line.excluded ? 'excluded (contingency)' : line.uplift;
    // A follow-on option's lines take that option's uplifts: refer to its sheet.
    const source = r.costs.contributions.lines[i].source.id;
    const on = source === r.option.id ? '' : `'${sheetOf(source)}'!`;
    f(
      ws.getCell(`E${row}`),
      `IF(D${row}="development",${on}$B$2,IF(D${row}="service-charge",${on}$B$3,0))`,
      r.costs.contributions.lines[i].upliftRate,
    );
    for (let t = 0; t < n; t++) {
      ws.getCell(`${yc(t)}${row}`).value = line.base[t];
      ws.getCell(`${mc(t)}${row}`).value = line.moved[t];
    }
    const fig = r.costs.lineFigures[i];
    const basePv = line.excluded ? 0 : fig.pvOb / (1 + r.costs.contributions.lines[i].upliftRate);
    f(ws.getCell(`${pvBaseCol}${row}`), `IF(LEFT($D${row},8)="excluded",0,${pv(row, yc(0), lastY, 6)})`, line.excluded ? 0 : basePv);
    f(ws.getCell(`${pvObCol}${row}`), `IF(LEFT($D${row},8)="excluded",0,(1+$E${row})*${pv(row, mc(0), lastM, 6)})`, fig.pvOb);
    row++;
  });
  const lastLine = Math.max(firstLine, row - 1);
  const npcBase = `${pvBaseCol}${row + 1}`;
  const npcOb = `${pvObCol}${row + 1}`;
  ws.getCell(`A${row + 1}`).value = 'Net present cost: base, and with optimism bias';
  f(ws.getCell(npcBase), w.lines.length ? `SUM(${pvBaseCol}${firstLine}:${pvBaseCol}${lastLine})` : '0', r.costs.base.npc);
  f(ws.getCell(npcOb), w.lines.length ? `SUM(${pvObCol}${firstLine}:${pvObCol}${lastLine})` : '0', r.costs.optimismBias.npc);

  // Risks: expected value = probability × impact, in the year it lands (price-base terms).
  row += 3;
  headerRow(ws, row, [
    'Risk',
    'Probability',
    'Impact (£, price base)',
    'Expected value',
    'Year t (−1: outside the period)',
    'Present value',
  ]);
  row++;
  const firstRisk = row;
  for (const k of w.risks) {
    putRow(ws, row, [k.title, k.probability, k.impact]);
    f(ws.getCell(`D${row}`), `B${row}*C${row}`, k.expected);
    ws.getCell(`E${row}`).value = k.t;
    f(
      ws.getCell(`F${row}`),
      `IF(AND(E${row}>=0,E${row}<${n}),D${row}*INDEX($${yc(0)}$6:$${lastY}$6,1,E${row}+1),0)`,
      k.t < 0 ? 0 : k.expected * ctx.df[k.t],
    );
    row++;
  }
  const riskPv = `F${row}`;
  ws.getCell(`A${row}`).value = 'Risk allowance (present value)';
  f(ws.getCell(riskPv), w.risks.length ? `SUM(F${firstRisk}:F${row - 1})` : '0', r.costs.riskAllowance.npc);

  // Benefits: present value after shortfall, on the standard or health schedule.
  row += 2;
  ws.getCell(`${pvBaseCol}${row}`).value = 'Present value after shortfall';
  headerRow(ws, row, ['Benefit', 'Type', 'Entry basis', 'Shortfall', 'Health schedule']);
  row++;
  const firstBenefit = row;
  for (const b of w.benefits) {
    putRow(ws, row, [b.label, b.type, b.basis, b.shortfall, b.health ? 'yes' : 'no']);
    for (let t = 0; t < n; t++) ws.getCell(`${yc(t)}${row}`).value = b.amounts[t];
    f(ws.getCell(`${pvBaseCol}${row}`), `(1-D${row})*IF(E${row}="yes",${pv(row, yc(0), lastY, 7)},${pv(row, yc(0), lastY, 6)})`, b.pv);
    row++;
  }
  const pvb = `${pvBaseCol}${row}`;
  ws.getCell(`A${row}`).value = 'Present value of benefits';
  f(ws.getCell(pvb), w.benefits.length ? `SUM(${pvBaseCol}${firstBenefit}:${pvBaseCol}${row - 1})` : '0', r.costs.benefits.pvb);

  row += 2;
  const npcAdj = `B${row}`;
  const eac = `B${row + 1}`;
  ws.getCell(`A${row}`).value = 'Net present cost, risk-adjusted (NPC_adj)';
  f(ws.getCell(npcAdj), `${npcOb}+${riskPv}`, r.costs.npc);
  ws.getCell(`A${row + 1}`).value = 'Equivalent annual cost (annuity in advance)';
  f(ws.getCell(eac), `${npcAdj}/${annuity}`, r.costs.eac);
  for (const c of [npcAdj, eac, npcBase, npcOb, riskPv, pvb]) ws.getCell(c).numFmt = MONEY;
  ws.getCell(`A${row}`).font = { bold: true };
  const q = (c: string) => `'${name}'!${c.replace(/([A-Z]+)(\d+)/, '$$$1$$$2')}`;
  return { npcBase: q(npcBase), npcOb: q(npcOb), riskPv: q(riskPv), npcAdj: q(npcAdj), eac: q(eac), pvb: q(pvb) };
}

function resultsSheet(wb: ExcelJS.Workbook, result: AppraisalResult, cells: OptionCells[]): void {
  const ws = wb.addWorksheet('Results');
  const heads = [
    'Option',
    'NPC base',
    'NPC with optimism bias',
    'Risk allowance',
    'NPC risk-adjusted',
    'Equivalent annual cost',
    'PV of benefits',
    'ΔPVC vs counterfactual',
    'ΔPVB vs counterfactual',
    'NPSV',
    'BCR or outcome',
    'Engine NPC risk-adjusted',
    'Engine EAC',
  ];
  heads.forEach((h, i) => {
    ws.getCell(1, i + 1).value = h;
    ws.getColumn(i + 1).width = i === 0 ? 34 : 20;
  });
  ws.getRow(1).font = { bold: true };
  const cfIndex = result.options.findIndex((r) => r.option.id === result.counterfactual.optionId);
  result.options.forEach((r, i) => {
    const row = i + 2;
    const c = cells[i];
    ws.getCell(`A${row}`).value = r.option.name + (i === cfIndex ? ' (counterfactual)' : '');
    f(ws.getCell(`B${row}`), c.npcBase, r.costs.base.npc);
    f(ws.getCell(`C${row}`), c.npcOb, r.costs.optimismBias.npc);
    f(ws.getCell(`D${row}`), c.riskPv, r.costs.riskAllowance.npc);
    f(ws.getCell(`E${row}`), c.npcAdj, r.costs.npc);
    f(ws.getCell(`F${row}`), c.eac, r.costs.eac);
    f(ws.getCell(`G${row}`), c.pvb, r.costs.benefits.pvb);
    if (cfIndex >= 0 && i !== cfIndex) {
      const cf = cfIndex + 2;
      const inc = r.incremental;
      f(ws.getCell(`H${row}`), `E${row}-E${cf}`, inc ? r.costs.npc - result.options[cfIndex].costs.npc : 0);
      f(ws.getCell(`I${row}`), `G${row}-G${cf}`, inc ? r.costs.benefits.pvb - result.options[cfIndex].costs.benefits.pvb : 0);
      f(ws.getCell(`J${row}`), `I${row}-H${row}`, inc?.npsv ?? 0);
      f(
        ws.getCell(`K${row}`),
        `IF(H${row}>0,I${row}/H${row},IF(I${row}>=0,"dominates the counterfactual",IF(H${row}<0,"saves cost but loses benefits","dominated by the counterfactual")))`,
        inc?.bcr ?? inc?.outcomeText ?? '',
      );
    } else {
      for (const col of ['H', 'I', 'J', 'K']) ws.getCell(`${col}${row}`).value = '—';
    }
    ws.getCell(`L${row}`).value = r.costs.npc;
    ws.getCell(`M${row}`).value = r.costs.eac;
    for (const col of ['B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'L', 'M']) ws.getCell(`${col}${row}`).numFmt = MONEY;
  });
  const note = result.options.length + 3;
  ws.getCell(`A${note}`).value =
    'Columns B–K are formulas over the option sheets; L–M are the app’s own figures for comparison. Figures on screen and in the paper are rounded to the pound; cells keep unrounded values.';
}

function sensitivitySheet(wb: ExcelJS.Workbook, s: SensitivityModel): void {
  const ws = wb.addWorksheet('Sensitivity');
  ['Variable', 'Base', 'Range tested', 'Switching value', 'In words'].forEach((h, i) => {
    ws.getCell(1, i + 1).value = h;
    ws.getColumn(i + 1).width = i === 4 ? 90 : 28;
  });
  ws.getRow(1).font = { bold: true };
  s.rows.forEach((r, i) => {
    ws.getRow(i + 2).values = [r.label, r.base, r.range, r.switching, r.sentence];
  });
}

/** Sheet names: Excel allows 31 characters and no []:*?/\ ; "Option 1 …" keeps them unique. */
export function optionSheetName(index: number): string {
  return `Option ${index + 1}`;
}

export function buildWorkingsWorkbook(input: WorkingsInput): ExcelJS.Workbook {
  const { appraisal, result } = input;
  const ctx = periodContext(appraisal);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Trust Procurement Planner';
  wb.title = `${input.title}: workings`;
  wb.calcProperties.fullCalcOnLoad = true;
  assumptionsSheet(wb, appraisal, ctx, input.title);
  const { annuityCell } = factorsSheet(wb, ctx);
  const index = new Map(result.options.map((r, i) => [r.option.id, i]));
  const sheetOf = (id: string) => optionSheetName(index.get(id) ?? 0);
  const cells = result.options.map((r, i) => optionSheet(wb, optionSheetName(i), r, optionWorkings(r, ctx), ctx, annuityCell, sheetOf));
  resultsSheet(wb, result, cells);
  if (input.sensitivity) sensitivitySheet(wb, input.sensitivity);
  // The option sheets are named by number: list their options on the Assumptions sheet.
  const a = wb.getWorksheet('Assumptions');
  if (a) {
    a.getCell('A15').value = 'Option sheets';
    a.getCell('A15').font = { bold: true };
    result.options.forEach((r, i) => {
      a.getCell(`A${16 + i}`).value = optionSheetName(i);
      a.getCell(`B${16 + i}`).value = r.option.name;
    });
  }
  return wb;
}

export async function buildWorkingsXlsx(input: WorkingsInput): Promise<Uint8Array> {
  const buffer = await buildWorkingsWorkbook(input).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
