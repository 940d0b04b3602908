/**
 * Sector-level bookkeeping for the agent-based economy. Agents move money in typed arrays (paired
 * updates: one agent's deposit falls, another's rises, and the banks' deposits and reserves follow);
 * every such move is ALSO added here, aggregated by transaction kind and sector, as a double-entry
 * posting: transactions-flow entries (income +, spending −) and instrument legs (+ asset up or
 * liability down, − asset down or liability up). At the end of a period each kind becomes one
 * posting in the shared ledger (models/accounting), which refuses any posting whose legs do not
 * cancel or whose flows do not match the change in holdings. The period's check then compares the
 * ledger's sector holdings with the sums over agents, so an agent-level move with no posting (or the
 * reverse) is caught and named.
 */
import type { Ledger } from '../accounting/ledger';
import type { Entry, InstrumentSpec, Leg, SectorSpec } from '../accounting/types';

export const HH = 0;
export const FI = 1;
export const BK = 2;
export const PB = 3;
export const GV = 4;
export const NS = 5;

export const DEP = 0;
export const LB = 1;
export const LP = 2;
export const RES = 3;
export const ADV = 4;
export const BON = 5;
export const GA = 6;
/** Mortgages: households' debt to private banks and the public bank (housing.ts; zero without it). */
export const MO = 7;
export const NI = 8;

export const SECTORS: readonly SectorSpec[] = [
  { id: 'households', label: 'Households', name: 'households' },
  { id: 'firms', label: 'Firms', name: 'firms' },
  { id: 'banks', label: 'Private banks', name: 'private banks' },
  { id: 'publicBank', label: 'Public bank', name: 'the public bank' },
  { id: 'government', label: 'Government', name: 'the government' },
];

export const INSTRUMENTS: readonly InstrumentSpec[] = [
  { id: 'deposits', label: 'Deposits', name: 'deposits', kind: 'deposits', issuer: 'banks' },
  {
    id: 'loansPrivate',
    label: 'Loans from private banks',
    name: 'loans from private banks',
    kind: 'loans',
    issuer: 'firms',
  },
  {
    id: 'loansPublic',
    label: 'Loans from the public bank',
    name: 'loans from the public bank',
    kind: 'loans',
    issuer: 'firms',
  },
  { id: 'reserves', label: 'Reserves', name: 'reserves', kind: 'reserves', issuer: 'publicBank' },
  { id: 'advances', label: 'Advances', name: 'advances', kind: 'advances', issuer: 'banks' },
  { id: 'bonds', label: 'Government bonds', name: 'government bonds', kind: 'bonds', issuer: 'government' },
  {
    id: 'govAccount',
    label: 'Government account',
    name: 'account at the public bank',
    kind: 'government account',
    issuer: 'publicBank',
  },
  { id: 'mortgages', label: 'Mortgages', name: 'mortgages', kind: 'loans', issuer: 'households' },
];

/** Transaction kinds: the row each belongs to in the transactions-flow matrix, and a plain-words lead. */
export const KINDS = [
  ['Consumption', 'households bought goods from firms'],
  ['Government purchases', 'the government bought goods from firms'],
  ['Investment goods', 'consumption-goods firms bought machines from capital-goods firms'],
  ['Wages', 'firms paid wages'],
  ['Public wages', 'the government paid its employees'],
  ['Unemployment benefits', 'the government paid benefits to the unemployed'],
  ["Citizen's income", "the government paid the citizen's income"],
  ['Interest on private loans', 'firms paid interest to private banks'],
  ['Interest on public-bank loans', 'firms paid interest to the public bank'],
  ['Interest on deposits', 'banks paid interest on deposits'],
  ['Interest on reserves', 'the public bank paid interest on reserves'],
  ['Interest on advances', 'banks paid interest on advances'],
  ['Interest on government bonds', 'the government paid interest on its bonds'],
  ['Taxes', 'taxes were paid'],
  [
    'Dividends and surpluses',
    'firms and banks paid out profits; co-ops to their members, social enterprises to every household',
  ],
  ['Public bank profit remitted', 'the public bank remitted its profit to the government'],
  ['Debt-free money', 'the public bank credited the government with no debt in return'],
  ['Loan write-offs', 'loans of bankrupt firms were written off'],
  ['Bank resolution', "a failed bank's owners recapitalised it and its depositors were bailed in"],
  ['Lending and repayment', 'loans were made and repaid'],
  ['Bond sales and redemptions', 'government bonds were sold and redeemed'],
  ['Reserves and advances', 'banks borrowed and repaid advances'],
  ['Residential investment', 'households bought new houses from their builders'],
  ['Interest on mortgages', 'households paid interest on their mortgages'],
  ['Mortgage write-offs', 'mortgages of foreclosed households were written down'],
] as const;

