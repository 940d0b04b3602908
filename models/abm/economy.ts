/**
 * The period loop of the agent-based economy (a period is a quarter). The order of events each
 * period is fixed and documented in each step's own file:
 *  1. policy rate (number or formula)          7. taxes, profit distribution by firm kind
 *  2. credit for the wage bill (firms.ts)      8. bankruptcies, write-offs and entry
 *  3. hiring, wages, public wages, citizen's   9. public-bank remittance, deficit financing by regime
 *     income (households.ts)                  10. reserves and advances (banks.ts)
 *  4. government purchases                    11. wage and price adjustment, plans for next period
 *  5. consumption by search                   12. invariants (checks.ts) and outputs
 *  6. interest on every instrument, repayments
 */
import { SfcError } from '../accounting/errors';
import {
  bankCentralInterest,
  bankTaxesAndDividends,
  reservesAndAdvances,
  resetBankIncome,
  resolveBanks,
} from './banks';
import { capitalMarket, installMachines, scrapMachines } from './capital';
import { NI, NS } from './book';
import {
  BALANCE_ROWS,
  checkAgents,
  checkSectors,
  FLOW_ROWS,
  type CheckScratch,
  type PeriodMatrices,
} from './checks';
import {
  adjustFirms,
  bankruptcies,
  FIRM_COOP,
  FIRM_SOCIAL,
  firmInterestAndRepay,
  firmTaxesAndProfits,
  governmentPurchases,
  planAndBorrow,
  produce,
} from './firms';
import { setProgramme, withStanceTaxes } from './fiscalRule';
import { bondInterest, debtFreeCredit, financeDeficit } from './government';
import {
  bondsIntoWealth,
  householdBondTrades,
  payHouseholdCoupons,
  redeemHouseholdBonds,
} from './bondholders';
import {
  closeHouseholds,
  consume,
  householdInterestTaxesShares,
  labourMarket,
  payIncomes,
  payOwners,
} from './households';
import { afterClose, buildHouses, householdMortgages, housingQuarter } from './housing';
import { PERIODS_PER_YEAR, type AbmScenario } from './params';
import { moneyCounterparts } from './moneyOrigin';
import { remitProfit } from './publicBank';
import { citizensIncomeMoneyCredit, measureTaxBases, setTaxRates } from './financing';
import { createEconomy, zeroFlows, type Economy } from './state';
import { depositRateAnnual } from './depositRate';
import { giniIncome, giniWealth } from './inequality';

/** A run that left the range where its numbers mean anything (non-finite values, runaway prices). */
export class AbmDivergenceError extends Error {
  constructor(
    public readonly period: number,
    detail: string,
  ) {
    super(
      `The economy diverged in quarter ${period}: ${detail}. The run was stopped; try less extreme parameters.`,
    );
    this.name = 'AbmDivergenceError';
  }
}

