/**
 * A time-series line chart with direct labels, annotations and unit-labelled axes, drawn with D3
 * into any document. It is the only line chart of the app: debt paths, textbook models and the
 * economy all draw through it, in the browser and in the CLI alike.
 */
import { axisBottom, axisLeft, format, line, max, min, scaleLinear, select } from 'd3';
import { INK, MUTED } from './palette';
import { ASCENT, DESCENT } from '../export/layout';
import { textWidth } from '../export/text-metrics';
import { boxesOverlap, polylineHitsBox, type Box, type Point } from './geometry';
import { createSvg, spreadLabels } from './svg';
import { drawAxes, drawGrid } from './axes';

export interface LineSeries {
  id: string;
  label: string;
  values: ArrayLike<number>;
  colour: string;
  dash?: string;
  width?: number;
  /** Scattered values (a few years only): a dot at each, since a line needs two neighbours. */
  points?: boolean;
}

/** A shaded band (Monte Carlo 10–90%) drawn under the lines. */
export interface BandSeries {
  id: string;
  lower: ArrayLike<number>;
  upper: ArrayLike<number>;
  colour: string;
}

export interface Marker {
  x: number;
  label: string;
  /** Long explanation, shown as a tooltip in the app. */
  detail?: string;
  kind: 'event' | 'break';
}

export interface LineChartSpec {
  title: string;
  x: ArrayLike<number>;
  xLabel: string;
  yLabel: string;
  series: LineSeries[];
  bands?: BandSeries[];
  markers?: Marker[];
  /** Format of x tick labels; years by default. */
  xFormat?: (x: number) => string;
  yFormat?: (y: number) => string;
  /** Always show zero on the y axis (debt, money): a truncated axis exaggerates change. */
  includeZero?: boolean;
  /** Words the chart must carry on its face wherever it goes (e.g. that it is a counterfactual). */
  caption?: string;
}

