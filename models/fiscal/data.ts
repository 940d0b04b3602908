/**
 * Canadian fiscal data: parsed and validated once, from the CSV files shipped in models/data/canada
 * (copied unchanged from the compiled dataset; see SOURCES.md there). A malformed or missing value
 * is a DataError naming the file, line and column — never a silent NaN in a chart.
 */
import { csvParse } from 'd3-dsv';
import { z } from 'zod';
import type { DataFiles } from '../model';

export const COMPOSITE_FILE = 'canada/canada_federal_composite_annual.csv';
export const FISCAL_LONG_FILE = 'canada/canada_federal_fiscal_long.csv';
export const MACRO_LONG_FILE = 'canada/canada_macro_long.csv';
export const CANADA_FILES = [COMPOSITE_FILE, FISCAL_LONG_FILE, MACRO_LONG_FILE] as const;

export class DataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataError';
  }
}

export type Measure = 'accumulated-deficit' | 'net-debt';

/**
 * One debt measure, one row per fiscal year (named by the year it ends), CAD millions.
 * debt[i] is the stock at the end of years[i]; the flows of years[i] explain debt[i] − debt[i−1]:
 * debt[i] = debt[i−1] + interest[i] − primaryBalance[i] + residual[i]. At i = 0 a flow is the
 * recorded value where the source has one, else NaN (never 0: 0 would be a claim about history).
 */
export interface DebtTable {
  measure: Measure;
  years: number[];
  debt: Float64Array;
  interest: Float64Array;
  primaryBalance: Float64Array;
  residual: Float64Array;
  /** Effective average rate on gross debt, as a fraction per year. */
  effectiveRate: Float64Array;
  /** Calendar-year nominal GDP of the year the fiscal year starts in (NaN where not available). */
  gdp: Float64Array;
  /** CPI (2020 = 100) of the same calendar year (NaN where not available). */
  cpi: Float64Array;
  /** Calendar-year CPI by year, to re-base real dollars to any year. */
  cpiByYear: CpiByYear;
  /** Last year whose flows are all available (a counterfactual can run up to here). */
  lastFlowYear: number;
  sources: string[];
}

/** Calendar-year CPI by year, for re-basing real dollars to any year. */
export type CpiByYear = ReadonlyMap<number, number>;

export const num = z.string().transform((s, ctx) => {
  if (s.trim() === '') return null;
  const v = Number(s);
  if (!Number.isFinite(v)) {
    ctx.addIssue({ code: 'custom', message: `not a number: "${s}"` });
    return z.NEVER;
  }
  return v;
});
export const year = z
  .string()
  .regex(/^\d{4}$/, 'must be a four-digit year')
  .transform(Number);

const compositeRow = z.object({
  fy_end: year,
  accumulated_deficit: num,
  public_debt_charges: num,
  primary_balance: num,
  eff_rate_on_gross_debt_pct: num,
  identity_residual: num,
});
const longRow = z.object({
  fy_end: year,
  series: z.string().min(1),
  value: num,
  source_id: z.string().min(1),
});
const macroRow = z.object({ year, series: z.string().min(1), value: num, source_id: z.string().min(1) });

// Each file is parsed and validated once per file set: both measures read the macro file.
const parsedRows = new WeakMap<DataFiles, Map<string, unknown[]>>();

function parseRows<T>(files: DataFiles, file: string, schema: z.ZodType<T>): T[] {
  let byFile = parsedRows.get(files);
  if (!byFile) parsedRows.set(files, (byFile = new Map()));
  const cached = byFile.get(file);
  if (cached) return cached as T[];
  const rows = parseRowsUncached(files, file, schema);
  byFile.set(file, rows);
  return rows;
}

function parseRowsUncached<T>(files: DataFiles, file: string, schema: z.ZodType<T>): T[] {
  const text = files[file];
  if (text === undefined) throw new DataError(`${file}: data file missing`);
  const rows = csvParse(text);
  return rows.map((row, i) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      // +2: the header is line 1 and rows count from 0.
      throw new DataError(`${file}, line ${i + 2}, column ${String(issue.path[0] ?? '?')}: ${issue.message}`);
    }
    return parsed.data;
  });
}

