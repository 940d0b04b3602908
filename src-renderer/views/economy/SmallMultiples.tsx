/**
 * Every indicator in its own panel, the scenarios on the same axes in each, laid out to the width.
 * Pointing at a quarter in one panel marks that quarter in all of them and reads out the values
 * of the panel under the pointer.
 */
import { format } from 'd3';
import { useEffect, useRef, useState } from 'react';
import {
  drawEconomyPanel,
  panelsFor,
  panelValue,
  type EconomyLine,
  type Panel,
  type PanelHandle,
} from '../../charts/economy';
import { useWidth } from '../common/useWidth';

const PANEL_HEIGHT = 230;
const READOUT_WIDTH = 190;
const formatValue = format(',.2~f');

interface Hover {
  quarter: number;
  panel: string;
}

export function SmallMultiples(props: { lines: readonly EconomyLine[] }) {
  const [hover, setHover] = useState<Hover | null>(null);
  return (
    <div className="small-multiples" data-testid="economy-panels" onPointerLeave={() => setHover(null)}>
      {panelsFor(props.lines).map((p) => (
        <PanelChart key={p.id} lines={props.lines} panel={p} hover={hover} onHover={setHover} />
      ))}
    </div>
  );
}

function PanelChart(props: {
  lines: readonly EconomyLine[];
  panel: Panel;
  hover: Hover | null;
  onHover: (h: Hover | null) => void;
}) {
  const { lines, panel, hover, onHover } = props;
  const host = useRef<HTMLDivElement>(null);
  const width = useWidth(host, 600);
  const [handle, setHandle] = useState<PanelHandle | null>(null);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const h = drawEconomyPanel(document, lines, panel, { width, height: PANEL_HEIGHT });
    el.querySelector(':scope > svg')?.remove();
    el.prepend(h.svg);
    setHandle(h);
  }, [lines, panel, width]);

  // Clamped to this panel's axis: a re-run with fewer quarters must not leave the rule outside it.
  const quarter = handle && hover ? handle.quarterAt(handle.xPixel(hover.quarter)) : null;
  return (
    <div
      className="chart-host"
      ref={host}
      style={{ height: PANEL_HEIGHT }}
      data-testid={`econ-panel-${panel.id}`}
      onPointerMove={(e) => {
        if (!handle) return;
        const px = e.clientX - e.currentTarget.getBoundingClientRect().left;
        onHover({ quarter: handle.quarterAt(px), panel: panel.id });
      }}
    >
      {handle && quarter !== null && (
        <>
          <div
            className="hover-rule"
            style={{ left: handle.xPixel(quarter), top: handle.plot.top, height: handle.plot.height }}
          />
          {hover?.panel === panel.id && (
            <div
              className="readout compact"
              role="status"
              data-testid="econ-readout"
              style={{
                left: Math.max(0, Math.min(handle.xPixel(quarter) + 10, width - READOUT_WIDTH)),
                top: handle.plot.top + 4,
                width: READOUT_WIDTH,
              }}
            >
              <strong>Quarter {quarter}</strong> <span className="muted">{panel.unit}</span>
              {lines.map((l) => {
                const v = panelValue(l, panel.id, quarter);
                return (
                  <div key={l.id} className="readout-row" title={l.name}>
                    <span className="swatch" style={{ background: l.colour }} />
                    <span className="readout-label">{l.label}:</span>
                    <span className="readout-value">{v === null ? '–' : formatValue(v)}</span>
                  </div>
                );
              })}
            </div>
          )}
        </>
      )}
    </div>
  );
}
