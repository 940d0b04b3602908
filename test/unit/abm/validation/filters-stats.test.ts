import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../models/abm/random';
import { autocorrelation, correlation, hpFilter, skewness } from '../../../../models/abm/validation';
import { wilsonInterval } from '../../../../models/abm/validation/stats';

/** (I + λ DᵀD) τ = y solved densely by Gaussian elimination: an independent check of the banded solve. */
function denseHp(y: number[], lambda: number): number[] {
  const n = y.length;
  const A = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  for (let k = 0; k < n - 2; k++) {
    const c = [1, -2, 1];
    for (let a = 0; a < 3; a++) for (let b = 0; b < 3; b++) A[k + a]![k + b]! += lambda * c[a]! * c[b]!;
  }
  const b = [...y];
  for (let col = 0; col < n; col++) {
    for (let row = col + 1; row < n; row++) {
      const f = A[row]![col]! / A[col]![col]!;
      for (let j = col; j < n; j++) A[row]![j]! -= f * A[col]![j]!;
      b[row]! -= f * b[col]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let s = b[row]!;
    for (let j = row + 1; j < n; j++) s -= A[row]![j]! * x[j]!;
    x[row] = s / A[row]![row]!;
  }
  return x;
}

function noise(n: number, seed: number): number[] {
  const r = new Rng(seed, 1);
  return Array.from({ length: n }, () => r.next() - 0.5);
}

describe('HP filter', () => {
  it('passes a linear trend through unchanged: its cycle is 0', () => {
    const y = Array.from({ length: 120 }, (_, t) => 3 + 0.25 * t);
    const { trend, cycle } = hpFilter(y);
    for (let t = 0; t < y.length; t++) {
      expect(trend[t]).toBeCloseTo(y[t]!, 8);
      expect(Math.abs(cycle[t]!)).toBeLessThan(1e-8);
    }
  });

  it('matches the hand-solved case n = 3, λ = 1, y = (0, 1, 0): trend (2/7, 3/7, 2/7)', () => {
    const { trend, cycle } = hpFilter([0, 1, 0], 1);
    expect([...trend].map((v) => v * 7)).toEqual([2, 3, 2].map((v) => expect.closeTo(v, 12)));
    expect(cycle[1]).toBeCloseTo(4 / 7, 12);
  });

  it('agrees with a dense solve of (I + λDᵀD)τ = y on noisy data, and its cycle sums to zero', () => {
    const y = noise(60, 3).map((e, t) => Math.sin(t / 5) + e);
    const { trend, cycle } = hpFilter(y, 1600);
    const dense = denseHp(y, 1600);
    for (let t = 0; t < y.length; t++) expect(trend[t]).toBeCloseTo(dense[t]!, 9);
    expect(cycle.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 9);
    // The trend is smooth: its second differences are far smaller than the data's.
    const d2 = (a: ArrayLike<number>, t: number) => a[t + 1]! - 2 * a[t]! + a[t - 1]!;
    expect(Math.abs(d2(trend, 30))).toBeLessThan(0.01);
  });

  it('λ = 0 returns the data as trend; short series pass through; non-finite input is refused', () => {
    expect([...hpFilter([1, 5, 2, 8], 0).trend]).toEqual([1, 5, 2, 8]);
    expect([...hpFilter([4, 9]).cycle]).toEqual([0, 0]);
    expect(() => hpFilter([1, NaN, 3])).toThrow(/value 1/);
    expect(() => hpFilter([1, 2, 3], -1)).toThrow(/λ/);
  });
});

describe('statistics', () => {
  it('correlation: +1, −1, NaN for a constant series', () => {
    const x = [1, 2, 4, 7, 11];
    expect(
      correlation(
        x,
        x.map((v) => 3 * v + 1),
      ),
    ).toBeCloseTo(1, 12);
    expect(
      correlation(
        x,
        x.map((v) => -v),
      ),
    ).toBeCloseTo(-1, 12);
    expect(correlation(x, [2, 2, 2, 2, 2])).toBeNaN();
    expect(() => correlation([1, 2], [1])).toThrow(/lengths/);
  });

  it('autocorrelation of a seeded AR(1) with φ = 0.8 is about 0.8', () => {
    const e = noise(20_000, 11);
    const x: number[] = [0];
    for (let t = 1; t < e.length; t++) x.push(0.8 * x[t - 1]! + e[t]!);
    expect(autocorrelation(x, 1)).toBeCloseTo(0.8, 1);
    expect(Math.abs(autocorrelation(e, 1))).toBeLessThan(0.03);
  });

  it('skewness: 0 for a symmetric sample, the adjusted Fisher–Pearson value for a skewed one', () => {
    expect(skewness([1, 2, 3, 4, 5])).toBeCloseTo(0, 12);
    const x = [1, 2, 3, 10];
    const n = x.length;
    const m = x.reduce((a, b) => a + b) / n;
    const m2 = x.reduce((a, v) => a + (v - m) ** 2, 0) / n;
    const m3 = x.reduce((a, v) => a + (v - m) ** 3, 0) / n;
    const g1 = m3 / m2 ** 1.5;
    expect(skewness(x)).toBeCloseTo((Math.sqrt(n * (n - 1)) / (n - 2)) * g1, 10);
    expect(skewness(x)).toBeGreaterThan(0.5);
  });

  it('Wilson interval: the published values, and bounded at 0 and 1', () => {
    const [lo, hi] = wilsonInterval(193, 200);
    expect(lo).toBeCloseTo(0.92953, 4);
    expect(hi).toBeCloseTo(0.98294, 4);
    expect(wilsonInterval(0, 10)[0]).toBe(0);
    expect(wilsonInterval(0, 10)[1]).toBeCloseTo(0.27753, 4);
    expect(wilsonInterval(10, 10)[1]).toBeCloseTo(1, 12);
    expect(wilsonInterval(0, 0)).toEqual([0, 1]);
  });
});
