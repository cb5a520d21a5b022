import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rememberLayout, upgradeRememberedLayout } from './layout-memory';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../test/fixtures/layouts/${name}`, import.meta.url), 'utf8'));

describe('remembered register layouts', () => {
  it('upgrades a version 1 layout (a bare column mapping) to version 2 with no value answers', () => {
    expect(upgradeRememberedLayout(fixture('layout-v1.json'))).toEqual(fixture('layout-v1.expected-v2.json'));
  });

  it('reads a version 2 layout back exactly as it was remembered', () => {
    const layout = rememberLayout(
      { Route: 'procurementRoute', Ref: 'reference', Extra: 'ignore' },
      { Route: { 'Further discussion (HSSF)': 'framework-call-off', Bespoke: '' }, Extra: { x: 'open' } },
    );
    expect(layout.values).toEqual({ Route: { 'Further discussion (HSSF)': 'framework-call-off', Bespoke: '' } });
    expect(upgradeRememberedLayout(JSON.parse(JSON.stringify(layout)))).toEqual(layout);
  });

  it('forgets a record it cannot read instead of failing the import', () => {
    expect(upgradeRememberedLayout(null)).toBeNull();
    expect(upgradeRememberedLayout({ version: 3, columns: {} })).toBeNull();
    expect(upgradeRememberedLayout({ Route: 42 })).toBeNull();
  });
});
