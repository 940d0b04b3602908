/**
 * sweep.csv: one row per point and seed, in task order; columns are each varied parameter under its
 * own name, `seed`, then each metric under its name. Numbers are JavaScript's shortest round-trip
 * text, so the same run writes the same bytes on every machine (merge relies on it).
 */
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import type { SweepDesign } from './design';
import type { SweepRow } from './aggregate';

function cell(v: number | null): string {
  return v === null || Number.isNaN(v) ? '' : String(v);
}

export function sweepHeader(design: SweepDesign): string[] {
  return [...design.params.map((p) => p.name), 'seed', ...design.metrics.map((m) => m.name)];
}

export function sweepCsvRow(row: SweepRow): string[] {
  return [...row.values.map(cell), cell(row.seed), ...row.metrics.map(cell)];
}

/**
 * The `# units:` line every CSV of the project carries: a JSON object from column name to unit, in
 * column order (pandas: `read_csv(f, comment="#")`).
 */
export function sweepUnitsLine(design: SweepDesign, units: Readonly<Record<string, string>>): string {
  return `# units: ${JSON.stringify(Object.fromEntries(sweepHeader(design).map((n) => [n, units[n] ?? ''])))}`;
}

/** The units line (when units are given), then the table, rows in the order given (callers pass task order). */
export function sweepToCsv(
  design: SweepDesign,
  rows: readonly SweepRow[],
  units?: Readonly<Record<string, string>>,
): string {
  const table = `${csvFormatRows([sweepHeader(design), ...rows.map(sweepCsvRow)])}\n`;
  return units ? `${sweepUnitsLine(design, units)}\n${table}` : table;
}

/** A sweep.csv's leading `#` lines (units) and its lines after them. */
export function splitComments(text: string): { comments: string[]; lines: string[] } {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  let k = 0;
  while (k < lines.length && lines[k]!.startsWith('#')) k++;
  return { comments: lines.slice(0, k), lines: lines.slice(k) };
}

/** The body lines of a sweep.csv (header checked against the design), as text, unparsed. */
export function sweepCsvLines(design: SweepDesign, text: string, file: string): string[] {
  const { comments, lines } = splitComments(text);
  const header = csvFormatRows([sweepHeader(design)]);
  if (lines[0] !== header)
    throw new Error(
      `${file}: line ${comments.length + 1}: header "${lines[0] ?? ''}" does not match the design's "${header}"`,
    );
  return lines.slice(1);
}

/** Rows of a sweep.csv back as numbers (for `money-lab chart` on a sweep directory). */
export function parseSweepCsv(
  design: SweepDesign,
  text: string,
  file: string,
  taskIndex: (i: number) => number,
): SweepRow[] {
  const lines = sweepCsvLines(design, text, file);
  const np = design.params.length;
  const num = (s: string) => (s === '' ? NaN : Number(s));
  return csvParseRows(lines.join('\n')).map((cells, i) => {
    if (cells.length !== np + 1 + design.metrics.length)
      throw new Error(
        `${file}: line ${i + 2}: ${cells.length} cells, expected ${np + 1 + design.metrics.length}`,
      );
    const task = taskIndex(i);
    const perPoint = design.seeds?.length ?? 1;
    return {
      task,
      point: Math.floor(task / perPoint),
      values: cells.slice(0, np).map(num),
      seed: cells[np] === '' ? null : num(cells[np]!),
      metrics: cells.slice(np + 1).map(num),
    };
  });
}
