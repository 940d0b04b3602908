/** Sweep rows → what the charts draw: per point the median and 10–90% band over seeds, and tornado bars. */
import { quantile } from 'd3-array';
import { HIGH, LOW } from '../montecarlo';
import { designPoints, seedsOf, type Point, type SweepDesign } from './design';

/** One run of one point: the metric values in design order (NaN for a run that failed). */
export interface SweepRow {
  task: number;
  point: number;
  values: Point;
  seed: number | null;
  metrics: number[];
  /** Why the run failed (a diverged run in the app); absent when it ran. */
  error?: string;
}

export interface PointStats {
  point: number;
  values: Point;
  /** Runs of this point that arrived so far (failed ones included). */
  runs: number;
  failed: number;
  median: number;
  low: number;
  high: number;
}

/** Per point with at least one row: the metric's median and 10th/90th percentiles over its seeds. */
export function pointStats(design: SweepDesign, rows: readonly SweepRow[], metric: number): PointStats[] {
  const points = designPoints(design);
  const byPoint = new Map<number, SweepRow[]>();
  for (const r of rows) byPoint.set(r.point, [...(byPoint.get(r.point) ?? []), r]);
  return [...byPoint.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([point, rs]) => {
      const xs = rs.map((r) => r.metrics[metric]!).filter((v) => Number.isFinite(v));
      return {
        point,
        values: points[point]!,
        runs: rs.length,
        failed: rs.length - xs.length,
        median: quantile(xs, 0.5) ?? NaN,
        low: quantile(xs, LOW) ?? NaN,
        high: quantile(xs, HIGH) ?? NaN,
      };
    });
}

export interface TornadoBar {
  param: string;
  lowValue: number;
  highValue: number;
  /** Median metric with this parameter at its low / high value, the others at base. */
  atLow: number;
  atHigh: number;
  /** |atHigh − atLow|: how far the metric moves; bars are ranked by it. */
  swing: number;
}

export interface Tornado {
  base: number;
  bars: TornadoBar[];
}

/** Tornado bars ranked by swing, largest first (ties keep design order); bars not yet run are left out. */
export function tornado(design: SweepDesign, rows: readonly SweepRow[], metric: number): Tornado {
  if (design.kind !== 'tornado') throw new Error('tornado(): the design is a grid');
  const stats = new Map(pointStats(design, rows, metric).map((s) => [s.point, s.median]));
  const bars: TornadoBar[] = [];
  design.params.forEach((p, i) => {
    const atLow = stats.get(1 + 2 * i);
    const atHigh = stats.get(2 + 2 * i);
    if (atLow === undefined || atHigh === undefined) return;
    bars.push({
      param: p.name,
      lowValue: p.low,
      highValue: p.high,
      atLow,
      atHigh,
      swing: Math.abs(atHigh - atLow),
    });
  });
  bars.sort((a, b) => (Number.isNaN(b.swing) ? -1 : Number.isNaN(a.swing) ? 1 : b.swing - a.swing));
  return { base: stats.get(0) ?? NaN, bars };
}

/** How much of the design has arrived, for progress bars. */
export function sweepProgress(design: SweepDesign, rows: readonly SweepRow[]): number {
  const total = designPoints(design).length * seedsOf(design).length;
  return total ? rows.length / total : 1;
}
