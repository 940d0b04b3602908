/**
 * Firms of three kinds, all producing the same perishable good with labour only:
 * - private: price = (1 + markup) × unit cost; after-tax profit paid to the owner household;
 * - cooperative: priced like a private firm; surplus shared equally among its worker-members;
 * - social enterprise: prices at cost plus a thin margin (`socialMargin`, for solvency) and retains
 *   its surplus.
 * A firm borrows for its wage bill, hires, produces, sells, pays interest and repays, pays tax,
 * distributes, and goes bankrupt when its debts exceed its deposits by too much.
 *
 * Goods are perishable (unsold output is lost) so firms hold no inventories: their balance sheet is
 * purely financial (deposits − loans = net worth), which is what the SFC matrices show.
 */
import { BK, FI, K, PB } from './book';
import { PERIODS_PER_YEAR } from './params';
import type { Economy } from './state';

export const FIRM_PRIVATE = 0;
export const FIRM_COOP = 1;
export const FIRM_SOCIAL = 2;
export const FIRM_KIND_NAMES = ['private firm', 'cooperative', 'social enterprise'] as const;

export interface Firms {
  n: number;
  kind: Uint8Array;
  dep: Float64Array;
  loanB: Float64Array;
  loanP: Float64Array;
  /** Net worth kept by its own route (income − spending), never derived from the balance sheet. */
  nw: Float64Array;
  bank: Int32Array;
  owner: Int32Array;
  markup: Float64Array;
  price: Float64Array;
  expected: Float64Array;
  workers: Int32Array;
  desired: Int32Array;
  output: Float64Array;
  stock: Float64Array;
  sold: Float64Array;
  revenue: Float64Array;
  wageBill: Float64Array;
  interest: Float64Array;
  depInterest: Float64Array;
  intPerUnit: Float64Array;
  dividend: Float64Array;
  coopPerWorker: Float64Array;
  /** Choice weight of the firm's price this period (households.ts). */
  weight: Float64Array;
  reset: Uint8Array;
}

export function createFirms(n: number): Firms {
  const f64 = () => new Float64Array(n);
  return {
    n,
    kind: new Uint8Array(n),
    dep: f64(),
    loanB: f64(),
    loanP: f64(),
    nw: f64(),
    bank: new Int32Array(n),
    owner: new Int32Array(n),
    markup: f64(),
    price: f64(),
    expected: f64(),
    workers: new Int32Array(n),
    desired: new Int32Array(n),
    output: f64(),
    stock: f64(),
    sold: f64(),
    revenue: f64(),
    wageBill: f64(),
    interest: f64(),
    depInterest: f64(),
    intPerUnit: f64(),
    dividend: f64(),
    coopPerWorker: f64(),
    weight: f64(),
    reset: new Uint8Array(n),
  };
}

/**
 * Credit. Each firm plans the workers it needs for its expected sales plus a small buffer
 * (`outputBuffer`: goods perish, so a firm that never wants to turn a customer away makes a little
 * more than it expects to sell) and borrows whatever its
 * deposits lack for that wage bill. Private firms borrow from their private bank at policy + the
 * private spread. Cooperatives and social enterprises borrow from the public bank at their tier's
 * rate when it lends to the social economy and has capacity left this quarter; otherwise from their
 * private bank like anyone else. A private bank lends only while its equity stays above the minimum
 * share of its loans (credit rationing by capital), and lends a firm at most `maxLeverage` times
 * its net worth plus `creditFloor` workers' wages (so new firms can start). A rationed firm plans
 * fewer workers. The public bank, when it lends to the social economy, applies only its capacity.
 * Why: loans are made for a purpose (the wage bill) and each new loan creates a deposit.
 */
