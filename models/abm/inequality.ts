/**
 * The inequality columns: Gini coefficients of households' income after tax (`gini_income`) and of
 * their net worth (`gini_wealth`), over a fixed sample of households (state.ts: all of them up to
 * 2,000). Why a sample: sorting every household each quarter would cost more than the rest of the
 * model at 100,000 households.
 *
 * Net worth is what a household owns less what it owes: deposits + government bonds (at face value,
 * as they trade) + its house − its mortgage. Households own no other real asset and owe no other
 * debt here; their claims on the firms and banks some of them own are not counted (no share is
 * priced in the model). Why net worth, not deposits: a mortgage credits the borrower's deposit, so
 * counting deposits alone made a household that had just borrowed look rich by its loan while its
 * debt and its house were ignored (the mortgage presets showed a wealth Gini of 0.31 against the
 * baseline's 0.07, an artefact of what was counted).
 */
import type { Economy } from './state';

/**
 * What household h's house is worth: the housing market's current price, or, while a foreclosed
 * house waits for its forced sale, what that sale will fetch ((1 − foreclosureDiscount) × price,
 * the value its mortgage was written down to, mortgages.ts). 0 for a renter or without the market.
 */
export function houseValue(E: Economy, h: number): number {
  const Hs = E.housing;
  if (!Hs || Hs.owns[h] !== 1) return 0;
  return Hs.forced[h] === 1 ? (1 - E.p.foreclosureDiscount) * Hs.price : Hs.price;
}

/** Household h's net worth: deposits + bonds + its house − its mortgage (see the top of the file). */
export function netWorth(E: Economy, h: number): number {
  const v = E.hh.dep[h]! + E.hh.bonds[h]!;
  const Hs = E.housing;
  return Hs ? v + houseValue(E, h) - Hs.mort[h]! : v;
}

/** Gini of disposable income (gross income − taxes paid this quarter) over the sample. */
export function giniIncome(E: Economy): number {
  const { inc, taxPaid } = E.hh;
  const idx = E.scratch.giniIdx;
  const buf = E.scratch.giniVals;
  for (let i = 0; i < idx.length; i++) buf[i] = inc[idx[i]!]! - taxPaid[idx[i]!]!;
  return gini(buf);
}

/** Gini of net worth over the sample (negative net worth included: see gini). */
export function giniWealth(E: Economy): number {
  const idx = E.scratch.giniIdx;
  const buf = E.scratch.giniVals;
  for (let i = 0; i < idx.length; i++) buf[i] = netWorth(E, idx[i]!);
  return gini(buf);
}

/**
 * Gini coefficient of the values in `buf` (sorted in place): the mean absolute difference between
 * all pairs over twice the mean, computed from the sorted values as 2·Σ i·x₍ᵢ₎ ÷ (n·Σx) − (n+1)/n,
 * the same number for values of any sign. Negative values (a new borrower whose mortgage exceeds its
 * house and deposits) are kept as they are, as the OECD Wealth Distribution Database and the Fed's
 * Survey of Consumer Finances do for net worth: the index is then no longer bounded by 1 (it
 * exceeds 1 only when the debts of those in debt outweigh a large share of the others' wealth).
 * Why not floor them at zero: that would count a household that owes more than it owns as equal to
 * one that owns nothing, and hide the debt the mortgage presets are about. Where the total is zero
 * or negative the index is undefined and is reported as 0.
 */
export function gini(buf: Float64Array): number {
  const n = buf.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += buf[i]!;
  if (!(sum > 0)) return 0;
  buf.sort();
  let acc = 0;
  for (let i = 0; i < n; i++) acc += (i + 1) * buf[i]!;
  return (2 * acc) / (n * sum) - (n + 1) / n;
}
