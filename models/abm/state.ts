/**
 * The economy's state: one struct of typed arrays per agent kind, allocated once per run (the
 * period loop allocates nothing), and the consistent initial balance sheets every regime starts
 * from. The sector-level ledger (models/accounting) is opened on the same initial stocks.
 */
import { Ledger } from '../accounting/ledger';
import type { Holdings } from '../accounting/types';
import { FormulaError, resolveParam, type PeriodParam } from '../formulas';
import {
  BK,
  DEP,
  FI,
  GA,
  GV,
  HH,
  INSTRUMENTS,
  LB,
  LP,
  NI,
  NS,
  PB,
  RES,
  ADV,
  BON,
  MO,
  SECTORS,
  TRANSACTION_ROWS,
  Book,
} from './book';
import { createBanks, type Banks } from './banks';
import { initialHouseholdBonds } from './bondholders';
import { createMachines, type Machines } from './capital';
import { createFirms, FIRM_CAPITAL, FIRM_COOP, FIRM_PRIVATE, FIRM_SOCIAL, type Firms } from './firms';
import { solveSteadyState, type SteadyInputs, type SteadyState } from './steadyState';
import { createGovernment, type Government } from './government';
import { createFiscal, type FiscalState } from './fiscalRule';
import { createHouseholds, EMP_PUBLIC, EMP_UNEMPLOYED, type Households } from './households';
import { createHousing, householdMortgages, startBorrowersDeposits, type Housing } from './housing';
import {
  FORMULA_VARIABLES,
  PARAM_DOCS,
  PERIODS_PER_YEAR,
  type AbmParams,
  type AbmScenario,
  type ParamKey,
} from './params';

const boundsOf = (k: ParamKey) => ({ min: PARAM_DOCS[k].min, max: PARAM_DOCS[k].max });
import { createPublicBank, type PublicBank } from './publicBank';
import {
  baseTaxRates,
  startTaxBases,
  startWithSurcharge,
  type CitizensIncomeTaxes,
  type TaxRates,
} from './financing';
import { Rng, STREAM } from './random';

/** Aggregates of the last completed period, read by behaviour rules and formulas. */
export interface Macro {
  wage: number; // common quarterly wage per worker (firms and the government)
  cpi: number; // consumer price index, 1 at the start
  inflation: number; // annualised, last period
  unemployment: number;
  gdpNominal: number; // last quarter
  policyRate: number; // annual
  avgWage: number;
  /** Inflation wage bargainers expect (annual): recent inflation weighted against the target. */
  expectedInflation: number;
  /** Average price of a machine last quarter (what firms budget their orders at). */
  machinePrice: number;
  /** Policy rate households and firms expect to last (annual): adaptive, as sales expectations. */
  expectedPolicyRate: number;
}

/** Flows of the current period that outputs and behaviour need (reset each period). */
export interface PeriodFlows {
  govInterestPrivate: number;
  govInterestPublic: number;
  interestPrivateFirms: number;
  interestCoops: number;
  interestSocial: number;
  newPrivateLoans: number;
  privateRepayments: number;
  privateWriteOffs: number;
  newPublicLoans: number;
  publicRepayments: number;
  publicWriteOffs: number;
  debtFree: number;
  bondSalesBanks: number;
  bondRedemptions: number;
  bondSalesPublic: number;
  publicWages: number;
  ubiPaid: number;
  taxes: number;
  bankruptcies: number;
  publicLendingLeft: number;
  consumption: number;
  investment: number;
  investmentUnits: number;
  govPurchases: number;
  benefits: number;
  bankFailures: number;
  interestOnReserves: number;
  interestOnAdvances: number;
  /** Bond coupons paid to households and to private banks (bondholders.ts, government.ts). */
  bondInterestHouseholds: number;
  bondInterestBanks: number;
  /** Surplus social enterprises spent on their purpose, paid equally to every household (firms.ts). */
  socialBenefit: number;
}

const FLOW_KEYS = [
  'govInterestPrivate',
  'govInterestPublic',
  'interestPrivateFirms',
  'interestCoops',
  'interestSocial',
  'newPrivateLoans',
  'privateRepayments',
  'privateWriteOffs',
  'newPublicLoans',
  'publicRepayments',
  'publicWriteOffs',
  'debtFree',
  'bondSalesBanks',
  'bondRedemptions',
  'bondSalesPublic',
  'publicWages',
  'ubiPaid',
  'taxes',
  'bankruptcies',
  'publicLendingLeft',
  'consumption',
  'investment',
  'investmentUnits',
  'govPurchases',
  'benefits',
  'bankFailures',
  'interestOnReserves',
  'interestOnAdvances',
  'bondInterestHouseholds',
  'bondInterestBanks',
  'socialBenefit',
] as const satisfies readonly (keyof PeriodFlows)[];

