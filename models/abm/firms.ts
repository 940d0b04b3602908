/**
 * Firms. Indices 0 … nC−1 make consumption goods, nC … F−1 make machines (capital goods).
 * Consumption-goods firms are of three kinds:
 * - private: price = (1 + markup) × unit labour cost; dividends to the owner household;
 * - cooperative: priced like a private firm; surplus shared equally among its worker-members;
 * - social enterprise: prices at unit labour cost plus a thin margin and retains its surplus.
 * Capital-goods firms are private. Every firm carries inventories (valued at unit labour cost),
 * plans output from adaptive sales expectations and a target inventories/sales ratio, and sets its
 * markup from its inventories: up when below target, down when above, and back toward the normal
 * markup (Caiani et al. 2016 §3.6 plus an anchor: no ratchet, no drift). Consumption-goods firms
 * produce with labour and machines (capacity.ts) and invest toward a target utilisation given
 * expected sales and their return after interest, financing a share with amortising loans.
 *
 * A firm's `nw` is its FINANCIAL net worth (deposits − loans), the part the ledger sees; machines
 * (`kVal`, book value) and inventories (`invVal`) are real assets on top of it.
 */
import { riskWeighted } from './banks';
import { BK, FI, K, PB } from './book';
import { capacityNextQuarter } from './capital';
import { purchaseShare } from './fiscalRule';
import { govAccountFlow } from './government';
import { PERIODS_PER_YEAR } from './params';
import type { Economy } from './state';

export const FIRM_PRIVATE = 0;
export const FIRM_COOP = 1;
export const FIRM_SOCIAL = 2;
export const FIRM_CAPITAL = 3;
export const FIRM_KIND_NAMES = [
  'private firm',
  'cooperative',
  'social enterprise',
  'capital-goods firm',
] as const;

export interface Firms {
  n: number;
  kind: Uint8Array;
  dep: Float64Array;
  loanB: Float64Array;
  loanP: Float64Array;
  /** Financial net worth kept by its own route (income − spending), never derived from the balance sheet. */
  nw: Float64Array;
  bank: Int32Array;
  owner: Int32Array;
  markup: Float64Array;
  price: Float64Array;
  /** Expected sales (units) for this quarter, adaptive. */
  expected: Float64Array;
  workers: Int32Array;
  desired: Int32Array;
  output: Float64Array;
  /** Inventories (units) on hand: last quarter's unsold goods plus this quarter's output. */
  stock: Float64Array;
  /** Value of inventories at unit labour cost at the end of the last quarter. */
  invVal: Float64Array;
  sold: Float64Array;
  revenue: Float64Array;
  wageBill: Float64Array;
  interest: Float64Array;
  depInterest: Float64Array;
  /** Risk spread (annual) on the firm's private loans, set when it last borrowed. */
  spread: Float64Array;
  /** Debt service it could not pay this quarter (it defaults). */
  defaulted: Uint8Array;
  dividend: Float64Array;
  coopPerWorker: Float64Array;
  profit: Float64Array;
  /** Cash-flow rate of return after interest, last quarter (consumption-goods firms). */
  ret: Float64Array;
  /** Machines: working capacity (units), book value, depreciation per quarter; orders and deliveries. */
  capacity: Float64Array;
  kVal: Float64Array;
  deprQ: Float64Array;
  order: Float64Array;
  bought: Float64Array;
  /** Capital-goods firms: machines sold this quarter plus their share of orders no one could fill, each counted once (their demand signal). */
  asked: Float64Array;
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
    invVal: f64(),
    sold: f64(),
    revenue: f64(),
    wageBill: f64(),
    interest: f64(),
    depInterest: f64(),
    spread: f64(),
    defaulted: new Uint8Array(n),
    dividend: f64(),
    coopPerWorker: f64(),
    profit: f64(),
    ret: f64(),
    capacity: f64(),
    kVal: f64(),
    deprQ: f64(),
    order: f64(),
    bought: f64(),
    asked: f64(),
    weight: f64(),
    reset: new Uint8Array(n),
  };
}

