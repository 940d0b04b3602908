/**
 * What a textbook SFC run hands the UI in RunResult.extras: per period, the balance sheet and the
 * transactions-flow matrix exactly as Godley & Lavoie print them, every posting in plain words
 * (with its legs, for T-accounts), and the validator's verdict. All plain data and typed arrays,
 * so it crosses the worker boundary by structured clone / transfer.
 *
 * Rendering hints:
 * - Matrix.values is row-major, values[r * columns.length + c]; the last column is Σ.
 * - Balance sheet: + assets, − liabilities; the "Net worth" row is −(net worth) so columns sum to 0.
 * - Transactions-flow: + source of funds, − use. Columns of split sectors are "X (current)" and
 *   "X (capital)". For a Sankey, each transaction row's negative cells pay its positive cells.
 * - A T-account for sector s in period p: the legs of p's postings whose `sector` is s.
 * - Postings travel packed (postingTable.ts); `postingsOf(extras.postings, p)` gives period p's.
 */
import type { InstrumentSpec, Matrix, SectorSpec, Verdict } from '../accounting';
import type { PostingTable } from './postingTable';

export interface TextbookLeg {
  sector: string;
  instrument: string;
  /** + asset up or liability down; − asset down or liability up. */
  delta: number;
}

export interface TextbookEntry {
  sector: string;
  account: 'current' | 'capital';
  amount: number;
}

export interface TextbookPosting {
  /** Transactions-flow row, or a label such as "Bills bought" for a pure portfolio operation. */
  row: string;
  /** "the government spent 20 on goods: the government's cash liabilities rose by 20, firms' cash rose by 20". */
  explanation: string;
  entries: TextbookEntry[];
  legs: TextbookLeg[];
}

export interface TextbookPeriod {
  period: number;
  /** Stocks at the end of the period. */
  balanceSheet: Matrix;
  transactionsFlow: Matrix;
  verdict: Verdict;
}

export interface TextbookExtras {
  kind: 'sfc-textbook';
  model: string;
  sectors: SectorSpec[];
  instruments: InstrumentSpec[];
  /** Stocks at the start of period 1 (the scenario's `initial`). */
  openingBalanceSheet: Matrix;
  periods: TextbookPeriod[];
  /** Every period's postings, packed: read one period with postingsOf. */
  postings: PostingTable;
  /** Closed-form steady state of the final period's parameters, for comparison lines. */
  steadyState: Record<string, number>;
}
