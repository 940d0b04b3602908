/** Alt text for a line chart: what it plots and where each line starts, peaks and ends, in words. */
import type { LineChartSpec } from './lineChart';

export function describeLineChart(
  spec: Pick<LineChartSpec, 'title' | 'x' | 'yLabel' | 'series'>,
  format: (v: number) => string,
  xName: (x: number) => string = (x) => String(x),
): string {
  const xs = Array.from(spec.x);
  const lines = spec.series.map((s) => {
    const pts = Array.from(s.values)
      .map((v, i) => [xs[i]!, v] as const)
      .filter(([, v]) => Number.isFinite(v));
    if (pts.length === 0) return `${s.label}: no data.`;
    const [x0, v0] = pts[0]!;
    const [x1, v1] = pts.at(-1)!;
    const peak = pts.reduce((a, b) => (b[1] > a[1] ? b : a));
    if (pts.length === 1) return `${s.label}: ${format(v0)} in ${xName(x0)}.`;
    const peakText =
      peak[0] !== x0 && peak[0] !== x1 ? `, highest ${format(peak[1])} in ${xName(peak[0])}` : '';
    return `${s.label}: ${format(v0)} in ${xName(x0)}${peakText}, ${format(v1)} in ${xName(x1)}.`;
  });
  const span = xs.length ? `, ${xName(xs[0]!)} to ${xName(xs.at(-1)!)}` : '';
  return `Line chart: ${spec.title}${span}; ${spec.yLabel}. ${lines.join(' ')}`;
}
