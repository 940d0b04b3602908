/**
 * Who holds the public debt: households hold government bonds beside their deposits, by a portfolio
 * rule in the spirit of Godley & Lavoie's model PC (2007, ch. 4: the share of wealth held in bills
 * rises with their rate and falls with the transactions need for money relative to wealth). Banks
 * hold the rest of the privately held debt; the public bank's zero-interest bonds are never sold to
 * households, so under the public-bank regimes households hold only bonds outside the public bank.
 *
 * Per household h, each quarter at the financing step:
 *   share s = λ0 · (1 + λ1 · (r_b − r_ref)), held to [0, MAX_SHARE]
 *   target bonds B*_h = s · max(0, V_h − λ2 · ȳ)
 * with V_h = deposits + bonds, r_b the annual rate on new bonds, r_ref = REFERENCE_BOND_RATE, ȳ
 * households' mean disposable income of the last quarter. A household first keeps a liquid buffer
 * of λ2 quarters of typical income in deposits, so its bond share of wealth, s · (1 − λ2·ȳ/V_h),
 * rises with wealth (PC's −λ2·YD/V term, with a common income scale so that, as in household
 * surveys, the wealthier hold more of their wealth in bonds).
 *
 * Trades are at par between a household and its own bank (deposit for bond: the household's
 * deposit and the bank's deposit liability fall, the bank's bonds fall); a bank sells no more bonds
 * than it holds (buyers at a short bank are served pro rata). Household bonds mature like the banks'
 * (1 / maturity each quarter): the government repays them into deposits and refinances under the
 * regime. Coupons at the average coupon of the private stock are capital income: the capital income
 * tax is withheld at source (as on dividends) and the rest enters the next quarter's consumption.
 * With λ0 = 0 (the default) nothing here runs and households hold deposits only.
 */
import { HH, K } from './book';
import { PERIODS_PER_YEAR, type AbmParams } from './params';
import type { Banks } from './banks';
import { govAccountFlow, type Government } from './government';
import type { Households } from './households';
import type { Economy } from './state';

/** Bond rate (annual) at which a household's bond share equals householdBondShare: the default policy rate 2.5% + term premium 0.75%. */
export const REFERENCE_BOND_RATE = 0.0325;
/** No household puts more than this share of its wealth above the buffer into bonds (keeps deposits for spending). */
export const MAX_SHARE = 0.9;

/** True when households may hold bonds in this run (or still hold some). */
export function householdsHoldBonds(E: Economy): boolean {
  return E.p.householdBondShare > 0 || E.gov.bondsHouseholds !== 0;
}

/** The bond share of wealth above the buffer at annual bond rate `rBond`. */
export function bondShare(p: AbmParams, rBond: number): number {
  const s = p.householdBondShare * (1 + p.householdBondRateSensitivity * (rBond - REFERENCE_BOND_RATE));
  return Math.min(MAX_SHARE, Math.max(0, s));
}

/**
 * Move each household toward its target holding, trading with its own bank. `perBank` is scratch
 * of length 2 × banks (purchases, then sales). Returns the net purchase by households (< 0: sales).
 */
export function rebalanceBonds(
  p: AbmParams,
  hh: Households,
  banks: Banks,
  rBondAnnual: number,
  perBank: Float64Array,
): number {
  const s = bondShare(p, rBondAnnual);
  const H = hh.n;
  const dep = hh.dep;
  const bonds = hh.bonds;
  const hbank = hh.bank;
  let ySum = 0;
  for (let h = 0; h < H; h++) ySum += hh.ydPrev[h]!;
  const buffer = (p.householdBondBuffer * ySum) / H;
  const NB = banks.n;
  perBank.fill(0);
  for (let h = 0; h < H; h++) {
    const d = s * Math.max(0, dep[h]! + bonds[h]! - buffer) - bonds[h]!;
    if (d > 0) perBank[hbank[h]!]! += d;
    else perBank[NB + hbank[h]!]! -= d;
  }
  // A bank sells what it holds plus what its own customers sell it this quarter.
  for (let k = 0; k < NB; k++) {
    const buy = perBank[k]!;
    const available = Math.max(0, banks.bonds[k]!) + perBank[NB + k]!;
    perBank[k] = buy > available ? available / buy : 1;
  }
  const bdep = banks.dep;
  const bbonds = banks.bonds;
  let net = 0;
  for (let h = 0; h < H; h++) {
    const hb = hbank[h]!;
    let d = s * Math.max(0, dep[h]! + bonds[h]! - buffer) - bonds[h]!;
    if (d > 0) d *= perBank[hb]!;
    if (d === 0) continue;
    dep[h]! -= d;
    bonds[h]! += d;
    bdep[hb]! -= d;
    bbonds[hb]! -= d;
    net += d;
  }
  return net;
}

