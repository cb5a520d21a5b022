import { describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from '@shared/ipc';
import { detectHost, HostMissingError } from './index';

const browser = { desktop: undefined, protocol: 'http:', userAgent: 'Mozilla/5.0 Chrome/141.0' };

describe('detectHost', () => {
  it('wraps the preload bridge when it is there', async () => {
    const desktop = {
      getAppInfo: vi.fn(async () => ({ ok: true, value: { name: 'x', version: '1', platform: 'linux', electron: '45' } })),
    };
    const host = detectHost({ ...browser, protocol: 'app:', desktop: desktop as unknown as DesktopApi });
    expect(host.kind).toBe('electron');
    await expect(host.getAppInfo()).resolves.toMatchObject({ electron: '45' });
  });

  it('runs as the browser host in a plain browser', () => {
    expect(detectHost(browser).kind).toBe('browser');
  });

  it("passes on the organisation's policy from the bridge, and has none in a browser", async () => {
    const policy = {
      values: { SampleDisabled: { value: true, source: 'machine-registry' } },
      defaults: { 'discount.rate': { value: 0.04, source: 'machine-file' } },
      warnings: [],
      updates: { on: false, reason: 'Updates are off' },
    };
    const desktop = { getPolicy: vi.fn(async () => ({ ok: true, value: policy })) };
    await expect(detectHost({ ...browser, protocol: 'app:', desktop: desktop as unknown as DesktopApi }).getPolicy()).resolves.toEqual(
      policy,
    );
    await expect(detectHost(browser).getPolicy()).resolves.toMatchObject({
      values: {},
      defaults: {},
      warnings: [],
      updates: { on: false },
    });
  });

  it.each([
    ['served from app://planner', { ...browser, protocol: 'app:' }],
    ['an Electron user agent', { ...browser, userAgent: 'Mozilla/5.0 TrustProcurementPlanner/0.1.0 Chrome/140.0 Electron/45.4.1' }],
  ])('refuses to pretend to be a browser inside Electron without the bridge (%s)', (_label, env) => {
    expect(() => detectHost(env)).toThrow(HostMissingError);
    expect(() => detectHost(env)).toThrow(/cannot open or save files\. Nothing has been changed/);
  });
});