/** Output columns in CSV order, with units. The first 21 names are an interface (issue 4). */
export const COLUMN_UNITS = {
  gdp_nominal: 'currency per quarter',
  gdp_real: 'currency per quarter at period-0 prices',
  inflation: 'annualised rate',
  unemployment: 'rate',
  gov_debt_gross: 'currency, outstanding',
  gov_debt_private: 'currency, outstanding',
  gov_debt_public_bank: 'currency, outstanding',
  debt_free_issued: 'currency, cumulative',
  gov_interest_to_private: 'currency per quarter',
  money_stock: 'currency (deposits of households and firms)',
  money_from_private_loans: 'currency, outstanding (private bank loans: counterpart of money)',
  money_from_public_bank: 'currency, outstanding (public-bank loans + bonds + debt-free credits)',
  private_debt: 'currency, outstanding (firm loans)',
  interest_paid_private_firms: 'currency per quarter',
  interest_paid_coops: 'currency per quarter',
  interest_paid_social: 'currency per quarter',
  gini_income: 'index 0–1',
  gini_wealth:
    'index, 0 = equal (Gini of household net worth: deposits + bonds + house at market price − mortgage; negative net worth included, so it can exceed 1)',
  coop_output_share: 'share of firm output',
  bankruptcies: 'firms per quarter',
  sfc_max_error: 'relative error',
  social_output_share: 'share of firm output',
  wage_share: 'share of GDP',
  policy_rate: 'annual rate',
  price_level: 'index, 1 at start',
  avg_wage: 'currency per worker per quarter',
  gov_debt_to_gdp: 'ratio to annual GDP',
  private_debt_to_gdp: 'ratio to annual GDP',
  money_to_gdp: 'ratio to annual GDP',
  gov_deficit_to_gdp: 'share of GDP',
  taxes: 'currency per quarter',
  citizens_income_paid: 'currency per quarter',
  new_private_loans: 'currency per quarter',
  private_repayments: 'currency per quarter',
  loan_write_offs: 'currency per quarter',
  public_bank_loans: 'currency, outstanding',
  bank_equity: 'currency',
  bank_profits_to_owners: 'currency per quarter',
  public_bank_net_worth: 'currency',
  investment_real: 'machines bought per quarter, at period-0 prices',
  consumption_real: 'currency per quarter at period-0 prices (household consumption)',
  capacity_utilisation: 'share of machine capacity used (consumption-goods firms)',
  inventories_to_sales: 'ratio of unsold stock to quarterly sales (units)',
  wage_inflation: 'annualised rate',
  markup_mean: 'share over unit cost (mean over private firms and co-ops)',
  firm_debt: 'currency, outstanding (firm loans from private banks and the public bank)',
  household_debt:
    'currency, outstanding (mortgages from private banks and the public bank; 0 without the housing market)',
  unemployment_benefits: 'currency per quarter',
  bank_failures: 'banks resolved per quarter',
  interest_on_reserves: 'currency per quarter (paid by the public bank)',
  public_interest_to_private:
    'currency per quarter (bond coupons to private holders + interest on reserves − interest on advances)',
  citizens_income_surcharge:
    "currency per quarter (extra revenue the citizen's-income tax surcharge was set to raise, at last quarter's tax bases)",
  tax_rate_income: 'share of labour income (this quarter, surcharge included)',
  tax_rate_corporate: 'share of profit (this quarter, surcharge included)',
  tax_rate_capital_income: 'share of capital income (this quarter, surcharge included)',
  tax_rate_wealth: 'per year, on deposits above the threshold (this quarter, surcharge included)',
  bond_interest_households: 'currency per quarter (bond coupons paid to households, before tax)',
  bond_interest_banks: 'currency per quarter (bond coupons paid to private banks)',
  gov_debt_households:
    'currency, outstanding (government bonds held by households; part of gov_debt_private)',
  // The money stock by origin (moneyOrigin.ts): these six minus bank_equity sum to money_stock.
  money_from_firm_loans: 'currency, outstanding (private-bank loans to firms)',
  money_from_mortgages: 'currency, outstanding (private-bank mortgages to households)',
  money_from_public_bank_credit: 'currency, outstanding (public-bank loans to firms and households)',
  money_from_public_spending:
    'currency, outstanding (government bonds held by the public bank + debt-free credits, cumulative)',
  money_from_bank_bonds: 'currency, outstanding (government bonds held by private banks)',
  money_from_other_net:
    "currency, outstanding (− the government's account − the public bank's net worth before debt-free credits)",

  primary_balance:
    'currency per quarter (revenue incl. the public bank’s remittance − programme spending − benefits − citizen’s income; interest excluded)',
  programme_spending: 'currency per quarter (public wages + government purchases)',
  mortgage_lending: 'currency per quarter (new mortgages, private banks and the public bank)',
  house_price: 'currency per house (0 without the housing market)',
  houses_built: 'new houses sold per quarter',
  public_bank_mortgages: "currency, outstanding (the public bank's household tier)",
  mortgage_write_offs: 'currency per quarter (private banks and the public bank)',
  homeownership_rate: 'share of households owning their home',
} as const;
export type AbmColumn = keyof typeof COLUMN_UNITS;
export const COLUMN_NAMES = Object.keys(COLUMN_UNITS) as AbmColumn[];

