/** Model 1, fiscal history: Canada's federal debt, actual vs a public-bank counterfactual. */
import type { DataFiles, ModelDefinition } from '../model';
import { makeProvenance } from '../provenance';
import type { RunResult } from '../result';
import { CANADA_FILES, type DebtTable, type Measure, loadDebtTable } from './data';
import { counterfactualPaths } from './counterfactual';
import { decompose, type Decomposition } from './decompose';
import {
  FISCAL_PRESETS,
  MEASURE_RANGES,
  type FiscalParams,
  type FiscalScenario,
  type View,
  fiscalScenarioSchema,
} from './scenario';

export const FISCAL_MODEL_VERSION = '1.0.0';

/** Accounting breaks marked on the chart, by measure (fiscal years named by the year they end). */
export const ACCOUNTING_BREAKS: Record<Measure, { year: number; label: string }[]> = {
  'accumulated-deficit': [
    { year: 1984, label: 'FY1983–84: accrual accounting restated (−11.8B)' },
    { year: 2017, label: 'FY2016–17: pension restatement (+16.5B)' },
  ],
  'net-debt': [{ year: 2009, label: 'FY2008–09: series switches definitions' }],
};

export interface FiscalExtras {
  measure: Measure;
  measureLabel: string;
  firstCounterfactualYear: number;
  publicShare: number;
  view: View;
  cpiBaseYear: number;
  cpiBase: number;
  breaks: { year: number; label: string }[];
  /** Actual change in debt from the year before the counterfactual starts to endYear. */
  decomposition: Decomposition;
}

// Parsing ~4,500 CSV rows takes milliseconds, but a slider re-runs many times: parse once per file set.
const tableCache = new WeakMap<DataFiles, Map<Measure, DebtTable>>();
function cachedTable(files: DataFiles, measure: Measure): DebtTable {
  let byMeasure = tableCache.get(files);
  if (!byMeasure) tableCache.set(files, (byMeasure = new Map()));
  let table = byMeasure.get(measure);
  if (!table) byMeasure.set(measure, (table = loadDebtTable(files, measure)));
  return table;
}

function fy(year: number): string {
  return `FY${year - 1}–${String(year).slice(2)}`;
}

/**
 * A year of the index as the data define it. Net debt's first year, 1867, is the stock at
 * Confederation (1 July 1867), not a fiscal year 1866–67; its fiscal years end on 30 June up to
 * 1906, and 1907 is a nine-month year (SOURCES.md). Finance Canada's years end on 31 March.
 */
export function fiscalYearLabel(year: number, measure: Measure): string {
  if (measure === 'net-debt') {
    if (year === MEASURE_RANGES['net-debt'].firstYear) return `${year} (Confederation, 1 July)`;
    if (year === 1907) return 'FY1906–07 (9 months, to 31 March)';
  }
  return fy(year);
}

/** Why some cells of the table are empty, for the CSV's `#` lines. */
function fiscalNotes(measure: Measure, firstYear: number, missing: string[]): string[] {
  if (!missing.length) return [];
  const cells = missing.join(', ');
  return measure === 'net-debt'
    ? [
        `The first row, ${firstYear}, is net debt at Confederation (1 July 1867), a stock with no fiscal year of flows before it: ${cells} ${missing.length > 1 ? 'are' : 'is'} empty there, not zero.`,
      ]
    : [
        `The first row, ${fy(firstYear)}, is where the data start: the debt at the end of ${fy(firstYear - 1)} is not in them, so ${cells} ${missing.length > 1 ? '(which need it) are' : '(which needs it) is'} empty there, not zero; the other cells are as recorded.`,
      ];
}

export function fiscalAssumptions(p: FiscalParams): string[] {
  const pct = (x: number) => `${+(x * 100).toFixed(2)}%`;
  const rest =
    p.method === 'average-rate'
      ? "the rest pays history's effective average rate on gross debt; charges history paid beyond that rate (e.g. on pension liabilities) are kept"
      : "the rest pays history's ratio of debt charges to last year's debt";
  return [
    `From ${fy(p.firstCounterfactualYear)} on, ${pct(p.publicShare)} of the debt is held by the public bank (Bank of Canada) at ${pct(p.publicRate)} a year; it remits its profits to the government, so that interest comes back.`,
    `Same primary balances as history: every year's revenue minus program spending is kept as recorded; ${rest}.`,
    'No macroeconomic feedback: growth, inflation, market interest rates and budgets are as they were. Accounting restatements are kept as they happened.',
    "The public share is an assumption, not history: the app has no series of the Bank of Canada's actual holdings (one data point: 13.6% of Government of Canada securities on 2025-08-20).",
  ];
}

