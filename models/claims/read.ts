/**
 * The series the claims need that the fiscal model does not load: programme spending items and
 * every vintage of a series from the long file (in its own unit), and composite columns to the last
 * year that has them. Values come back in CAD millions, converted by the unit written on each row.
 */
import { csvParse } from 'd3-dsv';
import { z } from 'zod';
import { COMPOSITE_FILE, DataError, FISCAL_LONG_FILE, num, year } from '../fiscal/data';
import type { DataFiles } from '../model';

const longRow = z.object({
  fy_end: year,
  series: z.string().min(1),
  value: num,
  unit: z.string().min(1),
  source_id: z.string().min(1),
});
type LongRow = z.output<typeof longRow>;

function rows<T>(files: DataFiles, file: string, schema: z.ZodType<T>): T[] {
  const text = files[file];
  if (text === undefined) throw new DataError(`${file}: data file missing`);
  return csvParse(text).map((row, i) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new DataError(`${file}, line ${i + 2}, column ${String(issue.path[0] ?? '?')}: ${issue.message}`);
    }
    return parsed.data;
  });
}

const longCache = new WeakMap<DataFiles, LongRow[]>();
function longRows(files: DataFiles): LongRow[] {
  let r = longCache.get(files);
  if (!r) longCache.set(files, (r = rows(files, FISCAL_LONG_FILE, longRow)));
  return r;
}

/** "CAD thousands, current dollars" → 0.001: the factor to CAD millions. */
function toMillions(unit: string, line: string): number {
  if (/^CAD thousands/.test(unit)) return 1e-3;
  if (/^CAD millions/.test(unit)) return 1;
  if (/^CAD billions/.test(unit)) return 1e3;
  throw new DataError(
    `${FISCAL_LONG_FILE}: ${line}: unit "${unit}" is not CAD thousands, millions or billions`,
  );
}

export interface SourcedValue {
  /** CAD millions, current dollars. */
  value: number;
  source: string;
}

/**
 * A fiscal-year series from the long file, by fiscal year (the year it ends). Where several sources
 * give the same year, the first of `prefer` that has it wins (later editions restate earlier ones).
 */
export function longSeries(
  files: DataFiles,
  series: string,
  prefer: readonly string[],
): Map<number, SourcedValue> {
  const out = new Map<number, SourcedValue>();
  const rank = (s: string) => {
    const i = prefer.indexOf(s);
    return i < 0 ? Number.POSITIVE_INFINITY : i;
  };
  for (const r of longRows(files)) {
    if (r.series !== series || r.value === null || !Number.isFinite(rank(r.source_id))) continue;
    const have = out.get(r.fy_end);
    if (have && rank(have.source) <= rank(r.source_id)) continue;
    out.set(r.fy_end, {
      value: r.value * toMillions(r.unit, `${series} ${r.fy_end}`),
      source: r.source_id,
    });
  }
  if (out.size === 0)
    throw new DataError(`${FISCAL_LONG_FILE}: series ${series} (${prefer.join(' or ')}) not found`);
  return out;
}

const compositeRow = z.object({
  fy_end: year,
  public_debt_charges: num,
  public_debt_charges_src: z.string(),
});

/** Public debt charges by fiscal year, CAD millions, with the source of each year (composite file). */
export function compositeDebtCharges(files: DataFiles): Map<number, SourcedValue> {
  const out = new Map<number, SourcedValue>();
  for (const r of rows(files, COMPOSITE_FILE, compositeRow)) {
    if (r.public_debt_charges === null) continue;
    out.set(r.fy_end, { value: r.public_debt_charges, source: r.public_debt_charges_src });
  }
  if (out.size === 0) throw new DataError(`${COMPOSITE_FILE}: public_debt_charges has no values`);
  return out;
}