export interface AbmExtras {
  /** Sector balance sheets at the end of each period: data[(period−1)·rows·cols + row·cols + col]. */
  balanceSheet: { rows: string[]; columns: string[]; data: Float64Array };
  /** Transactions-flow matrices of each period, same layout (+ source of funds, − use). */
  transactionsFlow: { rows: string[]; columns: string[]; data: Float64Array };
  /** Per-period invariant verdict: 1 = every check passed (a failure stops the run), and the worst relative error. */
  invariants: { passed: Uint8Array; maxRelativeError: Float64Array; checks: string[] };
  firmCounts: { private: number; cooperative: number; social: number };
  /**
   * Firm sizes for the report card's skewness fact: the units each consumption-goods firm sold in
   * the last quarter of the run, one entry per firm.
   */
  firmSales: Float64Array;
  /**
   * The start (steadyState.ts): whether the parameters have a steady state (the goods market
   * clears), by how much demand exceeds full-employment output if not, and the start's
   * unemployment and annual inflation.
   */
  start: { clears: boolean; excessDemand: number; unemployment: number; inflation: number };
}

export interface AbmRawResult {
  periods: number;
  columns: Record<AbmColumn, Float64Array>;
  extras: AbmExtras;
}

export interface RunOptions {
  onProgress?: (fraction: number, message?: string) => void;
  /** Test hook: add `amount` to one agent's account with no counterpart, to prove the checks catch it. */
  inject?: { period: number; agent: 'firm' | 'bank' | 'household'; index: number; amount?: number };
  /** Test and analysis hook: called at the end of each quarter, after the checks; must not change `E`. */
  observe?: (E: Economy, t: number) => void;
}

export const INVARIANT_CHECKS = [
  'every agent balance sheet balances against its accumulated net worth',
  "each bank's deposits and loans equal the sums over its customers",
  'sector holdings summed over agents equal the ledger built from double-entry postings',
  'balance-sheet rows and columns sum to zero',
  'transactions-flow rows and columns sum to zero',
  'sector net lending sums to zero',
  'the change in the money stock equals the sum of its sources',
];

/** The formula scope: what a policy formula may read (last quarter's values). */
// A type alias, not an interface: formulas take a plain record of numbers.
type FormulaScope = {
  t: number;
  inflation: number;
  unemployment: number;
  avg_wage: number;
  price_level: number;
  gdp_nominal: number;
  policy_rate: number;
};

/** What a quarter's trading leaves for the statistics: filled in place, one object per run. */
interface Quarter {
  policyRate: number;
  /** The government's deficit, however financed (before redemptions). */
  deficit: number;
  bankDividends: number;
  gdp: number;
  cpi: number;
  inflation: number;
  unemployment: number;
  /** The wage paid this quarter (the next one is set at the close). */
  wage: number;
  firmWages: number;
  loansPrivate: number;
  loansPublic: number;
  outputUnits: number;
  coopUnits: number;
  socialUnits: number;
  /** Output at period-0 prices (consumption goods, machines) plus public wages deflated by the CPI. */
  realGdp: number;
  /** Machine capacity used by consumption-goods firms. */
  utilisation: number;
  inventories: number;
  unitsSold: number;
  wageInflation: number;
  markupMean: number;
}

