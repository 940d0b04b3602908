import { describe, expect, it } from 'vitest';
import { aggregateRuns, finalValues, type Series } from '../../models/montecarlo';

const index = Float64Array.from([0, 1]);
const run = (x: number[], y: number[]): Series => ({
  index,
  columns: { x: Float64Array.from(x), y: Float64Array.from(y) },
});

describe('aggregateRuns', () => {
  it('gives the median, 10th and 90th percentiles per row, beside each column in order', () => {
    // Row 0 of x across five runs: 1..5 → median 3, p10 = 1 + 0.4·(2−1) = 1.4, p90 = 4 + 0.6·(5−4) = 4.6.
    const runs = [
      run([5, 10], [0, 0]),
      run([1, 20], [0, 1]),
      run([4, 30], [0, 2]),
      run([2, 40], [0, 3]),
      run([3, 50], [0, 4]),
    ];
    const out = aggregateRuns(runs);
    expect(Object.keys(out.columns)).toEqual(['x', 'x_p10', 'x_p90', 'y', 'y_p10', 'y_p90']);
    expect(out.index).toBe(index);
    expect([...out.columns.x!]).toEqual([3, 30]);
    expect(out.columns.x_p10![0]).toBeCloseTo(1.4, 12);
    expect(out.columns.x_p90![0]).toBeCloseTo(4.6, 12);
    expect(out.columns.x_p10![1]).toBeCloseTo(14, 12);
    expect(out.columns.x_p90![1]).toBeCloseTo(46, 12);
    expect([...out.columns.y!]).toEqual([0, 2]);
  });

  it('takes the mean of the middle pair for an even number of runs', () => {
    const out = aggregateRuns([
      run([1, 0], [0, 0]),
      run([2, 0], [0, 0]),
      run([10, 0], [0, 0]),
      run([100, 0], [0, 0]),
    ]);
    expect(out.columns.x![0]).toBe(6);
    expect(out.columns.x_p10![0]).toBeCloseTo(1.3, 12);
    expect(out.columns.x_p90![0]).toBeCloseTo(73, 12);
  });

  it('leaves NaN out of a row and keeps an all-NaN row NaN', () => {
    const out = aggregateRuns([run([NaN, NaN], [0, 0]), run([2, NaN], [0, 0]), run([4, NaN], [0, 0])]);
    expect(out.columns.x![0]).toBe(3);
    expect(out.columns.x![1]).toBeNaN();
    expect(out.columns.x_p90![1]).toBeNaN();
  });

  it('refuses runs that do not line up', () => {
    expect(() => aggregateRuns([])).toThrow(/no runs/);
    const short: Series = {
      index: Float64Array.from([0]),
      columns: { x: Float64Array.from([1]), y: Float64Array.from([1]) },
    };
    expect(() => aggregateRuns([run([1, 2], [1, 2]), short])).toThrow(/different index/);
    const other: Series = { index, columns: { x: Float64Array.from([1, 2]), z: Float64Array.from([1, 2]) } };
    expect(() => aggregateRuns([run([1, 2], [1, 2]), other])).toThrow(/columns/);
  });
});

describe('finalValues', () => {
  it('takes the last row, null where JSON has no number', () => {
    expect(
      finalValues({
        a: Float64Array.from([1, 2.5]),
        b: Float64Array.from([1, NaN]),
        c: Float64Array.from([Infinity]),
        d: new Float64Array(0),
      }),
    ).toEqual({ a: 2.5, b: null, c: null, d: null });
  });
});
