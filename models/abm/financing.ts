/**
 * How the citizen's income is financed (`citizensIncomeFinancing`, issue 8 §5), so that the three
 * financings of the same income differ only through their mechanism:
 * - bonds: paid from the budget; the deficit is financed like any other, by the money regime
 *   (citizensIncomeMoneyShare, kept for older files, still credits that share debt-free);
 * - money: the public bank credits the whole income to the government debt-free;
 * - taxes: at the start of each quarter a surcharge on the taxes of `citizensIncomeTaxMix` is set
 *   so that, at last quarter's tax bases, it raises what this quarter's income costs: budget-neutral
 *   before behaviour responds (ex ante). What a tax cannot raise below its ceiling is borrowed.
 * The tax sites (firms.ts, banks.ts, households.ts) read this quarter's rates from E.tax.
 */
import { PERIODS_PER_YEAR, SURCHARGE_CEILINGS as CEILINGS, type AbmParams } from './params';
import { FIRM_CAPITAL, FIRM_PRIVATE } from './firms';
import { replayTaxRates } from './fiscalRule';
import type { Economy } from './state';
import { solveSteadyState, type SteadyInputs, type SteadyState } from './steadyState';

/** This quarter's tax rates: the parameters plus any citizen's-income surcharge. Wealth is per year. */
export interface TaxRates {
  income: number;
  corporate: number;
  capital: number;
  wealth: number;
}

/** Quarterly tax bases (currency) the surcharge is set on, and what it was set to raise. */
export interface CitizensIncomeTaxes {
  labour: number;
  profits: number;
  capital: number;
  /** Deposits above the wealth-tax threshold (a stock). */
  wealth: number;
  /** Extra revenue this quarter's surcharge is set to raise at those bases (ex ante). */
  planned: number;
}

/**
 * The essay's taxes (the source essay, "Social Markets"): corporate tax back to the 47% of the
 * 1950s–60s, capital gains taxed (here: capital income, at 30%) and wealth taxed (1% a year above
 * the threshold). The essay gives no capital-gains or wealth-tax rate; these are the levels of the
 * abm-ubi-taxes preset before this mix existed.
 */
export const ESSAY_RATES: Readonly<Omit<TaxRates, 'income'>> = {
  corporate: 0.47,
  capital: 0.3,
  wealth: 0.01,
};

/** Ceilings of a surcharged rate (params.ts says why these). */
export const SURCHARGE_CEILINGS: Readonly<TaxRates> = CEILINGS;

export function baseTaxRates(p: AbmParams): TaxRates {
  return {
    income: p.incomeTaxRate,
    corporate: p.corporateTaxRate,
    capital: p.capitalIncomeTaxRate,
    wealth: p.wealthTaxRate,
  };
}

/** Bases for the first quarter: the steady state's flows and the start's deposits. */
export function startTaxBases(
  ss: SteadyState,
  dep: Float64Array,
  bonds: Float64Array,
  threshold: number,
): CitizensIncomeTaxes {
  const b = ss.taxBases;
  return {
    labour: b.labour,
    profits: b.profits,
    capital: b.capital,
    wealth: wealthBase(dep, bonds, threshold),
    planned: 0,
  };
}

/**
 * Step 1b: this quarter's tax rates. `cost` is what this quarter's citizen's income will cost (the
 * formula's value × households). Only under `taxes` do the rates differ from the parameters.
 * A quarter of a replayed stance's rates (fiscalRule.ts) is taxed at exactly those rates: they
 * already hold the first run's surcharges, so this scenario's own do not add to them, and what its
 * citizen's income costs is financed like any deficit (citizensIncomeMoneyCredit).
 */
export function setTaxRates(E: Economy, t: number, cost: number): void {
  if (replayTaxRates(E.fiscal, t, E.tax)) {
    E.ciTaxes.planned = 0;
    return;
  }
  E.ciTaxes.planned = surchargedRates(E.p, cost, E.ciTaxes, E.tax);
  // A fiscal rule's own surcharge once programmes are at their floor (fiscalRule.ts).
  if (E.fiscal.taxAdd > 0) E.tax.income = Math.min(SURCHARGE_CEILINGS.income, E.tax.income + E.fiscal.taxAdd);
}

/**
 * Writes into `t` the parameters' tax rates plus the surcharge that raises `cost` at `bases` (under
 * `taxes` only) and returns the revenue the surcharge is set to raise (less than `cost` when a
 * ceiling binds).
 */