export function runEconomy(s: AbmScenario, opts: RunOptions = {}): AbmRawResult {
  // A replayed stance's tax rates replace the scenario's own (fiscalRule.ts).
  const E = createEconomy(withStanceTaxes(s));
  const T = s.periods;
  const cols = Object.fromEntries(COLUMN_NAMES.map((c) => [c, new Float64Array(T)])) as Record<
    AbmColumn,
    Float64Array
  >;
  const nb = (NI + 1) * NS;
  const nf = FLOW_ROWS.length * NS;
  const balanceData = new Float64Array(T * nb);
  const flowData = new Float64Array(T * nf);
  const passed = new Uint8Array(T);
  const maxErr = new Float64Array(T);
  const scratch: CheckScratch = {
    depByBank: new Float64Array(E.NB),
    loansByBank: new Float64Array(E.NB),
    householdDeposits: 0,
    firmDeposits: 0,
    householdBonds: 0,
    householdMortgages: E.housing ? householdMortgages(E.housing) : 0,
  };
  const mats: PeriodMatrices = { balance: new Float64Array(nb), flows: new Float64Array(nf) };
  const holdings = new Float64Array(NS * NI);
  const scope: FormulaScope = {
    t: 0,
    inflation: 0,
    unemployment: 0,
    avg_wage: 0,
    price_level: 1,
    gdp_nominal: 0,
    policy_rate: 0,
  };
  const q = emptyQuarter();
  let money = moneyStock(E);
  const firmCounts = countFirmKinds(E);

  for (let t = 1; t <= T; t++) {
    tradeQuarter(E, t, scope, q); // steps 1–10
    closeQuarter(E, t, q); // step 11

    // 12. Invariants and outputs.
    if (opts.inject && opts.inject.period === t) inject(E, opts.inject);
    const agentErr = checkAgents(E, t, scratch);
    const moneyNow = scratch.householdDeposits + scratch.firmDeposits;
    if (!Number.isFinite(moneyNow))
      throw new AbmDivergenceError(t, 'the money stock became infinite or not a number');
    const { worst } = checkSectors(
      E,
      t,
      mats,
      money,
      moneyNow,
      scratch.householdDeposits,
      holdings,
      scratch.householdBonds,
      scratch.householdMortgages,
    );
    money = moneyNow;
    const err = Math.max(agentErr, worst);
    passed[t - 1] = 1;
    maxErr[t - 1] = err;
    balanceData.set(mats.balance, (t - 1) * nb);
    flowData.set(mats.flows, (t - 1) * nf);
    recordQuarter(cols, t - 1, E, q, moneyNow, err);
    guardRatios(cols, t);
    opts.observe?.(E, t);
    if (opts.onProgress && (t % 20 === 0 || t === T)) opts.onProgress(t / T, `quarter ${t} of ${T}`);
  }
  return {
    periods: T,
    columns: cols,
    extras: {
      balanceSheet: { rows: [...BALANCE_ROWS], columns: sectorLabels(), data: balanceData },
      transactionsFlow: { rows: [...FLOW_ROWS], columns: sectorLabels(), data: flowData },
      invariants: { passed, maxRelativeError: maxErr, checks: [...INVARIANT_CHECKS] },
      firmCounts,
      firmSales: E.firms.sold.slice(0, E.nC),
      start: {
        clears: E.steady.clears,
        excessDemand: E.steady.excessDemand,
        unemployment: E.steady.nU / E.H,
        inflation: E.steady.inflationAnnual,
      },
    },
  };
}

/** Steps 1–12: every payment of the quarter, in the documented order. */
function tradeQuarter(E: Economy, t: number, scope: FormulaScope, q: Quarter): void {
  E.ledger.beginPeriod(t);
  E.book.reset();
  // 0. Programme budget under a fiscal rule or a replayed stance, from last quarter's accounts (fiscalRule.ts).
  setProgramme(E, t, q.deficit);
  zeroFlows(E.flows);
  resetBankIncome(E);
  E.pb.income = 0;
  const gaStart = E.gov.ga;

  // 1. Policy rate (number or formula) and every tier's rate (annual → quarterly, floored at zero).
  const m = E.macro;
  scope.t = t;
  scope.inflation = m.inflation;
  scope.unemployment = m.unemployment;
  scope.avg_wage = m.avgWage;
  scope.price_level = m.cpi;
  scope.gdp_nominal = m.gdpNominal;
  scope.policy_rate = m.policyRate;
  const i = E.policyRate.isConstant && t > 1 ? m.policyRate : E.policyRate.at(scope);
  m.policyRate = i;
  q.policyRate = i;
  setRates(E, i);
  setTaxRates(E, t, E.citizensIncome.at(scope) * E.H); // 1b. citizen's income by taxes: the surcharge (financing.ts)
  // Saving and investment plans answer to the rate expected to last, not to one quarter's rate.
  m.expectedPolicyRate += E.p.expectationsWeight * (i - m.expectedPolicyRate);

  // 2–8. Machines age; plans, credit; jobs; production; incomes; machines; purchases; consumption.
  scrapMachines(E, t);
  planAndBorrow(E, t);
  labourMarket(E);
  produce(E);
  if (E.housing) buildHouses(E, E.housing); // builders build ordered houses before selling machines
  payIncomes(E, E.citizensIncome.at(scope));
  capitalMarket(E, t);
  governmentPurchases(E);
  consume(E);

  // 9. Interest on every instrument, amortisation (a firm that cannot pay defaults).
  firmInterestAndRepay(E);
  bankCentralInterest(E);
  bondInterest(E);

  // 10. Profits, taxes and distribution; bankruptcies; banks' taxes, dividends and resolution.
  firmTaxesAndProfits(E);
  householdInterestTaxesShares(E);
  payHouseholdCoupons(E); // coupons to household bondholders, capital income tax withheld
  bankruptcies(E);
  if (E.housing) housingQuarter(E, E.housing); // mortgages, construction, house sales (housing.ts)
  q.bankDividends = bankTaxesAndDividends(E);
  payOwners(E, E.banks.dividend, q.bankDividends);
  resolveBanks(E);

  // 11. Citizen's income by money creation, public-bank remittance, deficit financing by regime.
  remitProfit(E);
  q.deficit = gaStart - E.gov.ga;
  debtFreeCredit(E, citizensIncomeMoneyCredit(E));
  redeemHouseholdBonds(E); // households' maturing bonds are repaid, then refinanced with the deficit
  financeDeficit(E);
  householdBondTrades(E); // households rebalance deposits and bonds with their banks (portfolio rule)

  // 12. Reserves and advances.
  reservesAndAdvances(E);
  measureTaxBases(E, q.bankDividends); // 12b. bases of next quarter's citizen's-income surcharge (financing.ts)
}

