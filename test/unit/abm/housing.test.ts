/**
 * Issue 8 §1 and §7: the housing market and mortgages operate with the signs their mechanisms
 * imply — a mortgage creates a deposit and its repayment destroys one; no loan breaks the
 * loan-to-value or debt-service limits; a default is written off against the bank's equity; the
 * stock-flow checks hold every quarter; a higher policy rate lowers mortgage lending and prices.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_PARAMS, runAbm, type AbmScenario } from '../../../models/abm';
import { K, MO, DEP, HH, BK, NI, NS } from '../../../models/abm/book';
import { EMP_UNEMPLOYED } from '../../../models/abm/households';
import { firmTaxesAndProfits } from '../../../models/abm/firms';
import {
  afterClose,
  buildHouses,
  housingQuarter,
  netDebtWeight,
  startHouses,
} from '../../../models/abm/housing';
import {
  LENDER_PRIVATE,
  LENDER_PUBLIC,
  offerFor,
  originate,
  serviceMortgages,
  settleOnSale,
  termQuarters,
  type Offer,
} from '../../../models/abm/mortgages';
import { createEconomy, type Economy } from '../../../models/abm/state';
import { presetAt, renterWithJob } from '../helpers/abm';

function scenario(
  name: string,
  over: Partial<AbmScenario> = {},
  params: Partial<AbmScenario['params']> = {},
): AbmScenario {
  return presetAt(name, { households: 1000, firms: 50, banks: 3, periods: 80 }, over, params);
}

const mean = (a: Float64Array, from: number, to: number) => {
  let s = 0;
  for (let i = from; i < to; i++) s += a[i]!;
  return s / (to - from);
};

/** An economy at its start with the housing market on, rates set as in quarter 1. */
function economy(params: Partial<AbmScenario['params']> = {}): Economy {
  const E = createEconomy(scenario('abm-mortgage-private', {}, params));
  const q = (x: number) => Math.max(0, x) / 4;
  E.r.policy = 0.025;
  E.r.deposits = q(0.025 - E.p.depositSpread);
  E.book.reset();
  return E;
}

function moneyStock(E: Economy): number {
  let m = 0;
  for (let h = 0; h < E.H; h++) m += E.hh.dep[h]!;
  for (let f = 0; f < E.F; f++) m += E.firms.dep[f]!;
  return m;
}

describe('mortgages: money is created by lending and destroyed by repayment', () => {
  it('a private mortgage credits the borrower and its bank; repaying it destroys the deposit', () => {
    const E = economy();
    const Hs = E.housing!;
    const h = renterWithJob(E);
    const hb = E.hh.bank[h]!;
    const m0 = moneyStock(E);
    const dep0 = E.hh.dep[h]!;
    const bankDep0 = E.banks.dep[hb]!;
    const bankMort0 = E.banks.mort[hb]!;
    const L = 50_000;
    originate(E, Hs, h, { amount: L, lender: LENDER_PRIVATE, spread: 0.02 });
    expect(E.hh.dep[h]).toBeCloseTo(dep0 + L, 6);
    expect(E.banks.dep[hb]).toBeCloseTo(bankDep0 + L, 6);
    expect(E.banks.mort[hb]).toBeCloseTo(bankMort0 + L, 6);
    expect(moneyStock(E) - m0).toBeCloseTo(L, 6);
    expect(Hs.mort[h]).toBe(L);
    expect(Hs.left[h]).toBe(termQuarters(E));
    // One quarter's service: the principal (L / term) and the interest leave its deposits.
    const rq = (0.025 + 0.02) / 4;
    const due = L * rq + L / termQuarters(E);
    const m1 = moneyStock(E);
    serviceMortgages(E, Hs);
    expect(Hs.due[h]).toBeCloseTo(due, 6);
    expect(m1 - moneyStock(E)).toBeGreaterThanOrEqual(due - 1e-6); // others pay too
    expect(Hs.mort[h]).toBeCloseTo(L - L / termQuarters(E), 6);
    // Selling: the proceeds repay the rest; the bank's mortgages and deposits fall by it.
    const rest = Hs.mort[h]!;
    const bd = E.banks.dep[hb]!;
    const bm = E.banks.mort[hb]!;
    const md = moneyStock(E);
    settleOnSale(E, Hs, h);
    expect(Hs.mort[h]).toBe(0);
    expect(bd - E.banks.dep[hb]!).toBeCloseTo(rest, 6);
    expect(bm - E.banks.mort[hb]!).toBeCloseTo(rest, 6);
    expect(md - moneyStock(E)).toBeCloseTo(rest, 6);
  });

  it('the postings show it: lending raises household deposits and mortgages by the same amount', () => {
    const E = economy();
    const Hs = E.housing!;
    const h = renterWithJob(E);
    originate(E, Hs, h, { amount: 40_000, lender: LENDER_PRIVATE, spread: 0.02 });
    E.book.privateMortgage(Hs.q.newPrivate);
    const leg = (s: number, i: number) => E.book.legs[(K.lending * NS + s) * NI + i]!;
    expect(leg(HH, DEP)).toBe(40_000);
    expect(leg(HH, MO)).toBe(-40_000);
    expect(leg(BK, MO)).toBe(40_000);
    expect(leg(BK, DEP)).toBe(-40_000);
    expect(E.book.moneySources()).toBe(40_000);
  });

  it('a public-bank mortgage is paid in reserves to the borrower’s bank', () => {
    const E = economy({ publicBankMortgages: true });
    const Hs = E.housing!;
    const h = renterWithJob(E);
    const hb = E.hh.bank[h]!;
    const res0 = E.banks.res[hb]!;
    const pbRes0 = E.pb.res;
    originate(E, Hs, h, { amount: 30_000, lender: LENDER_PUBLIC, spread: 0.005 });
    expect(E.pb.mort).toBe(30_000);
    expect(E.banks.res[hb]! - res0).toBeCloseTo(30_000, 6);
    expect(E.pb.res - pbRes0).toBeCloseTo(30_000, 6);
    expect(E.banks.mort[hb]).toBe(E.banks.mort[hb]); // private book untouched
  });
});

