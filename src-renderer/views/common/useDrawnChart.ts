import { useEffect, useRef, useState } from 'react';
import { useWidth } from './useWidth';

/**
 * A chart drawn by D3 into a host element at the host's width, redrawn when `draw` or the size
 * changes. The new drawing replaces the old svg only, so React's own children of the host (hover
 * rule, read-out) stay. `draw` must be stable (useCallback) or it redraws on every render.
 */
export function useDrawnChart<H extends { svg: SVGSVGElement }>(
  draw: (doc: Document, size: { width: number; height: number }) => H,
  fallbackWidth: number,
  height: number | ((width: number) => number),
) {
  const host = useRef<HTMLDivElement>(null);
  const width = useWidth(host, fallbackWidth);
  const h = typeof height === 'function' ? height(width) : height;
  const [handle, setHandle] = useState<H | null>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const drawn = draw(document, { width, height: h });
    el.querySelector(':scope > svg')?.remove();
    el.prepend(drawn.svg);
    setHandle(drawn);
  }, [draw, width, h]);
  return { host, width, height: h, handle };
}
