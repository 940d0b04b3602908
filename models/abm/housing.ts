/**
 * The housing market (on with `housingMarket`). Houses are one homogeneous durable good; a
 * household owns at most one and otherwise rents (rent is not modelled: renting is the outside
 * option). Houses are real assets of households, outside the financial matrices, like machines of
 * firms; the mortgages that buy them are financial (mortgages.ts).
 *
 * Each quarter, after firms' interest and bankruptcies (economy.ts):
 *  1. mortgages are serviced; households two quarters in arrears are foreclosed (mortgages.ts);
 *  2. old houses with no mortgage are demolished at 1/`houseLifeYears` a year;
 *  3. builders start houses: replacement × (price ÷ building cost)^`housingSupplyElasticity`.
 *     Capital-goods firms build them (`houseBuildLabour` worker-quarters of their output each), so
 *     construction is their output, counted in GDP as residential investment, and their hiring;
 *  4. the market: foreclosed houses, owners who move (once in `houseHoldingYears` on average)
 *     and finished new houses are for sale; a share `buyProbability` of renters look, and those
 *     who can finance a house at the current price bid. The price moves with expected inflation
 *     plus `housePriceAdjust` × (bidders − houses for sale) ÷ (bidders + houses for sale), so it
 *     rises with credit and demand and falls with supply; then bidders buy, foreclosed houses first (at the foreclosure
 *     discount), each seller repaying its mortgage from the proceeds.
 * Why: house prices form from demand and credit, and mortgage lending creates most private bank
 * money, as in Canada (household debt about 100% of GDP). After the Bank of England's housing
 * model (Baptista et al. 2016) and ICEACE (Erlingsson et al. 2014), much simplified.
 */
import { FI, HH, K } from './book';
import {
  LENDER_PRIVATE,
  offerFor,
  originate,
  postMortgages,
  serviceMortgages,
  settleOnSale,
  type Offer,
} from './mortgages';
import { PERIODS_PER_YEAR, type AbmParams } from './params';
import { Rng, STREAM } from './random';
import type { Economy } from './state';

/** This quarter's flows (reset each quarter). */
export interface HousingQuarter {
  newPrivate: number;
  newPublic: number;
  repaidPrivate: number;
  repaidPublic: number;
  writeOffPrivate: number;
  writeOffPublic: number;
  interest: number;
  foreclosures: number;
  built: number;
  /** Houses started (construction put in place this quarter). */
  started: number;
  sales: number;
  /** Renters who looked, those who could bid, and houses for sale (diagnostics). */
  lookers: number;
  bidders: number;
  forSale: number;
}

export interface Housing {
  owns: Uint8Array;
  /** Foreclosed: its house is for sale until sold. */
  forced: Uint8Array;
  /** Outstanding mortgage, quarters left, lender, annual spread over policy, quarters in arrears. */
  mort: Float64Array;
  left: Int32Array;
  lender: Uint8Array;
  spread: Float64Array;
  arrears: Uint8Array;
  /** Debt service due this quarter, read by next quarter's consumption plan. */
  due: Float64Array;
  /** Scratch: listed this quarter (1 = for sale, 2 = looking to buy). */
  mark: Uint8Array;
  listings: Int32Array;
  bidders: Int32Array;
  /** Price of a house (currency) and houses standing (all owned). */
  price: number;
  stock: number;
  /** Houses started and not yet sold new. */
  pipeline: number;
  /** Last quarter's (bidders − houses for sale) ÷ (bidders + houses for sale). */
  excess: number;
  /**
   * By capital-goods firm (index k − nC): machine units of houses it was ordered and has not yet
   * built, and units of houses it has built and not yet sold (finished new houses).
   */
  owed: Float64Array;
  finished: Float64Array;
  /**
   * By capital-goods firm: the cost (unit labour cost when built) of its finished houses not yet
   * sold, and the margin (price − that cost) on the new houses it sold this quarter, which its
   * next profit counts (firmTaxesAndProfits runs before the market, see sellNewHouses).
   */
  finishedCost: Float64Array;
  margin: Float64Array;
  /** Capital-goods output (machine units) a house takes. */
  units: number;
  rng: Rng;
  /** Fractions carried to next quarter: demolitions, moves, renters looking (countOf). */
  carry: Float64Array;
  offer: Offer;
  q: HousingQuarter;
}

function emptyQuarter(): HousingQuarter {
  return {
    newPrivate: 0,
    newPublic: 0,
    repaidPrivate: 0,
    repaidPublic: 0,
    writeOffPrivate: 0,
    writeOffPublic: 0,
    interest: 0,
    foreclosures: 0,
    built: 0,
    started: 0,
    sales: 0,
    lookers: 0,
    bidders: 0,
    forSale: 0,
  };
}

