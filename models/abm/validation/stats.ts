/**
 * The few statistics the report card needs, on plain arrays. simple-statistics does the textbook
 * estimators (sample correlation, sample skewness, sample s.d.); the rest is one line each.
 * Every function returns NaN when its input cannot give a number (too short, constant series), so
 * the card can say "not measurable" instead of inventing a value.
 */
import { quantile as d3quantile } from 'd3-array';
import {
  mean as ssMean,
  sampleCorrelation,
  sampleSkewness,
  sampleStandardDeviation,
} from 'simple-statistics';

type Series = ArrayLike<number>;

const arr = (x: Series): number[] => Array.from(x);

export function mean(x: Series): number {
  return x.length > 0 ? ssMean(arr(x)) : NaN;
}

/** Sample standard deviation (n − 1). */
export function sd(x: Series): number {
  return x.length > 1 ? sampleStandardDeviation(arr(x)) : NaN;
}

/** Pearson correlation; NaN for fewer than 3 pairs or a constant series. */
export function correlation(x: Series, y: Series): number {
  if (x.length !== y.length) throw new RangeError(`correlation: lengths differ (${x.length} vs ${y.length})`);
  if (x.length < 3 || !(sd(x) > 0) || !(sd(y) > 0)) return NaN;
  return sampleCorrelation(arr(x), arr(y));
}

/** Autocorrelation at `lag` (the correlation of the series with itself shifted by `lag`). */
export function autocorrelation(x: Series, lag = 1): number {
  if (x.length <= lag + 2) return NaN;
  const a = arr(x);
  return correlation(a.slice(0, a.length - lag), a.slice(lag));
}

/** Sample skewness (adjusted Fisher–Pearson); NaN for fewer than 3 values or a constant series. */
export function skewness(x: Series): number {
  if (x.length < 3 || !(sd(x) > 0)) return NaN;
  return sampleSkewness(arr(x));
}

/** First differences: x[i] − x[i−1], one shorter than x. */
export function diff(x: Series): Float64Array {
  const out = new Float64Array(Math.max(0, x.length - 1));
  for (let i = 1; i < x.length; i++) out[i - 1] = x[i]! - x[i - 1]!;
  return out;
}

/** Natural log of every value; null when one is not positive (a log needs positive numbers). */
export function logOf(x: Series): Float64Array | null {
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    if (!(x[i]! > 0)) return null;
    out[i] = Math.log(x[i]!);
  }
  return out;
}

/** The p-quantile, linear interpolation between order statistics (R type 7, as Monte Carlo bands). */
export function quantile(x: Series, p: number): number {
  return x.length > 0 ? (d3quantile(arr(x), p) ?? NaN) : NaN;
}

/**
 * Wilson score interval (95%) of a proportion k of n: the range of completion rates a sample of n
 * draws is consistent with (Wilson 1927; Brown, Cai & DasGupta 2001 recommend it over the normal
 * approximation near 0 or 1).
 */
export function wilsonInterval(k: number, n: number, z = 1.959964): [number, number] {
  if (!(n > 0)) return [0, 1];
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
