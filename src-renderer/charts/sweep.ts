/**
 * The charts of a sensitivity sweep, drawn into any document (the app's, or linkedom's in the CLI):
 * - one parameter: the metric's median against the parameter, with the 10–90% band over seeds;
 * - two: a heat map on cividis (a sequential scale readable with every common colour-vision
 *   deficiency and in greyscale), with a legend in the metric's unit;
 * - a tornado: parameters ranked by how far the metric moves from each one's low to its high.
 * Points not yet run are drawn as empty cells or left out, so partial results draw as they arrive.
 */
import {
  axisBottom,
  axisLeft,
  axisRight,
  format,
  interpolateCividis,
  max,
  min,
  scaleBand,
  scaleLinear,
  scaleSequential,
  select,
  type Selection,
} from 'd3';
import {
  designPoints,
  gridValues,
  pointStats,
  tornado,
  type SweepDesign,
  type SweepRow,
} from '../../models/sweep';
import { drawLineChart } from './lineChart';
import { GRID, INK, MUTED, seriesColour } from './palette';
import { createSvg } from './svg';
import { drawAxes, styleAxes } from './axes';

export interface SweepChartInput {
  design: SweepDesign;
  rows: readonly SweepRow[];
  /** Which metric (index into design.metrics) to draw. */
  metric: number;
  /** Column name → label and unit (sweep.json's labels and units). */
  labels: Readonly<Record<string, string>>;
  units: Readonly<Record<string, string>>;
  title: string;
}

type Size = { width: number; height: number };

const fourDigits = format(',.4~g');
const siDigits = format(',.3~s');
/** Four significant digits; large numbers with SI suffixes (1.2M rather than 1.2e+6), G as B for billions. */
const num = (v: number) => (Math.abs(v) >= 1e4 ? siDigits(v).replace('G', 'B') : fourDigits(v));

function axisTitle(input: SweepChartInput, name: string): string {
  const label = input.labels[name] ?? name;
  const unit = input.units[name];
  return unit ? `${label} (${unit})` : label;
}

/** The chart a sweep's design calls for. */
export function drawSweepChart(doc: Document, input: SweepChartInput, size: Size): SVGSVGElement {
  if (input.design.kind === 'tornado') return drawTornado(doc, input, size);
  if (input.design.params.length === 2) return drawHeatMap(doc, input, size);
  return drawSweepBand(doc, input, size);
}

/** One parameter: median over seeds with the 10–90% band, a dot at each point run so far. */
export function drawSweepBand(doc: Document, input: SweepChartInput, size: Size): SVGSVGElement {
  const { design, metric } = input;
  const p = design.params[0]!;
  const m = design.metrics[metric]!;
  const stats = pointStats(design, input.rows, metric);
  const seeds = design.seeds?.length ?? 1;
  const handle = drawLineChart(
    doc,
    {
      title: input.title,
      x: stats.map((s) => s.values[0]!),
      xLabel: axisTitle(input, p.name),
      yLabel: axisTitle(input, m.name),
      xFormat: num,
      series: [
        {
          id: 'median',
          label: seeds > 1 ? 'median' : m.name,
          values: stats.map((s) => s.median),
          colour: seriesColour(0),
        },
      ],
      // A band needs at least one point; an empty one would be an invalid path.
      bands:
        seeds > 1 && stats.length > 0
          ? [
              {
                id: 'p10-p90',
                lower: stats.map((s) => s.low),
                upper: stats.map((s) => s.high),
                colour: seriesColour(0),
              },
            ]
          : [],
    },
    size,
  );
  // The x scale spans the points run so far; keep it on the design's range when only one has arrived.
  const root = select(handle.svg);
  root
    .append('g')
    .attr('class', 'points')
    .selectAll('circle')
    .data(stats.filter((s) => Number.isFinite(s.median)))
    .join('circle')
    .attr('class', 'point')
    .attr('cx', (s) => handle.xPixel(stats.indexOf(s)))
    .attr('cy', (s) => handle.yPixel(s.median))
    .attr('r', 3)
    .attr('fill', seriesColour(0))
    .append('title')
    .text(
      (s) =>
        `${p.name} = ${num(s.values[0]!)}: median ${num(s.median)}${seeds > 1 ? `, 10–90% ${num(s.low)} to ${num(s.high)} over ${s.runs} seeds` : ''}`,
    );
  if (seeds > 1)
    root
      .append('text')
      .attr('class', 'band-label')
      .attr('x', handle.plot.left)
      .attr('y', handle.plot.top + handle.plot.height + 36)
      .attr('fill', MUTED)
      .attr('font-size', 11)
      .text(`Shaded: 10th–90th percentile over ${seeds} seeds`);
  return handle.svg;
}