/** Output a firm plans this quarter: expected sales plus the inventory target, less what it holds. */
function plannedOutput(E: Economy, f: number): number {
  const nu = E.p.inventoryTarget;
  return Math.max(0, E.firms.expected[f]! * (1 + nu) - E.firms.stock[f]!);
}

/**
 * Firm f's private bank lends it x more (x < 0: the firm repays −x from its deposits). Every such
 * flow posts here: the loan and the deposit it creates, on both balance sheets.
 */
function privateLoanFlow(E: Economy, f: number, x: number): void {
  const { firms, banks } = E;
  const fb = firms.bank[f]!;
  firms.loanB[f]! += x;
  firms.dep[f]! += x;
  banks.loans[fb]! += x;
  banks.dep[fb]! += x;
}

/**
 * The public bank lends firm f x more (x < 0: a repayment). The deposit sits at the firm's private
 * bank, so reserves move with it: the public bank credits the private bank's reserves.
 */
function publicLoanFlow(E: Economy, f: number, x: number): void {
  const { firms, banks, pb } = E;
  const fb = firms.bank[f]!;
  firms.loanP[f]! += x;
  firms.dep[f]! += x;
  banks.dep[fb]! += x;
  banks.res[fb]! += x;
  pb.loans += x;
  pb.res += x;
}

/**
 * Machines a consumption-goods firm with `cap` machines, `next` of them still working next quarter,
 * wants to order at growth rate g: the average wear (cap / κ) plus θ of the retiring vintage's
 * excess over it, plus g·cap. At θ = 1 every burst of investment is re-ordered one machine life
 * later, undamped (CALIBRATION "Replacement echo"); what θ < 1 leaves unreplaced lowers capacity,
 * raises utilisation and comes back through γ2 as growth orders.
 */
export function machinesWanted(cap: number, next: number, life: number, theta: number, g: number): number {
  const avgWear = cap / life;
  return avgWear + theta * (cap - next - avgWear) + g * cap;
}

/**
 * Plans and credit. Each firm plans output (expected sales + target inventories − stock), the
 * workers it needs (consumption goods: also no more than its machines can use) and, for
 * consumption-goods firms, its machine order: desired capacity growth
 *   g = γ2·(expected utilisation − target)/target + γ1·(return − steady-state return)/steady-state return
 * (Caiani et al. 2016 eq. 3.9–3.10, return after interest, so dearer credit means less investment),
 * ordered as whole machines: (1 + g)·capacity − capacity still working next quarter.
 * It borrows a share `investmentLoanShare` of the order's cost, and whatever its deposits lack for
 * the wage bill and the rest of the order. Private firms (and co-ops and social enterprises unless
 * the public bank lends to them) borrow from their private bank, which prices the loan by the
 * borrower's leverage (policy + spread + riskPremium × leverage / limit) and rations: no loan takes
 * the firm's debt above `maxFirmLeverage` of its assets, nor the bank's equity below
 * `minCapitalRatio` of its loans. A rationed firm cuts its order first, then its workforce.
 */
