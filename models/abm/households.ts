/**
 * Households: workers (employed by a firm, by the government, or unemployed); a minority also own
 * the private firms and banks. Each holds deposits at one private bank, and government bonds when
 * householdBondShare > 0; its only debt is a mortgage, when the housing market is on (housing.ts,
 * mortgages.ts).
 *
 * Every money move here is a paired update of two agents' deposits plus the banks' deposits and
 * reserves (a payment between customers of two banks moves reserves between those banks), and the
 * same amount, summed over the loop, is posted to the sector book once.
 */
import { FI, HH, K } from './book';
import { FIRM_COOP } from './firms';
import { govAccountFlow } from './government';
import { PERIODS_PER_YEAR } from './params';
import type { Economy } from './state';

export const EMP_UNEMPLOYED = -1;
export const EMP_PUBLIC = -2;
/** priceSensitivity at or above this means: always buy from the cheapest compared firm with stock. */
export const STRICT_SENSITIVITY = 50;

export interface Households {
  n: number;
  dep: Float64Array;
  bank: Int32Array;
  /** Employer: a firm index, EMP_PUBLIC or EMP_UNEMPLOYED. */
  emp: Int32Array;
  /** Disposable income of the last period and deposits at the end of it: what consumption reads. */
  ydPrev: Float64Array;
  depPrev: Float64Array;
  /** This period: gross income (all sources), income taxed as labour income, capital income, taxes paid. */
  inc: Float64Array;
  labourInc: Float64Array;
  capInc: Float64Array;
  taxPaid: Float64Array;
  /** The firm a household bought most from last time: it is always among the firms it compares. */
  lastFirm: Int32Array;
  /** Income net of income tax already received when shopping (wage or benefit, citizen's income). */
  payNet: Float64Array;
  /** Last quarter's other disposable income (interest, dividends, co-op shares, net of tax). */
  otherPrev: Float64Array;
  ownerList: Int32Array;
  /** Government bonds held (face value; bondholders.ts), 0 unless householdBondShare > 0. */
  bonds: Float64Array;
}

export function createHouseholds(n: number): Households {
  return {
    n,
    dep: new Float64Array(n),
    bank: new Int32Array(n),
    emp: new Int32Array(n),
    ydPrev: new Float64Array(n),
    depPrev: new Float64Array(n),
    inc: new Float64Array(n),
    labourInc: new Float64Array(n),
    capInc: new Float64Array(n),
    taxPaid: new Float64Array(n),
    lastFirm: new Int32Array(n),
    payNet: new Float64Array(n),
    otherPrev: new Float64Array(n),
    ownerList: new Int32Array(0),
    bonds: new Float64Array(n),
  };
}

/**
 * Labour market. Firms that planned fewer workers than they have lay off the surplus (and a
 * bankrupt firm's workers all lose their jobs); then firms with vacancies hire at random from the
 * unemployed. Why: employment follows the firms' production plans, and unemployment is what is left
 * over, so it can rise or fall with demand.
 */
export function labourMarket(E: Economy): void {
  const { hh, firms } = E;
  const emp = hh.emp;
  const workers = firms.workers;
  const desired = firms.desired;
  const reset = firms.reset;
  const unemployed = E.scratch.unemployed;
  let nU = 0;
  for (let h = 0; h < hh.n; h++) {
    const f = emp[h]!;
    if (f >= 0 && (reset[f] === 1 || workers[f]! > desired[f]!)) {
      emp[h] = EMP_UNEMPLOYED;
      workers[f]!--;
    }
    if (emp[h] === EMP_UNEMPLOYED) unemployed[nU++] = h;
  }
  reset.fill(0);
  const rng = E.rng.hiring;
  const F = firms.n;
  const start = rng.int(F);
  for (let i = 0; i < F && nU > 0; i++) {
    const f = (start + i) % F;
    let vac = desired[f]! - workers[f]!;
    while (vac > 0 && nU > 0) {
      const j = rng.int(nU);
      const h = unemployed[j]!;
      unemployed[j] = unemployed[--nU]!;
      emp[h] = f;
      workers[f]!++;
      vac--;
    }
  }
}

/**
 * Incomes paid per worker and per citizen: firms pay their wage bill (financed by the credit step),
 * the government pays public wages and the citizen's income from its account at the public bank.
 * Government spending creates deposits (and the banks' reserves): that is how it becomes money.
 */