export function zeroFlows(f: PeriodFlows): void {
  for (const k of FLOW_KEYS) f[k] = 0;
}

export function newFlows(): PeriodFlows {
  const f = {} as PeriodFlows;
  zeroFlows(f);
  return f;
}

export interface Economy {
  p: AbmParams;
  H: number;
  /** All firms; the first nC make consumption goods, the last nK machines. */
  F: number;
  nC: number;
  nK: number;
  NB: number;
  periods: number;
  seed: number;
  hh: Households;
  firms: Firms;
  machines: Machines;
  banks: Banks;
  pb: PublicBank;
  gov: Government;
  book: Book;
  ledger: Ledger;
  macro: Macro;
  flows: PeriodFlows;
  steady: SteadyState;
  rng: { search: Rng; hiring: Rng; pricing: Rng; entry: Rng; order: Rng; capital: Rng };
  /** Houses and mortgages (housing.ts); null when the housing market is off. */
  housing: Housing | null;
  policyRate: PeriodParam;
  citizensIncome: PeriodParam;
  /**
   * Scratch: indices of unemployed households (hiring), candidate firms (search), Gini sample, and
   * per household (budget or spending, supplier, bank) side by side for the search (households.ts).
   */
  scratch: {
    unemployed: Int32Array;
    candidates: Int32Array;
    giniIdx: Int32Array;
    giniVals: Float64Array;
    /** Households' bond purchases and sales per bank (bondholders.ts). */
    bondTrades: Float64Array;
  };
  initialPrice: number;
  initialUnits: number;
  /** Fiscal rule and same-fiscal-stance replay (fiscalRule.ts). */
  fiscal: FiscalState;
  /** Quarterly rates of the current period. */
  r: {
    loanPrivate: number;
    coop: number;
    social: number;
    advances: number;
    bonds: number;
    deposits: number;
    reserves: number;
    /** Annual policy rate. */
    policy: number;
  };
  /** This quarter's tax rates: the parameters plus any citizen's-income surcharge (financing.ts). */
  tax: TaxRates;
  /** Tax bases and planned revenue of the citizen's-income surcharge (financing.ts). */
  ciTaxes: CitizensIncomeTaxes;
}

/** The start at the parameters' rates, with no surcharge of this scenario's own. */
function startAtRates(ss: SteadyState, x: SteadyInputs): { ss: SteadyState; rates: TaxRates } {
  return { ss, rates: baseTaxRates(x.params) };
}

/** The formula scope at the steady state, to evaluate a policy-rate or citizen's-income formula for the start. */
/**
 * A citizen's-income formula's value is held each quarter to one average wage (last quarter's),
 * the bound a number has against the initial wage. A fixed nominal bound would stop any run with
 * sustained inflation once prices had risen far enough, however modest the income in real terms.
 */
function atMostOneWage(param: PeriodParam, source: string): PeriodParam {
  if (param.isConstant) return param;
  return {
    ...param,
    at(scope) {
      const v = param.at(scope);
      const wage = scope.avg_wage ?? 0;
      if (v > wage)
        throw new FormulaError(
          param.name,
          `must be at most one average wage, ${+wage.toPrecision(6)} (formula "${source}" gave ${v} ${scope.t ? `in period ${scope.t}` : 'at the start'})`,
        );
      return v;
    },
  };
}

function startScope(p: AbmParams, u: number, gdp: number, inflation = p.inflationTarget) {
  return {
    t: 0,
    inflation,
    unemployment: u,
    avg_wage: p.initialWage,
    price_level: 1,
    gdp_nominal: gdp,
    policy_rate: typeof p.policyRate === 'number' ? p.policyRate : 0.025,
  };
}

