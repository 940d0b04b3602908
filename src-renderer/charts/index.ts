/**
 * One entry point for "the chart of this result", shared by the app's export and the CLI so both
 * draw the very same picture. Models with richer views add their own charts beside this.
 */
import type { RunResult } from '../../models/result';
import { drawAbmResultChart } from './economy';
import { drawDebtChart, type FiscalResult } from './fiscal';
import { drawLineChart } from './lineChart';
import { seriesColour } from './palette';
import { drawTextbookChart, type TextbookResult } from './textbook';

export function drawResultChart(
  doc: Document,
  result: RunResult,
  size: { width: number; height: number },
): SVGSVGElement {
  if (result.model === 'fiscal-history') return drawDebtChart(doc, [result as FiscalResult], size).svg;
  if (result.model.startsWith('gl-')) return drawTextbookChart(doc, result as TextbookResult, size).svg;
  if (result.model === 'abm') return drawAbmResultChart(doc, result, size);
  return drawGenericChart(doc, result, size);
}

/** Until a model has its own chart: its first few columns over time, each with its unit. */
function drawGenericChart(
  doc: Document,
  result: RunResult,
  size: { width: number; height: number },
): SVGSVGElement {
  const names = Object.keys(result.columns)
    .filter((c) => c !== 'sfc_max_error')
    .slice(0, 4);
  const units = [...new Set(names.map((n) => result.units[n] ?? ''))].filter(Boolean);
  return drawLineChart(
    doc,
    {
      title: String((result.provenance.scenario as { name?: string })?.name ?? result.model),
      x: result.index,
      xLabel: result.indexName === 'year' ? 'Year' : 'Period',
      yLabel: units.join(' / ') || 'value',
      series: names.map((n, i) => ({ id: n, label: n, values: result.columns[n]!, colour: seriesColour(i) })),
    },
    size,
  ).svg;
}
export { drawSweepChart, drawHeatMap, drawSweepBand, drawTornado, type SweepChartInput } from './sweep';
