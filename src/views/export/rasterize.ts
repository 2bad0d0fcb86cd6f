import type { ExportedSvg } from './composeExport';
import { rasterScale } from '../../export/stackLayout';

/** Decodes an SVG document into an image (through a blob: URL; the page's CSP allows blob: images). */
export async function loadSvgImage(svgText: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Draws an image scaled to fit the canvas, centred, on the given background. */
export function drawFitted(ctx: CanvasRenderingContext2D, img: CanvasImageSource, w: number, h: number, bg: string) {
  const { width, height } = ctx.canvas;
  const k = Math.min(width / w, height / h);
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = bg;
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(img, (width - w * k) / 2, (height - h * k) / 2, w * k, h * k);
  ctx.restore();
}

/** The SVG as a PNG at `scale` device pixels per CSS pixel (2× for crisp slides). */
export async function svgToPng(svg: ExportedSvg, scale = 2): Promise<Blob> {
  const img = await loadSvgImage(svg.text);
  const k = rasterScale(svg.width, svg.height, scale);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(svg.width * k));
  canvas.height = Math.max(1, Math.round(svg.height * k));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw on a canvas.');
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The browser could not encode the PNG.'))), 'image/png'),
  );
}
