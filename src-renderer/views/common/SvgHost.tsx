import { useEffect, useRef } from 'react';
import { useWidth } from './useWidth';

/** Hosts an SVG drawn by a plain D3 function (document injected), redrawn when inputs or width change. */
export function SvgHost(props: {
  draw: (doc: Document, size: { width: number; height: number }) => SVGSVGElement;
  height: number;
  testId?: string;
}) {
  const host = useRef<HTMLDivElement>(null);
  const width = useWidth(host, 600);
  const { draw, height } = props;
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    el.replaceChildren(draw(document, { width, height }));
  }, [draw, width, height]);
  return <div className="chart-host" ref={host} style={{ height }} data-testid={props.testId} />;
}
