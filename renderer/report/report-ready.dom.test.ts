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

  it('fails rather than print a draft without its watermark when the image fails to load', async () => {
    const img = loadingImage(root);
    const settled = reportSettled(root, 5_000, 5_000);
    img.dispatchEvent(new Event('error'));
    await expect(settled).rejects.toThrow('could not be loaded');
  });

  it('fails when the image has not loaded within its wait, rather than waiting for ever', async () => {
    loadingImage(root);
    await expect(reportSettled(root, 5_000, 30)).rejects.toThrow('could not be loaded');
  });

  it('fails for an image that had already failed (complete, with no picture)', async () => {
    const img = document.createElement('img');
    Object.defineProperty(img, 'complete', { value: true, configurable: true });
    root.append(img);
    await expect(reportSettled(root, 5_000, 5_000)).rejects.toThrow('could not be loaded');
  });

  it('prints with the fallback fonts when web fonts do not load within their wait', async () => {
    Object.defineProperty(document, 'fonts', { value: { ready: new Promise(() => {}) }, configurable: true });
    expect(await settles(reportSettled(root, 30), 500)).toBe(true);
  });
});