/** Two parameters: one cell per grid point coloured by the metric's median over seeds. */
export function drawHeatMap(doc: Document, input: SweepChartInput, size: Size): SVGSVGElement {
  const { design, metric } = input;
  const [px, py] = design.params as [SweepDesign['params'][0], SweepDesign['params'][0]];
  const m = design.metrics[metric]!;
  const xs = gridValues(px);
  const ys = gridValues(py);
  const stats = new Map(pointStats(design, input.rows, metric).map((s) => [s.point, s]));
  const legendWidth = 150;
  const plot = {
    left: 72,
    top: 30,
    width: size.width - 72 - legendWidth - 16,
    height: size.height - 30 - 52,
  };
  const svg = createSvg(doc, size.width, size.height, input.title);
  const root = select(svg);
  const x = scaleBand<number>()
    .domain(xs)
    .range([plot.left, plot.left + plot.width])
    .paddingInner(0.02);
  const y = scaleBand<number>()
    .domain(ys)
    .range([plot.top + plot.height, plot.top])
    .paddingInner(0.02);
  const values = [...stats.values()].map((s) => s.median).filter(Number.isFinite);
  let lo = min(values) ?? 0;
  let hi = max(values) ?? 1;
  if (hi === lo) [lo, hi] = [lo - 0.5, hi + 0.5];
  const colour = scaleSequential(interpolateCividis).domain([lo, hi]);
  const points = designPoints(design);
  const cells = points.map((values, i) => ({ i, vx: values[0]!, vy: values[1]!, s: stats.get(i) }));
  const g = root.append('g').attr('class', 'cells');
  for (const c of cells) {
    const ok = c.s && Number.isFinite(c.s.median);
    const rect = g
      .append('rect')
      .attr('class', ok ? 'cell' : c.s ? 'cell failed' : 'cell pending')
      .attr('x', x(c.vx)!)
      .attr('y', y(c.vy)!)
      .attr('width', x.bandwidth())
      .attr('height', y.bandwidth())
      .attr('fill', ok ? colour(c.s!.median) : c.s ? '#ffffff' : '#f2f2f2')
      .attr('stroke', ok ? 'none' : GRID)
      .attr('data-value', ok ? String(c.s!.median) : '');
    rect
      .append('title')
      .text(
        `${px.name} = ${num(c.vx)}, ${py.name} = ${num(c.vy)}: ${ok ? `${m.name} ${num(c.s!.median)}` : c.s ? 'diverged' : 'not run yet'}`,
      );
  }
  // Every tick when they fit, else about one every 60 px.
  const thin = (vals: number[], room: number) => {
    const every = Math.max(1, Math.ceil(vals.length / Math.max(2, Math.floor(room / 60))));
    return vals.filter((_, i) => i % every === 0 || i === vals.length - 1);
  };
  drawAxes(
    root,
    plot,
    axisBottom(x)
      .tickValues(thin(xs, plot.width))
      .tickFormat((d) => num(Number(d))),
    axisLeft(y)
      .tickValues(thin(ys, plot.height / 0.6))
      .tickFormat((d) => num(Number(d))),
  );
  xAxisTitle(root, plot, axisTitle(input, px.name));
  root
    .append('text')
    .attr('class', 'y-label')
    .attr('x', plot.left - 64)
    .attr('y', plot.top - 14)
    .attr('fill', INK)
    .attr('font-size', 12)
    .text(axisTitle(input, py.name));

  // Legend: the colour ramp with ticks, titled by the metric and its unit.
  const lx = plot.left + plot.width + 24;
  const legend = root.append('g').attr('class', 'legend');
  const ramp = scaleLinear()
    .domain([lo, hi])
    .range([plot.top + plot.height, plot.top + 48]);
  const stops = 32;
  for (let k = 0; k < stops; k++) {
    const v0 = lo + ((hi - lo) * k) / stops;
    const v1 = lo + ((hi - lo) * (k + 1)) / stops;
    legend
      .append('rect')
      .attr('class', 'legend-step')
      .attr('x', lx)
      .attr('y', ramp(v1))
      .attr('width', 14)
      .attr('height', ramp(v0) - ramp(v1) + 0.5)
      .attr('fill', colour((v0 + v1) / 2));
  }
  legend
    .append('g')
    .attr('class', 'y-axis legend-axis')
    .attr('transform', `translate(${lx + 14},0)`)
    .call(
      axisRight(ramp)
        .ticks(5)
        .tickSize(4)
        .tickFormat((d) => num(Number(d))),
    );
  styleAxes(root);
  const unit = input.units[m.name];
  const legendTitle = legend
    .append('text')
    .attr('class', 'legend-title')
    .attr('x', lx)
    .attr('y', plot.top + 4)
    .attr('fill', INK)
    .attr('font-size', 11)
    .attr('font-weight', 'bold')
    .text(m.name.length > 20 ? `${m.name.slice(0, 19)}…` : m.name);
  if (m.name.length > 20) legendTitle.append('title').text(m.name);
  if (unit) {
    // The unit in up to two lines of about 22 characters under the title; the full text as a tooltip.
    const words = unit.split(' ');
    const lines: string[] = [''];
    for (const w of words) {
      const cur = lines[lines.length - 1]!;
      if (cur && (cur + ' ' + w).length > 22) lines.push(w);
      else lines[lines.length - 1] = cur ? `${cur} ${w}` : w;
    }
    const shown = lines.slice(0, 2);
    if (lines.length > 2) shown[1] = `${shown[1]!.slice(0, 20)}…`;
    const text = legend
      .append('text')
      .attr('class', 'legend-unit')
      .attr('x', lx)
      .attr('y', plot.top + 16)
      .attr('fill', MUTED)
      .attr('font-size', 10);
    shown.forEach((l, k) =>
      text
        .append('tspan')
        .attr('x', lx)
        .attr('dy', k === 0 ? 0 : 12)
        .text(l),
    );
    if (lines.length > 2) text.append('title').text(unit);
  }
  if ((design.seeds?.length ?? 1) > 1)
    root
      .append('text')
      .attr('class', 'note')
      .attr('x', plot.left + plot.width)
      .attr('y', plot.top - 14)
      .attr('fill', MUTED)
      .attr('font-size', 11)
      .attr('text-anchor', 'end')
      .text(`Colour: median over ${design.seeds!.length} seeds`);
  return svg;
}