export function planAndBorrow(E: Economy, t: number): void {
  const { firms, banks, book, p } = E;
  const w = E.macro.wage;
  const a = p.productivity;
  const aK = p.capitalProductivity;
  const minCR = p.minCapitalRatio;
  const publicOn = p.publicBankLendsToSocial;
  const maxGrowth = p.maxFirmGrowth;
  const levMax = p.maxFirmLeverage;
  const share = p.investmentLoanShare;
  const uBar = p.targetUtilisation;
  const g1 = p.investmentProfitWeight;
  const g2 = p.investmentUtilisationWeight;
  const g3 = p.investmentRateWeight;
  const theta = p.vintageReplacement;
  const life = p.machineLife;
  const rBar = E.steady.returnRate;
  // The cost of a loan that lasts years: at the policy rate firms expect to last (adaptive).
  const iLoan = Math.max(0, E.macro.expectedPolicyRate + p.spreadPrivateFirms) / PERIODS_PER_YEAR;
  const iLoanSS = Math.max(0, E.steady.policyRate + p.spreadPrivateFirms) / PERIODS_PER_YEAR;
  const pk = E.macro.machinePrice;
  const nC = E.nC;
  let publicLeft = p.publicBankCapacity * E.macro.gdpNominal; // a quarter's share of annual capacity
  const F = firms.n;
  const start = E.rng.hiring.int(F);
  let newB = 0;
  let newP = 0;
  for (let i = 0; i < F; i++) {
    const f = (start + i) % F;
    const isC = f < nC;
    let y = plannedOutput(E, f);
    let order = 0;
    if (isC) {
      const cap = firms.capacity[f]!;
      y = Math.min(y, cap);
      const next = capacityNextQuarter(E, f, t);
      const ue = cap > 0 ? firms.expected[f]! / cap : 1;
      // Profitability against the steady state's, and the cost of borrowing against its own.
      let g =
        g2 * ((ue - uBar) / uBar) +
        (rBar > 0 ? (g1 * (firms.ret[f]! - rBar) - g3 * (iLoan - iLoanSS)) / rBar : 0);
      // No faster than its workforce may grow: machines beyond that could not be staffed.
      if (g < -1) g = -1;
      else if (g > maxGrowth) g = maxGrowth;
      // A firm with no machines at all orders what its expected sales need.
      const want = cap > 0 ? machinesWanted(cap, next, life, theta, g) : firms.expected[f]! / uBar;
      order = Math.max(0, Math.round(want));
    }
    const perWorker = isC ? a : aK;
    const cap = Math.floor(firms.workers[f]! * (1 + maxGrowth)) + 1;
    let want = Math.min(cap, Math.ceil(y / perWorker - 1e-9));
    const cost = order * pk;
    const need = share * cost + Math.max(0, want * w + (1 - share) * cost - firms.dep[f]!);
    let got = 0;
    if (need > 0) {
      const fb = firms.bank[f]!;
      if (publicOn && isC && firms.kind[f] !== FIRM_PRIVATE && publicLeft > 0) {
        const x = Math.min(need, publicLeft);
        publicLeft -= x;
        publicLoanFlow(E, f, x);
        newP += x;
        got = x;
      }
      if (got < need) {
        const debt = firms.loanB[f]! + firms.loanP[f]!;
        // A capital-goods firm makes machines to order: like the machines a consumption-goods
        // firm's order buys (`cost`), the goods its wage bill makes back the loan, at unit labour
        // cost. Without it a maker that lost its cash and stock can never hire again (no assets,
        // no debt, so it never defaults and restarts) and the machine supply shrinks for good.
        const made = isC ? 0 : want * w;
        const assets = firms.dep[f]! + firms.kVal[f]! + firms.invVal[f]! + cost + made;
        // (debt + x) / (assets + x) ≤ levMax: the loan's deposit is an asset until it is spent.
        const firmRoom = (levMax * assets - debt) / (1 - levMax);
        const bankRoom = banks.nw[fb]! / minCR - riskWeighted(E, fb);
        const x = Math.max(0, Math.min(need - got, firmRoom, bankRoom));
        if (x > 0) {
          const oldB = firms.loanB[f]!;
          privateLoanFlow(E, f, x);
          newB += x;
          got += x;
          const lev = (debt + x) / Math.max(1e-9, assets + x);
          const s = (p.riskPremium * Math.min(1, lev / levMax)) / 1;
          firms.spread[f] = (firms.spread[f]! * oldB + s * x) / firms.loanB[f]!;
        }
      }
    }
    // What the firm can pay for: its deposits. Orders are cut first, then workers.
    const cash = firms.dep[f]!;
    let affordOrder = order;
    if (want * w + order * pk > cash)
      affordOrder = Math.max(0, Math.floor((cash - want * w) / Math.max(pk, 1e-12)));
    if (want * w > cash) want = Math.max(0, Math.floor(cash / w));
    firms.order[f] = isC ? affordOrder : 0;
    firms.desired[f] = want;
  }
  book.privateLoan(newB);
  book.publicLoan(newP);
  E.flows.newPrivateLoans += newB;
  E.flows.newPublicLoans += newP;
  E.flows.publicLendingLeft = publicLeft;
}