/**
 * Step 13: the quarter's statistics (GDP, prices, unemployment), then next quarter's wage, the
 * firms' prices, expectations and machines. Stops the run when numbers stop meaning anything.
 */
function closeQuarter(E: Economy, t: number, q: Quarter): void {
  const unemployedAtClose = closeHouseholds(E);
  bondsIntoWealth(E); // wealth read by next quarter's consumption includes bonds
  if (E.housing) afterClose(E, E.housing); // debt service is spoken for in next quarter's plans
  const firms = E.firms;
  const nC = E.nC;
  let revenueC = 0;
  let units = 0;
  let capacity = 0;
  let stock = 0;
  let mk = 0;
  let nMk = 0;
  // GDP by production (= final sales + change in inventories): output at its price, plus public
  // wages; real GDP values output at period-0 prices.
  let prodValue = 0;
  let kOut = 0;
  q.outputUnits = 0;
  q.coopUnits = 0;
  q.socialUnits = 0;
  q.firmWages = 0;
  q.loansPrivate = 0;
  q.loansPublic = 0;
  // Local copies: an imported binding read per firm costs a getter call under tsx (CommonJS).
  const coop = FIRM_COOP;
  const social = FIRM_SOCIAL;
  for (let f = 0; f < E.F; f++) {
    q.firmWages += firms.wageBill[f]!;
    q.loansPrivate += firms.loanB[f]!;
    q.loansPublic += firms.loanP[f]!;
    prodValue += firms.output[f]! * firms.price[f]!;
    if (f >= nC) {
      kOut += firms.output[f]!;
      continue;
    }
    revenueC += firms.revenue[f]!;
    units += firms.sold[f]!;
    q.outputUnits += firms.output[f]!;
    capacity += firms.capacity[f]!;
    stock += firms.stock[f]!;
    if (firms.kind[f] === coop) q.coopUnits += firms.output[f]!;
    else if (firms.kind[f] === social) q.socialUnits += firms.output[f]!;
    if (firms.kind[f] !== social) {
      mk += firms.markup[f]!;
      nMk++;
    }
  }
  const m = E.macro;
  const u = unemployedAtClose / E.H;
  // An unsold quarter keeps last quarter's price level.
  const cpi = units > 0 ? revenueC / units / E.initialPrice : m.cpi;
  const infl = Math.pow(cpi / m.cpi, PERIODS_PER_YEAR) - 1;
  const gdp = prodValue + E.flows.publicWages;
  q.realGdp = q.outputUnits * E.initialPrice + kOut * E.steady.machinePrice + E.flows.publicWages / cpi;
  if (!Number.isFinite(gdp) || !Number.isFinite(cpi)) {
    throw new AbmDivergenceError(t, 'a total became infinite or not a number (GDP or the price level)');
  }
  // Wages: expected inflation (recent inflation weighted against the target) plus a Phillips term
  // in the gap between the wage-neutral rate and unemployment. Inflation then follows from wages
  // and markups; it is not a function of unemployment.
  const p = E.p;
  m.expectedInflation = p.wageIndexation * infl + (1 - p.wageIndexation) * p.inflationTarget;
  const wageGrowth = Math.max(
    p.wageFloor,
    m.expectedInflation + p.wagePhillips * (p.wageNeutralUnemployment - u),
  );
  const wNow = m.wage;
  m.wage = wNow * Math.pow(1 + wageGrowth, 1 / PERIODS_PER_YEAR);
  if (!(m.wage > 0) || !Number.isFinite(m.wage))
    throw new AbmDivergenceError(t, 'the wage fell to zero or below');
  q.wageInflation = m.avgWage > 0 ? Math.pow(wNow / m.avgWage, PERIODS_PER_YEAR) - 1 : 0;
  m.avgWage = wNow;
  m.cpi = cpi;
  m.inflation = infl;
  m.unemployment = u;
  m.gdpNominal = gdp;
  q.gdp = gdp;
  q.cpi = cpi;
  q.inflation = infl;
  q.unemployment = u;
  q.wage = wNow;
  q.inventories = stock;
  q.unitsSold = units;
  q.utilisation = capacity > 0 ? q.outputUnits / capacity : 0;
  q.markupMean = nMk > 0 ? mk / nMk : 0;
  installMachines(E, t);
  adjustFirms(E);
  // Orders for next quarter are budgeted at the capital-goods firms' new prices.
  let pkSum = 0;
  for (let f = nC; f < E.F; f++) pkSum += firms.price[f]!;
  m.machinePrice = pkSum / E.nK;
}

