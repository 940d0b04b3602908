/**
 * Stacked bars of why the debt changed in each span: interest adds, primary surpluses subtract,
 * restatements move it either way; a black tick marks the net change.
 */
import { axisBottom, axisLeft, format, scaleBand, scaleLinear, select } from 'd3';
import type { Decomposition } from '../../models/fiscal/decompose';
import { DECOMPOSITION_COLOURS, GRID, INK, MUTED } from './palette';
import { createSvg } from './svg';
import { drawAxes } from './axes';

export interface DecompositionSpec {
  title: string;
  spans: Decomposition[];
  /** Scale CAD millions to the unit shown (e.g. 1/1000 for billions). */
  scale: number;
  yLabel: string;
}

const PARTS = [
  { key: 'interest', label: 'Interest', colour: DECOMPOSITION_COLOURS.interest, sign: 1 },
  {
    key: 'primaryBalance',
    label: 'Primary deficit (+) / surplus (−)',
    colour: DECOMPOSITION_COLOURS.primaryBalance,
    sign: -1,
  },
  { key: 'restatements', label: 'Restatements', colour: DECOMPOSITION_COLOURS.restatements, sign: 1 },
] as const;

export function spanLabel(d: Decomposition): string {
  const a = d.from + 1;
  return a === d.to ? String(d.to) : `${a}–${String(d.to).slice(2)}`;
}

export function drawDecompositionChart(
  doc: Document,
  spec: DecompositionSpec,
  size: { width: number; height: number },
): SVGSVGElement {
  const legendRows = legendLayout(64, size.width - 8).rows;
  const top = 44 + 16 * legendRows;
  const plot = { left: 64, top, width: size.width - 64 - 12, height: size.height - top - 40 };
  const svg = createSvg(doc, size.width, size.height, spec.title);
  const root = select(svg);
  const rows = spec.spans.map((d) => {
    let up = 0;
    let down = 0;
    const parts = PARTS.map((p) => {
      const v = p.sign * d[p.key] * spec.scale;
      const y0 = v >= 0 ? up : down;
      if (v >= 0) up += v;
      else down += v;
      return { ...p, v, y0, y1: y0 + v };
    });
    return { d, label: spanLabel(d), parts, net: d.change * spec.scale, up, down };
  });
  const lo = Math.min(0, ...rows.map((r) => r.down));
  const hi = Math.max(0, ...rows.map((r) => r.up));
  const x = scaleBand<string>()
    .domain(rows.map((r) => r.label))
    .range([plot.left, plot.left + plot.width])
    .padding(0.25);
  const y = scaleLinear()
    .domain([lo, hi === lo ? lo + 1 : hi])
    .nice(6)
    .range([plot.top + plot.height, plot.top]);

  root
    .append('g')
    .selectAll('line')
    .data(y.ticks(6))
    .join('line')
    .attr('x1', plot.left)
    .attr('x2', plot.left + plot.width)
    .attr('y1', (v) => y(v))
    .attr('y2', (v) => y(v))
    .attr('stroke', (v) => (v === 0 ? MUTED : GRID));

  // Fewer tick labels than bars when yearly bars would crowd the axis.
  const every = Math.max(1, Math.ceil((rows.length * 44) / plot.width));
  drawAxes(
    root,
    plot,
    axisBottom(x).tickValues(x.domain().filter((_, i) => i % every === 0)),
    axisLeft(y).ticks(6).tickFormat(format(',~r')),
  );
  root
    .append('text')
    .attr('x', plot.left - 56)
    .attr('y', 14)
    .attr('font-size', 12)
    .attr('fill', INK)
    .text(spec.yLabel);

  drawLegend(root, plot.left, size.width - 8, 16);

  const bars = root.append('g').attr('class', 'bars');
  for (const r of rows) {
    const g = bars.append('g').attr('class', 'bar').attr('data-span', r.label);
    g.append('title').text(
      `${r.label}: net ${format(',.1f')(r.net)}; interest ${format(',.1f')(r.parts[0]!.v)}, primary balance ${format(',.1f')(r.parts[1]!.v)}, restatements ${format(',.1f')(r.parts[2]!.v)}`,
    );
    for (const p of r.parts) {
      if (p.v === 0) continue;
      g.append('rect')
        .attr('class', `part part-${p.key}`)
        .attr('x', x(r.label)!)
        .attr('width', x.bandwidth())
        .attr('y', y(Math.max(p.y0, p.y1)))
        .attr('height', Math.abs(y(p.y0) - y(p.y1)))
        .attr('fill', p.colour);
    }
    g.append('rect')
      .attr('class', 'net')
      .attr('x', x(r.label)! - 3)
      .attr('width', x.bandwidth() + 6)
      .attr('y', y(r.net) - 1.5)
      .attr('height', 3)
      .attr('fill', INK);
  }
  return svg;
}

const LEGEND = [
  ...PARTS.map((p) => ({ label: p.label, colour: p.colour as string, line: false })),
  { label: 'Net change', colour: INK, line: true },
];

/** Legend entries left to right, wrapping to a new row when the width runs out. */
function legendLayout(left: number, right: number) {
  let x = left;
  let row = 0;
  const items = LEGEND.map((item) => {
    const w = 16 + item.label.length * 6.4 + 14;
    if (x + w > right && x > left) {
      x = left;
      row++;
    }
    const placed = { ...item, x, row };
    x += w;
    return placed;
  });
  return { items, rows: row + 1 };
}

function drawLegend(
  root: ReturnType<typeof select<SVGSVGElement, unknown>>,
  left: number,
  right: number,
  rowHeight: number,
) {
  for (const item of legendLayout(left, right).items) {
    const y = 34 + item.row * rowHeight;
    const g = root.append('g').attr('class', 'legend-item');
    if (item.line)
      g.append('rect')
        .attr('x', item.x)
        .attr('y', y - 5)
        .attr('width', 12)
        .attr('height', 3)
        .attr('fill', item.colour);
    else
      g.append('rect')
        .attr('x', item.x)
        .attr('y', y - 10)
        .attr('width', 12)
        .attr('height', 12)
        .attr('fill', item.colour);
    g.append('text')
      .attr('x', item.x + 16)
      .attr('y', y)
      .attr('font-size', 11)
      .attr('fill', INK)
      .text(item.label);
  }
}