export function payIncomes(E: Economy, citizensIncome: number): void {
  const { hh, firms, banks, pb, gov, book } = E;
  const w = E.macro.wage;
  const benefit = E.p.unemploymentBenefit * E.macro.avgWage;
  const dep = hh.dep;
  const hbank = hh.bank;
  const emp = hh.emp;
  const inc = hh.inc;
  const lab = hh.labourInc;
  const fdep = firms.dep;
  const fbank = firms.bank;
  const fnw = firms.nw;
  const bdep = banks.dep;
  const bres = banks.res;
  let wages = 0;
  let publicWages = 0;
  let ubi = 0;
  let benefits = 0;
  for (let h = 0; h < hh.n; h++) {
    const f = emp[h]!;
    const hb = hbank[h]!;
    let receipt = citizensIncome;
    let govPaid = citizensIncome;
    ubi += citizensIncome;
    inc[h] = citizensIncome;
    if (f >= 0) {
      const fb = fbank[f]!;
      fdep[f]! -= w;
      fnw[f]! -= w;
      bdep[fb]! -= w;
      bres[fb]! -= w;
      receipt += w;
      wages += w;
      lab[h] = w;
      inc[h]! += w;
    } else if (f === EMP_PUBLIC) {
      receipt += w;
      govPaid += w;
      publicWages += w;
      lab[h] = w;
      inc[h]! += w;
    } else {
      // Unemployed: the benefit, untaxed (so not labour income).
      receipt += benefit;
      govPaid += benefit;
      benefits += benefit;
      inc[h]! += benefit;
      lab[h] = 0;
    }
    dep[h]! += receipt;
    bdep[hb]! += receipt;
    bres[hb]! += receipt;
    pb.res += govPaid;
  }
  const govOut = publicWages + ubi + benefits;
  pb.ga -= govOut;
  gov.ga -= govOut;
  gov.nw -= govOut;
  book.depositorToDepositor(K.wage, FI, HH, wages);
  book.govToDepositor(K.pwage, HH, publicWages);
  book.govToDepositor(K.ubi, HH, ubi);
  book.govToDepositor(K.benefit, HH, benefits);
  E.flows.benefits = benefits;
  E.flows.publicWages = publicWages;
  E.flows.ubiPaid = ubi;
}

/**
 * Consumption by search. A household plans to spend α1·(last disposable income) + α2·(last
 * deposits), never more than it holds; it compares its last supplier and a few random firms and
 * buys from one that still has goods, moving on when that one sells out (if all are sold out it
 * looks at as many firms again, once). Which one: with `priceSensitivity` at its maximum, always
 * the cheapest; below it, each with probability ∝ (price / average price)^−ε — goods are alike but
 * not identical to buyers (location, habit, quality), so a cheaper firm gains customers without
 * taking them all at once.
 * Why: demand flows to cheaper firms but not instantly (search is limited), and demand a household
 * cannot satisfy stays in its deposits, which firms see as selling out, so it raises prices.
 * Households are visited in a random order each period (random start and stride).
 */
