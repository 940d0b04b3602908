/** The vocabulary of the ledger: sectors (columns), instruments (rows) and postings. */
import type { Flow, Stock } from './units';

export type AccountSide = 'current' | 'capital';

export interface SectorSpec {
  id: string;
  /** Column heading, e.g. "Households". */
  label: string;
  /** Used in plain-words explanations, e.g. "households", "the government". */
  name: string;
  /** True when the transactions-flow matrix shows separate current and capital accounts. */
  split?: boolean;
}

export type InstrumentKind =
  | 'deposits'
  | 'loans'
  | 'reserves'
  | 'advances'
  | 'bills'
  | 'bonds'
  | 'high-powered money'
  | 'government account'
  | 'equity'
  | 'tangible';

export interface InstrumentSpec {
  id: string;
  /** Row heading, e.g. "Money (cash)". */
  label: string;
  /** Used in explanations, e.g. "cash", "account at the central bank". */
  name: string;
  kind: InstrumentKind;
  /** The sector whose liability it is (absent for tangible assets). */
  issuer?: string;
  /** How the issuer's side reads in explanations; default "<name> liabilities". */
  issuerName?: string;
}

/** One cell of the transactions-flow matrix: + a source of funds, − a use. */
export interface Entry {
  sector: string;
  account?: AccountSide;
  amount: Flow;
}

/** The change of one sector's holding of one instrument (+ asset up or liability down). */
export interface Leg {
  sector: string;
  instrument: string;
  delta: Flow;
}

export interface PostingInput {
  /** Transactions-flow row this posting belongs to, e.g. "Consumption" (any label when it has no entries). */
  row: string;
  /** What happened, in plain words, e.g. "the government spent 20 on goods". */
  lead: string;
  entries: Entry[];
  legs: Leg[];
}

export interface Posting extends Omit<PostingInput, 'entries'> {
  /** Entries with the account resolved (sectors without split accounts use "current"). */
  entries: Array<Entry & { account: AccountSide }>;
  period: number;
  /**
   * `lead` followed by every leg in plain words, generated from the legs so it cannot disagree
   * (the lead alone when the ledger was opened with `explainLegs: false`).
   */
  explanation: string;
}

/** Starting holdings: sector id → instrument id → signed stock (+ asset, − liability). */
export type Holdings = Record<string, Record<string, Stock | number>>;
