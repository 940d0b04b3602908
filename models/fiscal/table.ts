/**
 * A user's country table (the CSV template in models/data/template/): parsed with d3-dsv, each row
 * validated with zod, turned into the same DebtTable the Canadian loaders produce, so both
 * counterfactual methods and the decomposition run on it unchanged. Every problem is a TableError
 * naming the file, the file's own 1-based line (# lines counted) and the column.
 */
import { csvParseRows } from 'd3-dsv';
import { z } from 'zod';
import { ScenarioError } from '../scenario/errors';
import type { DebtTable, TableMeta } from './data';

export const REQUIRED_COLUMNS = ['year', 'debt', 'interest', 'primary_balance', 'gdp', 'cpi'] as const;
export const OPTIONAL_COLUMNS = ['effective_rate', 'residual'] as const;
export const META_KEYS = ['country', 'currency', 'unit', 'fiscal-year', 'source'] as const;
/** How many of the file's money unit make a billion: the app draws money in billions. */
export const UNITS: Record<string, number> = { units: 1e9, thousands: 1e6, millions: 1e3, billions: 1 };

/** `"country": "file:PATH"` in a scenario names a user's table; the environment supplies its text
 * in RunContext.data under that same string. */
export const FILE_PREFIX = 'file:';

export function isFileCountry(country: string): boolean {
  return country.startsWith(FILE_PREFIX);
}

/** A problem in a user's table; a ScenarioError, so every environment reports it as bad input. */
export class TableError extends ScenarioError {
  constructor(message: string) {
    super([message]);
    this.name = 'TableError';
  }
}

type Meta = Record<(typeof META_KEYS)[number], string>;

const amount = z.string().transform((s, ctx) => {
  const t = s.trim();
  const v = Number(t);
  if (t === '' || !Number.isFinite(v)) {
    ctx.addIssue({ code: 'custom', message: t === '' ? 'is empty' : `not a number: "${s}"` });
    return z.NEVER;
  }
  return v;
});
const optional = z.string().transform((s, ctx) => {
  const t = s.trim();
  if (t === '') return null;
  const v = Number(t);
  if (!Number.isFinite(v)) {
    ctx.addIssue({ code: 'custom', message: `not a number: "${s}"` });
    return z.NEVER;
  }
  return v;
});
const positive = amount.refine((v) => v > 0, 'must be more than 0');

const rowSchema = z.object({
  year: z
    .string()
    .transform((s) => s.trim())
    .pipe(z.string().regex(/^\d{1,4}$/, 'must be a year (a whole number such as 1995)'))
    .transform(Number),
  debt: amount,
  interest: amount,
  primary_balance: amount,
  gdp: positive,
  cpi: positive,
  effective_rate: optional
    .refine((v) => v === null || (v >= 0 && v <= 1), 'must be a fraction between 0 and 1 (0.05 is 5%)')
    .optional(),
  residual: optional.optional(),
});
type Row = z.output<typeof rowSchema>;

/** The residual column, when given, must agree with the identity to within 0.1% of the debt. */
const RESIDUAL_TOLERANCE = 0.001;

