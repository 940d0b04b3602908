/**
 * Invariants checked at the end of every period. Each returns the largest relative error it saw;
 * a breach beyond tolerance throws SfcError naming the period and the agent (or row/column).
 * Cost: one pass over agents (O(H + F + banks)), a small fraction of the period's work.
 */
import { SfcError } from '../accounting/errors';
import { BON, DEP, HH, INSTRUMENTS, KINDS, MO, NI, NS, SECTORS } from './book';
import { LENDER_PUBLIC } from './mortgages';
import { FIRM_KIND_NAMES } from './firms';
import { sectorHoldingsInto, type Economy } from './state';

/**
 * Relative tolerance of the agent-level and sector checks. The ledger's 1e-9 suits postings of a
 * few large numbers; here a sector total is the sum of up to millions of agent updates a quarter
 * (each rounding at 1.1e-16 of its size), and residuals of 1e-9 to 1.5e-8 of the scale were seen on
 * runs with no leak at all (random parameter sets, 400 quarters). 1e-7 sits an order of magnitude
 * above that and far below any real leak: one quarter's wage appearing at one agent is at least
 * 5e-6 of the money stock at 100,000 households (the injection tests check it is caught).
 */
export const TOLERANCE = 1e-7;

export interface CheckScratch {
  depByBank: Float64Array;
  loansByBank: Float64Array;
  /** Sums over agents found by checkAgents, reused by checkSectors and the money stock. */
  householdDeposits: number;
  firmDeposits: number;
  /** Government bonds held by households, summed over them (bondholders.ts). */
  householdBonds: number;
  /** Mortgages by private bank and in total (households' side), when the housing market is on. */
  mortByBank?: Float64Array;
  householdMortgages?: number;
}

function rel(residual: number, scale: number): number {
  return Math.abs(residual) / Math.max(1, scale);
}

function fail(t: number, where: string, residual: number, detail: string): never {
  throw new SfcError(t, where, residual, detail);
}