/**
 * Limits beyond which a run has left the range where its numbers mean anything: ratios to annual
 * GDP and the pace of prices. Each is far outside anything national accounts record (Japan's gross
 * public debt peaked near 2.6 × GDP; hyperinflation is conventionally 50% a month), so a run that
 * crosses one is reported as diverged (naming the quarter and the column), never clamped.
 */
export const DIVERGENCE_LIMITS = {
  gov_debt_to_gdp: 10,
  private_debt_to_gdp: 10,
  money_to_gdp: 20,
  /** Annualised inflation: above +300% or below −50% a year. */
  inflationHigh: 3,
  inflationLow: -0.5,
} as const;

function guardRatios(cols: Record<AbmColumn, Float64Array>, t: number): void {
  const j = t - 1;
  const L = DIVERGENCE_LIMITS;
  if (!(cols.gdp_nominal[j]! > 0))
    throw new AbmDivergenceError(
      t,
      'GDP fell to zero (gdp_nominal); no ratio to GDP means anything after that',
    );
  const ratio = (k: 'gov_debt_to_gdp' | 'private_debt_to_gdp' | 'money_to_gdp', what: string) => {
    const v = cols[k][j]!;
    if (!(Math.abs(v) <= L[k]))
      throw new AbmDivergenceError(
        t,
        `${what} reached ${v.toPrecision(3)} times annual GDP (${k}; limit ${L[k]})`,
      );
  };
  ratio('gov_debt_to_gdp', 'government debt');
  ratio('private_debt_to_gdp', 'private debt');
  ratio('money_to_gdp', 'the money stock');
  const infl = cols.inflation[j]!;
  if (!(infl <= L.inflationHigh && infl >= L.inflationLow))
    throw new AbmDivergenceError(
      t,
      `prices ran away: price-level growth ${(infl * 100).toFixed(0)}% a year (inflation; limits ${L.inflationLow * 100}% and +${L.inflationHigh * 100}%)`,
    );
}

