/** Small helpers for building SVG in any document (the browser's, or linkedom's in the CLI). */
import { FONT_FAMILY } from './palette';

export const SVG_NS = 'http://www.w3.org/2000/svg';

export function createSvg(doc: Document, width: number, height: number, label: string): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('font-family', FONT_FAMILY);
  svg.setAttribute('font-size', '12');
  return svg;
}

/**
 * Spread labels vertically so none overlap, keeping each as close to its wanted y as possible.
 * Direct labels at line ends replace a legend; overlapping ones would be unreadable.
 */
export function spreadLabels(wanted: number[], minGap: number, top: number, bottom: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const n = order.length;
  const placed = order.map((o) => Math.min(Math.max(o.y, top), bottom));
  // Down from the top, then up from the bottom edge only as far as a crowded run at the bottom
  // needs: labels away from a collision stay where their lines end.
  for (let k = 1; k < n; k++) placed[k] = Math.max(placed[k]!, placed[k - 1]! + minGap);
  if (n) placed[n - 1] = Math.min(placed[n - 1]!, bottom);
  for (let k = n - 2; k >= 0; k--) placed[k] = Math.min(placed[k]!, placed[k + 1]! - minGap);
  // Too many to fit at the gap: share the height evenly (tighter than the gap, but in order).
  if (n > 1 && placed[0]! < top) {
    const step = (bottom - top) / (n - 1);
    for (let k = 0; k < n; k++) placed[k] = top + k * step;
  }
  const out = new Array<number>(wanted.length);
  order.forEach((o, k) => (out[o.i] = placed[k]!));
  return out;
}
