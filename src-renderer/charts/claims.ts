/** The chart of a checked claim: the measured series, the claim's threshold dashed in grey. */
import type { ClaimChart } from '../../models/claims';
import { drawLineChart, type LineChartHandle, type LineChartSpec } from './lineChart';
import { INK, MUTED, seriesColour } from './palette';

export function claimChartSpec(chart: ClaimChart): LineChartSpec {
  let k = 0;
  return {
    title: chart.title,
    x: chart.x,
    xLabel: chart.xLabel,
    yLabel: chart.yLabel,
    includeZero: true,
    yFormat: chart.yFormat === 'percent' ? (v) => `${v}%` : undefined,
    series: chart.series.map((s, i) => ({
      id: s.id,
      label: s.label,
      values: s.values,
      // The first series is the measurement the verdict rests on: black, as history is elsewhere.
      colour: s.reference ? MUTED : i === 0 ? INK : seriesColour(k++),
      dash: s.reference ? '5 4' : undefined,
      width: s.reference ? 1.5 : i === 0 ? 2.5 : 2,
      points: s.points,
    })),
    markers: chart.markers.map((m) => ({ x: m.x, label: m.label, kind: 'event' as const })),
  };
}

export function drawClaimChart(
  doc: Document,
  chart: ClaimChart,
  size: { width: number; height: number },
): LineChartHandle {
  return drawLineChart(doc, claimChartSpec(chart), size);
}

/** "$21.6B", "4.3%": how a chart value reads in the read-out and the data table. */
export function claimValueFormat(chart: ClaimChart): (v: number) => string {
  if (chart.yFormat === 'percent') return (v) => (Number.isFinite(v) ? `${v.toFixed(2)}%` : 'no data');
  return (v) =>
    Number.isFinite(v)
      ? `$${v.toLocaleString('en-CA', { maximumFractionDigits: v < 100 ? 1 : 0, minimumFractionDigits: v < 100 ? 1 : 0 })}B`
      : 'no data';
}