export function parseCountryTable(text: string, file: string): DebtTable {
  const fail = (line: number | null, column: string | null, message: string): never => {
    const where = [file, line === null ? null : `line ${line}`, column === null ? null : `column ${column}`];
    throw new TableError(`${where.filter(Boolean).join(', ')}: ${message}`);
  };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const meta: Partial<Meta> = {};
  const metaLine: Partial<Record<keyof Meta, number>> = {};
  const data: { line: number; text: string }[] = [];
  lines.forEach((raw, i) => {
    const line = i + 1;
    const t = raw.trim();
    if (t === '') return;
    if (!t.startsWith('#')) return void data.push({ line, text: raw });
    const m = /^#\s*([A-Za-z-]+)\s*:(.*)$/.exec(t);
    const key = m?.[1]!.toLowerCase() as keyof Meta | undefined;
    if (!m || !key || !(META_KEYS as readonly string[]).includes(key)) return; // a free comment
    if (meta[key] !== undefined) fail(line, null, `"# ${key}:" given twice (first on line ${metaLine[key]})`);
    const value = m[2]!.trim();
    if (value === '') fail(line, null, `"# ${key}:" is empty`);
    meta[key] = value;
    metaLine[key] = line;
  });
  for (const key of META_KEYS) {
    if (meta[key] === undefined)
      fail(
        null,
        null,
        `missing the "# ${key}:" line (required: ${META_KEYS.map((k) => `# ${k}:`).join(' ')})`,
      );
  }
  const m = meta as Meta;
  const perBillion = UNITS[m.unit.toLowerCase()];
  if (perBillion === undefined)
    fail(metaLine.unit!, null, `"# unit:" must be one of ${Object.keys(UNITS).join(', ')} (got "${m.unit}")`);

  const header = data.shift();
  if (!header) fail(null, null, 'no header row (year, debt, interest, primary_balance, gdp, cpi)');
  const columns = csvParseRows(header!.text)[0]!.map((c) => c.trim());
  const allowed: readonly string[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];
  columns.forEach((c, i) => {
    if (!allowed.includes(c))
      fail(header!.line, c || `#${i + 1}`, `unknown column (allowed: ${allowed.join(', ')})`);
    if (columns.indexOf(c) !== i) fail(header!.line, c, 'appears twice');
  });
  for (const c of REQUIRED_COLUMNS) {
    if (!columns.includes(c))
      fail(header!.line, c, `missing (required columns: ${REQUIRED_COLUMNS.join(', ')})`);
  }

  const rows: (Row & { line: number })[] = [];
  for (const { line, text: rowText } of data) {
    const fields = csvParseRows(rowText)[0] ?? [];
    if (fields.length !== columns.length)
      fail(line, null, `${fields.length} fields, but the header has ${columns.length}`);
    const parsed = rowSchema.safeParse(Object.fromEntries(columns.map((c, i) => [c, fields[i]!])));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      fail(line, String(issue.path[0] ?? '?'), issue.message);
    }
    const row = { ...parsed.data!, line };
    const prev = rows.at(-1);
    if (prev) {
      const first = rows.find((r) => r.year === row.year);
      if (first) fail(line, 'year', `${row.year} appears twice (first on line ${first.line})`);
      if (row.year !== prev.year + 1)
        fail(
          line,
          'year',
          `${row.year} does not follow ${prev.year} (one row per year, consecutive, ascending)`,
        );
    }
    rows.push(row);
  }
  if (rows.length < 2) fail(null, null, 'needs at least two years (the first gives the opening debt)');

  const n = rows.length;
  const years = rows.map((r) => r.year);
  const debt = Float64Array.from(rows, (r) => r.debt);
  const interest = new Float64Array(n);
  const primaryBalance = new Float64Array(n);
  const residual = new Float64Array(n);
  const effectiveRate = new Float64Array(n);
  let ratesComputed = false;
  // Row 0 gives the opening stock. As in the Canadian tables, its flows are as recorded; what needs
  // the debt before it (the residual, a computed rate) is NaN, never 0.
  interest[0] = rows[0]!.interest;
  primaryBalance[0] = rows[0]!.primary_balance;
  residual[0] = Number.NaN;
  effectiveRate[0] = rows[0]!.effective_rate ?? Number.NaN;
  for (let i = 1; i < n; i++) {
    const r = rows[i]!;
    interest[i] = r.interest;
    primaryBalance[i] = r.primary_balance;
    // The identity residual is always computed, so restatements are shown, never hidden.
    // Rounded to 1e-9 of the unit: decimal inputs leave binary noise (2.7e-12) that reads as a restatement.
    residual[i] = Math.round((r.debt - rows[i - 1]!.debt - r.interest + r.primary_balance) * 1e9) / 1e9;
    if (r.residual != null) {
      const scale = Math.max(Math.abs(r.debt), Math.abs(rows[i - 1]!.debt), 1);
      if (Math.abs(r.residual - residual[i]!) > RESIDUAL_TOLERANCE * scale)
        fail(
          r.line,
          'residual',
          `${r.residual} does not match debt change − interest + primary balance = ${+residual[i]!.toFixed(6)}`,
        );
    }
    if (r.effective_rate != null) effectiveRate[i] = r.effective_rate;
    else {
      ratesComputed = true;
      const prev = rows[i - 1]!.debt;
      effectiveRate[i] = prev > 0 ? r.interest / prev : 0;
    }
  }

  const tableMeta: TableMeta = {
    country: m.country,
    currency: m.currency,
    unit: m.unit.toLowerCase(),
    perBillion: perBillion!,
    fiscalYear: m['fiscal-year'],
    userSupplied: true,
    file,
  };
  const sources = [
    `Country table ${file} (${m.country}; ${m.currency} ${tableMeta.unit}; fiscal year: ${m['fiscal-year']}) — data supplied by the user: ${m.source}`,
    ...(ratesComputed
      ? ["Effective rate, where the table gives none: that year's interest ÷ the previous year's debt."]
      : []),
  ];
  return {
    measure: 'accumulated-deficit',
    years,
    debt,
    interest,
    primaryBalance,
    residual,
    effectiveRate,
    gdp: Float64Array.from(rows, (r) => r.gdp),
    cpi: Float64Array.from(rows, (r) => r.cpi),
    cpiByYear: new Map(rows.map((r) => [r.year, r.cpi])),
    lastFlowYear: years.at(-1)!,
    sources,
    meta: tableMeta,
  };
}