/** Every agent's balance sheet balances against the net worth it has accumulated by its own route. */
export function checkAgents(E: Economy, t: number, s: CheckScratch): number {
  const { hh, firms, banks, pb, gov } = E;
  let worst = 0;
  for (let f = 0; f < firms.n; f++) {
    const d = firms.dep[f]!;
    const r = d - firms.loanB[f]! - firms.loanP[f]! - firms.nw[f]!;
    // A firm's amounts are of the order of a wage at least: rounding of a quarter's payments through
    // a firm that ends it with almost nothing is judged against that, not against nothing.
    const scale =
      E.macro.wage +
      Math.abs(d) +
      firms.loanB[f]! +
      firms.loanP[f]! +
      Math.abs(firms.nw[f]!) +
      firms.wageBill[f]! +
      firms.revenue[f]!;
    const e = rel(r, scale);
    if (!(e <= TOLERANCE)) {
      fail(
        t,
        `firm ${f} (${FIRM_KIND_NAMES[firms.kind[f]!]})`,
        r,
        'deposits − loans differ from the net worth its income and spending add up to',
      );
    }
    if (d < -TOLERANCE * Math.max(1, scale))
      fail(t, `firm ${f} (${FIRM_KIND_NAMES[firms.kind[f]!]})`, d, 'its deposits are negative');
    if (e > worst) worst = e;
    // Re-anchor: the next period's check then tests that period's flows, free of rounding carried
    // over from many periods of additions and subtractions.
    firms.nw[f] = d - firms.loanB[f]! - firms.loanP[f]!;
  }
  s.depByBank.fill(0);
  s.loansByBank.fill(0);
  const hdep = hh.dep;
  const hbank = hh.bank;
  const byBank = s.depByBank;
  let dh = 0;
  for (let h = 0; h < hh.n; h++) {
    const d = hdep[h]!;
    if (!(d >= -1e-6)) fail(t, `household ${h}`, d, 'its deposits are negative or not a number');
    byBank[hbank[h]!]! += d;
    dh += d;
  }
  // Households' bonds: never negative, and their sum is what the government owes them.
  let bh = 0;
  const hbonds = hh.bonds;
  for (let h = 0; h < hh.n; h++) {
    const b = hbonds[h]!;
    if (!(b >= -1e-6)) fail(t, `household ${h}`, b, 'its government bonds are negative or not a number');
    bh += b;
  }
  s.householdBonds = bh;
  let df = 0;
  for (let f = 0; f < firms.n; f++) {
    byBank[firms.bank[f]!]! += firms.dep[f]!;
    s.loansByBank[firms.bank[f]!]! += firms.loanB[f]!;
    df += firms.dep[f]!;
  }
  s.householdDeposits = dh;
  s.firmDeposits = df;
  // Mortgages, households' side: by lending bank, and the public bank's.
  let mortPublic = 0;
  let mortAll = 0;
  const Hs = E.housing;
  if (Hs) {
    const byBankM = (s.mortByBank ??= new Float64Array(banks.n));
    byBankM.fill(0);
    const mort = Hs.mort;
    const lender = Hs.lender;
    const pubLender = LENDER_PUBLIC;
    for (let h = 0; h < hh.n; h++) {
      const m = mort[h]!;
      if (!(m > 0)) {
        if (m < 0) fail(t, `household ${h}`, m, 'its mortgage is negative');
        continue;
      }
      mortAll += m;
      if (lender[h] === pubLender) mortPublic += m;
      else byBankM[hbank[h]!]! += m;
    }
  }
  s.householdMortgages = mortAll;
  let res = 0;
  let adv = 0;
  let bonds = 0;
  let lpFirms = 0;
  for (let f = 0; f < firms.n; f++) lpFirms += firms.loanP[f]!;
  for (let k = 0; k < banks.n; k++) {
    const L = banks.loans[k]!;
    const R = banks.res[k]!;
    const B = banks.bonds[k]!;
    const D = banks.dep[k]!;
    const A = banks.adv[k]!;
    const V = banks.nw[k]!;
    const M = banks.mort[k]!;
    const scale =
      Math.abs(L) + Math.abs(M) + Math.abs(R) + Math.abs(B) + Math.abs(D) + Math.abs(A) + Math.abs(V);
    const r = L + M + R + B - D - A - V;
    let e = rel(r, scale);
    if (!(e <= TOLERANCE))
      fail(
        t,
        `bank ${k}`,
        r,
        'loans + mortgages + reserves + bonds − deposits − advances differ from its net worth',
      );
    if (Hs) {
      const rm = M - s.mortByBank![k]!;
      const em = rel(rm, scale);
      if (!(em <= TOLERANCE))
        fail(t, `bank ${k}`, rm, "its mortgages differ from the sum of its borrowers' mortgages");
      if (em > e) e = em;
      banks.mort[k] = s.mortByBank![k]!;
    }
    const rd = D - s.depByBank[k]!;
    const ed = rel(rd, scale);
    if (!(ed <= TOLERANCE))
      fail(t, `bank ${k}`, rd, "its deposit liabilities differ from the sum of its customers' deposits");
    const rl = L - s.loansByBank[k]!;
    const el = rel(rl, scale);
    if (!(el <= TOLERANCE)) fail(t, `bank ${k}`, rl, "its loans differ from the sum of its borrowers' loans");
    e = Math.max(e, ed, el);
    if (e > worst) worst = e;
    banks.dep[k] = s.depByBank[k]!;
    banks.loans[k] = s.loansByBank[k]!;
    banks.nw[k] = banks.loans[k]! + banks.mort[k]! + R + B - banks.dep[k]! - A;
    res += R;
    adv += A;
    bonds += B;
  }
  const pairs: [string, number, number, string][] = [
    [
      'public bank',
      pb.loans + pb.mort + pb.adv + pb.bonds - pb.res - pb.ga - pb.nw,
      Math.abs(pb.loans) +
        Math.abs(pb.mort) +
        Math.abs(pb.adv) +
        Math.abs(pb.bonds) +
        Math.abs(pb.res) +
        Math.abs(pb.ga) +
        Math.abs(pb.nw),
      'its assets − liabilities differ from its net worth',
    ],
    ['public bank', pb.res - res, Math.abs(res), "its reserve liabilities differ from the banks' reserves"],
    ['public bank', pb.adv - adv, Math.abs(adv), "its advances differ from the banks' advances"],
    [
      'public bank',
      pb.loans - lpFirms,
      Math.abs(lpFirms),
      "its loans differ from the firms' public-bank loans",
    ],
    [
      'public bank',
      pb.mort - mortPublic,
      Math.abs(mortPublic),
      "its mortgages differ from the households' public-bank mortgages",
    ],
    [
      'government',
      gov.ga - pb.ga,
      Math.abs(gov.ga),
      "its account differs from the public bank's record of it",
    ],
    [
      'government',
      gov.ga - gov.bondsPrivate - gov.bondsPublic - gov.bondsHouseholds - gov.nw,
      Math.abs(gov.ga) + gov.bondsPrivate + gov.bondsPublic + gov.bondsHouseholds + Math.abs(gov.nw),
      'its account − bonds differ from its net worth',
    ],
    [
      'government',
      gov.bondsPrivate - bonds,
      Math.abs(bonds),
      "privately held bonds differ from the banks' bonds",
    ],
    [
      'government',
      gov.bondsHouseholds - bh,
      Math.abs(bh),
      "bonds it owes households differ from the sum of households' bonds",
    ],
    [
      'government',
      gov.bondsPublic - pb.bonds,
      Math.abs(pb.bonds),
      "bonds held by the public bank differ from the public bank's record",
    ],
  ];
  const common =
    Math.abs(pb.loans) +
    Math.abs(pb.adv) +
    Math.abs(pb.bonds) +
    Math.abs(pb.res) +
    Math.abs(pb.ga) +
    Math.abs(gov.nw) +
    gov.bondsPrivate;
  for (const [who, r, scale, detail] of pairs) {
    const e = rel(r, Math.max(scale, common));
    if (!(e <= TOLERANCE)) fail(t, who, r, detail);
    if (e > worst) worst = e;
  }
  pb.res = res;
  pb.adv = adv;
  pb.loans = lpFirms;
  pb.mort = mortPublic;
  pb.nw = pb.loans + pb.mort + pb.adv + pb.bonds - pb.res - pb.ga;
  gov.bondsPrivate = bonds;
  pb.ga = gov.ga;
  gov.bondsHouseholds = bh;
  gov.nw = gov.ga - gov.bondsPrivate - gov.bondsPublic - gov.bondsHouseholds;
  return worst;
}