describe('mortgages: lending limits', () => {
  it('no offer exceeds the loan-to-value or debt-service-to-income limit', () => {
    const E = economy();
    const Hs = E.housing!;
    const h = renterWithJob(E);
    const out: Offer = { amount: 0, lender: 0, spread: 0 };
    const term = termQuarters(E);
    fc.assert(
      fc.property(
        fc.double({ min: 1e4, max: 1e6, noNaN: true }),
        fc.double({ min: 2e3, max: 4e4, noNaN: true }),
        fc.double({ min: 0, max: 3e5, noNaN: true }),
        fc.double({ min: 0, max: 0.1, noNaN: true }),
        (price, income, deposits, policy) => {
          E.hh.inc[h] = income;
          E.hh.dep[h] = deposits;
          E.r.policy = policy;
          if (!offerFor(E, Hs, h, price, out)) return;
          if (out.amount === 0) {
            // Cash: its deposits cover the price.
            expect(deposits).toBeGreaterThanOrEqual(price);
            return;
          }
          expect(out.amount).toBeLessThanOrEqual(E.p.maxLoanToValue * price * (1 + 1e-12));
          const rq = Math.max(0, policy + out.spread) / 4;
          expect(out.amount * (rq + 1 / term)).toBeLessThanOrEqual(
            E.p.maxDebtServiceToIncome * income * (1 + 1e-9),
          );
          expect(deposits).toBeGreaterThanOrEqual(price - out.amount - 1e-6);
        },
      ),
      { numRuns: 300, seed: 8 },
    );
  });

  it('the unemployed get no mortgage, and a tighter limit lends less', () => {
    const E = economy();
    const Hs = E.housing!;
    const h = renterWithJob(E);
    const out: Offer = { amount: 0, lender: 0, spread: 0 };
    E.hh.dep[h] = 20_000;
    expect(offerFor(E, Hs, h, 150_000, out)).toBe(true);
    const loose = out.amount;
    E.p.maxDebtServiceToIncome = 0.2;
    expect(offerFor(E, Hs, h, 150_000, out) ? out.amount : 0).toBeLessThan(loose);
    E.hh.emp[h] = EMP_UNEMPLOYED;
    expect(offerFor(E, Hs, h, 150_000, out)).toBe(false);
  });
});

