/**
 * Every indicator in its own panel, the scenarios on the same axes in each, laid out to the width.
 * Pointing at a quarter in one panel marks that quarter in all of them and reads out the values
 * of the panel under the pointer. Each panel is also readable without a mouse: arrow keys step
 * through the quarters (the values announced in a live region) and "Show data" opens its numbers.
 */
import { format } from 'd3';
import { useCallback, useId, useMemo, useState } from 'react';
import { drawEconomyPanel, panelsFor, panelValue, type EconomyLine, type Panel } from '../../charts/economy';
import { ChartHost, ChartReader, HoverRule, useChartKeys, type ChartData } from '../common/ChartReader';
import type { DataColumn } from '../common/DataTable';
import { QuarterReadout, ReadoutRow } from '../common/QuarterReadout';
import { useDrawnChart } from '../common/useDrawnChart';

const PANEL_HEIGHT = 230;
const READOUT_WIDTH = 190;
const formatValue = format(',.2~f');

/** The quarters the panels' axis spans: from the earliest first quarter to the latest last one. */
function quarterSpan(lines: readonly EconomyLine[]): { first: number; count: number } {
  const firsts = lines.filter((l) => l.series.index.length > 0).map((l) => l.series.index[0]!);
  const lasts = lines.filter((l) => l.series.index.length > 0).map((l) => l.series.index.at(-1)!);
  if (firsts.length === 0) return { first: 1, count: 0 };
  const first = Math.min(...firsts);
  return { first, count: Math.max(...lasts) - first + 1 };
}

/** One column per scenario (the median when it ran several seeds), aligned on the shared quarters. */
function panelColumns(
  lines: readonly EconomyLine[],
  panelId: string,
  span: { first: number; count: number },
  withBands: boolean,
): DataColumn[] {
  const at = (l: EconomyLine, id: string) =>
    Float64Array.from({ length: span.count }, (_, i) => panelValue(l, id, span.first + i) ?? NaN);
  return lines.flatMap((l) => {
    const several = l.runs > 1;
    const median: DataColumn = {
      id: l.id,
      label: several ? `${l.label} (median)` : l.label,
      values: at(l, panelId),
    };
    if (!withBands || !several || !l.series.columns[`${panelId}_p10`]) return [median];
    return [
      median,
      { id: `${l.id}_p10`, label: `${l.label}, 10th percentile`, values: at(l, `${panelId}_p10`) },
      { id: `${l.id}_p90`, label: `${l.label}, 90th percentile`, values: at(l, `${panelId}_p90`) },
    ];
  });
}

/** Panels in order, a pair (Panel.pairWith) joined into one group at the first of the two. */
export function groupPairs(panels: readonly Panel[]): Panel[][] {
  const groups: Panel[][] = [];
  const placed = new Set<string>();
  for (const p of panels) {
    if (placed.has(p.id)) continue;
    const partner = p.pairWith ? panels.find((q) => q.id === p.pairWith) : undefined;
    const group = partner && !placed.has(partner.id) ? [p, partner] : [p];
    for (const q of group) placed.add(q.id);
    groups.push(group);
  }
  return groups;
}

interface Hover {
  quarter: number;
  panel: string;
}

export function SmallMultiples(props: { lines: readonly EconomyLine[] }) {
  const [hover, setHover] = useState<Hover | null>(null);
  return (
    <div className="small-multiples" data-testid="economy-panels" onPointerLeave={() => setHover(null)}>
      {groupPairs(panelsFor(props.lines)).map((group) =>
        group.length === 1 ? (
          <PanelChart
            key={group[0]!.id}
            lines={props.lines}
            panel={group[0]!}
            hover={hover}
            onHover={setHover}
          />
        ) : (
          // A pair (Panel.pairWith) shares a row and a scale, so the two are read against each other.
          <div key={group[0]!.id} className="panel-pair" data-testid={`econ-pair-${group[0]!.id}`}>
            {group.map((p) => (
              <PanelChart key={p.id} lines={props.lines} panel={p} hover={hover} onHover={setHover} />
            ))}
          </div>
        ),
      )}
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
  const draw = useCallback(
    (doc: Document, size: { width: number; height: number }) => drawEconomyPanel(doc, lines, panel, size),
    [lines, panel],
  );
  const { host, width, handle } = useDrawnChart(draw, 600, PANEL_HEIGHT);
  const hintId = useId();

  // The keys announce the medians only (a sentence per quarter stays short); the table adds the bands.
  const span = useMemo(() => quarterSpan(lines), [lines]);
  const data = useMemo(() => chartData(lines, panel, span, false), [lines, panel, span]);
  const table = useMemo(() => chartData(lines, panel, span, true), [lines, panel, span]);
  const keys = useChartKeys(data);

  // Clamped to this panel's axis: a re-run with fewer quarters must not leave the rule outside it.
  const quarter = handle && hover ? handle.quarterAt(handle.xPixel(hover.quarter)) : null;
  return (
    <div className="chart-block">
      <ChartHost
        host={host}
        height={PANEL_HEIGHT}
        testId={`econ-panel-${panel.id}`}
        label={`${panel.title} (${panel.unit})`}
        hintId={hintId}
        onKeyDown={(e) => {
          const moved = keys.onKeyDown(e);
          if (moved !== undefined)
            onHover(moved === null ? null : { quarter: span.first + moved, panel: panel.id });
        }}
        onBlur={() => onHover(null)}
        onPointerMove={(e) => {
          if (!handle) return;
          const px = e.clientX - e.currentTarget.getBoundingClientRect().left;
          onHover({ quarter: handle.quarterAt(px), panel: panel.id });
        }}
      >
        {handle && quarter !== null && (
          <>
            <HoverRule x={handle.xPixel(quarter)} plot={handle.plot} />
            {hover?.panel === panel.id && (
              <QuarterReadout
                quarter={quarter}
                unit={panel.unit}
                left={handle.xPixel(quarter) + 10}
                maxLeft={width - READOUT_WIDTH}
                top={handle.plot.top + 4}
                width={READOUT_WIDTH}
                testId="econ-readout"
              >
                {lines.map((l) => {
                  const v = panelValue(l, panel.id, quarter);
                  return (
                    <ReadoutRow
                      key={l.id}
                      label={l.label}
                      value={v === null ? '–' : formatValue(v)}
                      colour={l.colour}
                      title={l.name}
                    />
                  );
                })}
              </QuarterReadout>
            )}
          </>
        )}
      </ChartHost>
      <ChartReader data={table} announcement={keys.announcement} hintId={hintId} />
    </div>
  );
}

function chartData(
  lines: readonly EconomyLine[],
  panel: Panel,
  span: { first: number; count: number },
  withBands: boolean,
): ChartData {
  return {
    label: panel.title,
    indexName: 'Quarter',
    rows: span.count,
    rowName: (i) => `Quarter ${span.first + i}`,
    columns: panelColumns(lines, panel.id, span, withBands),
    format: formatValue,
    unit: panel.unit,
  };
}
