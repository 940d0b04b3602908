/**
 * Axes and grid shared by every chart, so all of them (and their exports) use one font, one ink
 * and one placement: the x axis under the plot, the y axis on its left.
 */
import type { Axis, AxisDomain, Selection } from 'd3';
import { GRID, INK, MUTED } from './palette';

type Root = Selection<SVGSVGElement, unknown, null, undefined>;
interface Plot {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Horizontal grid lines at `ticks`; the zero line darker, so the sign of a series reads at once. */
export function drawGrid(root: Root, plot: Plot, ticks: number[], y: (v: number) => number): void {
  root
    .append('g')
    .attr('class', 'grid')
    .selectAll('line')
    .data(ticks)
    .join('line')
    .attr('x1', plot.left)
    .attr('x2', plot.left + plot.width)
    .attr('y1', (d) => y(d))
    .attr('y2', (d) => y(d))
    .attr('stroke', (d) => (d === 0 ? MUTED : GRID))
    .attr('stroke-width', 1);
}

/**
 * The x axis (and the y axis when given) in the chart's own font: d3-axis sets 10px sans-serif on
 * its group, which would make exports differ from the screen.
 */
export function drawAxes<X extends AxisDomain, Y extends AxisDomain>(
  root: Root,
  plot: Plot,
  xAxis: Axis<X>,
  yAxis?: Axis<Y>,
  fontSize = 11,
): void {
  root
    .append('g')
    .attr('class', 'x-axis')
    .attr('transform', `translate(0,${plot.top + plot.height})`)
    .call(xAxis);
  if (yAxis)
    root.append('g').attr('class', 'y-axis').attr('transform', `translate(${plot.left},0)`).call(yAxis);
  styleAxes(root, fontSize);
}

/** Restyle every axis group under `root` (also one added after drawAxes, such as a legend's scale). */
export function styleAxes(root: Root, fontSize = 11): void {
  root.selectAll('.x-axis, .y-axis').attr('font-family', null).attr('font-size', null);
  root.selectAll('.x-axis text, .y-axis text').attr('fill', INK).attr('font-size', fontSize);
  root.selectAll('.x-axis path, .x-axis line, .y-axis path, .y-axis line').attr('stroke', MUTED);
}