export function consume(E: Economy): void {
  const { hh, firms, banks, book, p } = E;
  const H = hh.n;
  // Households buy from consumption-goods firms only (indices 0 … nC−1).
  const F = E.nC;
  const rng = E.rng.search;
  const cand = E.scratch.candidates;
  const k = p.searchFirms;
  const k2 = 2 * k;
  // Saving responds to the return on it: the propensity out of income falls by ψ per unit of
  // annual policy rate above the steady state's (the consumption channel of monetary policy).
  // The policy rate, not the deposit rate: the return on a marginal unit saved (term deposits,
  // bonds) and the cost of borrowing follow the policy rate one for one; only sight deposits
  // lag it (depositRate.ts), which is why deposits flow out as it rises (Drechsler, Savov &
  // Schnabl 2017). The rate is the one households expect to last (adaptive), so a rule that
  // moves the rate every quarter does not swing spending with it.
  const rateGap = Math.max(0, E.macro.expectedPolicyRate) - Math.max(0, E.steady.policyRate);
  // Precautionary saving: when more of their neighbours are out of work, households spend less of
  // their income for fear of being next (Carroll 1992; Carroll, Slacalek & Sommer 2019): α1 falls by
  // φ × (last quarter's unemployment rate − the steady state's), so 0.2 × 0.01 for one point more.
  const uGap = E.macro.unemployment - E.steady.nU / H;
  const a1 = Math.min(
    1,
    Math.max(0, p.propensityIncome - p.consumptionRateSensitivity * rateGap - p.precautionarySaving * uGap),
  );
  const a2 = p.propensityWealth;
  const dep = hh.dep;
  const hbank = hh.bank;
  const last = hh.lastFirm;
  const inc = hh.inc;
  const lab = hh.labourInc;
  const payNet = hh.payNet;
  const other = hh.otherPrev;
  const tInc = E.tax.income;
  const dPrev = hh.depPrev;
  const price = firms.price;
  const stock = firms.stock;
  const sold = firms.sold;
  const revenue = firms.revenue;
  const fdep = firms.dep;
  const fnw = firms.nw;
  const fbank = firms.bank;
  const bdep = banks.dep;
  const bres = banks.res;
  // Choice weights: (price / average price)^−ε, once per firm per period.
  const eps = p.priceSensitivity;
  const switchK = p.switchingIntensity;
  const strict = eps >= STRICT_SENSITIVITY;
  const weight = firms.weight;
  if (!strict) {
    let avg = 0;
    for (let f = 0; f < F; f++) avg += price[f]!;
    avg /= F;
    for (let f = 0; f < F; f++) weight[f] = Math.pow(price[f]! / avg, -eps);
  }
  // Households are visited in blocks of VISIT_BLOCK neighbours, the blocks in an order that
  // changes each period (a stride coprime with their number visits each exactly once). Who shops
  // first, while the shelves are full, is thus random at block level; inside a block the visits
  // run in memory order, which at 100,000 households saves a cache miss per visit over an order
  // random down to the single household.
  const blocks = Math.ceil(H / VISIT_BLOCK);
  const startBlock = E.rng.order.int(blocks);
  let stride = 1 + E.rng.order.int(blocks);
  while (gcd(stride, blocks) !== 1) stride = (stride % blocks) + 1;
  let total = 0;
  let block = startBlock;
  for (let b = 0; b < blocks; b++) {
    const blockEnd = Math.min(H, (block + 1) * VISIT_BLOCK);
    for (let h = block * VISIT_BLOCK; h < blockEnd; h++) {
      // Income this quarter as the household knows it when it shops: what it was just paid (net
      // of income tax) plus last quarter's other income.
      const net = inc[h]! - tInc * lab[h]!;
      payNet[h] = net;
      let budget = a1 * (net + other[h]!) + a2 * dPrev[h]!;
      if (budget > dep[h]!) budget = dep[h]!;
      // The first-round draws are made whether or not the household buys, so scenarios share them;
      // the second round is drawn only when needed.
      cand[0] = last[h]!;
      // One candidate by word of mouth (where a random household shopped last), the others at
      // random: bigger firms are heard of more, so firm sizes keep their spread (Gibrat-like).
      cand[1] = last[rng.int(H)]!;
      for (let c = 2; c <= k; c++) cand[c] = rng.int(F);
      const uDraw = rng.next();
      if (!(budget > 0)) continue;
      const hb = hbank[h]!;
      let spent = 0;
      let first = -1;
      let upto = k; // first round: last supplier + k firms; when all are sold out, k more
      let u = uDraw;
      while (budget - spent > 1e-9 * budget) {
        // Choose among the compared firms that have stock: the cheapest when `strict`, otherwise
        // with probability proportional to its weight (price / average price)^−ε.
        let best = -1;
        let bestP = Infinity;
        let wsum = 0;
        for (let c = 0; c <= upto; c++) {
          const f = cand[c]!;
          if (stock[f]! > 0) {
            wsum += weight[f]!;
            if (price[f]! < bestP) {
              bestP = price[f]!;
              best = f;
            }
          }
        }
        if (best < 0) {
          if (upto === k2) break;
          for (let c = k + 1; c <= k2; c++) cand[c] = rng.int(F);
          upto = k2;
          continue;
        }
        // Loyalty (Caiani et al. 2016 §2): a household whose last supplier still has stock stays
        // unless it found a cheaper one, and then leaves with probability 1 − exp(εs·(p_best −
        // p_last)/p_best), so customers move toward cheaper firms without reshuffling every quarter.
        const lf = cand[0]!;
        let stay = false;
        if (first < 0 && stock[lf]! > 0) {
          const pl = price[lf]!;
          const leave = bestP < pl ? 1 - Math.exp((switchK * (bestP - pl)) / bestP) : 0;
          const next = u * 3.731 + 0.113;
          const us = next - Math.floor(next);
          stay = us >= leave;
        }
        if (stay) {
          best = lf;
          bestP = price[lf]!;
        } else if (!strict) {
          let target = u * wsum;
          for (let c = 0; c <= upto; c++) {
            const f = cand[c]!;
            if (stock[f]! > 0) {
              best = f;
              target -= weight[f]!;
              if (target < 0) break;
            }
          }
          bestP = price[best]!;
          // A derived uniform for the next choice, so draws stay aligned. x − ⌊x⌋ is exactly x % 1
          // for x ≥ 0 (the fraction is representable), without the call a floating-point % costs.
          const next = u * 7.919 + 0.371;
          u = next - Math.floor(next);
        }
        if (first < 0) first = best;
        let q = (budget - spent) / bestP;
        let x = budget - spent;
        if (q >= stock[best]!) {
          q = stock[best]!;
          x = q * bestP;
          stock[best] = 0;
        } else {
          stock[best]! -= q;
        }
        sold[best]! += q;
        revenue[best]! += x;
        fdep[best]! += x;
        fnw[best]! += x;
        const fb = fbank[best]!;
        bdep[fb]! += x;
        bres[fb]! += x;
        spent += x;
      }
      if (spent > 0) {
        bdep[hb]! -= spent;
        bres[hb]! -= spent;
        total += spent;
        dep[h]! -= spent;
        last[h] = first;
      }
    }
    block += stride;
    if (block >= blocks) block -= blocks;
  }
  E.flows.consumption += total;
  book.depositorToDepositor(K.cons, HH, FI, total);
}