export function planAndBorrow(E: Economy): void {
  const { firms, banks, pb, book, p } = E;
  const w = E.macro.wage;
  const a = p.productivity;
  const minCR = p.minCapitalRatio;
  const publicOn = p.publicBankLendsToSocial;
  const buffer = p.outputBuffer;
  const maxGrowth = p.maxFirmGrowth;
  const lev = p.maxLeverage;
  const floor = p.creditFloor * w;
  let publicLeft = p.publicBankCapacity * E.macro.gdpNominal; // a quarter's share of annual capacity
  const F = firms.n;
  const start = E.rng.hiring.int(F);
  let newB = 0;
  let newP = 0;
  for (let i = 0; i < F; i++) {
    const f = (start + i) % F;
    // Hiring capacity: a firm can grow its workforce by at most `maxGrowth` a quarter (plus one).
    const cap = Math.floor(firms.workers[f]! * (1 + maxGrowth)) + 1;
    let want = Math.min(cap, Math.max(1, Math.round((firms.expected[f]! * (1 + buffer)) / a)));
    const need = want * w - firms.dep[f]!;
    if (need > 0) {
      let got = 0;
      const fb = firms.bank[f]!;
      if (publicOn && firms.kind[f] !== FIRM_PRIVATE && publicLeft > 0) {
        const x = Math.min(need, publicLeft);
        publicLeft -= x;
        firms.loanP[f]! += x;
        firms.dep[f]! += x;
        banks.dep[fb]! += x;
        banks.res[fb]! += x;
        pb.loans += x;
        pb.res += x;
        newP += x;
        got = x;
      }
      if (got < need) {
        // The bank's own limit (capital ratio) and the borrower's (leverage on its net worth).
        const room = banks.nw[fb]! / (minCR > 0 ? minCR : 1e-12) - banks.loans[fb]!;
        const firmRoom = lev * Math.max(0, firms.nw[f]!) + floor - firms.loanB[f]!;
        const x = Math.max(0, Math.min(need - got, room, firmRoom));
        if (x > 0) {
          firms.loanB[f]! += x;
          firms.dep[f]! += x;
          banks.loans[fb]! += x;
          banks.dep[fb]! += x;
          newB += x;
          got += x;
        }
      }
      if (got < need) want = Math.floor(firms.dep[f]! / w);
    }
    firms.desired[f] = want;
  }
  book.privateLoan(newB);
  book.publicLoan(newP);
  E.flows.newPrivateLoans += newB;
  E.flows.newPublicLoans += newP;
  E.flows.publicLendingLeft = publicLeft;
}

/** Production: every worker makes `productivity` goods; the output is the stock on offer this period. */
export function produce(E: Economy): void {
  const { firms } = E;
  const a = E.p.productivity;
  const w = E.macro.wage;
  for (let f = 0; f < firms.n; f++) {
    const q = firms.workers[f]! * a;
    firms.output[f] = q;
    firms.stock[f] = q;
    firms.sold[f] = 0;
    firms.revenue[f] = 0;
    firms.wageBill[f] = firms.workers[f]! * w;
    firms.interest[f] = 0;
    firms.depInterest[f] = 0;
    firms.dividend[f] = 0;
    firms.coopPerWorker[f] = 0;
  }
}

/**
 * Interest on firm deposits and loans, then repayment of a fixed share of principal. Interest a firm
 * cannot pay from its deposits is lent to it by its bank (an overdraft: new money, at the private
 * rate). Repayment is limited to what the firm holds. Why: floating rates pass the policy rate and
 * each tier's spread straight to borrowers; repayment destroys the deposits the loan created.
 */
