/**
 * A line chart on screen: the shared D3 drawing plus a rule and a read-out of every line's value at
 * the point under the pointer, and optionally a click that picks that point. Readable without a
 * mouse: arrow keys move the rule point by point and a live region announces the values, and
 * "Show data" opens the same numbers as a table.
 */
import { useId, useMemo, useState } from 'react';
import type { LineChartHandle, LineSeries } from '../../charts/lineChart';
import { ChartHost, ChartReader, HoverRule, useChartKeys, type ChartData } from './ChartReader';
import { useDrawnChart } from './useDrawnChart';

export function LineChartHost(props: {
  draw: (doc: Document, size: { width: number; height: number }) => LineChartHandle;
  /** What the chart shows, for its accessible name and the data table's caption. */
  label: string;
  /** The lines to read out (label, colour, values by point index). */
  series: readonly Pick<LineSeries, 'id' | 'label' | 'colour' | 'values'>[];
  /** The read-out's heading for point i, e.g. "FY1990–91" or "Period 12". */
  heading: (i: number) => string;
  /** Header of the table's first column, e.g. "Fiscal year". */
  indexName: string;
  unit?: string;
  format: (v: number) => string;
  height: number | ((width: number) => number);
  testId?: string;
  /** Called with the point index on a click or Enter; the cursor says the chart can be clicked. */
  onPick?: (i: number) => void;
}) {
  const { host, width, height, handle } = useDrawnChart(props.draw, 900, props.height);
  const [hover, setHover] = useState<number | null>(null);
  const hintId = useId();

  const length = Math.min(...props.series.map((s) => s.values.length));
  const data: ChartData = useMemo(
    () => ({
      label: props.label,
      indexName: props.indexName,
      rows: length,
      rowName: props.heading,
      columns: props.series.map((s) => ({ id: s.id, label: s.label, values: s.values })),
      format: props.format,
      unit: props.unit,
    }),
    [props.label, props.indexName, length, props.heading, props.series, props.format, props.unit],
  );
  const keys = useChartKeys(data);

  const pointAt = (e: React.PointerEvent<HTMLDivElement> | React.MouseEvent<HTMLDivElement>) =>
    handle ? handle.nearestIndex(e.clientX - e.currentTarget.getBoundingClientRect().left) : null;
  const i = hover !== null && hover < length ? hover : null;

  return (
    <div className="chart-block">
      <ChartHost
        host={host}
        height={height}
        testId={props.testId}
        label={props.label}
        hintId={hintId}
        pickable={Boolean(props.onPick)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && i !== null && props.onPick) return props.onPick(i);
          const moved = keys.onKeyDown(e);
          if (moved !== undefined) setHover(moved);
        }}
        onBlur={() => setHover(null)}
        onPointerMove={(e) => setHover(pointAt(e))}
        onPointerLeave={() => setHover(null)}
        onClick={(e) => {
          const at = pointAt(e);
          if (at !== null && props.onPick) props.onPick(at);
        }}
      >
        {handle && i !== null && (
          <>
            <HoverRule x={handle.xPixel(i)} plot={handle.plot} />
            <div
              className="readout"
              data-testid="chart-readout"
              aria-hidden="true"
              // Beside the rule, on the side away from the line ends and their labels.
              style={
                handle.xPixel(i) > width / 2
                  ? { right: width - handle.xPixel(i) + 12, top: handle.plot.top + 24 }
                  : { left: handle.xPixel(i) + 12, top: handle.plot.top + 24 }
              }
            >
              <strong>{props.heading(i)}</strong> {props.unit && <span className="muted">{props.unit}</span>}
              {props.series.map((s) => (
                <div key={s.id}>
                  <span className="swatch" style={{ background: s.colour }} /> {s.label}:{' '}
                  {props.format(s.values[i]!)}
                </div>
              ))}
            </div>
          </>
        )}
      </ChartHost>
      <ChartReader data={data} announcement={keys.announcement} hintId={hintId} />
    </div>
  );
}
