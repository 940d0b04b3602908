/**
 * Why the debt changed: ΔD = Σ interest − Σ primary balance + Σ restatements, over any span of
 * fiscal years. The residual of the identity is reported, never folded into the other terms.
 */
export interface Decomposition {
  from: number;
  to: number;
  change: number;
  interest: number;
  primaryBalance: number;
  restatements: number;
}

export interface FlowColumns {
  years: readonly number[];
  debt: ArrayLike<number>;
  interest: ArrayLike<number>;
  primaryBalance: ArrayLike<number>;
  residual: ArrayLike<number>;
}

/** Change from the end of fiscal year `from` to the end of fiscal year `to`. */
export function decompose(c: FlowColumns, from: number, to: number): Decomposition {
  const a = c.years.indexOf(from);
  const b = c.years.indexOf(to);
  if (a < 0 || b < 0 || b < a) throw new RangeError(`cannot decompose ${from}→${to}: years outside the data`);
  let interest = 0;
  let primaryBalance = 0;
  let restatements = 0;
  for (let t = a + 1; t <= b; t++) {
    interest += c.interest[t]!;
    primaryBalance += c.primaryBalance[t]!;
    restatements += c.residual[t]!;
  }
  return { from, to, change: c.debt[b]! - c.debt[a]!, interest, primaryBalance, restatements };
}

/**
 * Consecutive spans for the stacked bars: decades (1975–1984, …) or single years, starting after
 * `from`. A span is (start of its first year, end of its last year].
 */
export function decomposeBySpan(
  c: FlowColumns,
  from: number,
  to: number,
  spanYears: number,
): Decomposition[] {
  const out: Decomposition[] = [];
  for (let a = from; a < to; a += spanYears) out.push(decompose(c, a, Math.min(a + spanYears, to)));
  return out;
}