export function firmInterestAndRepay(E: Economy): void {
  const { firms, banks, pb, book, p } = E;
  const rDep = E.r.deposits;
  const rPriv = E.r.loanPrivate;
  const rCoop = E.r.coop;
  const rSoc = E.r.social;
  const repay = 1 / (p.loanDurationYears * PERIODS_PER_YEAR);
  let depInt = 0;
  let intB = 0;
  let intP = 0;
  let overdraft = 0;
  let repB = 0;
  let repP = 0;
  let iPriv = 0;
  let iCoop = 0;
  let iSoc = 0;
  for (let f = 0; f < firms.n; f++) {
    const fb = firms.bank[f]!;
    const kind = firms.kind[f]!;
    // deposit interest: the bank credits the firm
    const di = firms.dep[f]! * rDep;
    firms.dep[f]! += di;
    firms.nw[f]! += di;
    firms.depInterest[f] = di;
    banks.dep[fb]! += di;
    banks.nw[fb]! -= di;
    banks.income[fb]! -= di;
    depInt += di;
    const ib = firms.loanB[f]! * rPriv;
    const ip = firms.loanP[f]! * (kind === FIRM_COOP ? rCoop : rSoc);
    const due = ib + ip;
    if (due > firms.dep[f]!) {
      const x = due - firms.dep[f]!;
      firms.loanB[f]! += x;
      firms.dep[f]! += x;
      banks.loans[fb]! += x;
      banks.dep[fb]! += x;
      overdraft += x;
    }
    // private interest: the firm's deposit is destroyed, the bank's net worth rises
    firms.dep[f]! -= ib;
    firms.nw[f]! -= ib;
    banks.dep[fb]! -= ib;
    banks.nw[fb]! += ib;
    banks.income[fb]! += ib;
    // public-bank interest: deposit and reserves leave the private bank for the public bank
    firms.dep[f]! -= ip;
    firms.nw[f]! -= ip;
    banks.dep[fb]! -= ip;
    banks.res[fb]! -= ip;
    pb.res -= ip;
    pb.nw += ip;
    pb.income += ip;
    intB += ib;
    intP += ip;
    firms.interest[f] = due;
    if (kind === FIRM_PRIVATE) iPriv += due;
    else if (kind === FIRM_COOP) iCoop += due;
    else iSoc += due;
    // repayment of principal
    const rb = Math.min(firms.loanB[f]! * repay, firms.dep[f]!);
    firms.loanB[f]! -= rb;
    firms.dep[f]! -= rb;
    banks.loans[fb]! -= rb;
    banks.dep[fb]! -= rb;
    repB += rb;
    const rp = Math.min(firms.loanP[f]! * repay, firms.dep[f]!);
    firms.loanP[f]! -= rp;
    firms.dep[f]! -= rp;
    banks.dep[fb]! -= rp;
    banks.res[fb]! -= rp;
    pb.loans -= rp;
    pb.res -= rp;
    repP += rp;
  }
  book.bankToDepositor(K.intDep, FI, depInt);
  book.privateLoan(overdraft - repB);
  book.publicLoan(-repP);
  book.depositorToBank(K.intLB, FI, intB);
  book.depositorToPublicBank(K.intLP, FI, intP);
  const fl = E.flows;
  fl.newPrivateLoans += overdraft;
  fl.privateRepayments += repB;
  fl.publicRepayments += repP;
  fl.interestPrivateFirms += iPriv;
  fl.interestCoops += iCoop;
  fl.interestSocial += iSoc;
}

/**
 * Corporate tax and profit distribution by kind. Profit = sales − wages − interest + deposit
 * interest. Private firms pay corporate tax on positive profit. A firm keeps net worth worth
 * `firmEquityTarget` quarters of its wage bill (to pay next quarter's wages without borrowing it
 * all); of the net worth above that, a private firm pays `dividendPayout` to its owner and a co-op
 * pays `coopSurplusShare` equally to its worker-members (taxed as members' income, so no corporate
 * tax). Social enterprises retain everything (and pay no corporate tax). Why distribute the excess
 * rather than a share of profit: a firm that hoarded retained profits for ever would drain demand. The household side of the dividends and
 * shares is paid in households.ts; here the firm's deposit and net worth fall.
 */