/** Households visited together, in memory order, when shopping (see consume). */
const VISIT_BLOCK = 64;

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/**
 * Household taxes, deposit interest, co-op surplus shares and social enterprises' surplus, in one
 * pass over households. Deposit interest (at the deposit rate, depositRate.ts) is paid by each
 * household's bank; co-op members receive an equal share of their co-op's distributed surplus (taxed
 * as labour income); every household an equal share of what social enterprises paid out; then the
 * household pays income tax on labour income, capital income tax on interest, and wealth tax on
 * deposits above the threshold. Why: simple flat taxes, so who pays what is easy to read.
 */
export function householdInterestTaxesShares(E: Economy): void {
  const { hh, firms, banks, book, p } = E;
  const rDep = E.r.deposits;
  const tInc = E.tax.income;
  const tCap = E.tax.capital;
  const tWealth = E.tax.wealth / PERIODS_PER_YEAR;
  const threshold = p.wealthTaxThreshold * PERIODS_PER_YEAR * E.macro.avgWage;
  const dep = hh.dep;
  const hbank = hh.bank;
  const emp = hh.emp;
  const inc = hh.inc;
  const lab = hh.labourInc;
  const cap = hh.capInc;
  const paid = hh.taxPaid;
  const share = firms.coopPerWorker;
  const kind = firms.kind;
  // A local copy: an imported binding read per household costs a getter call under tsx (CommonJS).
  const coopKind = FIRM_COOP;
  const fbank = firms.bank;
  const bdep = banks.dep;
  const bres = banks.res;
  const bnw = banks.nw;
  const bincome = banks.income;
  let interest = 0;
  let coop = 0;
  let taxes = 0;
  // Social enterprises' surplus (already debited in firmTaxesAndProfits), equally to every
  // household: a transfer for a social purpose, not income from work or capital, so untaxed.
  const social = E.flows.socialBenefit / hh.n;
  for (let h = 0; h < hh.n; h++) {
    const hb = hbank[h]!;
    if (social > 0) {
      dep[h]! += social;
      bdep[hb]! += social;
      bres[hb]! += social;
      inc[h]! += social;
    }
    const i = dep[h]! * rDep;
    // Interest: the bank credits a new deposit and its net worth falls by the same amount.
    dep[h]! += i;
    bdep[hb]! += i;
    bnw[hb]! -= i;
    bincome[hb]! -= i;
    interest += i;
    cap[h] = i;
    inc[h]! += i;
    const f = emp[h]!;
    if (f >= 0 && kind[f] === coopKind) {
      const s = share[f]!;
      if (s > 0) {
        // The co-op's deposit falls (already debited in distributeProfits); the member's rises.
        const fb = fbank[f]!;
        bdep[fb]! -= s;
        bres[fb]! -= s;
        dep[h]! += s;
        bdep[hb]! += s;
        bres[hb]! += s;
        coop += s;
        lab[h]! += s;
        inc[h]! += s;
      }
    }
    let tax = tInc * lab[h]! + tCap * i;
    if (tWealth > 0 && dep[h]! > threshold) tax += tWealth * (dep[h]! - threshold);
    if (tax > dep[h]!) tax = dep[h]!;
    dep[h]! -= tax;
    bdep[hb]! -= tax;
    bres[hb]! -= tax;
    paid[h] = tax;
    taxes += tax;
  }
  govAccountFlow(E, taxes);
  book.bankToDepositor(K.intDep, HH, interest);
  book.depositorToDepositor(K.div, FI, HH, coop + E.flows.socialBenefit);
  book.depositorToGov(K.tax, HH, taxes);
  E.flows.taxes += taxes;
}