/**
 * The housing market at the start: `homeownershipShare` of households own a house priced at its
 * building cost; an owner's time in its house is drawn from the moving rate (exponential, mean
 * `houseHoldingYears`), and one that bought less than a mortgage term ago still owes what is left
 * of a loan of 85% of the loan-to-value limit. So the start has roughly the mortgage stock the
 * market keeps. Each mortgage is held by the owner's own bank; the public tier starts empty.
 * Draws come from the housing stream only, so the rest of the economy's set-up is unchanged.
 */
export function createHousing(
  p: AbmParams,
  seed: number,
  hhBank: Int32Array,
  bankMort: Float64Array,
  machinePrice: number,
  nK: number,
): Housing {
  const H = hhBank.length;
  const rng = new Rng(seed, STREAM.housing);
  const units = p.houseBuildLabour * p.capitalProductivity;
  const price = units * machinePrice;
  const Hs: Housing = {
    owns: new Uint8Array(H),
    forced: new Uint8Array(H),
    mort: new Float64Array(H),
    left: new Int32Array(H),
    lender: new Uint8Array(H),
    spread: new Float64Array(H),
    arrears: new Uint8Array(H),
    due: new Float64Array(H),
    mark: new Uint8Array(H),
    listings: new Int32Array(H),
    bidders: new Int32Array(H),
    price,
    stock: 0,
    pipeline: 0,
    excess: 0,
    owed: new Float64Array(nK),
    finished: new Float64Array(nK),
    finishedCost: new Float64Array(nK),
    margin: new Float64Array(nK),
    units,
    rng,
    carry: new Float64Array(3),
    offer: { amount: 0, lender: LENDER_PRIVATE, spread: 0 },
    q: emptyQuarter(),
  };
  const term = Math.round(p.mortgageTermYears * PERIODS_PER_YEAR);
  const stay = p.houseHoldingYears * PERIODS_PER_YEAR;
  const ltv = 0.85 * p.maxLoanToValue;
  const spread = p.mortgageSpread + 0.85 * p.mortgageRiskSpread;
  for (let h = 0; h < H; h++) {
    const u = rng.next();
    const v = rng.next();
    if (u >= p.homeownershipShare) continue;
    Hs.owns[h] = 1;
    Hs.stock++;
    const age = Math.floor(-stay * Math.log(1 - v));
    if (age >= term) continue;
    const b = ltv * price * (1 - age / term);
    Hs.mort[h] = b;
    Hs.left[h] = term - age;
    Hs.spread[h] = spread;
    bankMort[hhBank[h]!]! += b;
  }
  return Hs;
}

/** Households' mortgages in total (private and public), for the sector check and the columns. */
export function householdMortgages(Hs: Housing): number {
  const mort = Hs.mort;
  let s = 0;
  for (let h = 0; h < mort.length; h++) s += mort[h]!;
  return s;
}

/**
 * How many of an expected `x` happen this quarter: whole numbers, the fraction carried to the next
 * quarter in `carry[k]`. Why not a random count: at 10,000 households a quarter sees about 120
 * house sales, and binomial noise in that count (±9%) moved mortgage lending, hence new money, by
 * about 1% of GDP a quarter; who moves or looks is still drawn at random.
 */
function countOf(Hs: Housing, k: number, x: number): number {
  const c = Hs.carry;
  const y = x + c[k]!;
  const n = Math.floor(y);
  c[k] = y - n;
  return n;
}

/** Steps 1–4 of the quarter (see the top of the file). */
export function housingQuarter(E: Economy, Hs: Housing): void {
  Hs.q = emptyQuarter();
  serviceMortgages(E, Hs);
  demolish(E, Hs);
  startHouses(E, Hs);
  trade(E, Hs);
  postMortgages(E, Hs);
}

function demolish(E: Economy, Hs: Housing): void {
  const rate = 1 / (E.p.houseLifeYears * PERIODS_PER_YEAR);
  const n = countOf(Hs, 0, rate * Hs.stock);
  const H = E.H;
  for (let k = 0, tries = 0; k < n && tries < 20 * n; tries++) {
    const h = Hs.rng.int(H);
    if (Hs.owns[h] !== 1 || Hs.mort[h]! > 0 || Hs.forced[h] === 1) continue;
    Hs.owns[h] = 0;
    Hs.stock--;
    k++;
  }
}

