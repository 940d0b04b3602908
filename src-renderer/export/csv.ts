import { csvFormatRows } from 'd3-dsv';
import type { RunResult } from '../../models/result';
import { provenanceLine } from './layout';
import type { FigureMeta } from './metadata';
import { flattenText } from './text';

/** JavaScript's String(number) is the shortest text that parses back to the same double. */
function cell(value: number): string {
  return Number.isNaN(value) ? '' : String(value);
}

export type CsvTable = Pick<RunResult, 'indexName' | 'index' | 'columns' | 'units'>;

const PERCENTILE = /_p(\d{1,2})$/;

/**
 * The unit of one CSV column, from the result's units (the one source of truth). A Monte Carlo
 * percentile column `<col>_p10` has its median column's unit.
 */
export function columnUnit(name: string, units: Readonly<Record<string, string>>): string {
  const own = units[name];
  if (own !== undefined) return own;
  const p = PERCENTILE.exec(name);
  const base = p ? units[name.slice(0, p.index)] : undefined;
  if (p && base !== undefined) return `${base}; ${p[1]}th percentile across runs`;
  // A column without a unit is a bug in the model, not something to guess in an export.
  throw new Error(`no unit for column "${name}"`);
}

/** Unit of the index and of every column, in CSV column order. */
export function csvUnits(table: CsvTable): Record<string, string> {
  const names = [table.indexName, ...Object.keys(table.columns)];
  return Object.fromEntries(names.map((n) => [n, columnUnit(n, table.units)]));
}

/**
 * The units line every CSV carries, one scheme for every model: `# units: ` then a JSON object
 * from column name to unit, in column order. Values in the table are exactly in these units.
 */
export function csvUnitsLine(table: CsvTable): string {
  return `# units: ${JSON.stringify(csvUnits(table))}`;
}

/** Pure data: header = index name then the columns in the result's order; provenance lives in the summary JSON. */
export function resultToCsv(result: Pick<RunResult, 'indexName' | 'index' | 'columns'>): string {
  const names = Object.keys(result.columns);
  const columns = names.map((n) => result.columns[n] as Float64Array);
  const rows = Array.from(result.index, (x, i) => [cell(x), ...columns.map((c) => cell(c[i] ?? NaN))]);
  return `${csvFormatRows([[result.indexName, ...names], ...rows])}\n`;
}

/**
 * The command line's series.csv: the units line, then the table (pandas: `read_csv(f, comment="#")`).
 * Provenance, assumptions and sources are in summary.json beside it.
 */
export function seriesCsv(table: CsvTable, notes: readonly string[] = []): string {
  const lines = [...notes.map((n) => `# ${flattenText(n)}`), csvUnitsLine(table)];
  return `${lines.join('\n')}\n${resultToCsv(table)}`;
}

/**
 * The app's CSV export: the figure's title, sources, assumptions, provenance, scenario and every
 * column's unit as "#" lines above the table, so a file passed around still says what it is and how
 * to rebuild it (pandas: `read_csv(f, comment="#")`; R: `read.csv(f, comment.char = "#")`).
 * Scenario text is flattened to one line each, so a name with a newline cannot end a `#` line early.
 */
export function csvWithMeta(meta: FigureMeta, table: CsvTable, notes: readonly string[] = []): string {
  return `${csvMetaLines(meta, notes)}\n${csvUnitsLine(table)}\n${resultToCsv(table)}`;
}

/** The same "#" lines above a table that is already CSV text (a table of words, e.g. the report card). */
export function textCsvWithMeta(meta: FigureMeta, csvText: string, notes: readonly string[] = []): string {
  return `${csvMetaLines(meta, notes)}\n${csvText}`;
}

/** The `#` lines above an app CSV's units line: title, sources, assumptions, notes, provenance, scenario. */
export function csvMetaLines(meta: FigureMeta, notes: readonly string[] = []): string {
  const lines = [
    meta.title,
    ...(meta.subtitle ? [meta.subtitle] : []),
    `Sources: ${meta.sources.length ? meta.sources.join(' ') : 'model output only; no external data.'}`,
    ...meta.assumptions.map((a) => `Assumption: ${a}`),
    ...notes,
    provenanceLine(meta),
    `Scenario: ${JSON.stringify(meta.scenario)}`,
  ];
  return lines.map((l) => `# ${flattenText(l)}`).join('\n');
}