/** Write quarter j's row of every output column. */
function recordQuarter(
  cols: Record<AbmColumn, Float64Array>,
  j: number,
  E: Economy,
  q: Quarter,
  money: number,
  err: number,
): void {
  const g = E.gov;
  const gdp = q.gdp;
  const annual = PERIODS_PER_YEAR * gdp;
  const debt = g.bondsPrivate + g.bondsPublic + g.bondsHouseholds;
  const loans = q.loansPrivate + q.loansPublic;
  let bankEq = 0;
  for (let k = 0; k < E.NB; k++) bankEq += E.banks.nw[k]!;
  cols.gdp_nominal[j] = gdp;
  cols.gdp_real[j] = q.realGdp;
  cols.inflation[j] = q.inflation;
  cols.unemployment[j] = q.unemployment;
  cols.gov_debt_gross[j] = debt;
  cols.gov_debt_private[j] = g.bondsPrivate + g.bondsHouseholds;
  cols.gov_debt_public_bank[j] = g.bondsPublic;
  cols.debt_free_issued[j] = g.debtFreeCum;
  cols.gov_interest_to_private[j] = E.flows.govInterestPrivate;
  cols.money_stock[j] = money;
  let mortB = 0;
  for (let k = 0; k < E.NB; k++) mortB += E.banks.mort[k]!;
  cols.money_from_private_loans[j] = q.loansPrivate + mortB;
  cols.money_from_public_bank[j] = q.loansPublic + g.bondsPublic + g.debtFreeCum + E.pb.mort;
  cols.private_debt[j] = loans;
  cols.interest_paid_private_firms[j] = E.flows.interestPrivateFirms;
  cols.interest_paid_coops[j] = E.flows.interestCoops;
  cols.interest_paid_social[j] = E.flows.interestSocial;
  cols.gini_income[j] = giniIncome(E);
  cols.gini_wealth[j] = giniWealth(E);
  cols.coop_output_share[j] = q.outputUnits > 0 ? q.coopUnits / q.outputUnits : 0;
  cols.bankruptcies[j] = E.flows.bankruptcies;
  cols.sfc_max_error[j] = err;
  cols.social_output_share[j] = q.outputUnits > 0 ? q.socialUnits / q.outputUnits : 0;
  cols.wage_share[j] = gdp > 0 ? (q.firmWages + E.flows.publicWages) / gdp : 0;
  cols.policy_rate[j] = q.policyRate;
  cols.price_level[j] = q.cpi;
  cols.avg_wage[j] = q.wage;
  cols.gov_debt_to_gdp[j] = annual > 0 ? debt / annual : 0;
  cols.private_debt_to_gdp[j] = annual > 0 ? loans / annual : 0;
  cols.money_to_gdp[j] = annual > 0 ? money / annual : 0;
  cols.gov_deficit_to_gdp[j] = gdp > 0 ? q.deficit / gdp : 0;
  cols.taxes[j] = E.flows.taxes;
  cols.citizens_income_paid[j] = E.flows.ubiPaid;
  cols.new_private_loans[j] = E.flows.newPrivateLoans;
  cols.private_repayments[j] = E.flows.privateRepayments;
  cols.loan_write_offs[j] = E.flows.privateWriteOffs + E.flows.publicWriteOffs;
  cols.public_bank_loans[j] = q.loansPublic;
  cols.bank_equity[j] = bankEq;
  cols.bank_profits_to_owners[j] = q.bankDividends;
  cols.public_bank_net_worth[j] = E.pb.nw;
  const fl = E.flows;
  // With the housing market on, residential investment counts too, as statistical offices count
  // it: work put in place (houses started this quarter), valued like machines.
  const houseUnits = E.housing ? E.housing.q.started * E.housing.units : 0;
  cols.investment_real[j] = (fl.investmentUnits + houseUnits) * E.steady.machinePrice;
  cols.consumption_real[j] = fl.consumption / q.cpi;
  cols.capacity_utilisation[j] = q.utilisation;
  cols.inventories_to_sales[j] = q.unitsSold > 0 ? q.inventories / q.unitsSold : 0;
  cols.wage_inflation[j] = q.wageInflation;
  cols.markup_mean[j] = q.markupMean;
  cols.firm_debt[j] = loans;
  cols.household_debt[j] = mortB + E.pb.mort;
  cols.unemployment_benefits[j] = fl.benefits;
  cols.bank_failures[j] = fl.bankFailures;
  cols.interest_on_reserves[j] = fl.interestOnReserves;
  cols.public_interest_to_private[j] = fl.govInterestPrivate + fl.interestOnReserves - fl.interestOnAdvances;
  cols.citizens_income_surcharge[j] = E.ciTaxes.planned;
  cols.tax_rate_income[j] = E.tax.income;
  cols.tax_rate_corporate[j] = E.tax.corporate;
  cols.tax_rate_capital_income[j] = E.tax.capital;
  cols.tax_rate_wealth[j] = E.tax.wealth;
  cols.bond_interest_households[j] = fl.bondInterestHouseholds;
  cols.bond_interest_banks[j] = fl.bondInterestBanks;
  cols.gov_debt_households[j] = g.bondsHouseholds;
  // The money stock by origin: its counterparts on the banks' and the public bank's balance sheets.
  const mc = moneyCounterparts(E);
  cols.money_from_firm_loans[j] = mc.firmLoans;
  cols.money_from_mortgages[j] = mc.mortgages;
  cols.money_from_public_bank_credit[j] = mc.publicBankCredit;
  cols.money_from_public_spending[j] = mc.publicSpending;
  cols.money_from_bank_bonds[j] = mc.bankBonds;
  cols.money_from_other_net[j] = mc.otherNet;

  cols.primary_balance[j] = fl.govInterestPrivate + fl.govInterestPublic - q.deficit;
  cols.programme_spending[j] = fl.publicWages + fl.govPurchases;
  const hs = E.housing;
  cols.mortgage_lending[j] = hs ? hs.q.newPrivate + hs.q.newPublic : 0;
  cols.house_price[j] = hs ? hs.price : 0;
  cols.houses_built[j] = hs ? hs.q.built : 0;
  cols.public_bank_mortgages[j] = E.pb.mort;
  cols.mortgage_write_offs[j] = hs ? hs.q.writeOffPrivate + hs.q.writeOffPublic : 0;
  cols.homeownership_rate[j] = hs ? hs.stock / E.H : 0;
}

