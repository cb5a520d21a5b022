import { daysBetween } from '@shared/dates';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { appraisalSchema, contractSchema, DEFAULT_SETTINGS, type Category, type Contract } from '@shared/domain';
import { appraiseAll } from '@shared/engine/appraise';
import { proposeShortlist } from '@shared/engine/shortlist';

const assetPath = (name: string): string => fileURLToPath(new URL(`../../assets/${name}`, import.meta.url));

interface PortfolioFile {
  format: string;
  version: number;
  exportedAt: string;
  sample: boolean;
  organisation: { trustName: string };
  contracts: unknown[];
  appraisals: unknown[];
}

const raw = JSON.parse(readFileSync(assetPath('sample-portfolio.json'), 'utf8')) as PortfolioFile;
const contracts: Contract[] = raw.contracts.map((c) => contractSchema.parse(c));
const byRef = new Map(contracts.map((c) => [c.reference, c]));

describe('assets/sample-portfolio.json', () => {
  it('is a sample portfolio envelope for an obviously fictional trust', () => {
    expect(raw.format).toBe('trust-procurement-planner/portfolio');
    expect(raw.version).toBe(2);
    expect(raw.exportedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    expect(raw.sample).toBe(true);
    expect(raw.organisation.trustName).toMatch(/sample/i);
    expect(Array.isArray(raw.appraisals)).toBe(true);
  });

  it('holds 30-60 contracts, each valid against contractSchema and flagged as sample', () => {
    expect(raw.contracts.length).toBeGreaterThanOrEqual(30);
    expect(raw.contracts.length).toBeLessThanOrEqual(60);
    for (const c of raw.contracts) {
      const result = contractSchema.safeParse(c);
      expect(result.success, JSON.stringify(result.error?.issues ?? [])).toBe(true);
      expect((c as { sample?: unknown }).sample).toBe(true);
    }
  });

  it('has unique references', () => {
    expect(byRef.size).toBe(contracts.length);
  });

  it('covers the main categories', () => {
    const categories = new Set(contracts.map((c) => c.category));
    const required: Category[] = ['EPR', 'PAS', 'PACS', 'LIMS', 'maternity', 'hosting', 'network', 'support'];
    for (const cat of required) expect(categories, cat).toContain(cat);
  });

  it('contains the EPR via an LSP whose remote hosting ends no later than the contract', () => {
    const epr = contracts.find((c) => c.category === 'EPR' && c.contractingModel === 'via-lsp');
    expect(epr).toBeDefined();
    if (!epr) return;
    expect(epr.primeContractor).toBeTruthy();
    const hostingEnd = epr.hostingEndDate ?? '';
    expect(hostingEnd).not.toBe('');
    expect(hostingEnd <= epr.currentEndDate).toBe(true);
    expect(epr.maximumEndDate).toBe(epr.currentEndDate);
    // It links to a hosting contract that ends with the hosting arrangement.
    const hosting = epr.linkedContracts.map((r) => byRef.get(r)).find((c) => c?.category === 'hosting');
    expect(hosting?.currentEndDate).toBe(epr.hostingEndDate);
  });

  it('tells the story of docs/domain.md §1: the LSP changed from Fujitsu to BT in 2008, Cerner via the LSP, and notes that match the data', () => {
    const epr = byRef.get('NVH-EPR-001')!;
    expect(epr).toMatchObject({ contractingModel: 'via-lsp', primeContractor: 'BT Global Services', vendor: 'Oracle Health (Cerner)' });
    expect(epr.description).toMatch(/Fujitsu.*novated to BT/);
    // The notes describe the extension options the data records, not a new agreement.
    expect(epr.extensionOptions.map((e) => [e.months, e.exercised])).toEqual([
      [84, true],
      [36, true],
      [24, true],
    ]);
    expect(epr.notes).toContain('84 months (by 31 Mar 2015), 36 months (by 31 Mar 2022) and 24 months (by 31 Mar 2025)');
    expect(epr.notes).not.toMatch(/negotiated without prior publication/);
  });

  it('proposes a like-for-like short list from the EPR: BAU, a bridge then re-procurement, the vendor hosting under one roof', () => {
    const epr = byRef.get('NVH-EPR-001')!;
    const hosting = byRef.get('NVH-HOST-004')!;
    const today = '2026-12-01';
    let n = 0;
    const p = proposeShortlist([epr], DEFAULT_SETTINGS, today, () => `s${n++}`, 'sample', [hosting]);
    const kinds = p.options.map((o) => o.kind);
    expect(kinds[0]).toBe('business-as-usual');
    const bridge = p.options.find((o) => o.kind === 'do-minimum')!;
    expect(bridge.followOn).toMatchObject({ kind: 'option', optionId: p.options.find((o) => o.kind === 're-procure')!.id });
    const direct = p.options.find((o) => o.kind === 'direct-with-vendor')!;
    expect(direct.hosting).toMatchObject({ targetModel: 'vendor-hosted', provider: 'Oracle Health (Cerner)' });
    const appraisal = appraisalSchema.parse({
      id: 'sample',
      title: 'EPR',
      contractRefs: ['NVH-EPR-001'],
      baseDate: today,
      createdAt: '',
      updatedAt: '',
    });
    const r = appraiseAll({ appraisal, ...p, risks: [], contracts: [epr], linkedContracts: [hosting], settings: DEFAULT_SETTINGS, today });
    for (const o of r.options) expect(o.coverage.complete, o.option.name).toBe(true);
    expect(r.options.find((o) => o.option.kind === 'business-as-usual')?.viability.viable).toBe(false);
    const gap = r.options.find((o) => o.option.id === direct.id)?.flags.find((f) => f.check === 'hosting-gap');
    expect(gap?.contractRef).toBe('NVH-HOST-004');
  });

  it('only links to contracts that exist', () => {
    for (const c of contracts) {
      for (const ref of c.linkedContracts) {
        expect(byRef.has(ref), `${c.reference} -> ${ref}`).toBe(true);
        expect(ref).not.toBe(c.reference);
      }
    }
  });

  it('keeps dates and values coherent', () => {
    for (const c of contracts) {
      expect(c.annualValue, c.reference).toBeGreaterThan(0);
      if (c.startDate && c.annualValue !== undefined && c.totalValue !== undefined) {
        const years = (daysBetween(c.startDate, c.currentEndDate) + 1) / 365.25;
        expect(Math.abs(c.totalValue - c.annualValue * years), c.reference).toBeLessThan(c.annualValue * 0.05);
      }
      if (c.hostingEndDate && c.startDate) expect(c.hostingEndDate >= c.startDate, c.reference).toBe(true);
    }
  });
});

describe('assets/icon.png', () => {
  it('is a 512x512 PNG', () => {
    const png = readFileSync(assetPath('icon.png'));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.toString('ascii', 12, 16)).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(512);
    expect(png.readUInt32BE(20)).toBe(512);
    expect(png.length).toBeLessThan(100 * 1024);
  });

  it('has an SVG source', () => {
    const svg = readFileSync(assetPath('icon.svg'), 'utf8');
    expect(svg).toMatch(/<svg[^>]*viewBox="0 0 512 512"/);
  });
});