export const K = {
  cons: 0,
  gpur: 1,
  inv: 2,
  wage: 3,
  pwage: 4,
  benefit: 5,
  ubi: 6,
  intLB: 7,
  intLP: 8,
  intDep: 9,
  intRes: 10,
  intAdv: 11,
  intBond: 12,
  tax: 13,
  div: 14,
  remit: 15,
  debtFree: 16,
  writeOff: 17,
  resolution: 18,
  lending: 19,
  bonds: 20,
  advances: 21,
  resInv: 22,
  intMort: 23,
  mortWriteOff: 24,
} as const;
export const NK = KINDS.length;

/** The rows of the transactions-flow matrix: the current transactions, then one Δ row per instrument. */
export const TRANSACTION_ROWS: readonly string[] = [...new Set(KINDS.map((k) => k[0]))];

export class Book {
  /** entries[k * NS + s]: flow of kind k for sector s (+ income / source, − spending / use). */
  readonly entries = new Float64Array(NK * NS);
  /** legs[(k * NS + s) * NI + i]: change in sector s's signed holding of instrument i through kind k. */
  readonly legs = new Float64Array(NK * NS * NI);

  reset(): void {
    this.entries.fill(0);
    this.legs.fill(0);
  }

  // The three passes over the book below live here, not in checks.ts, because they index it by the
  // layout constants above: read from another module (compiled to CommonJS by tsx in the bench and
  // tests) every such constant is a getter call, and those calls were ~15% of a small run.

  /** Post each kind with any non-zero cell to the ledger as one balanced posting. */
  postTo(ledger: Ledger): void {
    for (let k = 0; k < NK; k++) {
      const entries: Entry[] = [];
      const legs: Leg[] = [];
      for (let s = 0; s < NS; s++) {
        const e = this.entries[k * NS + s]!;
        if (e !== 0) entries.push({ sector: SECTORS[s]!.id, amount: e as never });
        for (let i = 0; i < NI; i++) {
          const x = this.legs[(k * NS + s) * NI + i]!;
          if (x !== 0)
            legs.push({ sector: SECTORS[s]!.id, instrument: INSTRUMENTS[i]!.id, delta: x as never });
        }
      }
      if (entries.length || legs.length)
        ledger.post({ row: KINDS[k]![0], lead: KINDS[k]![1], entries, legs });
    }
  }

  /**
   * Add the period's transactions-flow matrix (rows × NS, sector-major columns) to `flows`: each
   * kind's entries in its row (`rowOfKind`), and −Δ holdings in row `nCurrent + instrument`.
   */
  addFlows(flows: Float64Array, rowOfKind: readonly number[], nCurrent: number): void {
    for (let k = 0; k < NK; k++) {
      const row = rowOfKind[k]!;
      for (let s = 0; s < NS; s++) {
        flows[row * NS + s]! += this.entries[k * NS + s]!;
        for (let i = 0; i < NI; i++) flows[(nCurrent + i) * NS + s]! -= this.legs[(k * NS + s) * NI + i]!;
      }
    }
  }