export function firmTaxesAndProfits(E: Economy): void {
  const { firms, banks, pb, gov, book, p } = E;
  const tCorp = p.corporateTaxRate;
  const target = p.firmEquityTarget;
  let taxes = 0;
  for (let f = 0; f < firms.n; f++) {
    const kind = firms.kind[f]!;
    const profit = firms.revenue[f]! - firms.wageBill[f]! - firms.interest[f]! + firms.depInterest[f]!;
    if (kind === FIRM_PRIVATE && profit > 0) {
      const tax = Math.min(tCorp * profit, firms.dep[f]!);
      const fb = firms.bank[f]!;
      firms.dep[f]! -= tax;
      firms.nw[f]! -= tax;
      banks.dep[fb]! -= tax;
      banks.res[fb]! -= tax;
      taxes += tax;
    }
    // Net worth above the equity target (quarters of wage bill) is what the firm does not need.
    const excess = firms.nw[f]! - target * firms.wageBill[f]!;
    if (!(excess > 0) || kind === FIRM_SOCIAL) continue;
    if (kind === FIRM_PRIVATE) {
      const d = Math.min(p.dividendPayout * excess, firms.dep[f]!);
      firms.dividend[f] = d;
      firms.dep[f]! -= d;
      firms.nw[f]! -= d;
    } else if (firms.workers[f]! > 0) {
      const payout = Math.min(p.coopSurplusShare * excess, firms.dep[f]!);
      const per = payout / firms.workers[f]!;
      const total = per * firms.workers[f]!;
      firms.coopPerWorker[f] = per;
      firms.dep[f]! -= total;
      firms.nw[f]! -= total;
    }
  }
  pb.res -= taxes;
  pb.ga += taxes;
  gov.ga += taxes;
  gov.nw += taxes;
  book.depositorToGov(K.tax, FI, taxes);
  E.flows.taxes += taxes;
}

/**
 * Bankruptcy and entry. A firm whose loans exceed its deposits by more than `bankruptcyThreshold`
 * quarters of its wage bill fails: its deposits repay what they can (destroying money), the rest
 * is written off against the lender's net worth, its workers lose their jobs, and a new firm of the
 * same kind takes its place with no debt, the average markup of its kind and a modest sales plan.
 * Why: losses must land somewhere visible (the lender's equity) and the number of firms stays fixed.
 */
export function bankruptcies(E: Economy): void {
  const { firms, banks, pb, book, p } = E;
  const rng = E.rng.entry;
  const thr = p.bankruptcyThreshold;
  let repB = 0;
  let repP = 0;
  let woB = 0;
  let woP = 0;
  let count = 0;
  for (let f = 0; f < firms.n; f++) {
    const nw = firms.dep[f]! - firms.loanB[f]! - firms.loanP[f]!;
    if (!(nw < 0 && nw < -thr * firms.wageBill[f]!)) continue;
    count++;
    const fb = firms.bank[f]!;
    const rb = Math.min(firms.dep[f]!, firms.loanB[f]!);
    firms.loanB[f]! -= rb;
    firms.dep[f]! -= rb;
    banks.loans[fb]! -= rb;
    banks.dep[fb]! -= rb;
    repB += rb;
    const rp = Math.min(firms.dep[f]!, firms.loanP[f]!);
    firms.loanP[f]! -= rp;
    firms.dep[f]! -= rp;
    banks.dep[fb]! -= rp;
    banks.res[fb]! -= rp;
    pb.loans -= rp;
    pb.res -= rp;
    repP += rp;
    const wb = firms.loanB[f]!;
    const wp = firms.loanP[f]!;
    firms.loanB[f] = 0;
    firms.loanP[f] = 0;
    firms.nw[f]! += wb + wp;
    banks.loans[fb]! -= wb;
    banks.nw[fb]! -= wb;
    banks.income[fb]! -= wb;
    pb.loans -= wp;
    pb.nw -= wp;
    pb.income -= wp;
    woB += wb;
    woP += wp;
    enterFirm(E, f, rng.next(), rng.next());
  }
  book.privateLoan(-repB);
  book.publicLoan(-repP);
  book.writeOff(BK, woB);
  book.writeOff(PB, woP);
  const fl = E.flows;
  fl.privateRepayments += repB;
  fl.publicRepayments += repP;
  fl.privateWriteOffs += woB;
  fl.publicWriteOffs += woP;
  fl.bankruptcies += count;
}

