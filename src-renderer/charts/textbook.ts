/**
 * The textbook SFC models' time chart: the model's main variables over the periods, each with its
 * steady state as a dashed reference line, and a marker where a parameter shock starts. The app
 * and the CLI (`money-lab chart`) both draw it through here.
 */
import { select } from 'd3';
import type { RunResult } from '../../models/result';
import type { TextbookExtras } from '../../models/textbook/types';
import { drawLineChart, type LineChartHandle, type LineChartSpec, type Marker } from './lineChart';
import { seriesColour } from './palette';
import { formatNumber } from '../format';

export type TextbookResult = RunResult<TextbookExtras>;

/** The variables a teacher shows first: income, spending and the stock the deficit builds up. */
export const DEFAULT_SERIES: Record<string, readonly string[]> = {
  'gl-sim': ['Y', 'YD', 'C', 'H'],
  'gl-simex': ['Y', 'YD', 'C', 'H'],
  'gl-pc': ['Y', 'YD', 'V', 'Hh', 'Bh'],
  'gl-bmw': ['Y', 'C', 'K', 'M'],
};

/** Plain names of the book's symbols, for labels and the series picker. */
export const VARIABLE_NAMES: Record<string, string> = {
  Y: 'income (GDP)',
  T: 'taxes',
  YD: 'disposable income',
  C: 'consumption',
  H: 'cash held',
  r: 'interest rate',
  V: 'household wealth',
  Hh: 'cash held',
  Hs: 'cash issued',
  Bh: 'bills held by households',
  Bcb: 'bills held by the central bank',
  Bs: 'bills issued',
  I: 'investment',
  K: 'fixed capital',
  L: 'loans',
  M: 'deposits',
  WB: 'wage bill',
  AF: 'depreciation allowances',
  N: 'employment',
};

export interface TextbookChartOptions {
  /** Columns to draw; the model's defaults when absent. */
  series?: readonly string[];
  /** Draw each series' steady state as a dashed line (when the model gives one). */
  steadyState?: boolean;
  /** Markers for parameter shocks, e.g. { x: 10, label: 'from 10: G = 25' }. */
  markers?: Marker[];
}

const round = (v: number) => formatNumber(v, { digits: 2, trim: true });

export function textbookTitle(r: TextbookResult): string {
  const name = (r.provenance.scenario as { name?: string } | null)?.name;
  return name ? `${name}: how the economy gets to its steady state` : r.model;
}

/**
 * The exported figure's subtitle: what each drawn symbol means (the lines are labelled Y, YD, …,
 * which a reader without the book cannot decode), and what the dashed lines are.
 */
export function textbookSubtitle(r: TextbookResult, wanted?: readonly string[]): string {
  const key = seriesFor(r, wanted)
    .map((n) => `${n} = ${VARIABLE_NAMES[n] ?? r.units[n] ?? n}`)
    .join(', ');
  return `${key}. Dashed lines: the steady state each converges to (with the final period’s parameters).`;
}

export function seriesFor(r: TextbookResult, wanted?: readonly string[]): string[] {
  const pick = wanted ?? DEFAULT_SERIES[r.model] ?? Object.keys(r.columns).slice(0, 4);
  return pick.filter((n) => r.columns[n] !== undefined);
}

/** A finite steady-state value for `name`, or null (no closed form, or a parameter makes it infinite). */
export function steadyValue(r: TextbookResult, name: string): number | null {
  const v = r.extras.steadyState[name];
  return v !== undefined && Number.isFinite(v) ? v : null;
}

export function textbookChartSpec(r: TextbookResult, opts: TextbookChartOptions = {}): LineChartSpec {
  const names = seriesFor(r, opts.series);
  const withSteady = opts.steadyState ?? true;
  return {
    title: textbookTitle(r),
    x: r.index,
    xLabel: 'Period',
    yLabel: 'Money units (flows per period, stocks at the end of the period)',
    includeZero: true,
    series: names.map((n, i) => {
      const ss = withSteady ? steadyValue(r, n) : null;
      return {
        id: n,
        label: ss === null ? n : `${n} → ${round(ss)}`,
        values: r.columns[n]!,
        colour: seriesColour(i),
        width: n === 'Y' ? 2.5 : 2,
      };
    }),
    markers: opts.markers,
  };
}

/**
 * The chart with the steady-state reference lines added under the series. They are drawn here
 * rather than as series so they share their series' colour and direct label ("Y → 100").
 */
export function drawTextbookChart(
  doc: Document,
  r: TextbookResult,
  size: { width: number; height: number },
  opts: TextbookChartOptions = {},
): LineChartHandle {
  const spec = textbookChartSpec(r, opts);
  const steady = spec.series
    .map((s) => ({ s, v: opts.steadyState === false ? null : steadyValue(r, s.id) }))
    .filter((e): e is { s: (typeof spec.series)[number]; v: number } => e.v !== null);
  const first = r.index[0] ?? 1;
  const last = r.index.at(-1) ?? first;
  // The line chart fits its y axis to series and bands only: an invisible band spanning the steady
  // states widens it so no reference line falls outside the plot; it is removed once drawn.
  const levels = steady.map((e) => e.v);
  const bands = levels.length
    ? [
        {
          id: 'steady-range',
          lower: new Float64Array(r.index.length).fill(Math.min(...levels)),
          upper: new Float64Array(r.index.length).fill(Math.max(...levels)),
          colour: 'none',
        },
      ]
    : [];
  const handle = drawLineChart(doc, { ...spec, bands }, size);
  const root = select(handle.svg);
  root.select('.band-steady-range').remove();
  const g = root.insert('g', 'path.series').attr('class', 'steady-states');
  for (const e of steady) {
    g.append('line')
      .attr('class', `steady steady-${e.s.id}`)
      .attr('x1', handle.plot.left)
      .attr('x2', handle.plot.left + handle.plot.width)
      .attr('y1', handle.yPixel(e.v))
      .attr('y2', handle.yPixel(e.v))
      .attr('stroke', e.s.colour)
      .attr('stroke-width', 1)
      .attr('stroke-dasharray', '5 4')
      .attr('opacity', 0.7)
      .append('title')
      .text(`Steady state of ${e.s.id}: ${round(e.v)} (periods ${first}–${last} converge towards it)`);
  }
  return handle;
}
