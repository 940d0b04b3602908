/**
 * The Hodrick–Prescott filter: the trend τ minimising Σ(y−τ)² + λ Σ(Δ²τ)², i.e. the solution of
 * (I + λ DᵀD) τ = y with D the (n−2)×n second-difference matrix. The matrix is symmetric positive
 * definite and pentadiagonal, so an LDLᵀ factorisation on its three diagonals solves it in O(n)
 * without ever building the n×n matrix.
 */

/** λ for quarterly data (Hodrick & Prescott 1997). */
export const HP_LAMBDA_QUARTERLY = 1600;

export interface HpResult {
  trend: Float64Array;
  cycle: Float64Array;
}

export function hpFilter(y: ArrayLike<number>, lambda: number = HP_LAMBDA_QUARTERLY): HpResult {
  const n = y.length;
  if (!(lambda >= 0) || !Number.isFinite(lambda))
    throw new RangeError(`hpFilter: λ must be ≥ 0 (got ${lambda})`);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(y[i]!)) throw new RangeError(`hpFilter: value ${i} is not a finite number`);
  }
  const trend = Float64Array.from(y);
  // With fewer than 3 points there is no second difference to penalise: the trend is the data.
  if (n >= 3 && lambda > 0) solvePentadiagonal(bands(n, lambda), trend);
  const cycle = new Float64Array(n);
  for (let i = 0; i < n; i++) cycle[i] = y[i]! - trend[i]!;
  return { trend, cycle };
}

/** Main, first and second diagonals of I + λ DᵀD. */
function bands(n: number, lambda: number): { d0: Float64Array; d1: Float64Array; d2: Float64Array } {
  const d0 = new Float64Array(n);
  const d1 = new Float64Array(n - 1);
  const d2 = new Float64Array(n - 2);
  // DᵀD accumulates, for each row k of D (coefficients 1, −2, 1 on columns k, k+1, k+2), its outer product.
  const c = [1, -2, 1];
  for (let k = 0; k < n - 2; k++) {
    for (let a = 0; a < 3; a++) {
      d0[k + a]! += lambda * c[a]! * c[a]!;
      if (a < 2) d1[k + a]! += lambda * c[a]! * c[a + 1]!;
    }
    d2[k]! += lambda * c[0]! * c[2]!;
  }
  for (let i = 0; i < n; i++) d0[i]! += 1;
  return { d0, d1, d2 };
}

/**
 * Solve A x = b in place for a symmetric pentadiagonal A = L D Lᵀ, L unit lower triangular with
 * two sub-diagonals (l1, l2). Stable without pivoting because A is positive definite.
 */
function solvePentadiagonal(
  { d0, d1, d2 }: { d0: Float64Array; d1: Float64Array; d2: Float64Array },
  b: Float64Array,
): void {
  const n = d0.length;
  const D = new Float64Array(n);
  const l1 = new Float64Array(n); // l1[i] = L[i][i−1]
  const l2 = new Float64Array(n); // l2[i] = L[i][i−2]
  for (let i = 0; i < n; i++) {
    if (i >= 2) l2[i] = d2[i - 2]! / D[i - 2]!;
    if (i >= 1) {
      const above = i >= 2 ? l2[i]! * l1[i - 1]! * D[i - 2]! : 0;
      l1[i] = (d1[i - 1]! - above) / D[i - 1]!;
    }
    D[i] = d0[i]! - (i >= 1 ? l1[i]! * l1[i]! * D[i - 1]! : 0) - (i >= 2 ? l2[i]! * l2[i]! * D[i - 2]! : 0);
  }
  // Forward: L z = b.
  for (let i = 0; i < n; i++) {
    if (i >= 1) b[i]! -= l1[i]! * b[i - 1]!;
    if (i >= 2) b[i]! -= l2[i]! * b[i - 2]!;
  }
  for (let i = 0; i < n; i++) b[i]! /= D[i]!;
  // Back: Lᵀ x = z.
  for (let i = n - 1; i >= 0; i--) {
    if (i + 1 < n) b[i]! -= l1[i + 1]! * b[i + 1]!;
    if (i + 2 < n) b[i]! -= l2[i + 2]! * b[i + 2]!;
  }
}