  /**
   * The sources of the money stock's change in the period's postings: Δ private loans + Δ public-bank
   * loans + Δ bonds held by banks + Δ bonds held by the public bank − Δ government account − Δ net
   * worth of the banking system.
   */
  moneySources(): number {
    const legs = this.legs;
    let sources = 0;
    for (let k = 0; k < NK; k++) {
      sources += legs[(k * NS + BK) * NI + LB]!;
      sources += legs[(k * NS + PB) * NI + LP]!;
      sources += legs[(k * NS + BK) * NI + BON]!;
      sources += legs[(k * NS + PB) * NI + BON]!;
      sources += legs[(k * NS + PB) * NI + GA]!; // the account is a liability: its rise is a negative leg
      sources += legs[(k * NS + BK) * NI + MO]!;
      sources += legs[(k * NS + PB) * NI + MO]!;
      sources -= this.entries[k * NS + BK]!;
      sources -= this.entries[k * NS + PB]!;
    }
    return sources;
  }

  private e(k: number, s: number, x: number): void {
    this.entries[k * NS + s]! += x;
  }

  private l(k: number, s: number, i: number, x: number): void {
    this.legs[(k * NS + s) * NI + i]! += x;
  }

  /** A depositor (households or firms) pays another depositor: deposits move, banks net out. */
  depositorToDepositor(k: number, from: number, to: number, x: number): void {
    this.e(k, from, -x);
    this.e(k, to, x);
    this.l(k, from, DEP, -x);
    this.l(k, to, DEP, x);
  }

  /** The government pays a depositor: its account falls, the depositor's bank gains reserves and owes a deposit. */
  govToDepositor(k: number, to: number, x: number): void {
    this.e(k, GV, -x);
    this.e(k, to, x);
    this.l(k, to, DEP, x);
    this.l(k, BK, DEP, -x);
    this.l(k, BK, RES, x);
    this.l(k, PB, RES, -x);
    this.l(k, PB, GA, x);
    this.l(k, GV, GA, -x);
  }

  /** A depositor pays the government (taxes): the reverse of govToDepositor. */
  depositorToGov(k: number, from: number, x: number): void {
    this.govToDepositor(k, from, -x);
  }

  /** A bank pays a depositor out of its own income (deposit interest, dividends): a new deposit. */
  bankToDepositor(k: number, to: number, x: number): void {
    this.e(k, BK, -x);
    this.e(k, to, x);
    this.l(k, to, DEP, x);
    this.l(k, BK, DEP, -x);
  }

  /** A depositor pays a bank (loan interest): a deposit is destroyed. */
  depositorToBank(k: number, from: number, x: number): void {
    this.bankToDepositor(k, from, -x);
  }

  /** A depositor pays the public bank (interest on its loans): deposit and reserves fall. */
  depositorToPublicBank(k: number, from: number, x: number): void {
    this.e(k, from, -x);
    this.e(k, PB, x);
    this.l(k, from, DEP, -x);
    this.l(k, BK, DEP, x);
    this.l(k, BK, RES, -x);
    this.l(k, PB, RES, x);
  }

  /** The public bank pays banks (interest on reserves) in reserves. */
  publicBankToBanks(k: number, x: number): void {
    this.e(k, PB, -x);
    this.e(k, BK, x);
    this.l(k, BK, RES, x);
    this.l(k, PB, RES, -x);
  }

  /** The government pays banks (bond interest, redemptions are financial) through reserves. */
  govToBanks(k: number, x: number): void {
    this.e(k, GV, -x);
    this.e(k, BK, x);
    this.l(k, BK, RES, x);
    this.l(k, PB, RES, -x);
    this.l(k, PB, GA, x);
    this.l(k, GV, GA, -x);
  }

  /** The government pays the public bank (interest on its bonds) from its account. */
  govToPublicBank(k: number, x: number): void {
    this.e(k, GV, -x);
    this.e(k, PB, x);
    this.l(k, PB, GA, x);
    this.l(k, GV, GA, -x);
  }

  /** A new private loan creates a deposit (x < 0: a repayment destroys one). */
  privateLoan(x: number): void {
    const k = K.lending;
    this.l(k, FI, DEP, x);
    this.l(k, FI, LB, -x);
    this.l(k, BK, LB, x);
    this.l(k, BK, DEP, -x);
  }

  /** A public-bank loan to the social economy: the firm's deposit rises, its bank gains reserves. */
  publicLoan(x: number): void {
    const k = K.lending;
    this.l(k, FI, DEP, x);
    this.l(k, FI, LP, -x);
    this.l(k, PB, LP, x);
    this.l(k, BK, DEP, -x);
    this.l(k, BK, RES, x);
    this.l(k, PB, RES, -x);
  }