function required(file: string, y: number, column: string, v: number | null | undefined): number {
  if (v === null || v === undefined) throw new DataError(`${file}: fiscal year ${y}: ${column} is missing`);
  return v;
}

export function macroSeries(files: DataFiles, series: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of parseRows(files, MACRO_LONG_FILE, macroRow)) {
    if (r.series !== series || r.value === null) continue;
    if (out.has(r.year)) throw new DataError(`${MACRO_LONG_FILE}: ${series} has two values for ${r.year}`);
    out.set(r.year, r.value);
  }
  if (out.size === 0) throw new DataError(`${MACRO_LONG_FILE}: series ${series} not found`);
  return out;
}

export const ACCUMULATED_DEFICIT_SOURCES = [
  'Accumulated deficit ("federal debt"), public debt charges, budgetary balance: Department of Finance Canada, Fiscal Reference Tables (Sept 2005 restated; 2023), Table 1; Annual Financial Reports 2016–2022; RBC fiscal tables 2015 (FY1993–2014); Debt Management Report 2003–04 (charges FY1986–2004); Finances of the Nation (charges FY2005–2014).',
  'Effective rate on gross debt: Finances of the Nation (FONCanada/FederalDebt) debt charges ÷ previous year gross debt; from FY2019–20 charges ÷ AFR total liabilities.',
];
export const NET_DEBT_SOURCES = [
  'Net federal debt, debt charges, cash deficit, gross debt: Finances of the Nation, FONCanada/FederalDebt public_feddebt.csv (commit 4e30666), apparently Statistics Canada CANSIM 385-0010 to 2008; series break in FY2008–09.',
];
export const MACRO_SOURCES = [
  'GDP and CPI (calendar years): Finances of the Nation macro database (FONCanada/FONmacro), spliced from Jordà–Schularick–Taylor and Statistics Canada 36-10-0104-01 / 18-10-0005.',
];

interface Columns {
  years: number[];
  debt: number[];
  interest: number[];
  primaryBalance: number[];
  residual: number[];
  effectiveRate: number[];
}

function withMacro(
  measure: Measure,
  c: Columns,
  files: DataFiles,
  lastFlowYear: number,
  sources: string[],
): DebtTable {
  const gdp = macroSeries(files, 'gdp_nominal');
  const cpi = macroSeries(files, 'cpi');
  // Fiscal year (t−1)-t is paired with calendar year t−1, the year in which most of it falls.
  const cal = (y: number) => y - 1;
  return {
    measure,
    years: c.years,
    debt: Float64Array.from(c.debt),
    interest: Float64Array.from(c.interest),
    primaryBalance: Float64Array.from(c.primaryBalance),
    residual: Float64Array.from(c.residual),
    effectiveRate: Float64Array.from(c.effectiveRate),
    gdp: Float64Array.from(c.years, (y) => gdp.get(cal(y)) ?? Number.NaN),
    cpi: Float64Array.from(c.years, (y) => cpi.get(cal(y)) ?? Number.NaN),
    cpiByYear: cpi,
    lastFlowYear,
    sources: [...sources, ...MACRO_SOURCES],
  };
}

/** Finance Canada's "federal debt" (accumulated deficit), FY1961-62 to the last complete year. */
export function loadAccumulatedDeficit(files: DataFiles): DebtTable {
  const rows = parseRows(files, COMPOSITE_FILE, compositeRow).sort((a, b) => a.fy_end - b.fy_end);
  const c: Columns = {
    years: [],
    debt: [],
    interest: [],
    primaryBalance: [],
    residual: [],
    effectiveRate: [],
  };
  for (const [i, r] of rows.entries()) {
    if (r.accumulated_deficit === null) break; // the table ends at the first year without a stock
    if (i > 0 && r.fy_end !== c.years[c.years.length - 1]! + 1) {
      throw new DataError(`${COMPOSITE_FILE}: fiscal year ${r.fy_end} does not follow ${c.years.at(-1)}`);
    }
    // The first year's flows explain no change the table shows (its opening stock is not in the
    // data), so they need not be there; where the source records them they are given as recorded.
    const first = i === 0;
    const flow = (column: string, v: number | null) =>
      first ? (v ?? Number.NaN) : required(COMPOSITE_FILE, r.fy_end, column, v);
    c.years.push(r.fy_end);
    c.debt.push(r.accumulated_deficit);
    c.interest.push(flow('public_debt_charges', r.public_debt_charges));
    c.primaryBalance.push(flow('primary_balance', r.primary_balance));
    c.residual.push(flow('identity_residual', r.identity_residual));
    c.effectiveRate.push(flow('eff_rate_on_gross_debt_pct', r.eff_rate_on_gross_debt_pct) / 100);
  }
  if (c.years.length < 2)
    throw new DataError(`${COMPOSITE_FILE}: fewer than two years of accumulated deficit`);
  checkIdentity(COMPOSITE_FILE, c);
  return withMacro('accumulated-deficit', c, files, c.years.at(-1)!, ACCUMULATED_DEFICIT_SOURCES);
}

