import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikeOcdsPackage } from './ocds-detect';

const fixture = (path: string) => readFileSync(new URL(`../../test/fixtures/${path}`, import.meta.url), 'utf8');

describe('looksLikeOcdsPackage', () => {
  it('recognises release and record packages saved from Find a Tender', () => {
    expect(looksLikeOcdsPackage(fixture('ocds/release-package.json'))).toBe(true);
    expect(looksLikeOcdsPackage(fixture('ocds/record-package.json'))).toBe(true);
    expect(looksLikeOcdsPackage('\uFEFF {"releases": []}')).toBe(true);
  });

  it('leaves portfolio files, other JSON and non-JSON to the other importers', () => {
    expect(looksLikeOcdsPackage(readFileSync('assets/sample-portfolio.json', 'utf8'))).toBe(false);
    expect(looksLikeOcdsPackage('{"format":"trust-procurement-planner/portfolio","releases":[]}')).toBe(false);
    expect(looksLikeOcdsPackage('{"contracts": []}')).toBe(false);
    expect(looksLikeOcdsPackage('reference,title\nA,B')).toBe(false);
    expect(looksLikeOcdsPackage('[{"releases": []}]')).toBe(false);
  });
});