describe('mortgages: default and foreclosure', () => {
  it('two missed payments foreclose: the bank writes off the loss and its equity falls by it', () => {
    const E = economy();
    const Hs = E.housing!;
    let h = -1;
    for (let i = 0; i < E.H; i++) if (Hs.mort[i]! > 0 && Hs.lender[i] === LENDER_PRIVATE) h = i;
    expect(h).toBeGreaterThanOrEqual(0);
    const hb = E.hh.bank[h]!;
    // Only h owes anything (so the bank's equity moves by h's loan alone); h has nothing left to
    // pay with, and house prices have halved.
    for (let i = 0; i < E.H; i++) {
      if (i === h || !(Hs.mort[i]! > 0)) continue;
      E.banks.mort[E.hh.bank[i]!]! -= Hs.mort[i]!;
      Hs.mort[i] = 0;
    }
    E.banks.dep[hb]! -= E.hh.dep[h]!;
    E.hh.dep[h] = 0;
    Hs.price *= 0.5;
    const owed = Hs.mort[h]!;
    const equity0 = E.banks.nw[hb]!;
    serviceMortgages(E, Hs);
    expect(Hs.arrears[h]).toBe(1);
    expect(Hs.forced[h]).toBe(0);
    expect(E.banks.nw[hb]).toBe(equity0); // no interest received, nothing written off yet
    serviceMortgages(E, Hs);
    expect(Hs.forced[h]).toBe(1);
    const recovery = (1 - E.p.foreclosureDiscount) * Hs.price;
    expect(owed).toBeGreaterThan(recovery);
    expect(Hs.mort[h]).toBeCloseTo(recovery, 6);
    expect(Hs.q.writeOffPrivate).toBeCloseTo(owed - recovery, 6);
    expect(equity0 - E.banks.nw[hb]!).toBeCloseTo(owed - recovery, 6);
    expect(E.banks.mort[hb]).toBeCloseTo(recovery, 6);
    expect(Hs.q.foreclosures).toBe(1);
  });

  it('a run with a price crash forecloses, writes off, and still keeps every invariant', () => {
    const s = scenario(
      'abm-mortgage-private',
      { periods: 44 },
      // A formula rate that jumps to 25% for quarters 20–31: payments outrun incomes. (Longer, the
      // government's 25% interest bill takes its debt past the divergence guard: with
      // mortgageInWealth households hold more deposits and the government more debt.)
      { policyRate: 't >= 20 and t < 32 ? 0.25 : 0.025' },
    );
    const r = runAbm(s);
    const wo = r.columns.mortgage_write_offs!;
    expect(mean(wo, 20, 44)).toBeGreaterThan(0);
    expect(Math.max(...r.columns.sfc_max_error!)).toBeLessThan(1e-7);
    expect(Array.from(r.extras.invariants.passed).every((x) => x === 1)).toBe(true);
  });
});