export interface PeriodMatrices {
  /** Balance sheet, rows = instruments then net worth, columns = sectors (signed: + asset, − liability). */
  balance: Float64Array;
  /** Transactions flows, rows = transaction rows then Δ instrument rows, columns = sectors. */
  flows: Float64Array;
}

export const BALANCE_ROWS = [...INSTRUMENTS.map((i) => i.label), 'Net worth'];
export const FLOW_ROWS: string[] = [...new Set<string>(KINDS.map((k) => k[0]))].concat(
  INSTRUMENTS.map((i) => `Δ ${i.label}`),
);
const ROW_OF_KIND = KINDS.map((k) => FLOW_ROWS.indexOf(k[0]));

/**
 * Post the period's aggregated book to the shared ledger (it refuses unbalanced postings), then
 * check that the ledger's sector holdings and net worths equal the sums over agents, build the
 * balance-sheet and transactions-flow matrices, and check every row and column sums to zero, that
 * sector net lending sums to zero and that the money stock's change equals the sum of its sources.
 */
export function checkSectors(
  E: Economy,
  t: number,
  out: PeriodMatrices,
  moneyBefore: number,
  moneyNow: number,
  householdDeposits: number,
  holdings: Float64Array,
  householdBonds = 0,
  householdMortgages = 0,
): { worst: number; scale: number } {
  const { ledger, book, firms, banks, pb, gov, hh } = E;
  book.postTo(ledger);
  // Sector holdings from the agents vs the ledger.
  const agents = sectorHoldingsInto(
    holdings,
    hh,
    firms,
    banks,
    pb,
    gov,
    householdDeposits,
    householdBonds,
    householdMortgages,
  );

  let scale = 1;
  for (let s = 0; s < NS; s++) {
    for (let i = 0; i < NI; i++) scale = Math.max(scale, Math.abs(ledger.holdings[s * NI + i]!));
  }
  let worst = 0;
  for (let s = 0; s < NS; s++) {
    for (let i = 0; i < NI; i++) {
      const a = agents[s * NI + i]!;
      const l = ledger.holdings[s * NI + i]!;
      const e = rel(a - l, scale);
      if (!(e <= TOLERANCE)) {
        fail(
          t,
          `${SECTORS[s]!.label}, ${INSTRUMENTS[i]!.label}`,
          a - l,
          'the sum over agents differs from the ledger (a money move with no posting)',
        );
      }
      if (e > worst) worst = e;
      out.balance[i * NS + s] = a;
    }
  }
  let fnw = 0;
  for (let f = 0; f < firms.n; f++) fnw += firms.nw[f]!;
  let bnw = 0;
  for (let k = 0; k < banks.n; k++) bnw += banks.nw[k]!;
  const hnw = agents[HH * NI + DEP]! + agents[HH * NI + BON]! + agents[HH * NI + MO]!;
  const tracked = [hnw, fnw, bnw, pb.nw, gov.nw];
  for (let s = 0; s < NS; s++) {
    const r = tracked[s]! - ledger.netWorth[s]!;
    const e = rel(r, scale);
    if (!(e <= TOLERANCE))
      fail(t, `${SECTORS[s]!.label}, net worth`, r, "the agents' net worth differs from the ledger's");
    if (e > worst) worst = e;
    out.balance[NI * NS + s] = -tracked[s]!;
  }
  // Balance sheet: each row (instrument) sums to zero; each column with −net worth sums to zero.
  for (let i = 0; i <= NI; i++) {
    let sum = 0;
    for (let s = 0; s < NS; s++) sum += out.balance[i * NS + s]!;
    const e = rel(sum, scale);
    if (!(e <= TOLERANCE))
      fail(t, `balance sheet row ${BALANCE_ROWS[i]}`, sum, 'the row does not sum to zero');
    if (e > worst) worst = e;
  }
  for (let s = 0; s < NS; s++) {
    let sum = 0;
    for (let i = 0; i <= NI; i++) sum += out.balance[i * NS + s]!;
    const e = rel(sum, scale);
    if (!(e <= TOLERANCE))
      fail(
        t,
        `balance sheet column ${SECTORS[s]!.label}`,
        sum,
        'assets − liabilities − net worth is not zero',
      );
    if (e > worst) worst = e;
  }
  // Transactions-flow matrix from the book: current rows, then −Δ holdings per instrument.
  out.flows.fill(0);
  const nRows = FLOW_ROWS.length;
  const nCurrent = nRows - NI;
  book.addFlows(out.flows, ROW_OF_KIND, nCurrent);
  let flowScale = 1;
  for (let j = 0; j < out.flows.length; j++) flowScale = Math.max(flowScale, Math.abs(out.flows[j]!));
  for (let row = 0; row < nRows; row++) {
    let sum = 0;
    for (let s = 0; s < NS; s++) sum += out.flows[row * NS + s]!;
    const e = rel(sum, flowScale);
    if (!(e <= TOLERANCE))
      fail(t, `transactions-flow row ${FLOW_ROWS[row]}`, sum, 'the row does not sum to zero');
    if (e > worst) worst = e;
  }
  let netLending = 0;
  for (let s = 0; s < NS; s++) {
    let sum = 0;
    let saving = 0;
    for (let row = 0; row < nRows; row++) {
      sum += out.flows[row * NS + s]!;
      if (row < nCurrent) saving += out.flows[row * NS + s]!;
    }
    netLending += saving;
    const e = rel(sum, flowScale);
    if (!(e <= TOLERANCE))
      fail(
        t,
        `transactions-flow column ${SECTORS[s]!.label}`,
        sum,
        'its saving differs from the change in its financial holdings',
      );
    if (e > worst) worst = e;
  }
  {
    const e = rel(netLending, flowScale);
    if (!(e <= TOLERANCE))
      fail(t, 'sector net lending', netLending, 'sector net lending does not sum to zero (G − T ≠ S − I)');
    if (e > worst) worst = e;
  }
  // Money: ΔM (measured over agents) = Δ private loans + Δ public-bank loans + Δ bonds held by banks
  // + Δ bonds held by the public bank − Δ government account − Δ net worth of the banking system.
  // Each term comes from the period's postings, not from the agents.
  const sources = book.moneySources();
  const dM = moneyNow - moneyBefore;
  {
    const r = dM - sources;
    const e = rel(r, Math.max(Math.abs(moneyNow), flowScale));
    if (!(e <= TOLERANCE))
      fail(
        t,
        'money stock',
        r,
        'its change differs from the sum of its sources (loans, bonds, public-bank financing, bank earnings)',
      );
    if (e > worst) worst = e;
  }
  return { worst, scale };
}