/**
 * How far ahead builders book work: a house takes 7–8 months from start to completion in the US
 * Census Bureau's Survey of Construction (single-family; longer for apartments), so an order book
 * of a year of output is a full one. Without it, where the parameters make houses cheap to build
 * and dear to buy, starts ran to 6–100 quarters of the builders' output; houses are built before
 * machines (buildHouses), so machine buyers were starved and capacity collapsed (CALIBRATION.md,
 * "Class A: capacity collapse").
 */
const BUILD_HORIZON_QUARTERS = 4;

/**
 * Builders start houses in proportion to the replacement rate and (price ÷ cost)^elasticity
 * (capped at 3× the replacement rate), scaled by last quarter's market: × 2·bidders ÷ (bidders +
 * houses for sale), i.e. 1 + the excess demand the price reads. The cost is the house's labour at
 * the current wage with the capital-goods firms' normal markup: their actual markups swing with
 * their order books, and reading those would make building fall in every boom. The capital-goods
 * firms hear the order as demand and plan their output on it.
 * Why the market term: builders watch sales as well as prices (Topel & Rosen 1988: starts answer
 * to unsold inventory). Reading the price alone, they kept building while houses for sale
 * outnumbered buyers, because the price falls only slowly, and the housing stock swung in a cycle
 * of ~400 quarters (ownership 0.65 → 0.72 → 0.64, price 15.6 → 11.2 wages, seed 2); the market term
 * slows building as soon as sales slow, and the stock settles. No start beyond a full order book
 * (BUILD_HORIZON_QUARTERS of the builders' output, backlog included).
 */
export function startHouses(E: Economy, Hs: Housing): void {
  const p = E.p;
  const firms = E.firms;
  const cost = p.houseBuildLabour * E.macro.wage * (1 + p.capitalMarkup);
  const ratio = cost > 0 ? Hs.price / cost : 1;
  const rate = 1 / (p.houseLifeYears * PERIODS_PER_YEAR);
  const sales = 1 + Hs.excess;
  const wanted = rate * Hs.stock * Math.min(3, Math.pow(ratio, p.housingSupplyElasticity)) * sales;
  // Time to build: builders take on no more than their output can finish within
  // BUILD_HORIZON_QUARTERS, the backlog of houses owed included.
  let made = 0;
  let backlog = 0;
  for (let k = E.nC; k < E.F; k++) {
    made += firms.output[k]!;
    backlog += Hs.owed[k - E.nC]!;
  }
  const room = Hs.units > 0 ? Math.max(0, BUILD_HORIZON_QUARTERS * made - backlog) / Hs.units : wanted;
  const starts = Math.min(wanted, room);
  Hs.pipeline += starts;
  Hs.q.started = starts;
  const each = (starts * Hs.units) / E.nK;
  for (let k = E.nC; k < E.F; k++) {
    firms.asked[k]! += each;
    Hs.owed[k - E.nC]! += each;
  }
}

/**
 * Construction put in place: right after production (economy.ts), each capital-goods firm builds
 * the houses it was ordered from this quarter's output before it sells machines; the units become
 * finished houses it holds until they sell. Why: a house under contract is a commitment, a machine
 * order is bought from what is on the shelf. When houses were built only from the stock machine
 * buyers left, a boom in machine orders stopped house building (houses completed fell to a third
 * of demolitions with the public bank's tier on, and home ownership drifted from 0.66 to 0.46).
 * The units leave the builder's inventory at their cost (the unit labour cost its profit values
 * inventories at), as a developer's houses under construction are inventory at cost (IAS 2), and
 * the wages that built them are not a loss. Why: booked as a loss, a quarter of building turned the
 * builder's profit negative, which stops its dividends (firms.ts pays them only from a profit), and
 * a quarter of house sales paid out the revenue piled up meanwhile; the owners spent those lumps,
 * and consumption swung 0.90 × as much as GDP (report card 0.5–1) and moved less with it.
 */
export function buildHouses(E: Economy, Hs: Housing): void {
  const stock = E.firms.stock;
  const owed = Hs.owed;
  const finished = Hs.finished;
  const invVal = E.firms.invVal;
  const ulcK = E.macro.wage / E.p.capitalProductivity;
  for (let j = 0; j < E.nK; j++) {
    const k = E.nC + j;
    const q = Math.min(owed[j]!, Math.max(0, stock[k]!));
    if (!(q > 0)) continue;
    stock[k]! -= q;
    invVal[k]! -= q * ulcK;
    owed[j]! -= q;
    finished[j]! += q;
    Hs.finishedCost[j]! += q * ulcK;
  }
}

