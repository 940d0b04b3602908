/** The fiscal-history charts, built from RunResults of the fiscal-history model. */
import { fiscalYearLabel, type FiscalExtras } from '../../models/fiscal';
import { formatNumber, grouped } from '../format';
import { decomposeBySpan } from '../../models/fiscal/decompose';
import { toView, viewUnit } from '../../models/fiscal/views';
import type { View } from '../../models/fiscal/scenario';
import type { RunResult } from '../../models/result';
import { drawDecompositionChart } from './barChart';
import { drawLineChart, type LineChartHandle, type LineChartSpec, type LineSeries } from './lineChart';
import { INK, seriesColour, seriesDash } from './palette';

export type FiscalResult = RunResult<FiscalExtras>;

/** On the face of every chart with a counterfactual line. */
export const COUNTERFACTUAL_CAPTION = 'Counterfactual, no macroeconomic feedback';

function pct(x: number) {
  return `${+(x * 100).toFixed(1)}%`;
}

export function counterfactualLabel(r: FiscalResult): string {
  return `Public bank holds ${pct(r.extras.publicShare)}`;
}

export function debtChartTitle(r: FiscalResult): string {
  return `Canada's federal debt: history vs a public-bank counterfactual from FY${r.extras.firstCounterfactualYear - 1}–${String(r.extras.firstCounterfactualYear).slice(2)}`;
}

/** Actual history and one line per counterfactual (all results must share measure and years). */
export function debtChartSpec(results: FiscalResult[], view: View = results[0]!.extras.view): LineChartSpec {
  const first = results[0]!;
  const inputs = (r: FiscalResult) => ({
    gdp: r.columns.gdp_nominal!,
    cpi: r.columns.cpi!,
    cpiBase: r.extras.cpiBase,
  });
  // History is drawn last, on top: before the start year the counterfactuals coincide with it and
  // would otherwise hide it under their colours.
  const series: LineSeries[] = [
    ...results.map((r, i) => ({
      id: `counterfactual-${i}`,
      label: counterfactualLabel(r),
      values: toView(r.columns.counterfactual_debt!, view, inputs(r)),
      colour: seriesColour(i),
      dash: seriesDash(i),
    })),
    {
      id: 'actual',
      label: 'Actual',
      values: toView(first.columns.actual_debt!, view, inputs(first)),
      colour: INK,
      width: 2.5,
    },
  ];
  const start = first.extras.firstCounterfactualYear - 1;
  return {
    title: debtChartTitle(first),
    x: first.index,
    xLabel: 'Fiscal year (named by the year it ends: 1974 = FY1973–74)',
    yLabel: `${first.extras.measureLabel}, ${viewUnit(view, first.extras.cpiBaseYear)}`,
    series,
    includeZero: true,
    caption: COUNTERFACTUAL_CAPTION,
    yFormat: view === 'percent-gdp' ? (v) => `${formatNumber(v, { digits: 2, trim: true })}%` : undefined,
    markers: [
      {
        x: start,
        kind: 'event',
        label: `Counterfactual from FY${start}–${String(start + 1).slice(2)}`,
        detail: `Both lines share the debt at the end of FY${start - 1}–${String(start).slice(2)}; from FY${start}–${String(start + 1).slice(2)} the counterfactual keeps history's primary balances and changes only the interest.`,
      },
      ...first.extras.breaks.map((b) => ({
        x: b.year,
        kind: 'break' as const,
        label: `${b.year} break`,
        detail: b.label,
      })),
    ],
  };
}

export function drawDebtChart(
  doc: Document,
  results: FiscalResult[],
  size: { width: number; height: number },
  view?: View,
): LineChartHandle {
  return drawLineChart(doc, debtChartSpec(results, view), size);
}

/** The actual change in debt by decade (or by year), from the year the counterfactual starts. */
export function fiscalDecompositionSpans(r: FiscalResult, spanYears = 10) {
  const years = Array.from(r.index);
  return decomposeBySpan(
    {
      years,
      debt: r.columns.actual_debt!,
      interest: r.columns.actual_interest!,
      primaryBalance: r.columns.primary_balance!,
      residual: r.columns.identity_residual!,
    },
    r.extras.firstCounterfactualYear - 1,
    years.at(-1)!,
    spanYears,
  );
}

/** Why the actual debt changed, by decade (or by year), from the year the counterfactual starts. */
export function drawFiscalDecomposition(
  doc: Document,
  r: FiscalResult,
  size: { width: number; height: number },
  spanYears = 10,
): SVGSVGElement {
  const spans = fiscalDecompositionSpans(r, spanYears);
  return drawDecompositionChart(
    doc,
    {
      title: 'Why the actual debt changed',
      spans,
      scale: 1 / 1000,
      yLabel: 'Contribution to the change in debt, CAD billions',
    },
    size,
  );
}

/** The largest restatement from the counterfactual's start to the end year, with its sign. */
export function largestRestatement(r: FiscalResult): string {
  const residual = r.columns.identity_residual!;
  let best = -1;
  r.index.forEach((year, i) => {
    const v = residual[i]!;
    if (year < r.extras.firstCounterfactualYear || !Number.isFinite(v)) return;
    if (best < 0 || Math.abs(v) > Math.abs(residual[best]!)) best = i;
  });
  if (best < 0) return '';
  const v = residual[best]! / 1000;
  const sign = v > 0 && grouped(v) !== '0.0' ? '+' : '';
  return `Largest restatement in this span: ${sign}${grouped(v)}B in ${fiscalYearLabel(r.index[best]!, r.extras.measure)}.`;
}