  /** A loan the borrower cannot repay leaves the lender's books: the lender's net worth falls. */
  writeOff(lender: number, x: number): void {
    const k = K.writeOff;
    const inst = lender === BK ? LB : LP;
    this.e(k, FI, x);
    this.e(k, lender, -x);
    this.l(k, FI, inst, x);
    this.l(k, lender, inst, -x);
  }

  /** Banks buy bonds with reserves, crediting the government's account (x < 0: redemption). */
  bondsToBanks(x: number): void {
    const k = K.bonds;
    this.l(k, BK, BON, x);
    this.l(k, GV, BON, -x);
    this.l(k, BK, RES, -x);
    this.l(k, PB, RES, x);
    this.l(k, PB, GA, -x);
    this.l(k, GV, GA, x);
  }

  /** The government repays households' maturing bonds into their deposits (their banks gain reserves). */
  householdBondRedemption(x: number): void {
    const k = K.bonds;
    this.l(k, HH, BON, -x);
    this.l(k, HH, DEP, x);
    this.l(k, BK, DEP, -x);
    this.l(k, BK, RES, x);
    this.l(k, PB, RES, -x);
    this.l(k, PB, GA, x);
    this.l(k, GV, GA, -x);
    this.l(k, GV, BON, x);
  }

  /** Households buy bonds from their banks with deposits (x < 0: they sell, and the banks pay in new deposits). */
  bondsBanksToHouseholds(x: number): void {
    const k = K.bonds;
    this.l(k, HH, BON, x);
    this.l(k, HH, DEP, -x);
    this.l(k, BK, DEP, x);
    this.l(k, BK, BON, -x);
  }

  /** The public bank buys (zero-interest) bonds by crediting the government's account. */
  bondsToPublicBank(x: number): void {
    const k = K.bonds;
    this.l(k, PB, BON, x);
    this.l(k, GV, BON, -x);
    this.l(k, PB, GA, -x);
    this.l(k, GV, GA, x);
  }

  /** The public bank credits the government's account with nothing in return (remittance or debt-free money). */
  publicBankToGov(k: number, x: number): void {
    this.e(k, PB, -x);
    this.e(k, GV, x);
    this.l(k, PB, GA, -x);
    this.l(k, GV, GA, x);
  }

  /** A bank pays the government (corporate tax) in reserves. */
  bankToGov(k: number, x: number): void {
    this.govToBanks(k, -x);
  }

  /** Banks borrow reserves from the public bank (x < 0: repay). */
  advance(x: number): void {
    const k = K.advances;
    this.l(k, BK, RES, x);
    this.l(k, BK, ADV, -x);
    this.l(k, PB, ADV, x);
    this.l(k, PB, RES, -x);
  }

  /** A private bank's new mortgage creates its borrower's deposit (x < 0: a repayment destroys one). */
  privateMortgage(x: number): void {
    const k = K.lending;
    this.l(k, HH, DEP, x);
    this.l(k, HH, MO, -x);
    this.l(k, BK, MO, x);
    this.l(k, BK, DEP, -x);
  }

  /** A public-bank mortgage: the borrower's deposit rises and its bank gains reserves (x < 0: repayment). */
  publicMortgage(x: number): void {
    const k = K.lending;
    this.l(k, HH, DEP, x);
    this.l(k, HH, MO, -x);
    this.l(k, PB, MO, x);
    this.l(k, BK, DEP, -x);
    this.l(k, BK, RES, x);
    this.l(k, PB, RES, -x);
  }

  /** A mortgage written down at foreclosure: the borrower's debt and the lender's net worth fall. */
  mortgageWriteOff(lender: number, x: number): void {
    const k = K.mortWriteOff;
    this.e(k, HH, x);
    this.e(k, lender, -x);
    this.l(k, HH, MO, x);
    this.l(k, lender, MO, -x);
  }

  /** Banks pay interest on advances to the public bank. */
  banksToPublicBank(k: number, x: number): void {
    this.publicBankToBanks(k, -x);
  }
}
