import { csvFormatRows } from 'd3-dsv';
import type { RunResult } from '../../models/result';
import { provenanceLine } from './layout';
import type { FigureMeta } from './metadata';

/** JavaScript's String(number) is the shortest text that parses back to the same double. */
function cell(value: number): string {
  return Number.isNaN(value) ? '' : String(value);
}

/** Pure data: header = index name then the columns in the result's order; provenance lives in the summary JSON. */
export function resultToCsv(result: Pick<RunResult, 'indexName' | 'index' | 'columns'>): string {
  const names = Object.keys(result.columns);
  const columns = names.map((n) => result.columns[n] as Float64Array);
  const rows = Array.from(result.index, (x, i) => [cell(x), ...columns.map((c) => cell(c[i] ?? NaN))]);
  return `${csvFormatRows([[result.indexName, ...names], ...rows])}\n`;
}

/**
 * The app's CSV export: the figure's title, sources, assumptions, provenance and scenario as "#"
 * lines above the table, so a file passed around still says what it is and how to rebuild it
 * (pandas: `read_csv(f, comment="#")`; R: `read.csv(f, comment.char = "#")`). The command line's
 * series.csv stays a bare table, with summary.json beside it.
 */
export function csvWithMeta(meta: FigureMeta, table: string): string {
  const flat = (t: string) => t.replace(/\s*\n\s*/g, ' ').trim();
  const lines = [
    meta.title,
    ...(meta.subtitle ? [meta.subtitle] : []),
    `Sources: ${meta.sources.length ? meta.sources.join(' ') : 'model output only; no external data.'}`,
    ...meta.assumptions.map((a) => `Assumption: ${a}`),
    provenanceLine(meta),
    `Scenario: ${JSON.stringify(meta.scenario)}`,
  ];
  return `${lines.map((l) => `# ${flat(l)}`).join('\n')}\n${table}`;
}
