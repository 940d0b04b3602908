/** The debt chart on screen: the shared D3 chart plus a hover read-out of every line's value. */
import { useEffect, useMemo, useRef, useState } from 'react';
import { debtChartSpec, type FiscalResult } from '../../charts/fiscal';
import { drawLineChart, type LineChartHandle } from '../../charts/lineChart';
import type { View } from '../../../models/fiscal/scenario';
import { useWidth } from '../common/useWidth';

export function DebtChart(props: {
  results: FiscalResult[];
  view: View;
  unit: string;
  format: (v: number) => string;
}) {
  const host = useRef<HTMLDivElement>(null);
  const width = useWidth(host, 900);
  const height = Math.max(360, Math.min(500, Math.round(width * 0.52)));
  const spec = useMemo(() => debtChartSpec(props.results, props.view), [props.results, props.view]);
  const [handle, setHandle] = useState<LineChartHandle | null>(null);
  const [hover, setHover] = useState<number | null>(null);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const h = drawLineChart(document, spec, { width, height });
    el.querySelector(':scope > svg')?.remove();
    el.prepend(h.svg);
    setHandle(h);
  }, [spec, width, height]);

  const i = hover !== null && hover < spec.x.length ? hover : null;
  return (
    <div
      className="chart-host"
      ref={host}
      data-testid="debt-chart"
      style={{ height }}
      onPointerMove={(e) => {
        if (!handle) return;
        setHover(handle.nearestIndex(e.clientX - e.currentTarget.getBoundingClientRect().left));
      }}
      onPointerLeave={() => setHover(null)}
    >
      {handle && i !== null && (
        <>
          <div
            className="hover-rule"
            style={{ left: handle.xPixel(i), top: handle.plot.top, height: handle.plot.height }}
          />
          <div
            className="readout"
            role="status"
            style={{ left: Math.min(handle.xPixel(i) + 12, width - 250), top: handle.plot.top + 24 }}
          >
            <strong>
              FY{spec.x[i]! - 1}–{String(spec.x[i]).slice(2)}
            </strong>{' '}
            <span className="muted">{props.unit}</span>
            {spec.series.map((s) => (
              <div key={s.id}>
                <span className="swatch" style={{ background: s.colour }} /> {s.label}:{' '}
                {props.format(s.values[i]!)}
              </div>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