export interface ChartLayout {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface LineChartHandle {
  svg: SVGSVGElement;
  plot: ChartLayout;
  /** The x value nearest to a horizontal pixel position inside the svg. */
  nearestIndex(px: number): number;
  xPixel(i: number): number;
  yPixel(v: number): number;
}

const LABEL_GAP = 15;

export function drawLineChart(
  doc: Document,
  spec: LineChartSpec,
  size: { width: number; height: number },
): LineChartHandle {
  const longestLabel = Math.max(0, ...spec.series.map((s) => s.label.length));
  // Bold 12px labels average about 7.5px a character in DejaVu Sans.
  const right = Math.min(240, 16 + longestLabel * 7.5);
  // A caption takes its own line above the y-axis label, so neither can cover the other.
  const top = spec.caption ? 46 : 30;
  const frame: ChartLayout = {
    left: 64,
    top,
    width: size.width - 64 - right,
    height: size.height - top - 44,
  };
  const svg = createSvg(doc, size.width, size.height, spec.title);
  const root = select(svg);
  const xs = Array.from(spec.x);
  const finite = (v: number) => Number.isFinite(v);
  const all = [
    ...spec.series.flatMap((s) => Array.from(s.values).filter(finite)),
    ...(spec.bands ?? []).flatMap((b) => [...Array.from(b.lower), ...Array.from(b.upper)].filter(finite)),
  ];
  let lo = min(all) ?? 0;
  let hi = max(all) ?? 1;
  if (spec.includeZero) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  if (hi === lo) hi = lo + 1;
  const x = scaleLinear()
    .domain([xs[0] ?? 0, xs.at(-1) ?? 1])
    .range([frame.left, frame.left + frame.width]);
  // Marker labels go where no data are drawn; those that find no such place inside the plot go to
  // rows above it, which take their height from the plot. Moving the top moves every point, so
  // placement repeats until no further label has to move out (each pass moves at least one more).
  let plot = frame;
  let y = scaleLinear();
  let labels: PlacedLabel[] = [];
  const outside = new Set<number>();
  for (let pass = 0; pass <= (spec.markers?.length ?? 0); pass++) {
    const rows = outsideRows(spec.markers ?? [], outside, x, frame, size.width);
    const top = frame.top + rows.count * MARKER_ROW;
    plot = { ...frame, top, height: frame.height - rows.count * MARKER_ROW };
    y = scaleLinear()
      .domain([lo, hi])
      .nice(6)
      .range([plot.top + plot.height, plot.top]);
    const runs = dataRuns(spec, xs, x, y);
    const placed = placeMarkerLabels(spec.markers ?? [], outside, x, plot, runs);
    labels = [...placed.inside, ...rows.labels];
    if (placed.failed.length === 0) break;
    for (const i of placed.failed) outside.add(i);
  }
  const xFormat = spec.xFormat ?? ((v: number) => String(Math.round(v)));
  const yFormat = spec.yFormat ?? format(',~r');

  // Grid first, so lines draw over it.
  drawGrid(root, plot, y.ticks(6), y);

  const xTicks = Math.max(2, Math.min(10, Math.floor(plot.width / 70)));
  drawAxes(
    root,
    plot,
    axisBottom(x)
      .ticks(xTicks)
      .tickFormat((d) => xFormat(Number(d))),
    axisLeft(y)
      .ticks(6)
      .tickFormat((d) => yFormat(Number(d))),
  );
  root
    .append('text')
    .attr('class', 'y-label')
    .attr('x', frame.left - 56)
    .attr('y', frame.top - 14)
    .attr('fill', INK)
    .attr('font-size', 12)
    .text(spec.yLabel);
  if (spec.caption) {
    root
      .append('text')
      .attr('class', 'chart-caption')
      // To the svg's right edge: the line labels' column is free at that height.
      .attr('x', size.width - 4)
      .attr('y', frame.top - 32)
      .attr('text-anchor', 'end')
      .attr('fill', INK)
      .attr('font-size', 11)
      .attr('font-weight', 'bold')
      .text(spec.caption);
  }
  const xLabelFits = spec.xLabel.length * 6.3 <= plot.left + plot.width - 4;
  root
    .append('text')
    .attr('class', 'x-label')
    // Right-aligned under the axis, unless it would run off the left edge (about 6.3 px a character).
    .attr('x', xLabelFits ? plot.left + plot.width : 4)
    .attr('y', plot.top + plot.height + 36)
    .attr('text-anchor', xLabelFits ? 'end' : 'start')
    .attr('fill', MUTED)
    .attr('font-size', 11)
    .text(spec.xLabel);

  for (const band of spec.bands ?? []) {
    const pts = xs
      .map((xv, i) => [x(xv), y(band.lower[i]!), y(band.upper[i]!)] as const)
      .filter((p) => p.every(finite));
    const d = `M${pts.map((p) => `${p[0]},${p[2]}`).join('L')}L${pts
      .reverse()
      .map((p) => `${p[0]},${p[1]}`)
      .join('L')}Z`;
    root
      .append('path')
      .attr('class', `band band-${band.id}`)
      .attr('d', d)
      .attr('fill', band.colour)
      .attr('fill-opacity', 0.18);
  }

  const lineGen = line<number>()
    .defined((v) => Number.isFinite(v))
    .x((_, i) => x(xs[i]!))
    .y((v) => y(v));
  for (const s of spec.series) {
    root
      .append('path')
      .attr('class', `series series-${s.id}`)
      .attr('data-series', s.id)
      .attr('d', lineGen(Array.from(s.values)) ?? '')
      .attr('fill', 'none')
      .attr('stroke', s.colour)
      .attr('stroke-width', s.width ?? 2)
      .attr('stroke-linejoin', 'round')
      .attr('stroke-dasharray', s.dash ?? null);
  }
  for (const s of spec.series.filter((q) => q.points)) {
    root
      .append('g')
      .attr('class', `points points-${s.id}`)
      .selectAll('circle')
      .data(Array.from(s.values).flatMap((v, i) => (Number.isFinite(v) ? [[xs[i]!, v] as const] : [])))
      .join('circle')
      .attr('cx', (d) => x(d[0]))
      .attr('cy', (d) => y(d[1]))
      .attr('r', 4)
      .attr('fill', s.colour);
  }
  // After the lines; the labels were placed clear of every line and band.
  drawMarkers(root, spec.markers ?? [], labels, x, plot);

  // Direct labels at each line's last finite point, spread so they never overlap.
  const ends = spec.series.map((s) => {
    const vals = Array.from(s.values);
    let i = vals.length - 1;
    while (i > 0 && !Number.isFinite(vals[i]!)) i--;
    return { s, yv: y(vals[i] ?? 0) };
  });
  const placed = spreadLabels(
    ends.map((e) => e.yv),
    LABEL_GAP,
    plot.top,
    plot.top + plot.height,
  );
  ends.forEach((e, k) => {
    root
      .append('text')
      .attr('class', `line-label label-${e.s.id}`)
      .attr('x', plot.left + plot.width + 6)
      .attr('y', placed[k]! + 4)
      .attr('fill', e.s.colour)
      .attr('font-size', 12)
      .attr('font-weight', 'bold')
      .text(e.s.label);
  });

  return {
    svg,
    plot,
    nearestIndex(px: number) {
      const xv = x.invert(px);
      let best = 0;
      for (let i = 1; i < xs.length; i++) if (Math.abs(xs[i]! - xv) < Math.abs(xs[best]! - xv)) best = i;
      return best;
    },
    xPixel: (i) => x(xs[i]!),
    yPixel: (v) => y(v),
  };
}

/** A marker's label, placed: baseline, anchor and the box it covers. */
export interface PlacedLabel {
  marker: number;
  x: number;
  y: number;
  anchor: 'start' | 'end';
  box: Box;
  outside: boolean;
}

const MARKER_FONT = 11;
/** Height of one row of marker labels. */
const MARKER_ROW = 14;
/** How many rows inside the plot a label may try, from the top (events) or the bottom (breaks). */
const INSIDE_ROWS = 4;

function labelBox(text: string, px: number, baseline: number, anchor: 'start' | 'end'): Box {
  // 2px of clearance on every side (the halo is 1.5px).
  const w = textWidth(text, MARKER_FONT) + 4;
  const x0 = anchor === 'start' ? px - 2 : px - w + 2;
  return {
    x0,
    x1: x0 + w,
    y0: baseline - MARKER_FONT * ASCENT - 2,
    y1: baseline + MARKER_FONT * DESCENT + 2,
  };
}

function visibleMarker(m: Marker, x: (v: number) => number, plot: ChartLayout): boolean {
  const px = x(m.x);
  return px >= plot.left && px <= plot.left + plot.width;
}

/** Every line and band as polylines in pixels; a band also as its vertical extent at each x. */
function dataRuns(
  spec: LineChartSpec,
  xs: number[],
  x: (v: number) => number,
  y: (v: number) => number,
): Point[][] {
  const runs: Point[][] = [];
  const add = (values: ArrayLike<number>) => {
    let run: Point[] = [];
    xs.forEach((xv, i) => {
      const v = values[i]!;
      if (Number.isFinite(v)) run.push([x(xv), y(v)]);
      else if (run.length) {
        runs.push(run);
        run = [];
      }
    });
    if (run.length) runs.push(run);
  };
  for (const s of spec.series) add(s.values);
  for (const b of spec.bands ?? []) {
    add(b.lower);
    add(b.upper);
    xs.forEach((xv, i) => {
      const [l, u] = [b.lower[i]!, b.upper[i]!];
      if (Number.isFinite(l) && Number.isFinite(u))
        runs.push([
          [x(xv), y(l)],
          [x(xv), y(u)],
        ]);
    });
  }
  return runs;
}

/**
 * Each visible marker not already sent outside gets the first spot, in order of preference, whose
 * box is inside the plot, clear of every data run and of labels placed before it: events from the
 * top row down, breaks from the bottom row up, right of the marker line first (left near the
 * right edge). Markers with no such spot are returned as failed.
 */
export function placeMarkerLabels(
  markers: readonly Marker[],
  outside: ReadonlySet<number>,
  x: (v: number) => number,
  plot: ChartLayout,
  runs: readonly (readonly Point[])[],
): { inside: PlacedLabel[]; failed: number[] } {
  const inside: PlacedLabel[] = [];
  const failed: number[] = [];
  markers.forEach((m, i) => {
    if (outside.has(i) || !visibleMarker(m, x, plot)) return;
    const px = x(m.x);
    const sides: ('start' | 'end')[] =
      px > plot.left + plot.width * 0.7 ? ['end', 'start'] : ['start', 'end'];
    for (let row = 0; row < INSIDE_ROWS; row++) {
      const baseline =
        m.kind === 'event' ? plot.top + 12 + MARKER_ROW * row : plot.top + plot.height - 8 - MARKER_ROW * row;
      for (const anchor of sides) {
        const lx = anchor === 'start' ? px + 4 : px - 4;
        const box = labelBox(m.label, lx, baseline, anchor);
        const fits =
          box.x0 >= plot.left &&
          box.x1 <= plot.left + plot.width &&
          box.y0 >= plot.top &&
          box.y1 <= plot.top + plot.height &&
          !inside.some((p) => boxesOverlap(p.box, box)) &&
          !polylineHitsBox(runs, box);
        if (fits) {
          inside.push({ marker: i, x: lx, y: baseline, anchor, box, outside: false });
          return;
        }
      }
    }
    failed.push(i);
  });
  return { inside, failed };
}

/** Labels sent outside: rows above the plot, where no data are drawn, each row free of overlaps. */
function outsideRows(
  markers: readonly Marker[],
  outside: ReadonlySet<number>,
  x: (v: number) => number,
  frame: ChartLayout,
  width: number,
): { count: number; labels: PlacedLabel[] } {
  const labels: PlacedLabel[] = [];
  let count = 0;
  for (const i of [...outside].sort((a, b) => a - b)) {
    const m = markers[i]!;
    if (!visibleMarker(m, x, frame)) continue;
    const px = x(m.x);
    const w = textWidth(m.label, MARKER_FONT) + 4;
    const anchor: 'start' | 'end' = px + 4 + w <= width ? 'start' : 'end';
    const lx = anchor === 'start' ? px + 4 : px - 4;
    for (let row = 0; ; row++) {
      const box = labelBox(m.label, lx, frame.top + 11 + MARKER_ROW * row, anchor);
      if (labels.some((p) => boxesOverlap(p.box, box))) continue;
      labels.push({ marker: i, x: lx, y: frame.top + 11 + MARKER_ROW * row, anchor, box, outside: true });
      count = Math.max(count, row + 1);
      break;
    }
  }
  return { count, labels };
}

function drawMarkers(
  root: ReturnType<typeof select<SVGSVGElement, unknown>>,
  markers: Marker[],
  labels: readonly PlacedLabel[],
  x: (v: number) => number,
  plot: ChartLayout,
) {
  markers.forEach((m, i) => {
    if (!visibleMarker(m, x, plot)) return;
    const px = x(m.x);
    const label = labels.find((l) => l.marker === i);
    const g = root.append('g').attr('class', `marker marker-${m.kind}`).attr('data-x', m.x);
    if (m.detail) g.append('title').text(m.detail);
    g.append('line')
      .attr('x1', px)
      .attr('x2', px)
      // A label above the plot is joined to its marker by the line.
      .attr('y1', label?.outside ? label.box.y0 + 2 : plot.top)
      .attr('y2', plot.top + plot.height)
      .attr('stroke', m.kind === 'event' ? INK : MUTED)
      .attr('stroke-dasharray', m.kind === 'event' ? '4 3' : '1 3')
      .attr('stroke-width', 1);
    if (!label) return;
    g.append('text')
      .attr('class', 'marker-label')
      .attr('x', label.x)
      .attr('y', label.y)
      .attr('text-anchor', label.anchor)
      .attr('fill', m.kind === 'event' ? INK : MUTED)
      .attr('font-size', MARKER_FONT)
      // The halo only keeps grid lines from crossing the text: no data line passes under a label.
      .attr('stroke', 'white')
      .attr('stroke-width', 3)
      .attr('paint-order', 'stroke')
      .text(m.label);
  });
}