const LOW_COLOUR = '#56B4E9';
const HIGH_COLOUR = '#D55E00';

/** Bars ranked by swing, largest on top; each runs from the base value to the metric at low and at high. */
export function drawTornado(doc: Document, input: SweepChartInput, size: Size): SVGSVGElement {
  const { design, metric } = input;
  const m = design.metrics[metric]!;
  const t = tornado(design, input.rows, metric);
  const labelWidth = Math.min(260, 24 + Math.max(40, ...design.params.map((p) => p.name.length * 7.2)));
  const plot = {
    left: labelWidth,
    top: 40,
    width: size.width - labelWidth - 110,
    height: size.height - 40 - 50,
  };
  const svg = createSvg(doc, size.width, size.height, input.title);
  const root = select(svg);
  const all = [t.base, ...t.bars.flatMap((b) => [b.atLow, b.atHigh])].filter(Number.isFinite);
  let lo = min(all) ?? 0;
  let hi = max(all) ?? 1;
  if (hi === lo) [lo, hi] = [lo - 1, hi + 1];
  const x = scaleLinear()
    .domain([lo, hi])
    .nice(6)
    .range([plot.left, plot.left + plot.width]);
  const y = scaleBand<string>()
    .domain(t.bars.map((b) => b.param))
    .range([plot.top, plot.top + Math.min(plot.height, 44 * Math.max(1, t.bars.length))])
    .paddingInner(0.25);
  root
    .append('g')
    .attr('class', 'grid')
    .selectAll('line')
    .data(x.ticks(6))
    .join('line')
    .attr('x1', (d) => x(d))
    .attr('x2', (d) => x(d))
    .attr('y1', plot.top)
    .attr('y2', plot.top + plot.height)
    .attr('stroke', GRID);
  drawAxes(
    root,
    plot,
    axisBottom(x)
      .ticks(6)
      .tickFormat((d) => num(Number(d))),
  );
  xAxisTitle(root, plot, axisTitle(input, m.name));
  const base = Number.isFinite(t.base) ? t.base : (lo + hi) / 2;
  for (const [rank, b] of t.bars.entries()) {
    const g = root
      .append('g')
      .attr('class', 'bar')
      .attr('data-param', b.param)
      .attr('data-rank', rank)
      .attr('data-swing', b.swing);
    g.append('title').text(
      `${b.param}: ${num(b.lowValue)} → ${m.name} ${num(b.atLow)}; ${num(b.highValue)} → ${num(b.atHigh)} (swing ${num(b.swing)})`,
    );
    const by = y(b.param)!;
    for (const [side, v, value, fill] of [
      ['low', b.atLow, b.lowValue, LOW_COLOUR],
      ['high', b.atHigh, b.highValue, HIGH_COLOUR],
    ] as const) {
      if (!Number.isFinite(v)) continue;
      const x0 = Math.min(x(base), x(v));
      const w = Math.abs(x(v) - x(base));
      g.append('rect')
        .attr('class', `segment ${side}`)
        .attr('x', x0)
        .attr('y', by)
        .attr('width', Math.max(w, 1))
        .attr('height', y.bandwidth())
        .attr('fill', fill);
      // Ends closer than a label's width share one label, past the outer end.
      if (Math.abs(x(b.atHigh) - x(b.atLow)) < 90) continue;
      const right = v >= base;
      g.append('text')
        .attr('class', `end-label ${side}`)
        .attr('x', x(v) + (right ? 4 : -4))
        .attr('y', by + y.bandwidth() / 2 + 4)
        .attr('text-anchor', right ? 'start' : 'end')
        .attr('fill', INK)
        .attr('font-size', 10)
        .text(`${side} ${num(value)}`);
    }
    if (Math.abs(x(b.atHigh) - x(b.atLow)) < 90) {
      const outer = Math.max(x(b.atLow), x(b.atHigh), x(base));
      g.append('text')
        .attr('class', 'end-label both')
        .attr('x', outer + 4)
        .attr('y', by + y.bandwidth() / 2 + 4)
        .attr('fill', INK)
        .attr('font-size', 10)
        .text(`low ${num(b.lowValue)} → ${num(b.atLow)}, high ${num(b.highValue)} → ${num(b.atHigh)}`);
    }
    g.append('text')
      .attr('class', 'param-label')
      .attr('x', 8)
      .attr('y', by + y.bandwidth() / 2 + 4)
      .attr('fill', INK)
      .attr('font-size', 12)
      .text(b.param)
      .append('title')
      .text(axisTitle(input, b.param));
  }
  root
    .append('line')
    .attr('class', 'base-line')
    .attr('x1', x(base))
    .attr('x2', x(base))
    .attr('y1', plot.top - 6)
    .attr('y2', plot.top + plot.height)
    .attr('stroke', INK)
    .attr('stroke-width', 1.5);
  root
    .append('text')
    .attr('class', 'base-label')
    .attr('x', x(base))
    .attr('y', plot.top - 10)
    .attr('text-anchor', 'middle')
    .attr('fill', INK)
    .attr('font-size', 11)
    .text(`base ${num(t.base)}`);
  const key = root.append('g').attr('class', 'key').attr('transform', `translate(${plot.left},${14})`);
  for (const [i, [label, fill]] of (
    [
      ['parameter at its low value', LOW_COLOUR],
      ['at its high value', HIGH_COLOUR],
    ] as const
  ).entries()) {
    key
      .append('rect')
      .attr('x', i * 190)
      .attr('y', -9)
      .attr('width', 12)
      .attr('height', 10)
      .attr('fill', fill);
    key
      .append('text')
      .attr('x', i * 190 + 16)
      .attr('y', 0)
      .attr('fill', INK)
      .attr('font-size', 11)
      .text(label);
  }
  return svg;
}

/** The x axis's title, under its right end. */
function xAxisTitle(
  root: Selection<SVGSVGElement, unknown, null, undefined>,
  plot: { left: number; top: number; width: number; height: number },
  text: string,
): void {
  root
    .append('text')
    .attr('class', 'x-label')
    .attr('x', plot.left + plot.width)
    .attr('y', plot.top + plot.height + 38)
    .attr('text-anchor', 'end')
    .attr('fill', MUTED)
    .attr('font-size', 11)
    .text(text);
}
