import type { PaperImage } from '@shared/export/docx-paper';

/**
 * The preview's print charts as images for the Word export: each `[data-chart-key]` chart's SVG is
 * serialised (its colours and fonts are attributes, so it stands alone) and drawn onto a canvas at
 * twice its size for a sharp PNG, by canvg (see rasterise for why not through an image). The SVG goes in too, for Word versions that show it.
 */

const SCALE = 2;

function svgOf(el: Element): SVGSVGElement | null {
  if (el instanceof SVGSVGElement) return el;
  return el.querySelector('svg');
}

async function rasterise(svg: SVGSVGElement): Promise<PaperImage | null> {
  const width = Number(svg.getAttribute('width')) || svg.viewBox.baseVal.width;
  const height = Number(svg.getAttribute('height')) || svg.viewBox.baseVal.height;
  if (!width || !height) return null;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const text = new XMLSerializer().serializeToString(clone);
  const svgBytes = new TextEncoder().encode(text);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * SCALE);
  canvas.height = Math.round(height * SCALE);
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.fillStyle = '#FFFFFF';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  // Drawn by canvg from the SVG's own elements, not by loading it as an image: the app's
  // Content-Security-Policy (shared/csp.ts, img-src 'self') refuses blob: and data: images, so an
  // <img> of the SVG never loads in the app and the paper would go out without its charts.
  const { Canvg } = await import('canvg');
  const drawing = Canvg.fromString(ctx, text, {
    ignoreMouse: true,
    ignoreAnimation: true,
    ignoreClear: true,
    ignoreDimensions: true,
    scaleWidth: canvas.width,
    scaleHeight: canvas.height,
  });
  await drawing.render();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) return null;
  return { png: new Uint8Array(await blob.arrayBuffer()), svg: svgBytes, width, height };
}

/** Every chart under `root`, by key; a chart that cannot be drawn is left out (its table still goes in). */
export async function chartImages(root: Element): Promise<Record<string, PaperImage>> {
  const out: Record<string, PaperImage> = {};
  for (const el of root.querySelectorAll('[data-chart-key]')) {
    const key = el.getAttribute('data-chart-key');
    const svg = svgOf(el);
    if (!key || !svg || out[key]) continue;
    const image = await rasterise(svg).catch(() => null);
    if (image) out[key] = image;
  }
  return out;
}