/**
 * Production: consumption-goods workers make `productivity` goods each, up to the firm's machine
 * capacity; capital-goods workers make `capitalProductivity` machines each. Output joins the stock.
 */
export function produce(E: Economy): void {
  const { firms, p } = E;
  const a = p.productivity;
  const aK = p.capitalProductivity;
  const w = E.macro.wage;
  const nC = E.nC;
  for (let f = 0; f < firms.n; f++) {
    let q = firms.workers[f]! * (f < nC ? a : aK);
    if (f < nC && q > firms.capacity[f]!) q = firms.capacity[f]!;
    firms.output[f] = q;
    firms.stock[f]! += q;
    firms.sold[f] = 0;
    firms.revenue[f] = 0;
    firms.wageBill[f] = firms.workers[f]! * w;
    firms.interest[f] = 0;
    firms.depInterest[f] = 0;
    firms.dividend[f] = 0;
    firms.coopPerWorker[f] = 0;
    firms.defaulted[f] = 0;
  }
}

/**
 * Interest on firm deposits and loans, then amortisation: each quarter a firm repays
 * 1/(4 × loanDurationYears) of each loan. Private loans float at policy + private spread + the
 * firm's risk spread; public-bank loans at their tier's rate. A firm whose deposits cannot meet the
 * whole debt service is refinanced by its bank (the shortfall becomes a new loan) while that keeps
 * it within the leverage limit; otherwise it defaults (it pays nothing; bankruptcies() resolves it).
 */
export function firmInterestAndRepay(E: Economy): void {
  const { firms, banks, pb, book, p } = E;
  const rDep = E.r.deposits;
  const rBase = E.r.policy + p.spreadPrivateFirms;
  const rCoop = E.r.coop;
  const rSoc = E.r.social;
  const repay = 1 / (p.loanDurationYears * PERIODS_PER_YEAR);
  const levMax = p.maxFirmLeverage;
  let refinanced = 0;
  let depInt = 0;
  let intB = 0;
  let intP = 0;
  let repB = 0;
  let repP = 0;
  let iPriv = 0;
  let iCoop = 0;
  let iSoc = 0;
  for (let f = 0; f < firms.n; f++) {
    const fb = firms.bank[f]!;
    const kind = firms.kind[f]!;
    const di = firms.dep[f]! * rDep;
    firms.dep[f]! += di;
    firms.nw[f]! += di;
    firms.depInterest[f] = di;
    banks.dep[fb]! += di;
    banks.nw[fb]! -= di;
    banks.income[fb]! -= di;
    depInt += di;
    const ib = (firms.loanB[f]! * Math.max(0, rBase + firms.spread[f]!)) / PERIODS_PER_YEAR;
    const ip = firms.loanP[f]! * (kind === FIRM_COOP ? rCoop : rSoc);
    const rb = firms.loanB[f]! * repay;
    const rp = firms.loanP[f]! * repay;
    const short = ib + ip + rb + rp - firms.dep[f]!;
    if (short > 0) {
      // The bank refinances a firm that is short of cash but within the leverage limit (the
      // shortfall becomes a new loan); one beyond it defaults.
      const debt = firms.loanB[f]! + firms.loanP[f]!;
      const assets = firms.dep[f]! + firms.kVal[f]! + firms.invVal[f]!;
      const room = Math.min(
        (levMax * assets - debt) / (1 - levMax),
        banks.nw[fb]! / p.minCapitalRatio - riskWeighted(E, fb),
      );
      if (!(room >= short)) {
        firms.defaulted[f] = 1;
        continue;
      }
      privateLoanFlow(E, f, short);
      refinanced += short;
    }
    firms.dep[f]! -= ib;
    firms.nw[f]! -= ib;
    banks.dep[fb]! -= ib;
    banks.nw[fb]! += ib;
    banks.income[fb]! += ib;
    firms.dep[f]! -= ip;
    firms.nw[f]! -= ip;
    banks.dep[fb]! -= ip;
    banks.res[fb]! -= ip;
    pb.res -= ip;
    pb.nw += ip;
    pb.income += ip;
    intB += ib;
    intP += ip;
    const due = ib + ip;
    firms.interest[f] = due;
    if (kind === FIRM_COOP) iCoop += due;
    else if (kind === FIRM_SOCIAL) iSoc += due;
    else iPriv += due;
    privateLoanFlow(E, f, -rb);
    repB += rb;
    publicLoanFlow(E, f, -rp);
    repP += rp;
  }
  book.bankToDepositor(K.intDep, FI, depInt);
  book.privateLoan(refinanced - repB);
  E.flows.newPrivateLoans += refinanced;
  book.publicLoan(-repP);
  book.depositorToBank(K.intLB, FI, intB);
  book.depositorToPublicBank(K.intLP, FI, intP);
  const fl = E.flows;
  fl.privateRepayments += repB;
  fl.publicRepayments += repP;
  fl.interestPrivateFirms += iPriv;
  fl.interestCoops += iCoop;
  fl.interestSocial += iSoc;
}

