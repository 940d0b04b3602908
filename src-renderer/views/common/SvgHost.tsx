import { useEffect, useId, useRef } from 'react';
import { ChartHost, ChartReader, pointText, useChartKeys, type ChartData } from './ChartReader';
import { useWidth } from './useWidth';

/**
 * Hosts an SVG drawn by a plain D3 function (document injected), redrawn when inputs or width
 * change. Given its numbers (`data`), it can also be read by keyboard and opened as a table.
 */
export function SvgHost(props: {
  draw: (doc: Document, size: { width: number; height: number }) => SVGSVGElement;
  height: number;
  testId?: string;
  data?: ChartData;
}) {
  const host = useRef<HTMLDivElement>(null);
  const width = useWidth(host, 600);
  const hintId = useId();
  const { draw, height } = props;
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    el.querySelector(':scope > svg')?.remove();
    el.prepend(draw(document, { width, height }));
  }, [draw, width, height]);
  const empty: ChartData = {
    label: '',
    indexName: '',
    rows: 0,
    rowName: String,
    columns: [],
    format: String,
  };
  const keys = useChartKeys(props.data ?? empty);
  if (!props.data)
    return <div className="chart-host" ref={host} style={{ height }} data-testid={props.testId} />;
  return (
    <div className="chart-block">
      <ChartHost
        host={host}
        height={height}
        testId={props.testId}
        label={props.data.label}
        hintId={hintId}
        // The point stays shown after focus leaves (Escape clears it): removing it on blur would
        // shift the Show data button from under a pointer that is clicking it.
        onKeyDown={(e) => void keys.onKeyDown(e)}
      />
      {/* Under the chart rather than over it: an overlay would hide the legend and the axis title. */}
      {keys.point !== null && (
        <p className="chart-point small" aria-hidden="true">
          {pointText(props.data, keys.point)}
        </p>
      )}
      <ChartReader data={props.data} announcement={keys.announcement} hintId={hintId} />
    </div>
  );
}
