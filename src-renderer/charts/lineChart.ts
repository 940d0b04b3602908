/**
 * A time-series line chart with direct labels, annotations and unit-labelled axes, drawn with D3
 * into any document. It is the only line chart of the app: debt paths, textbook models and the
 * economy all draw through it, in the browser and in the CLI alike.
 */
import { axisBottom, axisLeft, format, line, max, min, scaleLinear, select } from 'd3';
import { GRID, INK, MUTED } from './palette';
import { createSvg, spreadLabels } from './svg';

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
  const plot: ChartLayout = {
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
    .range([plot.left, plot.left + plot.width]);
  const y = scaleLinear()
    .domain([lo, hi])
    .nice(6)
    .range([plot.top + plot.height, plot.top]);
  const xFormat = spec.xFormat ?? ((v: number) => String(Math.round(v)));
  const yFormat = spec.yFormat ?? format(',~r');

  // Grid first, so lines draw over it.
  root
    .append('g')
    .attr('class', 'grid')
    .selectAll('line')
    .data(y.ticks(6))
    .join('line')
    .attr('x1', plot.left)
    .attr('x2', plot.left + plot.width)
    .attr('y1', (d) => y(d))
    .attr('y2', (d) => y(d))
    .attr('stroke', (d) => (d === 0 ? MUTED : GRID))
    .attr('stroke-width', 1);

  const xTicks = Math.max(2, Math.min(10, Math.floor(plot.width / 70)));
  root
    .append('g')
    .attr('class', 'x-axis')
    .attr('transform', `translate(0,${plot.top + plot.height})`)
    .call(
      axisBottom(x)
        .ticks(xTicks)
        .tickFormat((d) => xFormat(Number(d))),
    );
  root
    .append('g')
    .attr('class', 'y-axis')
    .attr('transform', `translate(${plot.left},0)`)
    .call(
      axisLeft(y)
        .ticks(6)
        .tickFormat((d) => yFormat(Number(d))),
    );
  // d3-axis sets its own font (10px sans-serif); inherit the chart's font so exports match the app.
  root.selectAll('.x-axis, .y-axis').attr('font-family', null).attr('font-size', null);
  root.selectAll('.x-axis text, .y-axis text').attr('fill', INK).attr('font-size', 11);
  root.selectAll('.x-axis path, .x-axis line, .y-axis path, .y-axis line').attr('stroke', MUTED);
  root
    .append('text')
    .attr('class', 'y-label')
    .attr('x', plot.left - 56)
    .attr('y', plot.top - 14)
    .attr('fill', INK)
    .attr('font-size', 12)
    .text(spec.yLabel);
  if (spec.caption) {
    root
      .append('text')
      .attr('class', 'chart-caption')
      // To the svg's right edge: the line labels' column is free at that height.
      .attr('x', size.width - 4)
      .attr('y', plot.top - 32)
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
  // After the lines, so marker labels (with their white halo) stay readable where a line crosses.
  drawMarkers(root, spec.markers ?? [], x, plot);

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

function drawMarkers(
  root: ReturnType<typeof select<SVGSVGElement, unknown>>,
  markers: Marker[],
  x: (v: number) => number,
  plot: ChartLayout,
) {
  const visible = markers.filter((m) => {
    const px = x(m.x);
    return px >= plot.left && px <= plot.left + plot.width;
  });
  // Breaks are labelled along the bottom, alternating rows so neighbours do not collide.
  let breakRow = 0;
  for (const m of visible) {
    const px = x(m.x);
    const g = root.append('g').attr('class', `marker marker-${m.kind}`).attr('data-x', m.x);
    if (m.detail) g.append('title').text(m.detail);
    g.append('line')
      .attr('x1', px)
      .attr('x2', px)
      .attr('y1', plot.top)
      .attr('y2', plot.top + plot.height)
      .attr('stroke', m.kind === 'event' ? INK : MUTED)
      .attr('stroke-dasharray', m.kind === 'event' ? '4 3' : '1 3')
      .attr('stroke-width', 1);
    const nearRight = px > plot.left + plot.width * 0.7;
    const ly = m.kind === 'event' ? plot.top + 12 : plot.top + plot.height - 8 - 14 * (breakRow++ % 2);
    g.append('text')
      .attr('x', nearRight ? px - 4 : px + 4)
      .attr('y', ly)
      .attr('text-anchor', nearRight ? 'end' : 'start')
      .attr('fill', m.kind === 'event' ? INK : MUTED)
      .attr('font-size', 11)
      // A white halo keeps the label readable where a line runs through it.
      .attr('stroke', 'white')
      .attr('stroke-width', 3)
      .attr('paint-order', 'stroke')
      .text(m.label);
  }
}