/**
 * Start: households hold their target at the start's bond rate, bought from their banks out of the
 * steady state's deposits (wealth unchanged; last quarter's wealth, read by consumption, too).
 */
export function initialHouseholdBonds(
  p: AbmParams,
  hh: Households,
  banks: Banks,
  gov: Government,
  rBondAnnual: number,
): void {
  if (!(p.householdBondShare > 0)) return;
  const net = rebalanceBonds(p, hh, banks, rBondAnnual, new Float64Array(2 * banks.n));
  gov.bondsPrivate -= net;
  gov.bondsHouseholds += net;
  for (let h = 0; h < hh.n; h++) hh.depPrev[h] = hh.dep[h]! + hh.bonds[h]!;
}

/** Step 11, before deficit financing: household bonds due this quarter are repaid into deposits. */
export function redeemHouseholdBonds(E: Economy): void {
  if (!householdsHoldBonds(E)) return;
  const { hh, banks, pb, gov, book, p } = E;
  const m = Math.min(1, 1 / (p.bondMaturityYears * PERIODS_PER_YEAR));
  const bonds = hh.bonds;
  let total = 0;
  for (let h = 0; h < hh.n; h++) {
    const y = bonds[h]! * m;
    if (!(y > 0)) continue;
    const hb = hh.bank[h]!;
    bonds[h]! -= y;
    hh.dep[h]! += y;
    banks.dep[hb]! += y;
    banks.res[hb]! += y;
    total += y;
  }
  pb.res += total;
  pb.ga -= total;
  gov.ga -= total;
  gov.bondsHouseholds -= total;
  book.householdBondRedemption(total);
  E.flows.bondRedemptions += total;
}

/** Step 11, after deficit financing: households rebalance toward their target at this quarter's bond rate. */
export function householdBondTrades(E: Economy): void {
  if (!householdsHoldBonds(E)) return;
  const net = rebalanceBonds(E.p, E.hh, E.banks, PERIODS_PER_YEAR * E.r.bonds, E.scratch.bondTrades);
  E.gov.bondsPrivate -= net;
  E.gov.bondsHouseholds += net;
  E.book.bondsBanksToHouseholds(net);
}

/**
 * Step 10: coupons to household holders at the average coupon, with capital income tax withheld
 * (and, when a wealth tax is on, the tax on the part of its bonds above the threshold, so bonds do
 * not escape a tax that deposits pay). Runs after householdInterestTaxesShares, which resets each
 * household's income and taxes of the quarter.
 */
export function payHouseholdCoupons(E: Economy): void {
  if (!householdsHoldBonds(E)) return;
  const { hh, banks, gov, book, p } = E;
  const c = gov.coupon;
  const tCap = E.tax.capital; // this quarter's rates, citizen's-income surcharge included (financing.ts)
  const tWealth = E.tax.wealth / PERIODS_PER_YEAR;
  const threshold = p.wealthTaxThreshold * PERIODS_PER_YEAR * E.macro.avgWage;
  const bonds = hh.bonds;
  const dep = hh.dep;
  let paid = 0;
  let taxes = 0;
  for (let h = 0; h < hh.n; h++) {
    const b = bonds[h]!;
    if (!(b > 0)) continue;
    const i = b * c;
    let tax = tCap * i;
    if (tWealth > 0) {
      const d = dep[h]!;
      tax += tWealth * (Math.max(0, d + b - threshold) - Math.max(0, d - threshold));
    }
    if (tax > dep[h]! + i) tax = dep[h]! + i;
    const hb = hh.bank[h]!;
    dep[h]! += i - tax;
    banks.dep[hb]! += i - tax;
    banks.res[hb]! += i - tax;
    hh.inc[h]! += i;
    hh.capInc[h]! += i;
    hh.taxPaid[h]! += tax;
    paid += i;
    taxes += tax;
  }
  const net = paid - taxes;
  govAccountFlow(E, -net);
  book.govToDepositor(K.intBond, HH, paid);
  book.depositorToGov(K.tax, HH, taxes);
  E.flows.govInterestPrivate += paid;
  E.flows.bondInterestHouseholds += paid;
  E.flows.taxes += taxes;
}

/** Close: last quarter's wealth, which consumption reads, includes bonds (PC's α2·V). */
export function bondsIntoWealth(E: Economy): void {
  if (!householdsHoldBonds(E)) return;
  const { hh } = E;
  for (let h = 0; h < hh.n; h++) hh.depPrev[h]! += hh.bonds[h]!;
}
