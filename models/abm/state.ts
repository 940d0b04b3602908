/**
 * The economy's state: one struct of typed arrays per agent kind, allocated once per run (the
 * period loop allocates nothing), and the consistent initial balance sheets every regime starts
 * from. The sector-level ledger (models/accounting) is opened on the same initial stocks.
 */
import { Ledger } from '../accounting/ledger';
import type { Holdings } from '../accounting/types';
import { resolveParam, type PeriodParam } from '../formulas';
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
  SECTORS,
  TRANSACTION_ROWS,
  Book,
} from './book';
import { createBanks, type Banks } from './banks';
import { createFirms, FIRM_COOP, FIRM_PRIVATE, FIRM_SOCIAL, type Firms } from './firms';
import { createGovernment, type Government } from './government';
import { createHouseholds, EMP_PUBLIC, EMP_UNEMPLOYED, type Households } from './households';
import { FORMULA_VARIABLES, PERIODS_PER_YEAR, type AbmParams, type AbmScenario } from './params';
import { createPublicBank, type PublicBank } from './publicBank';
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
  benefits: number;
  bankFailures: number;
  interestOnReserves: number;
  interestOnAdvances: number;
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
  'benefits',
  'bankFailures',
  'interestOnReserves',
  'interestOnAdvances',
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
  F: number;
  NB: number;
  periods: number;
  seed: number;
  hh: Households;
  firms: Firms;
  banks: Banks;
  pb: PublicBank;
  gov: Government;
  book: Book;
  ledger: Ledger;
  macro: Macro;
  flows: PeriodFlows;
  rng: { search: Rng; hiring: Rng; pricing: Rng; entry: Rng; order: Rng };
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
  };
  initialPrice: number;
  initialUnits: number;
  /** Quarterly rates of the current period. */
  r: {
    loanPrivate: number;
    coop: number;
    social: number;
    advances: number;
    bonds: number;
    deposits: number;
    reserves: number;
    policy: number;
  };
}