/** A new firm of the same kind in slot f: no debt, a new owner and bank, a cautious sales plan. */
function enterFirm(E: Economy, f: number, u1: number, u2: number): void {
  const { firms, hh, p } = E;
  const kind = firms.kind[f]!;
  let sumMarkup = 0;
  let sumExp = 0;
  let m = 0;
  for (let g = 0; g < firms.n; g++) {
    if (firms.kind[g] === kind && g !== f) {
      sumMarkup += firms.markup[g]!;
      sumExp += firms.expected[g]!;
      m++;
    }
  }
  firms.markup[f] =
    kind === FIRM_SOCIAL ? p.socialMargin : m > 0 ? (sumMarkup / m) * (0.9 + 0.2 * u1) : p.initialMarkup;
  firms.expected[f] = Math.max(p.productivity, (m > 0 ? sumExp / m : p.productivity) * 0.5);
  firms.owner[f] = hh.ownerList[Math.floor(u2 * hh.ownerList.length)]!;
  // The new firm keeps the failed firm's bank (it has no deposits or loans there: nothing moves).
  firms.reset[f] = 1;
  firms.intPerUnit[f] = 0;
}

/**
 * Prices and plans for next period. A private firm or co-op that sold out raises its markup by a
 * random step up to `markupAdjust` (excess demand shows up as inflation); one that sold less than
 * it expected (more unsold than its planned buffer) cuts it. Social enterprises price at cost. Price = (1 + markup) × (wage /
 * productivity + last period's interest per unit); a social enterprise's markup is its thin margin. A firm that sold out plans a random increase of
 * output; otherwise it plans to sell what it sold. Why: the simplest rules in which prices and
 * quantities both respond to demand, with no firm knowing the aggregate state.
 */
export function adjustFirms(E: Economy): void {
  const { firms, p } = E;
  const rng = E.rng.pricing;
  const w = E.macro.wage;
  const a = p.productivity;
  const nu = p.markupAdjust;
  const rho = p.outputAdjust;
  // Planned output carries a buffer b; more than b/(1+b) of output unsold means the firm sold less
  // than it expected to. Raising on selling out and cutting on selling short keeps the rule symmetric.
  const unsoldCut = p.outputBuffer / (1 + p.outputBuffer);
  for (let f = 0; f < firms.n; f++) {
    const u1 = rng.next();
    const u2 = rng.next();
    const kind = firms.kind[f]!;
    const out = firms.output[f]!;
    const soldOut = out > 0 && firms.stock[f]! <= 1e-9 * out;
    if (firms.reset[f] === 1) {
      // an entrant keeps the plan and markup it entered with
    } else {
      if (kind === FIRM_SOCIAL) {
        firms.markup[f] = p.socialMargin;
      } else {
        let mu = firms.markup[f]!;
        if (soldOut) mu *= 1 + nu * u1;
        else if (out > 0 && firms.stock[f]! > unsoldCut * out) mu *= 1 - nu * u1;
        firms.markup[f] = Math.min(p.maxMarkup, Math.max(p.minMarkup, mu));
      }
      firms.expected[f] = soldOut ? out * (1 + rho * u2) : Math.max(a * 0.5, firms.sold[f]!);
      firms.intPerUnit[f] = out > 0 ? firms.interest[f]! / out : 0;
    }
    firms.price[f] = (1 + firms.markup[f]!) * (w / a + firms.intPerUnit[f]!);
  }
}

/** Government purchases: the same share of every firm's output, at the firm's price, up to `govPurchases` goods per household. */
export function governmentPurchases(E: Economy): void {
  const { firms, banks, pb, gov, book, p } = E;
  let units = 0;
  for (let f = 0; f < firms.n; f++) units += firms.stock[f]!;
  const want = p.govPurchases * E.H;
  const share = units > 0 ? Math.min(1, want / units) : 0;
  let spent = 0;
  if (share > 0) {
    for (let f = 0; f < firms.n; f++) {
      const q = firms.stock[f]! * share;
      if (q <= 0) continue;
      const x = q * firms.price[f]!;
      firms.stock[f]! -= q;
      firms.sold[f]! += q;
      firms.revenue[f]! += x;
      firms.dep[f]! += x;
      firms.nw[f]! += x;
      const fb = firms.bank[f]!;
      banks.dep[fb]! += x;
      banks.res[fb]! += x;
      spent += x;
    }
  }
  pb.res += spent;
  pb.ga -= spent;
  gov.ga -= spent;
  gov.nw -= spent;
  book.govToDepositor(K.gpur, FI, spent);
}
