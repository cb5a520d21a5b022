import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportSettled } from './report-ready';

/** An <img> still loading (a test DOM loads nothing, so `complete` is set by hand). */
function loadingImage(root: HTMLElement): HTMLImageElement {
  const img = document.createElement('img');
  Object.defineProperty(img, 'complete', { value: false, configurable: true });
  root.append(img);
  return img;
}

const settles = async (promise: Promise<void>, withinMs: number) =>
  Promise.race([promise.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), withinMs))]);

describe('reportSettled: the print waits for the report’s images (the draft watermark)', () => {
  let root: HTMLElement;
  beforeEach(() => {
    Object.defineProperty(document, 'fonts', { value: { ready: Promise.resolve() }, configurable: true });
    root = document.createElement('main');
    document.body.append(root);
  });
  afterEach(() => root.remove());

  it('is not ready while the watermark is loading, and is once it has loaded', async () => {
    const img = loadingImage(root);
    const settled = reportSettled(root, 5_000);
    expect(await settles(settled, 50)).toBe(false);
    img.dispatchEvent(new Event('load'));
    expect(await settles(settled, 200)).toBe(true);
  });

  it('prints without an image that fails to load rather than waiting for ever', async () => {
    const img = loadingImage(root);
    const settled = reportSettled(root, 5_000);
    img.dispatchEvent(new Event('error'));
    expect(await settles(settled, 200)).toBe(true);
  });

  it('stops waiting for an image that never loads after the wait', async () => {
    loadingImage(root);
    expect(await settles(reportSettled(root, 30), 500)).toBe(true);
  });
});