/** Statistics Canada / Finances of the Nation net federal debt, 1867 to the last year with flows. */
export function loadNetDebt(files: DataFiles): DebtTable {
  const series = new Map<string, Map<number, number>>();
  for (const r of parseRows(files, FISCAL_LONG_FILE, longRow)) {
    if (r.source_id !== 'FON_FEDDEBT' || r.value === null) continue;
    const s = series.get(r.series) ?? new Map<number, number>();
    if (s.has(r.fy_end))
      throw new DataError(`${FISCAL_LONG_FILE}: ${r.series} has two values for ${r.fy_end}`);
    s.set(r.fy_end, r.value);
    series.set(r.series, s);
  }
  const get = (name: string) => {
    const s = series.get(name);
    if (!s) throw new DataError(`${FISCAL_LONG_FILE}: series ${name} (FON_FEDDEBT) not found`);
    return s;
  };
  const nd = get('fed_net_debt_statcan');
  const gross = get('fed_gross_debt_statcan');
  const charges = get('fed_debt_charges_statcan');
  const cash = get('fed_cash_deficit_statcan');
  const years = [...nd.keys()].sort((a, b) => a - b);
  const c: Columns = {
    years: [],
    debt: [],
    interest: [],
    primaryBalance: [],
    residual: [],
    effectiveRate: [],
  };
  for (const [i, y] of years.entries()) {
    if (i > 0 && y !== years[i - 1]! + 1)
      throw new DataError(`${FISCAL_LONG_FILE}: net debt year ${y} is not consecutive`);
    if (i > 0 && !charges.has(y)) break; // flows stop before the stock series does
    c.years.push(y);
    c.debt.push(nd.get(y)!);
    if (i === 0) {
      // 1867 is the stock at Confederation (1 July 1867): no fiscal year of flows leads up to it.
      for (const flow of [c.interest, c.primaryBalance, c.residual, c.effectiveRate]) flow.push(Number.NaN);
      continue;
    }
    const dc = required(FISCAL_LONG_FILE, y, 'fed_debt_charges_statcan', charges.get(y));
    const deficit = required(FISCAL_LONG_FILE, y, 'fed_cash_deficit_statcan', cash.get(y));
    const prevGross = required(FISCAL_LONG_FILE, y - 1, 'fed_gross_debt_statcan', gross.get(y - 1));
    c.interest.push(dc);
    // The cash deficit includes debt charges: primary balance = −(deficit − charges).
    c.primaryBalance.push(-(deficit - dc));
    c.residual.push(nd.get(y)! - nd.get(y - 1)! - deficit);
    c.effectiveRate.push(prevGross > 0 ? dc / prevGross : 0);
  }
  checkIdentity(FISCAL_LONG_FILE, c);
  return withMacro('net-debt', c, files, c.years.at(-1)!, NET_DEBT_SOURCES);
}

/** The residual is defined so the identity holds exactly; this guards against a mis-read column. */
function checkIdentity(file: string, c: Columns) {
  for (let i = 1; i < c.years.length; i++) {
    const gap = c.debt[i]! - c.debt[i - 1]! - (c.interest[i]! - c.primaryBalance[i]! + c.residual[i]!);
    if (Math.abs(gap) > 1) {
      throw new DataError(
        `${file}: fiscal year ${c.years[i]}: debt identity off by ${gap.toFixed(1)} million`,
      );
    }
  }
}

export function loadDebtTable(files: DataFiles, measure: Measure): DebtTable {
  return measure === 'net-debt' ? loadNetDebt(files) : loadAccumulatedDeficit(files);
}