/**
 * Bank dividends: each bank above its target capital ratio pays out a share of its after-tax
 * profit; owners hold the banks jointly, so the total is split equally among owner households
 * (capital income tax withheld at source). Private firm dividends go to each firm's own owner.
 */
export function payOwners(E: Economy, bankDividends: Float64Array, totalBankDiv: number): void {
  const { hh, firms, banks, book } = E;
  const tCap = E.tax.capital;
  const bres = banks.res;
  const bnw = banks.nw;
  const bdep = banks.dep;
  for (let k = 0; k < banks.n; k++) {
    const d = bankDividends[k]!;
    bres[k]! -= d;
    bnw[k]! -= d;
  }
  const owners = hh.ownerList;
  const each = owners.length > 0 ? totalBankDiv / owners.length : 0;
  let toHouseholds = 0;
  let withheld = 0;
  if (each > 0) {
    const tax = tCap * each;
    for (let j = 0; j < owners.length; j++) {
      creditDividend(E, owners[j]!, each, tax);
      toHouseholds += each;
      withheld += tax;
    }
  }
  // Private firms' dividends to their owners (computed in distributeProfits).
  let firmDiv = 0;
  const div = firms.dividend;
  for (let f = 0; f < firms.n; f++) {
    const d = div[f]!;
    if (d <= 0) continue;
    const fb = firms.bank[f]!;
    const tax = tCap * d;
    bdep[fb]! -= d;
    bres[fb]! -= d;
    creditDividend(E, firms.owner[f]!, d, tax);
    firmDiv += d;
    withheld += tax;
  }
  govAccountFlow(E, withheld);
  book.bankToDepositor(K.div, HH, toHouseholds);
  book.depositorToDepositor(K.div, FI, HH, firmDiv);
  book.depositorToGov(K.tax, HH, withheld);
  E.flows.taxes += withheld;
}

/** Household h receives a dividend d, tax withheld at source: the rest is a new deposit at its bank. */
function creditDividend(E: Economy, h: number, d: number, tax: number): void {
  const { hh, banks } = E;
  const hb = hh.bank[h]!;
  const net = d - tax;
  hh.dep[h]! += net;
  banks.dep[hb]! += net;
  banks.res[hb]! += net;
  hh.inc[h]! += d;
  hh.taxPaid[h]! += tax;
}

/** End of period: remember disposable income and deposits for next period's consumption plan; count the unemployed. */
export function closeHouseholds(E: Economy): number {
  const { hh } = E;
  const yd = hh.ydPrev;
  const inc = hh.inc;
  const paid = hh.taxPaid;
  const emp = hh.emp;
  let unemployed = 0;
  const payNet = hh.payNet;
  const other = hh.otherPrev;
  for (let h = 0; h < hh.n; h++) {
    yd[h] = inc[h]! - paid[h]!;
    other[h] = yd[h]! - payNet[h]!;
    if (emp[h] === EMP_UNEMPLOYED) unemployed++;
  }
  hh.depPrev.set(hh.dep);
  return unemployed;
}