function trade(E: Economy, Hs: Housing): void {
  const { hh, banks, p } = E;
  const rng = Hs.rng;
  const H = E.H;
  const mark = Hs.mark;
  const list = Hs.listings;
  // Houses for sale: foreclosed first, then owners who move (not those who owe more than the
  // price and their deposits cover: they stay put), then finished new houses.
  let nList = 0;
  const forced = Hs.forced;
  for (let h = 0; h < H; h++) {
    if (forced[h] === 1) {
      list[nList++] = h;
      mark[h] = 1;
    }
  }
  const nForced = nList;
  const moves = countOf(Hs, 1, Hs.stock / (p.houseHoldingYears * PERIODS_PER_YEAR));
  for (let k = 0, tries = 0; k < moves && tries < 20 * moves; tries++) {
    const h = rng.int(H);
    if (Hs.owns[h] !== 1 || mark[h] !== 0) continue;
    k++;
    if (Hs.mort[h]! > Hs.price + hh.dep[h]!) continue;
    list[nList++] = h;
    mark[h] = 1;
  }
  let built = 0;
  for (let j = 0; j < E.nK; j++) built += Hs.finished[j]!;
  const nNew = Math.max(0, Math.min(Math.floor(Hs.pipeline), Math.floor(built / Hs.units + 1e-9)));
  for (let k = 0; k < nNew; k++) list[nList++] = -1;
  // Bidders: renters who look and can finance a house at the current price.
  const renters = H - Hs.stock;
  const look = countOf(Hs, 2, renters * p.buyProbability);
  const bidders = Hs.bidders;
  const offer = Hs.offer;
  let nBid = 0;
  for (let k = 0, tries = 0; k < look && tries < 20 * look; tries++) {
    const h = rng.int(H);
    if (Hs.owns[h] !== 0 || mark[h] !== 0) continue;
    k++;
    mark[h] = 2;
    if (offerFor(E, Hs, h, Hs.price, offer)) bidders[nBid++] = h;
  }
  Hs.q.lookers = look;
  Hs.q.bidders = nBid;
  Hs.q.forSale = nList;
  // Price: asking prices follow expected inflation (as wages do), and excess demand raises the
  // price while excess supply lowers it. Without the first term, a price moved only by excess
  // demand would lag every other price in an economy with inflation, and fall below building cost.
  const drift = Math.pow(1 + E.macro.expectedInflation, 1 / PERIODS_PER_YEAR) - 1;
  const excess = nBid + nList > 0 ? (nBid - nList) / (nBid + nList) : 0;
  Hs.excess = excess;
  Hs.price *= 1 + drift + p.housePriceAdjust * excess;
  // Shuffle the ordinary listings (moves and new houses), so neither kind sells first.
  for (let i = nList - 1; i > nForced; i--) {
    const j = nForced + rng.int(i - nForced + 1);
    const x = list[i]!;
    list[i] = list[j]!;
    list[j] = x;
  }
  const firesale = (1 - p.foreclosureDiscount) * Hs.price;
  let j = 0;
  let sold = 0;
  let newSold = 0;
  let newRevenue = 0;
  for (let b = 0; b < nBid && j < nList; b++) {
    const h = bidders[b]!;
    const s = list[j]!;
    const price = j < nForced ? firesale : Hs.price;
    if (!offerFor(E, Hs, h, price, offer)) continue;
    j++;
    const hb = hh.bank[h]!;
    originate(E, Hs, h, offer);
    hh.dep[h]! -= price;
    banks.dep[hb]! -= price;
    banks.res[hb]! -= price;
    Hs.owns[h] = 1;
    sold++;
    if (s < 0) {
      Hs.stock++;
      newSold++;
      newRevenue += price;
      continue;
    }
    const sb = hh.bank[s]!;
    hh.dep[s]! += price;
    banks.dep[sb]! += price;
    banks.res[sb]! += price;
    settleOnSale(E, Hs, s);
    Hs.owns[s] = 0;
    Hs.forced[s] = 0;
  }
  mark.fill(0);
  sellNewHouses(E, Hs, newSold, newRevenue, built);
  Hs.q.sales = sold;
}

/**
 * New houses sold: buyers have paid; the capital-goods firms that built them are paid in
 * proportion to the finished houses each holds, which fall by the houses' output. Each builder's
 * margin (the price less the cost its houses left inventory at, buildHouses) goes to `margin`, which
 * its next profit counts (firmTaxesAndProfits). Why: the market runs after the quarter's profits and
 * a firm's revenue is reset at the next production, so a sale never entered the builder's profit:
 * its margin paid no corporate tax, and reached its owners only as deposits above what the firm
 * keeps, paid out in a quarter its machines made a profit (CALIBRATION.md, "Houses and mortgages:
 * why consumption moves less with output"). The margin is booked a quarter late (a builder that
 * defaults then restarts without it, as with its other profit).
 */