export function surchargedRates(
  p: AbmParams,
  cost: number,
  b: Omit<CitizensIncomeTaxes, 'planned'>,
  t: TaxRates,
): number {
  t.income = p.incomeTaxRate;
  t.corporate = p.corporateTaxRate;
  t.capital = p.capitalIncomeTaxRate;
  t.wealth = p.wealthTaxRate;
  if (p.citizensIncomeFinancing !== 'taxes' || !(cost > 0)) return 0;
  const wealthQ = b.wealth / PERIODS_PER_YEAR;
  // Raise `need` by lifting rate `key` on `base` up to its ceiling; return what is still missing.
  const lift = (key: keyof TaxRates, base: number, perYear: number, need: number): number => {
    if (!(need > 0) || !(base > 0)) return need;
    const room = Math.max(0, SURCHARGE_CEILINGS[key] - t[key]);
    const d = Math.min(room, (need / base) * perYear);
    t[key] += d;
    return need - (d / perYear) * base;
  };
  let left = cost;
  switch (p.citizensIncomeTaxMix) {
    case 'income':
      left = lift('income', b.labour, 1, left);
      break;
    case 'corporate':
      left = lift('corporate', b.profits, 1, left);
      break;
    case 'wealth':
      left = lift('wealth', wealthQ, PERIODS_PER_YEAR, left);
      break;
    default: {
      // The essay's three taxes move together toward their levels, scaled down if that would raise
      // more than the cost; the income tax covers what they cannot.
      const dc = Math.max(0, ESSAY_RATES.corporate - t.corporate);
      const dk = Math.max(0, ESSAY_RATES.capital - t.capital);
      const dw = Math.max(0, ESSAY_RATES.wealth - t.wealth);
      const full = dc * b.profits + dk * b.capital + (dw / PERIODS_PER_YEAR) * b.wealth;
      const theta = full > 0 ? Math.min(1, left / full) : 0;
      t.corporate += theta * dc;
      t.capital += theta * dk;
      t.wealth += theta * dw;
      left -= theta * full;
      left = lift('income', b.labour, 1, left);
    }
  }
  return cost - Math.max(0, left);
}

/**
 * The start under `taxes`: the steady state solved with the surcharge it needs, so that a run
 * starts with the income already paid for (otherwise the first quarters would move from an
 * unfinanced steady state to a financed one). Fixed point of rates → steady state → bases → rates;
 * the wealth tax is left out of the steady state (its base there is unknown; the start's deposits
 * set it from quarter 1). Other financings: the steady state as solved, at the parameters' rates.
 */
export function startWithSurcharge(ss: SteadyState, x: SteadyInputs): { ss: SteadyState; rates: TaxRates } {
  const p = x.params;
  const rates = baseTaxRates(p);
  if (p.citizensIncomeFinancing !== 'taxes') return { ss, rates };
  let solved = ss;
  for (let i = 0; i < 30; i++) {
    const before = rates.income + rates.corporate + rates.capital;
    surchargedRates(p, solved.citizensIncome * x.households, { ...solved.taxBases, wealth: 0 }, rates);
    solved = solveSteadyState({
      ...x,
      params: {
        ...p,
        incomeTaxRate: rates.income,
        corporateTaxRate: rates.corporate,
        capitalIncomeTaxRate: rates.capital,
      },
    });
    if (Math.abs(rates.income + rates.corporate + rates.capital - before) < 1e-12) break;
  }
  return { ss: solved, rates };
}

/**
 * Step 12b, under `taxes` only: the bases next quarter's surcharge is set on — labour income (wages,
 * public wages, co-op shares), positive profits of taxed firms and banks, capital income (deposit
 * interest, dividends) and deposits above the wealth-tax threshold.
 */
export function measureTaxBases(E: Economy, bankDividends: number): void {
  if (E.p.citizensIncomeFinancing !== 'taxes') return;
  const { hh, firms, banks } = E;
  let labour = 0;
  let capital = bankDividends;
  for (let h = 0; h < hh.n; h++) {
    labour += hh.labourInc[h]!;
    capital += hh.capInc[h]!;
  }
  let profits = 0;
  for (let f = 0; f < firms.n; f++) {
    const kind = firms.kind[f];
    if (firms.defaulted[f] === 1 || (kind !== FIRM_PRIVATE && kind !== FIRM_CAPITAL)) continue;
    if (firms.profit[f]! > 0) profits += firms.profit[f]!;
    if (firms.dividend[f]! > 0) capital += firms.dividend[f]!;
  }
  for (let k = 0; k < banks.n; k++) if (banks.income[k]! > 0) profits += banks.income[k]!;
  const b = E.ciTaxes;
  b.labour = labour;
  b.profits = profits;
  b.capital = capital;
  b.wealth = wealthBase(hh.dep, hh.bonds, E.p.wealthTaxThreshold * PERIODS_PER_YEAR * E.macro.avgWage);
}

/** Wealth (deposits and bonds) above the wealth-tax threshold, summed over households. */
function wealthBase(dep: Float64Array, bonds: Float64Array, threshold: number): number {
  let w = 0;
  for (let h = 0; h < dep.length; h++) {
    const x = dep[h]! + bonds[h]!;
    if (x > threshold) w += x - threshold;
  }
  return w;
}

/** The part of this quarter's citizen's income the public bank credits to the government debt-free. */
export function citizensIncomeMoneyCredit(E: Economy): number {
  const paid = E.flows.ubiPaid;
  switch (E.p.citizensIncomeFinancing) {
    case 'money':
      return paid;
    case 'taxes':
      return 0;
    default:
      return E.p.citizensIncomeMoneyShare * paid;
  }
}