export function createEconomy(s: AbmScenario): Economy {
  const p = s.params;
  const H = s.households;
  const F = s.firms;
  const NB = s.banks;
  const nK = Math.min(F - 2, Math.max(1, Math.round(p.capitalFirmShare * F)));
  const nC = F - nK;
  const setup = new Rng(s.seed, STREAM.setup);
  const hh = createHouseholds(H);
  const firms = createFirms(F);
  const machines = createMachines(nC, p.machineLife);
  const banks = createBanks(NB);
  const pb = createPublicBank();
  const gov = createGovernment();
  const w0 = p.initialWage;
  const a = p.productivity;

  const nCoop = Math.round(p.coopShare * nC);
  const nSocial = Math.min(nC - nCoop, Math.round(p.socialShare * nC));
  // A formula's value each quarter is held to the bounds a number would be (PARAM_DOCS).
  const policyRate = resolveParam(
    'params.policyRate',
    p.policyRate,
    FORMULA_VARIABLES,
    boundsOf('policyRate'),
  );
  const citizensIncome = atMostOneWage(
    resolveParam('params.citizensIncome', p.citizensIncome, FORMULA_VARIABLES, { min: 0 }),
    String(p.citizensIncome),
  );
  // The start's formulas are read at the steady state: unemployment at the wage-neutral rate, a
  // first guess of GDP; one refinement with the solved values.
  let ss = solveSteadyState({
    params: p,
    households: H,
    shareCoop: nCoop / nC,
    shareSocial: nSocial / nC,
    policyRate: policyRate.at(startScope(p, p.wageNeutralUnemployment, w0 * H)),
    citizensIncome: citizensIncome.at(startScope(p, p.wageNeutralUnemployment, w0 * H)),
  });
  {
    const gdpGuess = ss.price * ss.output + ss.machinePrice * ss.investment + w0 * ss.nG;
    const scope = startScope(p, ss.nU / H, gdpGuess, ss.inflationAnnual);
    ss = solveSteadyState({
      params: p,
      households: H,
      shareCoop: nCoop / nC,
      shareSocial: nSocial / nC,
      policyRate: policyRate.at(scope),
      citizensIncome: citizensIncome.at(scope),
    });
  }

  // Citizen's income by taxes: the start already carries its surcharge (financing.ts); replayed
  // rates carry the first run's instead (p holds their first quarter's: fiscalRule.ts).
  const start = (s.fiscalStance?.taxRatesByQuarter ? startAtRates : startWithSurcharge)(ss, {
    params: p,
    households: H,
    shareCoop: nCoop / nC,
    shareSocial: nSocial / nC,
    policyRate: ss.policyRate,
    citizensIncome: ss.citizensIncome,
  });
  ss = start.ss;

  // Households: bank, owners, employer drawn once from the set-up stream.
  const order = new Int32Array(H);
  for (let i = 0; i < H; i++) order[i] = i;
  for (let i = H - 1; i > 0; i--) {
    const j = setup.int(i + 1);
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  const nPublic = ss.nG;
  const nWorkC = Math.round(ss.nC);
  const nWorkK = Math.min(H - nPublic - nWorkC, Math.round(ss.nK));
  // Consumption-goods firms start with log-normal sizes (the right-skewed size distribution of
  // real firms; Axtell 2001): workers, machines, loans, deposits and regular customers all in
  // proportion. Workers are dealt out by largest remainder so the total is exact.
  const size = new Float64Array(nC);
  let sizeSum = 0;
  for (let f = 0; f < nC; f++) {
    const z = Math.sqrt(-2 * Math.log(1 - setup.next())) * Math.cos(2 * Math.PI * setup.next());
    size[f] = Math.exp(p.firmSizeDispersion * z);
    sizeSum += size[f]!;
  }
  const quota = new Int32Array(nC);
  {
    let dealt = 0;
    for (let f = 0; f < nC; f++) {
      size[f]! /= sizeSum;
      quota[f] = Math.floor(size[f]! * nWorkC);
      dealt += quota[f]!;
    }
    for (let f = 0; dealt < nWorkC; f = (f + 1) % nC) {
      quota[f]!++;
      dealt++;
    }
  }
  const cumSize = new Float64Array(nC);
  for (let f = 0, c = 0; f < nC; f++) cumSize[f] = c += size[f]!;
  let fC = 0;
  let left = quota[0]!;
  for (let k = 0; k < H; k++) {
    const h = order[k]!;
    if (k < nPublic) hh.emp[h] = EMP_PUBLIC;
    else if (k < nPublic + nWorkC) {
      while (left === 0) left = quota[++fC]!;
      hh.emp[h] = fC;
      left--;
    } else if (k < nPublic + nWorkC + nWorkK) hh.emp[h] = nC + ((k - nPublic - nWorkC) % nK);
    else hh.emp[h] = EMP_UNEMPLOYED;
  }
  const nOwners = Math.max(1, Math.round(p.ownerShare * H));
  hh.ownerList = new Int32Array(nOwners);
  for (let k = 0; k < nOwners; k++) hh.ownerList[k] = order[(k * 7919 + 13) % H]!;

  // Firms: kinds, banks, owners, prices; machines in κ even vintages; loans and deposits at the
  // steady state; expected sales = the steady state's sales; inventories at target.
  const life = p.machineLife;
  const S = machines.slots;
  const pk = ss.machinePrice;
  const machinesPerFirm = ss.machines / nC;
  const loanPerFirm = ss.firmLoans / nC;
  for (let f = 0; f < F; f++) {
    firms.kind[f] =
      f >= nC ? FIRM_CAPITAL : f < nCoop ? FIRM_COOP : f < nCoop + nSocial ? FIRM_SOCIAL : FIRM_PRIVATE;
    firms.bank[f] = setup.int(NB);
    firms.owner[f] = hh.ownerList[setup.int(nOwners)]!;
    const kind = firms.kind[f]!;
    firms.markup[f] =
      kind === FIRM_SOCIAL ? p.socialMargin : kind === FIRM_CAPITAL ? p.capitalMarkup : p.initialMarkup;
  }
  for (let h = 0; h < H; h++) {
    const f = hh.emp[h]!;
    if (f >= 0) firms.workers[f]!++;
  }
  let sales0 = 0;
  let units0 = 0;
  for (let f = 0; f < F; f++) {
    const isC = f < nC;
    const perWorker = isC ? a : p.capitalProductivity;
    const ulc = w0 / perWorker;
    firms.price[f] = (1 + firms.markup[f]!) * ulc;
    const sales = firms.workers[f]! * perWorker;
    firms.expected[f] = sales;
    firms.stock[f] = p.inventoryTarget * sales;
    firms.invVal[f] = firms.stock[f]! * ulc;
    firms.dep[f] = (1 + p.firmLiquidity) * firms.workers[f]! * w0;
    if (isC) {
      // Machines in proportion to the firm's workforce, so every firm starts at target utilisation.
      const kf = (machinesPerFirm * firms.workers[f]!) / Math.max(1e-9, ss.nC / nC);
      const perVintage = kf / life;
      for (let v = 0; v < life; v++) {
        const tau = -v; // bought in quarter 0, −1, …, 1 − κ
        const slot = ((tau % S) + S) % S;
        machines.units[f * S + slot] = perVintage;
        machines.cost[f * S + slot] = perVintage * pk;
        firms.kVal[f]! += (perVintage * pk * (life - v)) / life;
      }
      firms.capacity[f] = kf;
      firms.deprQ[f] = (kf * pk) / life;
      firms.loanB[f] = (loanPerFirm * firms.workers[f]!) / Math.max(1e-9, ss.nC / nC);
      firms.spread[f] = 0.5 * p.riskPremium;
      firms.ret[f] = ss.returnRate;
      sales0 += sales * firms.price[f]!;
      units0 += sales;
    }
    firms.nw[f] = firms.dep[f]! - firms.loanB[f]! - firms.loanP[f]!;
  }

  // Households: deposits at each one's own steady state, V = (1 − α1)·YD / (α2 + π), with YD
  // from its status (wage, benefit, citizen's income) and, for owners, an equal share of profits.
  const yd = (e: number) =>
    ss.citizensIncome + (e === EMP_UNEMPLOYED ? p.unemploymentBenefit * w0 : (1 - start.rates.income) * w0);
  let base = 0;
  for (let h = 0; h < H; h++) base += yd(hh.emp[h]!);
  const ownerExtra = Math.max(0, ss.disposableIncome - base) / nOwners;
  const isOwner = new Uint8Array(H);
  for (let k = 0; k < nOwners; k++) isOwner[hh.ownerList[k]!] = 1;
  for (let h = 0; h < H; h++) {
    const y = yd(hh.emp[h]!) + (isOwner[h] ? ownerExtra : 0);
    hh.bank[h] = setup.int(NB);
    hh.dep[h] = ss.wealthToIncome * y;
    hh.ydPrev[h] = y;
    hh.otherPrev[h] = isOwner[h] ? ownerExtra : 0;
    hh.depPrev[h] = hh.dep[h]!;
    // A regular customer of a firm drawn in proportion to its size.
    const x = setup.next();
    let lo = 0;
    let hi = nC - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumSize[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    hh.lastFirm[h] = lo;
  }

  // Houses and mortgages (off by default): each mortgage is a bank asset funded below.
  const housing = p.housingMarket ? createHousing(p, s.seed, hh.bank, banks.mort, ss.machinePrice, nK) : null;
  const hhMort = housing ? householdMortgages(housing) : 0;
  if (housing) startBorrowersDeposits(hh.dep, hh.depPrev, housing, p.mortgageInWealth);

  // Banks: their customers' deposits and loans; required reserves, borrowed from the public bank
  // (advances), so every reserve is backed by a claim and the public bank's net worth is zero;
  // equity at target; bonds balance the sheet.
  for (let h = 0; h < H; h++) banks.dep[hh.bank[h]!]! += hh.dep[h]!;
  for (let f = 0; f < F; f++) {
    banks.dep[firms.bank[f]!]! += firms.dep[f]!;
    banks.loans[firms.bank[f]!]! += firms.loanB[f]!;
  }
  const e = p.bankEquityToAssets;
  let bondsBanks = 0;
  for (let k = 0; k < NB; k++) {
    banks.res[k] = p.reserveRatio * banks.dep[k]!;
    // Mortgages at the start are funded by the deposits their borrowers hold against them
    // (startBorrowersDeposits), so government debt starts where it would without them.
    banks.adv[k] = banks.res[k]!;
    // Equity ≥ target × loans and ≥ e × assets, where assets = deposits + advances + equity.
    const liab = banks.dep[k]! + banks.adv[k]!;
    banks.nw[k] = Math.max(
      p.targetCapitalRatio * (banks.loans[k]! + p.mortgageRiskWeight * banks.mort[k]!),
      e < 1 ? (e * liab) / (1 - e) : 0,
    );
    const b = liab + banks.nw[k]! - banks.loans[k]! - banks.mort[k]! - banks.res[k]!;
    if (b >= 0) banks.bonds[k] = b;
    else banks.adv[k]! -= b;
    bondsBanks += banks.bonds[k]!;
    pb.res += banks.res[k]!;
    pb.adv += banks.adv[k]!;
  }
  pb.nw = pb.adv - pb.res;
  gov.bondsPrivate = bondsBanks;
  gov.nw = -gov.bondsPrivate;
  gov.coupon = Math.max(0, ss.policyRate + p.spreadGovernment) / PERIODS_PER_YEAR;
  // Households' bonds at the start (none unless householdBondShare > 0), bought from their banks.
  initialHouseholdBonds(p, hh, banks, gov, PERIODS_PER_YEAR * gov.coupon);

  const ledger = new Ledger(
    // Nobody reads the ABM's postings in words; their kinds' leads say what happened.
    { sectors: SECTORS, instruments: INSTRUMENTS, transactionRows: TRANSACTION_ROWS, explainLegs: false },
    sectorHoldings(hh, firms, banks, pb, gov, hhMort),
  );

  const nGini = Math.min(H, 2000);
  const giniIdx = new Int32Array(nGini);
  for (let i = 0; i < nGini; i++) giniIdx[i] = order[Math.floor((i * H) / nGini)]!;
  const gdp0 = sales0 + pk * ss.investment + nPublic * w0;
  let unemployed = 0;
  for (let h = 0; h < H; h++) if (hh.emp[h] === EMP_UNEMPLOYED) unemployed++;

  return {
    p,
    H,
    F,
    nC,
    nK,
    NB,
    periods: s.periods,
    seed: s.seed,
    hh,
    firms,
    machines,
    banks,
    pb,
    gov,
    book: new Book(),
    ledger,
    macro: {
      wage: w0 * (1 + ss.inflation),
      cpi: 1,
      // The steady state's inflation, at which the wage rule holds still (steadyState.ts).
      inflation: ss.inflationAnnual,
      expectedInflation: ss.inflationAnnual,
      unemployment: unemployed / H,
      gdpNominal: gdp0,
      policyRate: ss.policyRate,
      avgWage: w0,
      machinePrice: pk,
      expectedPolicyRate: ss.policyRate,
    },
    flows: newFlows(),
    steady: ss,
    rng: {
      search: new Rng(s.seed, STREAM.search),
      hiring: new Rng(s.seed, STREAM.hiring),
      pricing: new Rng(s.seed, STREAM.pricing),
      entry: new Rng(s.seed, STREAM.entry),
      order: new Rng(s.seed, STREAM.order),
      capital: new Rng(s.seed, STREAM.capital),
    },
    housing,
    policyRate,
    citizensIncome,
    scratch: {
      unemployed: new Int32Array(H),
      candidates: new Int32Array(2 * p.searchFirms + 1),
      giniIdx,
      giniVals: new Float64Array(nGini),
      bondTrades: new Float64Array(2 * NB),
    },
    r: { loanPrivate: 0, coop: 0, social: 0, advances: 0, bonds: 0, deposits: 0, reserves: 0, policy: 0 },
    tax: start.rates,
    ciTaxes: startTaxBases(ss, hh.dep, hh.bonds, p.wealthTaxThreshold * PERIODS_PER_YEAR * w0),
    // P0 is the sales-weighted initial price, so the CPI starts at 1.
    initialPrice: units0 > 0 ? sales0 / units0 : w0 / a,
    initialUnits: units0,
    fiscal: createFiscal(s, nPublic),
  };
}

/**
 * Signed sector holdings (+ asset, − liability) summed over agents, sector-major like the ledger's
 * holdings (out[s * NI + i]): what the ledger must agree with. Written into a reused array because
 * the check runs every period.
 */
export function sectorHoldingsInto(
  out: Float64Array,
  hh: Households,
  firms: Firms,
  banks: Banks,
  pb: PublicBank,
  gov: Government,
  householdDeposits?: number,
  householdBonds?: number,
  householdMortgages = 0,
): Float64Array {
  let dh = householdDeposits ?? 0;
  if (householdDeposits === undefined) for (let h = 0; h < hh.n; h++) dh += hh.dep[h]!;
  let bh = householdBonds ?? 0;
  if (householdBonds === undefined) for (let h = 0; h < hh.n; h++) bh += hh.bonds[h]!;
  let df = 0;
  let lbF = 0;
  let lpF = 0;
  for (let f = 0; f < firms.n; f++) {
    df += firms.dep[f]!;
    lbF += firms.loanB[f]!;
    lpF += firms.loanP[f]!;
  }
  let bd = 0;
  let bl = 0;
  let br = 0;
  let ba = 0;
  let bb = 0;
  let bm = 0;
  for (let k = 0; k < banks.n; k++) {
    bm += banks.mort[k]!;
    bd += banks.dep[k]!;
    bl += banks.loans[k]!;
    br += banks.res[k]!;
    ba += banks.adv[k]!;
    bb += banks.bonds[k]!;
  }
  out.fill(0);
  const at = (s: number, i: number, v: number) => (out[s * NI + i] = v);
  at(HH, DEP, dh);
  at(HH, BON, bh);
  at(FI, DEP, df);
  at(FI, LB, -lbF);
  at(FI, LP, -lpF);
  at(BK, DEP, -bd);
  at(BK, LB, bl);
  at(BK, RES, br);
  at(BK, ADV, -ba);
  at(BK, BON, bb);
  at(PB, LP, pb.loans);
  at(PB, RES, -pb.res);
  at(PB, ADV, pb.adv);
  at(PB, BON, pb.bonds);
  at(PB, GA, -pb.ga);
  at(GV, BON, -(gov.bondsPrivate + gov.bondsPublic + gov.bondsHouseholds));
  at(GV, GA, gov.ga);
  at(HH, MO, 0 - householdMortgages); // +0, not −0, when there are none
  at(BK, MO, bm);
  at(PB, MO, pb.mort);
  return out;
}

/** The same holdings by sector and instrument id, as the ledger's opening stocks. */
export function sectorHoldings(
  hh: Households,
  firms: Firms,
  banks: Banks,
  pb: PublicBank,
  gov: Government,
  householdMortgages = 0,
): Holdings {
  const v = sectorHoldingsInto(
    new Float64Array(NS * NI),
    hh,
    firms,
    banks,
    pb,
    gov,
    undefined,
    undefined,
    householdMortgages,
  );
  return Object.fromEntries(
    SECTORS.map((s, k) => [
      s.id,
      Object.fromEntries(INSTRUMENTS.map((inst, i) => [inst.id, v[k * NI + i]!])),
    ]),
  );
}