describe('the housing market in a run', () => {
  it('both mortgage presets keep every stock-flow invariant every quarter, and mortgages show in the columns', () => {
    for (const name of ['abm-mortgage-private', 'abm-mortgage-public-bank']) {
      const r = runAbm(scenario(name));
      const c = r.columns;
      expect(Math.max(...c.sfc_max_error!)).toBeLessThan(1e-7);
      expect(Array.from(r.extras.invariants.passed).every((x) => x === 1)).toBe(true);
      const T = r.index.length;
      for (let t = 0; t < T; t++) {
        expect(c.household_debt![t]).toBeCloseTo(
          c.money_from_mortgages![t]! + c.public_bank_mortgages![t]!,
          3,
        );
        expect(c.money_from_private_loans![t]).toBeCloseTo(
          c.money_from_mortgages![t]! + c.money_from_firm_loans![t]!,
          3,
        );
        expect(c.house_price![t]).toBeGreaterThan(0);
      }
      expect(mean(c.mortgage_lending!, 10, T)).toBeGreaterThan(0);
      expect(mean(c.houses_built!, 10, T)).toBeGreaterThan(0);
      if (name === 'abm-mortgage-public-bank') expect(c.public_bank_mortgages![T - 1]).toBeGreaterThan(0);
      else expect(Math.max(...c.public_bank_mortgages!)).toBe(0);
    }
  });

  it('off by default: no houses, no household debt', () => {
    expect(DEFAULT_PARAMS.housingMarket).toBe(false);
    const r = runAbm(scenario('abm-private-debt', { periods: 20 }));
    for (const k of [
      'household_debt',
      'house_price',
      'mortgage_lending',
      'houses_built',
      'money_from_mortgages',
    ])
      expect(Math.max(...r.columns[k]!)).toBe(0);
  });

  it('a housing quarter moves houses between owners and keeps the stock counted', () => {
    const E = economy();
    const Hs = E.housing!;
    E.macro.gdpNominal = 1e8;
    for (let h = 0; h < E.H; h++) if (E.hh.emp[h] !== EMP_UNEMPLOYED) E.hh.inc[h] = E.macro.wage;
    housingQuarter(E, Hs);
    let owners = 0;
    for (let h = 0; h < E.H; h++) owners += Hs.owns[h]!;
    expect(owners).toBe(Hs.stock);
    expect(Hs.q.sales).toBeGreaterThan(0);
  });

  it('a higher policy rate lowers mortgage lending and house prices', () => {
    let lendLow = 0;
    let lendHigh = 0;
    let priceLow = 0;
    let priceHigh = 0;
    for (const seed of [1, 2, 3]) {
      const low = runAbm(scenario('abm-mortgage-private', { seed, periods: 60 }));
      const high = runAbm(
        scenario('abm-mortgage-private', { seed, periods: 60 }, { policyRate: 't >= 20 ? 0.045 : 0.025' }),
      );
      lendLow += mean(low.columns.mortgage_lending!, 20, 60);
      lendHigh += mean(high.columns.mortgage_lending!, 20, 60);
      priceLow += mean(low.columns.house_price!, 30, 60);
      priceHigh += mean(high.columns.house_price!, 30, 60);
    }
    expect(lendHigh).toBeLessThan(lendLow);
    expect(priceHigh).toBeLessThan(priceLow);
  });

  it('the wealth a borrower spends from is its deposits less its mortgage (mortgageInWealth); net debt weighs at the housing-wealth propensity', () => {
    for (const theta of [0, 0.5, 1]) {
      for (const housingWealthPropensity of [0, 0.1]) {
        const E = economy({ mortgageInWealth: theta, housingWealthPropensity });
        const Hs = E.housing!;
        const owe = Hs.mort.findIndex((m) => m > 0);
        const free = Hs.mort.findIndex((m, h) => m === 0 && h !== owe);
        const m = Hs.mort[owe]!;
        Hs.due.fill(0);
        E.hh.depPrev[owe] = 2 * m;
        E.hh.depPrev[free] = 2 * m;
        afterClose(E, Hs);
        expect(E.hh.depPrev[owe]).toBeCloseTo(2 * m - theta * m, 6);
        expect(E.hh.depPrev[free]).toBe(2 * m);
        // Mortgage beyond deposits: the net debt enters α2's wealth term scaled so that α2 × it is
        // housingWealthPropensity / 4 × the net debt; at 0 the wealth is floored at zero.
        E.hh.depPrev[owe] = 0.5 * m;
        afterClose(E, Hs);
        const net = 0.5 * m - theta * m;
        const weight = housingWealthPropensity / 4 / E.p.propensityWealth;
        expect(E.hh.depPrev[owe]).toBeCloseTo(net >= 0 ? net : weight * net, 6);
        expect(netDebtWeight(E.p)).toBeCloseTo(weight, 12);
        if (theta === 1 && housingWealthPropensity > 0) {
          expect(E.hh.depPrev[owe]).toBeLessThan(0);
          expect(E.p.propensityWealth * E.hh.depPrev[owe]!).toBeCloseTo((0.1 / 4) * net, 6);
        }
      }
    }
  });

  /** The first capital-goods firm with 10 machines' worth of stock at cost, owed 4 houses. */
  function builderOwedFour() {
    const E = economy();
    const Hs = E.housing!;
    const k = E.nC;
    const ulcK = E.macro.wage / E.p.capitalProductivity;
    E.firms.stock[k] = 10;
    E.firms.invVal[k] = 10 * ulcK;
    Hs.owed.fill(0);
    Hs.owed[0] = 4;
    return { E, Hs, k, ulcK };
  }

  it('a house a builder builds leaves its inventory at cost, so building is not booked as a loss', () => {
    const { E, Hs, k, ulcK } = builderOwedFour();
    const finished0 = Hs.finished[0]!;
    buildHouses(E, Hs);
    expect(E.firms.stock[k]).toBeCloseTo(6, 12);
    expect(Hs.finished[0]! - finished0).toBeCloseTo(4, 12);
    // Profit's inventory term (stock at unit labour cost − last value) is zero: the wages that
    // built the houses are in the houses, not a loss.
    expect(E.firms.stock[k]! * ulcK - E.firms.invVal[k]!).toBeCloseTo(0, 6);
    // A builder with too little stock builds what it has, and only that leaves its inventory.
    E.firms.stock[k] = 1;
    E.firms.invVal[k] = 1 * ulcK;
    Hs.owed[0] = 4;
    buildHouses(E, Hs);
    expect(E.firms.stock[k]).toBe(0);
    expect(Hs.owed[0]).toBeCloseTo(3, 12);
    expect(E.firms.invVal[k]).toBeCloseTo(0, 6);
  });

  it('a builder’s margin on a new house sold (price − its cost) enters its next profit, and is taxed', () => {
    const { E, Hs, k, ulcK } = builderOwedFour();
    const cost0 = Hs.finishedCost[0]!;
    buildHouses(E, Hs);
    expect(Hs.finishedCost[0]! - cost0).toBeCloseTo(4 * ulcK, 9);
    // Two identical economies; one builder has a margin of 5 from last quarter's sales.
    const twin = economy();
    for (const X of [E, twin]) {
      X.firms.revenue.fill(0);
      X.firms.stock[k] = 0;
      X.firms.invVal[k] = 0;
    }
    const M = 5 * E.macro.wage;
    E.housing!.margin.fill(0);
    twin.housing!.margin.fill(0);
    E.housing!.margin[0] = M;
    const tax0 = E.flows.taxes;
    const taxTwin0 = twin.flows.taxes;
    firmTaxesAndProfits(E);
    firmTaxesAndProfits(twin);
    expect(E.firms.profit[k]! - twin.firms.profit[k]!).toBeCloseTo(M, 9);
    expect(E.housing!.margin[0]).toBe(0);
    expect(E.flows.taxes - tax0 - (twin.flows.taxes - taxTwin0)).toBeGreaterThan(0);
  });

  it('builders start no more houses than a year of their output can finish, backlog included', () => {
    const E = economy();
    const Hs = E.housing!;
    // Houses far dearer than their cost: builders want to start as many as their rule allows.
    Hs.price = 1e3 * E.p.houseBuildLabour * E.macro.wage;
    Hs.owed.fill(0);
    for (let k = E.nC; k < E.F; k++) E.firms.output[k] = 1e6;
    startHouses(E, Hs);
    const wanted = Hs.q.started;
    expect(wanted).toBeGreaterThan(0);
    // Builders whose year of output holds half of that: half of it starts.
    const made = (wanted / 2) * (Hs.units / (4 * E.nK));
    for (let k = E.nC; k < E.F; k++) E.firms.output[k] = made;
    Hs.owed.fill(0);
    startHouses(E, Hs);
    expect(Hs.q.started).toBeCloseTo(wanted / 2, 9);
    // The order book is now full: nothing new starts, and nothing more is asked of the builders.
    const asked = Array.from(E.firms.asked);
    startHouses(E, Hs);
    expect(Hs.q.started).toBe(0);
    expect(Array.from(E.firms.asked)).toEqual(asked);
    // Half of the backlog built: room for half of it again.
    for (let j = 0; j < E.nK; j++) Hs.owed[j] = Hs.owed[j]! / 2;
    startHouses(E, Hs);
    expect(Hs.q.started).toBeCloseTo(wanted / 4, 9);
  });

  it('netting mortgages from spendable wealth makes households hold more deposits and the government more debt', () => {
    let moneyNet = 0;
    let moneyGross = 0;
    let govNet = 0;
    let govGross = 0;
    for (const seed of [1, 2]) {
      const net = runAbm(scenario('abm-mortgage-private', { seed, periods: 120 }, { mortgageInWealth: 1 }));
      const gross = runAbm(scenario('abm-mortgage-private', { seed, periods: 120 }, { mortgageInWealth: 0 }));
      moneyNet += mean(net.columns.money_to_gdp!, 60, 120);
      moneyGross += mean(gross.columns.money_to_gdp!, 60, 120);
      govNet += mean(net.columns.gov_debt_to_gdp!, 60, 120);
      govGross += mean(gross.columns.gov_debt_to_gdp!, 60, 120);
    }
    expect(moneyNet).toBeGreaterThan(moneyGross);
    expect(govNet).toBeGreaterThan(govGross);
  });
});

describe('the assumptions every export carries say what the mortgage economy does', () => {
  it('households hold mortgages, the start funds them with the deposit they created, and net debt weighs on spending', () => {
    const a = runAbm(scenario('abm-mortgage-private', { periods: 4 })).assumptions.join('\n');
    expect(a).toMatch(/Households hold deposits and, with a house bought on credit, a mortgage/);
    expect(a).not.toMatch(/only deposits \(no bonds, no shares, no debt\)/);
    expect(a).not.toMatch(/funded by advances/);
    expect(a).toMatch(/net debt lowers spending by 10% of it a year/);
    const noHouses = runAbm(scenario('abm-private-debt', { periods: 4 })).assumptions.join('\n');
    expect(noHouses).toMatch(/only deposits \(no bonds, no shares, no debt\)/);
  });
});
