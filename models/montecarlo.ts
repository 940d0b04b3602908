/** Monte Carlo summaries over runs of one scenario with different seeds: pure, shared by the CLI and the app. */
import { quantile } from 'd3-array';

export interface Series {
  index: Float64Array;
  columns: Record<string, Float64Array>;
}

export const LOW = 0.1;
export const HIGH = 0.9;

function sameIndex(a: Float64Array, b: Float64Array): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}

/**
 * Per row and column, across runs: the median as `<col>`, the 10th and 90th percentiles as
 * `<col>_p10` and `<col>_p90` (linear interpolation between order statistics, R type 7).
 * NaN values are left out of a row's statistics; a row of only NaN stays NaN.
 */
export function aggregateRuns(runs: readonly Series[]): Series {
  const [first] = runs;
  if (!first) throw new Error('aggregateRuns: no runs');
  const names = Object.keys(first.columns);
  for (const [r, run] of runs.entries()) {
    if (!sameIndex(run.index, first.index))
      throw new Error(`aggregateRuns: run ${r} has a different index than run 0`);
    const theirs = Object.keys(run.columns);
    if (theirs.length !== names.length || names.some((n) => !run.columns[n])) {
      throw new Error(
        `aggregateRuns: run ${r} has columns ${theirs.join(',')}, run 0 has ${names.join(',')}`,
      );
    }
  }
  const columns: Record<string, Float64Array> = {};
  const row = new Float64Array(runs.length);
  for (const name of names) {
    const median = new Float64Array(first.index.length);
    const low = new Float64Array(first.index.length);
    const high = new Float64Array(first.index.length);
    for (let i = 0; i < first.index.length; i++) {
      runs.forEach((run, r) => (row[r] = (run.columns[name] as Float64Array)[i] as number));
      median[i] = quantile(row, 0.5) ?? NaN;
      low[i] = quantile(row, LOW) ?? NaN;
      high[i] = quantile(row, HIGH) ?? NaN;
    }
    columns[name] = median;
    columns[`${name}_p10`] = low;
    columns[`${name}_p90`] = high;
  }
  return { index: first.index, columns };
}

/** The last row of each column (null for NaN or ±Infinity, which JSON cannot hold). */
export function finalValues(columns: Record<string, Float64Array>): Record<string, number | null> {
  return Object.fromEntries(
    Object.entries(columns).map(([name, values]) => {
      const last = values.at(-1);
      return [name, last !== undefined && Number.isFinite(last) ? last : null];
    }),
  );
}