function sellNewHouses(E: Economy, Hs: Housing, n: number, revenue: number, built: number): void {
  Hs.q.built = n;
  if (!(n > 0) || !(built > 0)) return;
  Hs.pipeline -= n;
  const { firms, banks } = E;
  const units = n * Hs.units;
  for (let k = E.nC; k < E.F; k++) {
    const share = Hs.finished[k - E.nC]! / built;
    if (!(share > 0)) continue;
    const x = revenue * share;
    const q = units * share;
    const j = k - E.nC;
    const cost = (Hs.finishedCost[j]! * q) / Hs.finished[j]!;
    Hs.finishedCost[j]! -= cost;
    Hs.margin[j]! += x - cost;
    Hs.finished[j]! -= q;
    firms.sold[k]! += q;
    firms.revenue[k]! += x;
    firms.dep[k]! += x;
    firms.nw[k]! += x;
    const fb = firms.bank[k]!;
    banks.dep[fb]! += x;
    banks.res[fb]! += x;
  }
  E.book.depositorToDepositor(K.resInv, HH, FI, revenue);
}

/**
 * After the quarter's close: a household's next consumption plan counts its debt service as
 * spoken for (closeHouseholds set `otherPrev` from its income; the debt service comes off it), so
 * a borrower saves to pay its mortgage instead of running its deposits down. And the wealth it
 * spends from (α2, `depPrev`) is its deposits less `mortgageInWealth` × its mortgage. Why netting:
 * with deposits alone, the deposit a mortgage creates reaches the seller and is spent down to the
 * same deposits-to-income ratio as without houses, so households' net financial wealth falls by the
 * whole mortgage stock; the sectoral balances then make the government run surpluses and its debt
 * fell from 0.49 × GDP toward zero (report card: "stable government debt" 58.5%).
 * Where the mortgage exceeds the deposits, the net debt comes off the plan at
 * `housingWealthPropensity` instead of α2 (`depPrev` carries it scaled by their ratio). Why: with
 * net wealth floored at zero, a seller's spendable wealth rose by the whole price while a buyer's
 * fell only to zero, so house sales made spending of their own; and households' net financial
 * wealth, the counterpart of government debt, fell with every mortgage its borrower's deposits did
 * not cover, so government debt followed the housing cycle (CALIBRATION.md, "Houses and
 * mortgages: consumption and government debt").
 */
export function afterClose(E: Economy, Hs: Housing): void {
  const other = E.hh.otherPrev;
  const wealth = E.hh.depPrev;
  const due = Hs.due;
  const mort = Hs.mort;
  const theta = E.p.mortgageInWealth;
  const ratio = netDebtWeight(E.p);
  for (let h = 0; h < E.H; h++) {
    const d = due[h]!;
    if (d > 0) other[h]! -= d;
    const m = mort[h]!;
    if (m > 0) {
      const w = wealth[h]! - theta * m;
      wealth[h] = w >= 0 ? w : ratio * w;
    }
  }
}

/** `housingWealthPropensity` (a year) as a share of α2 (a quarter): the weight of net debt in `depPrev`. */
export function netDebtWeight(p: AbmParams): number {
  const a2 = p.propensityWealth;
  return a2 > 0 ? p.housingWealthPropensity / PERIODS_PER_YEAR / a2 : 0;
}

/**
 * The start's deposits of households with a mortgage: their own steady-state deposits (state.ts)
 * plus the mortgage, so the wealth their consumption plan reads (deposits less `mortgageInWealth`
 * × the mortgage, afterClose) is, at the default 1, the steady state's, as for a household without
 * one. Why: starting them at the deposits of households without houses left them no wealth to
 * spend from, and they saved for decades; government debt, the counterpart of those savings, rose
 * from 0.49 to ~1.5 × GDP by quarter 100 and was still falling through quarter 300 (report card:
 * "stable government debt"). The extra deposits are the mortgages' own counterpart: the banks fund
 * their mortgages with them (state.ts), not with advances.
 */
export function startBorrowersDeposits(
  dep: Float64Array,
  depPrev: Float64Array,
  Hs: Housing,
  mortgageInWealth: number,
): void {
  const mort = Hs.mort;
  for (let h = 0; h < dep.length; h++) {
    const m = mort[h]!;
    if (!(m > 0)) continue;
    dep[h]! += m;
    depPrev[h] = Math.max(0, dep[h]! - mortgageInWealth * m);
  }
}