export function createEconomy(s: AbmScenario): Economy {
  const p = s.params;
  const H = s.households;
  const F = s.firms;
  const NB = s.banks;
  const setup = new Rng(s.seed, STREAM.setup);
  const hh = createHouseholds(H);
  const firms = createFirms(F);
  const banks = createBanks(NB);
  const pb = createPublicBank();
  const gov = createGovernment();

  const w0 = p.initialWage;
  const a = p.productivity;

  // Households: bank, owners, public employees and the unemployed are drawn once from the set-up stream.
  const order = new Int32Array(H);
  for (let i = 0; i < H; i++) order[i] = i;
  for (let i = H - 1; i > 0; i--) {
    const j = setup.int(i + 1);
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  const nPublic = Math.round(p.publicEmploymentShare * H);
  const nUnemp = Math.min(H - nPublic, Math.round(p.initialUnemployment * H));
  for (let k = 0; k < H; k++) {
    const h = order[k]!;
    hh.emp[h] = k < nPublic ? EMP_PUBLIC : k < nPublic + nUnemp ? EMP_UNEMPLOYED : setup.int(F);
  }
  const nOwners = Math.max(1, Math.round(p.ownerShare * H));
  hh.ownerList = new Int32Array(nOwners);
  for (let k = 0; k < nOwners; k++) {
    const h = order[(k * 7919 + 13) % H]!; // spread owners over the shuffled order, independent of job status
    hh.ownerList[k] = h;
  }
  for (let h = 0; h < H; h++) {
    hh.bank[h] = setup.int(NB);
    hh.dep[h] = p.initialWealth * w0;
    hh.lastFirm[h] = setup.int(F);
  }

  // Firms: kinds by share; each banks (and borrows) at one private bank.
  const nCoop = Math.round(p.coopShare * F);
  const nSocial = Math.min(F - nCoop, Math.round(p.socialShare * F));
  for (let f = 0; f < F; f++) {
    firms.kind[f] = f < nCoop ? FIRM_COOP : f < nCoop + nSocial ? FIRM_SOCIAL : FIRM_PRIVATE;
    firms.bank[f] = setup.int(NB);
    firms.owner[f] = hh.ownerList[setup.int(nOwners)]!;
    firms.markup[f] = firms.kind[f] === FIRM_SOCIAL ? p.socialMargin : p.initialMarkup;
    firms.price[f] = (1 + firms.markup[f]!) * (w0 / a);
  }
  for (let h = 0; h < H; h++) {
    const f = hh.emp[h]!;
    if (f >= 0) firms.workers[f]!++;
  }
  let sales0 = 0;
  let units0 = 0;
  for (let f = 0; f < F; f++) {
    const wb = firms.workers[f]! * w0;
    firms.expected[f] = Math.max(a, firms.workers[f]! * a);
    // Each firm starts with a quarter's wage bill in deposits, half of it borrowed: net worth at its target.
    firms.dep[f] = wb;
    firms.loanB[f] = (1 - p.firmEquityTarget) * wb > 0 ? (1 - p.firmEquityTarget) * wb : 0;
    firms.nw[f] = firms.dep[f]! - firms.loanB[f]!;
    sales0 += firms.workers[f]! * a * firms.price[f]!;
    units0 += firms.workers[f]! * a;
  }
  const gdp0 = sales0 + nPublic * w0;

  // Banks: deposits and loans of their customers; bonds in proportion to deposits; capital; reserves;
  // advances balance the sheet (or extra reserves when the bank is long).
  for (let h = 0; h < H; h++) banks.dep[hh.bank[h]!]! += hh.dep[h]!;
  for (let f = 0; f < F; f++) {
    banks.dep[firms.bank[f]!]! += firms.dep[f]!;
    banks.loans[firms.bank[f]!]! += firms.loanB[f]!;
  }
  let totalDep = 0;
  for (let k = 0; k < NB; k++) totalDep += banks.dep[k]!;
  const B0 = p.initialGovDebt * PERIODS_PER_YEAR * gdp0;
  for (let k = 0; k < NB; k++) {
    banks.bonds[k] = totalDep > 0 ? (B0 * banks.dep[k]!) / totalDep : B0 / NB;
    banks.res[k] = p.reserveRatio * banks.dep[k]!;
    // At least the equity target on all assets. When deposits and equity exceed loans, bonds and
    // reserves, the surplus is held as extra reserves, so assets end up as deposits + equity:
    // equity ≥ e·(deposits + equity), i.e. e·deposits / (1 − e), covers that case.
    const e = p.bankEquityToAssets;
    banks.nw[k] = Math.max(
      p.initialBankCapital * banks.loans[k]!,
      e * (banks.loans[k]! + banks.bonds[k]! + banks.res[k]!),
      e < 1 ? (e * banks.dep[k]!) / (1 - e) : 0,
    );
    const gap = banks.loans[k]! + banks.res[k]! + banks.bonds[k]! - banks.dep[k]! - banks.nw[k]!;
    if (gap >= 0) banks.adv[k] = gap;
    else banks.res[k]! -= gap;
    pb.res += banks.res[k]!;
    pb.adv += banks.adv[k]!;
  }
  pb.nw = pb.adv - pb.res;
  gov.bondsPrivate = B0;
  gov.nw = -B0;
  gov.coupon =
    Math.max(0, p.spreadGovernment + (typeof p.policyRate === 'number' ? p.policyRate : 0.025)) /
    PERIODS_PER_YEAR;
  for (let h = 0; h < H; h++) {
    const e = hh.emp[h]!;
    hh.ydPrev[h] = e === EMP_UNEMPLOYED ? 0 : (1 - p.incomeTaxRate) * w0;
    hh.depPrev[h] = hh.dep[h]!;
  }

  const ledger = new Ledger(
    // Nobody reads the ABM's postings in words; their kinds' leads say what happened.
    { sectors: SECTORS, instruments: INSTRUMENTS, transactionRows: TRANSACTION_ROWS, explainLegs: false },
    sectorHoldings(hh, firms, banks, pb, gov),
  );

  const nGini = Math.min(H, 2000);
  const giniIdx = new Int32Array(nGini);
  for (let i = 0; i < nGini; i++) giniIdx[i] = order[Math.floor((i * H) / nGini)]!;

  return {
    p,
    H,
    F,
    NB,
    periods: s.periods,
    seed: s.seed,
    hh,
    firms,
    banks,
    pb,
    gov,
    book: new Book(),
    ledger,
    macro: {
      wage: w0,
      cpi: 1,
      inflation: p.inflationTarget,
      unemployment: nUnemp / H,
      gdpNominal: gdp0,
      policyRate: typeof p.policyRate === 'number' ? p.policyRate : 0.025,
      avgWage: w0,
    },
    flows: newFlows(),
    rng: {
      search: new Rng(s.seed, STREAM.search),
      hiring: new Rng(s.seed, STREAM.hiring),
      pricing: new Rng(s.seed, STREAM.pricing),
      entry: new Rng(s.seed, STREAM.entry),
      order: new Rng(s.seed, STREAM.order),
    },
    policyRate: resolveParam('params.policyRate', p.policyRate, FORMULA_VARIABLES, { min: -0.05, max: 0.5 }),
    citizensIncome: resolveParam('params.citizensIncome', p.citizensIncome, FORMULA_VARIABLES, { min: 0 }),
    scratch: {
      unemployed: new Int32Array(H),
      candidates: new Int32Array(2 * p.searchFirms + 1),
      giniIdx,
      giniVals: new Float64Array(nGini),
    },
    r: { loanPrivate: 0, coop: 0, social: 0, advances: 0, bonds: 0, deposits: 0, reserves: 0, policy: 0 },
    // P0 is the sales-weighted initial price, so the CPI starts at 1.
    initialPrice: units0 > 0 ? sales0 / units0 : w0 / a,
    initialUnits: units0,
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
): Float64Array {
  let dh = householdDeposits ?? 0;
  if (householdDeposits === undefined) for (let h = 0; h < hh.n; h++) dh += hh.dep[h]!;
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
  for (let k = 0; k < banks.n; k++) {
    bd += banks.dep[k]!;
    bl += banks.loans[k]!;
    br += banks.res[k]!;
    ba += banks.adv[k]!;
    bb += banks.bonds[k]!;
  }
  out.fill(0);
  const at = (s: number, i: number, v: number) => (out[s * NI + i] = v);
  at(HH, DEP, dh);
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
  at(GV, BON, -(gov.bondsPrivate + gov.bondsPublic));
  at(GV, GA, gov.ga);
  return out;
}

/** The same holdings by sector and instrument id, as the ledger's opening stocks. */
export function sectorHoldings(
  hh: Households,
  firms: Firms,
  banks: Banks,
  pb: PublicBank,
  gov: Government,
): Holdings {
  const v = sectorHoldingsInto(new Float64Array(NS * NI), hh, firms, banks, pb, gov);
  return Object.fromEntries(
    SECTORS.map((s, k) => [
      s.id,
      Object.fromEntries(INSTRUMENTS.map((inst, i) => [inst.id, v[k * NI + i]!])),
    ]),
  );
}