/**
 * Years whose GDP or CPI the data do not have (net debt starts in 1867, GDP and CPI in 1868): their
 * cells are left empty rather than invented, and every export says so, since an empty cell alone
 * reads like a bug.
 */
function dataGaps(years: readonly number[], gdp: Float64Array, cpi: Float64Array): string[] {
  const missing = (v: Float64Array) => years.filter((_, i) => !Number.isFinite(v[i]!));
  const list = (ys: number[]) =>
    ys.length > 3 ? `${ys[0]}–${ys.at(-1)} (${ys.length} years)` : ys.join(', ');
  const lines: string[] = [];
  const noGdp = missing(gdp);
  const noCpi = missing(cpi);
  if (noGdp.length) {
    lines.push(
      `No GDP data for ${list(noGdp)}: gdp_nominal and the % of GDP columns are empty there, and the % of GDP chart starts where GDP does (${years.find((_, i) => Number.isFinite(gdp[i]!)) ?? 'no year shown'}).`,
    );
  }
  if (noCpi.length) {
    lines.push(
      `No CPI data for ${list(noCpi)}: cpi is empty there, and the real-dollar chart starts where the CPI does.`,
    );
  }
  return lines;
}

const FISCAL_YEAR_UNIT = 'fiscal year, named by the year it ends (1974 = FY1973–74)';
const FISCAL_SUMMARY_UNITS: Record<string, string> = {
  measure: 'text (debt measure)',
  firstCounterfactualYear: FISCAL_YEAR_UNIT,
  endYear: FISCAL_YEAR_UNIT,
  cumulative_interest_actual: 'CAD millions, sum over firstCounterfactualYear–endYear',
  cumulative_interest_counterfactual: 'CAD millions, sum over firstCounterfactualYear–endYear',
  cumulative_interest_avoided: 'CAD millions, sum over firstCounterfactualYear–endYear',
  final_debt_actual: 'CAD millions, end of endYear',
  final_debt_counterfactual: 'CAD millions, end of endYear',
  final_debt_actual_pct_gdp: '% of GDP',
  final_debt_counterfactual_pct_gdp: '% of GDP',
  max_abs_identity_residual: 'CAD millions (largest restatement, any year shown)',
  max_abs_identity_residual_year: FISCAL_YEAR_UNIT,
};