/**
 * Profit, corporate tax and distribution. Profit = sales − wages − interest + deposit interest −
 * depreciation of machines + change in the value of inventories (at unit labour cost). Private
 * firms and capital-goods firms pay corporate tax on positive profit. A profitable firm keeps
 * deposits for next quarter's wage bill plus `firmLiquidity` quarters of it and its depreciation
 * (the funds that replace its machines); a private firm pays `dividendPayout` of the rest to its
 * owner, a co-op `coopSurplusShare` of it equally to its worker-members (taxed as members' income),
 * a social enterprise `socialSurplusShare` of it to its social purpose (equally to every household).
 * The household side is paid in households.ts.
 */
export function firmTaxesAndProfits(E: Economy): void {
  const { firms, banks, pb, gov, book, p } = E;
  const tCorp = E.tax.corporate;
  const ulcC = E.macro.wage / p.productivity;
  const ulcK = E.macro.wage / p.capitalProductivity;
  const sigma = p.firmLiquidity;
  const nC = E.nC;
  const w = E.macro.wage;
  const a = p.productivity;
  const aK = p.capitalProductivity;
  const nu = p.inventoryTarget;
  const kAvgAge = (E.macro.machinePrice * (p.machineLife + 1)) / (2 * p.machineLife);
  let taxes = 0;
  const margin = E.housing ? E.housing.margin : null;
  for (let f = 0; f < firms.n; f++) {
    const inv = firms.stock[f]! * (f < nC ? ulcC : ulcK);
    // A builder's margin on the new houses it sold last quarter, booked now: the market runs after
    // this step (housing.ts sellNewHouses).
    let houses = 0;
    if (margin && f >= nC) {
      houses = margin[f - nC]!;
      margin[f - nC] = 0;
    }
    if (firms.defaulted[f] === 1) {
      // The restarted firm keeps its stock, valued afresh: left at its value before this quarter's
      // sales and house completions, a builder's could be negative, so that the new owner found
      // no room to borrow and defaulted again, quarter after quarter.
      firms.invVal[f] = inv;
      continue;
    }
    const kind = firms.kind[f]!;
    const profit =
      firms.revenue[f]! -
      firms.wageBill[f]! -
      firms.interest[f]! +
      firms.depInterest[f]! -
      (f < nC ? firms.deprQ[f]! : 0) +
      inv -
      firms.invVal[f]! +
      houses;
    firms.invVal[f] = inv;
    firms.profit[f] = profit;
    if (f < nC) {
      // Return on the machines at today's price as if of average age (the steady state's book
      // value): on historical book value a firm whose machines are nearly written off shows a
      // return of thousands of percent and orders without limit.
      const kNow = firms.capacity[f]! * kAvgAge;
      firms.ret[f] = kNow > 0 ? (profit + firms.deprQ[f]!) / kNow : 0;
    }
    if ((kind === FIRM_PRIVATE || kind === FIRM_CAPITAL) && profit > 0) {
      const tax = Math.min(tCorp * profit, firms.dep[f]!);
      const fb = firms.bank[f]!;
      firms.dep[f]! -= tax;
      firms.nw[f]! -= tax;
      banks.dep[fb]! -= tax;
      banks.res[fb]! -= tax;
      taxes += tax;
    }
    if (!(profit > 0)) continue;
    // Keep next quarter's planned wage bill (from expected sales), the buffer and the funds that
    // replace machines: a firm whose sales just jumped must not pay out what it needs to hire.
    const planned = (w * firms.expected[f]! * (1 + nu)) / (f < nC ? a : aK);
    const keep = (1 + sigma) * Math.max(firms.wageBill[f]!, planned) + (f < nC ? firms.deprQ[f]! : 0);
    const excess = firms.dep[f]! - keep;
    if (!(excess > 0)) continue;
    if (kind === FIRM_SOCIAL) {
      // No owner takes it: the surplus goes to the enterprise's purpose, paid out to households
      // (householdInterestTaxesShares). Kept instead, it would pile up as idle deposits for ever.
      const x = p.socialSurplusShare * excess;
      const fb = firms.bank[f]!;
      firms.dep[f]! -= x;
      firms.nw[f]! -= x;
      banks.dep[fb]! -= x;
      banks.res[fb]! -= x;
      E.flows.socialBenefit += x;
    } else if (kind === FIRM_COOP) {
      if (firms.workers[f]! > 0) {
        const per = (p.coopSurplusShare * excess) / firms.workers[f]!;
        const total = per * firms.workers[f]!;
        firms.coopPerWorker[f] = per;
        firms.dep[f]! -= total;
        firms.nw[f]! -= total;
      }
    } else {
      const d = p.dividendPayout * excess;
      firms.dividend[f] = d;
      firms.dep[f]! -= d;
      firms.nw[f]! -= d;
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
 * Bankruptcy (Caiani et al. 2016 §3.3, simplified). A firm fails when it cannot pay its debt
 * service and its bank will not refinance it (its debt would exceed the leverage limit on its
 * deposits, machines at book value and inventories). Its deposits repay its lenders; what they cannot cover is written off against the
 * lenders' equity; its workers lose their jobs. The firm restarts in place under a new owner with
 * its machines and stock, no debt, the average markup of its kind and half its sales expectation
 * (the number of firms stays fixed).
 */
export function bankruptcies(E: Economy): void {
  const { firms, banks, pb, book } = E;
  const rng = E.rng.entry;
  let repB = 0;
  let repP = 0;
  let woB = 0;
  let woP = 0;
  let count = 0;
  for (let f = 0; f < firms.n; f++) {
    if (firms.defaulted[f] !== 1) continue;
    count++;
    const fb = firms.bank[f]!;
    const rb = Math.min(firms.dep[f]!, firms.loanB[f]!);
    privateLoanFlow(E, f, -rb);
    repB += rb;
    const rp = Math.min(firms.dep[f]!, firms.loanP[f]!);
    publicLoanFlow(E, f, -rp);
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

/** The restarted firm in slot f: no debt, a new owner, the average markup of its kind. */
function enterFirm(E: Economy, f: number, u1: number, u2: number): void {
  const { firms, hh, p } = E;
  const kind = firms.kind[f]!;
  let sumMarkup = 0;
  let m = 0;
  const lo = f < E.nC ? 0 : E.nC;
  const hi = f < E.nC ? E.nC : firms.n;
  for (let g = lo; g < hi; g++) {
    if (firms.kind[g] === kind && g !== f) {
      sumMarkup += firms.markup[g]!;
      m++;
    }
  }
  const normal =
    kind === FIRM_CAPITAL ? p.capitalMarkup : kind === FIRM_SOCIAL ? p.socialMargin : p.initialMarkup;
  firms.markup[f] = m > 0 ? (sumMarkup / m) * (0.95 + 0.1 * u1) : normal;
  firms.expected[f]! *= 0.5;
  firms.spread[f] = 0;
  firms.ret[f] = E.steady.returnRate;
  firms.owner[f] = hh.ownerList[Math.floor(u2 * hh.ownerList.length)]!;
  firms.reset[f] = 1;
}

/**
 * Prices, expectations and plans for next quarter. Expected sales move a share λ toward what was
 * sold (a firm that sold out expects a little more: it does not know how much it turned away).
 * Markup: a random step up to `markupAdjust` up when inventories are at or below target, down when
 * above, then a share `markupReversion` of the gap to the normal markup is closed. Price = (1 +
 * markup) × unit labour cost at next quarter's wage.
 */
export function adjustFirms(E: Economy): void {
  const { firms, p } = E;
  const rng = E.rng.pricing;
  const w = E.macro.wage;
  const lam = p.expectationsWeight;
  const nu = p.inventoryTarget;
  const step = p.markupAdjust;
  const rev = p.markupReversion;
  const nC = E.nC;
  const ulcC = w / p.productivity;
  const ulcK = w / p.capitalProductivity;
  for (let f = 0; f < firms.n; f++) {
    const u1 = rng.next();
    const kind = firms.kind[f]!;
    const s = firms.sold[f]!;
    const soldOut = firms.stock[f]! <= 1e-9 * Math.max(1, s);
    if (firms.reset[f] !== 1) {
      // Capital-goods firms see the orders they could not fill; consumption-goods firms only that
      // they sold out.
      const target = f >= nC ? firms.asked[f]! : soldOut ? s * (1 + 0.5 * lam) : s;
      firms.expected[f]! += lam * (target - firms.expected[f]!);
      // A firm always plans at least one worker's output, so one that lost its customers stays on
      // offer and can win them back.
      const floor = f < nC ? p.productivity : p.capitalProductivity;
      if (firms.expected[f]! < floor) firms.expected[f] = floor;
      if (kind !== FIRM_SOCIAL) {
        const normal = kind === FIRM_CAPITAL ? p.capitalMarkup : p.initialMarkup;
        let mu = firms.markup[f]!;
        if (firms.stock[f]! <= nu * firms.expected[f]!) mu *= 1 + step * u1;
        else mu *= 1 - step * u1;
        mu += rev * (normal - mu);
        firms.markup[f] = Math.min(p.maxMarkup, Math.max(p.minMarkup, mu));
      } else firms.markup[f] = p.socialMargin;
    }
    firms.price[f] = (1 + firms.markup[f]!) * (f < nC ? ulcC : ulcK);
  }
}

/** Government purchases: the same share of every consumption-goods firm's stock, at its price, up to `govPurchases` goods per household. */
export function governmentPurchases(E: Economy): void {
  const { firms, banks, book } = E;
  const nC = E.nC;
  let units = 0;
  for (let f = 0; f < nC; f++) units += firms.stock[f]!;
  // The planned volume, or what a fiscal rule or a replayed stance allows (fiscalRule.ts).
  const share = purchaseShare(E, units);
  let spent = 0;
  if (share > 0) {
    for (let f = 0; f < nC; f++) {
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
  govAccountFlow(E, -spent);
  book.govToDepositor(K.gpur, FI, spent);
  E.flows.govPurchases += spent;
}
