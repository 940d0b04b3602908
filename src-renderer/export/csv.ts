import { csvFormatRows } from 'd3-dsv';
import type { RunResult } from '../../models/result';

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