function emptyQuarter(): Quarter {
  return {
    policyRate: 0,
    deficit: 0,
    bankDividends: 0,
    gdp: 0,
    cpi: 1,
    inflation: 0,
    unemployment: 0,
    wage: 0,
    firmWages: 0,
    loansPrivate: 0,
    loansPublic: 0,
    outputUnits: 0,
    coopUnits: 0,
    socialUnits: 0,
    realGdp: 0,
    utilisation: 0,
    inventories: 0,
    unitsSold: 0,
    wageInflation: 0,
    markupMean: 0,
  };
}

function countFirmKinds(E: Economy): AbmExtras['firmCounts'] {
  const kinds = { private: 0, cooperative: 0, social: 0 };
  for (let f = 0; f < E.F; f++) {
    if (E.firms.kind[f] === FIRM_COOP) kinds.cooperative++;
    else if (E.firms.kind[f] === FIRM_SOCIAL) kinds.social++;
    else kinds.private++;
  }
  return kinds;
}

function sectorLabels(): string[] {
  return ['Households', 'Firms', 'Private banks', 'Public bank', 'Government'];
}

function setRates(E: Economy, policy: number): void {
  const p = E.p;
  const q = (x: number) => Math.max(0, x) / PERIODS_PER_YEAR;
  E.r.policy = policy;
  E.r.loanPrivate = q(policy + p.spreadPrivateFirms);
  E.r.coop = q(policy + p.spreadCooperatives);
  E.r.social = q(policy + p.spreadSocialEnterprises);
  E.r.advances = q(policy + p.spreadAdvances);
  E.r.bonds = q(policy + p.spreadGovernment);
  E.r.deposits = q(depositRateAnnual(p, policy)); // deposits channel: β of the policy rate (depositRate.ts)
  E.r.reserves = q(policy - p.reserveSpread);
}

function moneyStock(E: Economy): number {
  let m = 0;
  for (let h = 0; h < E.H; h++) m += E.hh.dep[h]!;
  for (let f = 0; f < E.F; f++) m += E.firms.dep[f]!;
  return m;
}

function inject(E: Economy, x: NonNullable<RunOptions['inject']>): void {
  const amount = x.amount ?? 1000;
  if (x.agent === 'firm') E.firms.dep[x.index]! += amount;
  else if (x.agent === 'bank') E.banks.res[x.index]! += amount;
  else E.hh.dep[x.index]! += amount;
}

export { SfcError };