function runFiscal(scenario: FiscalScenario, files: DataFiles): RunResult<FiscalExtras> {
  const p = scenario.params;
  const table = cachedTable(files, p.measure);
  const paths = counterfactualPaths(table, p);
  const n = paths.years.length;
  const start = paths.years.indexOf(p.firstCounterfactualYear);

  const avoided = new Float64Array(n);
  for (let t = start, sum = 0; t < n; t++) {
    sum += paths.actualInterest[t]! - paths.counterfactualInterest[t]!;
    avoided[t] = sum;
  }
  const pctGdp = (v: Float64Array) => Float64Array.from(v, (x, i) => (100 * x) / paths.gdp[i]!);
  const sumFrom = (v: Float64Array) => v.subarray(start).reduce((a, b) => a + b, 0);
  const last = n - 1;
  const decomposition = decompose(
    {
      years: paths.years,
      debt: paths.actualDebt,
      interest: paths.actualInterest,
      primaryBalance: paths.primaryBalance,
      residual: paths.residual,
    },
    p.firstCounterfactualYear - 1,
    p.endYear,
  );
  const cpiBase = table.cpiByYear.get(p.cpiBaseYear) ?? Number.NaN;
  let maxResidual = 0;
  let maxResidualYear = paths.years[0]!;
  paths.residual.forEach((r, i) => {
    if (!(Math.abs(r) > Math.abs(maxResidual))) return; // NaN (no data) never wins
    maxResidual = r;
    maxResidualYear = paths.years[i]!;
  });

  return {
    model: 'fiscal-history',
    indexName: 'year',
    index: Float64Array.from(paths.years),
    columns: {
      actual_debt: paths.actualDebt,
      counterfactual_debt: paths.counterfactualDebt,
      actual_interest: paths.actualInterest,
      counterfactual_interest: paths.counterfactualInterest,
      counterfactual_interest_to_public_bank: paths.counterfactualInterestToPublicBank,
      interest_avoided_cumulative: avoided,
      primary_balance: paths.primaryBalance,
      identity_residual: paths.residual,
      effective_rate: paths.effectiveRate,
      gdp_nominal: paths.gdp,
      cpi: paths.cpi,
      actual_debt_pct_gdp: pctGdp(paths.actualDebt),
      counterfactual_debt_pct_gdp: pctGdp(paths.counterfactualDebt),
    },
    units: {
      year: FISCAL_YEAR_UNIT,
      actual_debt: 'CAD millions',
      counterfactual_debt: 'CAD millions',
      actual_interest: 'CAD millions',
      counterfactual_interest: 'CAD millions',
      counterfactual_interest_to_public_bank: 'CAD millions (remitted back to the government)',
      interest_avoided_cumulative: 'CAD millions',
      primary_balance: 'CAD millions (positive = surplus)',
      identity_residual: 'CAD millions (restatements)',
      effective_rate: 'fraction per year',
      gdp_nominal: 'CAD millions, calendar year in which the fiscal year starts',
      cpi: 'index, 2020 = 100, same calendar year',
      actual_debt_pct_gdp: '% of GDP',
      counterfactual_debt_pct_gdp: '% of GDP',
    },
    summary: {
      measure: p.measure,
      firstCounterfactualYear: p.firstCounterfactualYear,
      endYear: p.endYear,
      cumulative_interest_actual: sumFrom(paths.actualInterest),
      cumulative_interest_counterfactual: sumFrom(paths.counterfactualInterest),
      cumulative_interest_avoided: avoided[last]!,
      final_debt_actual: paths.actualDebt[last]!,
      final_debt_counterfactual: paths.counterfactualDebt[last]!,
      final_debt_actual_pct_gdp: (100 * paths.actualDebt[last]!) / paths.gdp[last]!,
      final_debt_counterfactual_pct_gdp: (100 * paths.counterfactualDebt[last]!) / paths.gdp[last]!,
      max_abs_identity_residual: Math.abs(maxResidual),
      max_abs_identity_residual_year: maxResidualYear,
    },
    summaryUnits: FISCAL_SUMMARY_UNITS,
    notes: fiscalNotes(
      p.measure,
      paths.years[0]!,
      (
        [
          ['actual_interest', paths.actualInterest],
          ['counterfactual_interest', paths.counterfactualInterest],
          ['primary_balance', paths.primaryBalance],
          ['identity_residual', paths.residual],
          ['effective_rate', paths.effectiveRate],
        ] as const
      )
        .filter(([, v]) => Number.isNaN(v[0]))
        .map(([name]) => name),
    ),
    assumptions: [...fiscalAssumptions(p), ...dataGaps(paths.years, paths.gdp, paths.cpi)],
    sources: table.sources,
    provenance: makeProvenance('fiscal-history', FISCAL_MODEL_VERSION, scenario, null, table.sources),
    extras: {
      measure: p.measure,
      measureLabel: MEASURE_RANGES[p.measure].label,
      firstCounterfactualYear: p.firstCounterfactualYear,
      publicShare: p.publicShare,
      view: p.view,
      cpiBaseYear: p.cpiBaseYear,
      cpiBase,
      breaks: ACCOUNTING_BREAKS[p.measure].filter((b) => b.year <= p.endYear),
      decomposition,
    },
  };
}

export const fiscalHistoryModel: ModelDefinition<FiscalScenario> = {
  id: 'fiscal-history',
  version: FISCAL_MODEL_VERSION,
  title: "Fiscal history: Canada's federal debt",
  schema: fiscalScenarioSchema as unknown as ModelDefinition<FiscalScenario>['schema'],
  presets: FISCAL_PRESETS,
  dataFiles: CANADA_FILES,
  run: (scenario, ctx) => runFiscal(scenario, ctx.data),
};
