/**
 * The two matrices economists write for a period (Godley & Lavoie ch. 2): the balance sheet at the
 * period's end and the transactions-flow matrix of the period, both with a Σ column. Built from the
 * ledger's holdings and the period's postings; the validator checks them.
 */
import type { Ledger } from './ledger';

/** Row-major numbers with their headings; structured-cloneable, so it crosses a worker boundary. */
export interface Matrix {
  rows: readonly string[];
  columns: readonly string[];
  /** values[r * columns.length + c]; the last column is Σ (the row total). */
  values: Float64Array;
}

export const NET_WORTH_ROW = 'Net worth';
/** G&L show a split sector's current-account surplus moving to its capital account (retained earnings). */
export const SAVING_ROW = 'Saving (current → capital account)';
export const SUM = 'Σ';

/** Layouts are fixed for a ledger, so headings are built once and shared by every period. */
export interface MatrixLayout {
  bsRows: string[];
  bsColumns: string[];
  tfmRows: string[];
  tfmColumns: string[];
  /** For each sector, its column index in the TFM for the current and the capital account. */
  tfmCurrent: number[];
  tfmCapital: number[];
}

export function layoutOf(ledger: Ledger): MatrixLayout {
  const bsRows = [...ledger.instruments.map((i) => i.label), NET_WORTH_ROW];
  const bsColumns = [...ledger.sectors.map((s) => s.label), SUM];
  const financial = ledger.instruments.filter((i) => i.kind !== 'tangible');
  const anySplit = ledger.sectors.some((s) => s.split);
  const tfmRows = [
    ...ledger.transactionRows,
    ...(anySplit ? [SAVING_ROW] : []),
    ...financial.map((i) => `Δ ${i.label}`),
  ];
  const tfmColumns: string[] = [];
  const tfmCurrent: number[] = [];
  const tfmCapital: number[] = [];
  for (const s of ledger.sectors) {
    if (s.split) {
      tfmCurrent.push(tfmColumns.push(`${s.label} (current)`) - 1);
      tfmCapital.push(tfmColumns.push(`${s.label} (capital)`) - 1);
    } else {
      const c = tfmColumns.push(s.label) - 1;
      tfmCurrent.push(c);
      tfmCapital.push(c);
    }
  }
  tfmColumns.push(SUM);
  return { bsRows, bsColumns, tfmRows, tfmColumns, tfmCurrent, tfmCapital };
}

/** Balance sheet: + assets, − liabilities, and a net-worth row of −(net worth) so columns sum to zero. */
export function balanceSheet(ledger: Ledger, layout: MatrixLayout): Matrix {
  const nS = ledger.sectors.length;
  const nI = ledger.instruments.length;
  const nC = nS + 1;
  const values = new Float64Array((nI + 1) * nC);
  for (let i = 0; i < nI; i++) {
    let total = 0;
    for (let s = 0; s < nS; s++) {
      const v = ledger.holdings[s * nI + i]!;
      values[i * nC + s] = v;
      total += v;
    }
    values[i * nC + nS] = total;
  }
  let nwTotal = 0;
  for (let s = 0; s < nS; s++) {
    values[nI * nC + s] = -ledger.netWorth[s]!;
    nwTotal -= ledger.netWorth[s]!;
  }
  values[nI * nC + nS] = nwTotal;
  return { rows: layout.bsRows, columns: layout.bsColumns, values };
}

/**
 * Transactions-flow matrix: transaction rows from the postings (+ source, − use of funds), then
 * (when a sector has split accounts) the saving row, then one "Δ instrument" row per financial
 * instrument, −(change in holding), in the capital account. A split sector's current column sums
 * to zero by the saving row; its capital column then carries the sector's whole check.
 */
export function transactionsFlow(ledger: Ledger, layout: MatrixLayout): Matrix {
  const nR = layout.tfmRows.length;
  const nC = layout.tfmColumns.length;
  const values = new Float64Array(nR * nC);
  for (const p of ledger.postings) {
    if (!p.entries.length) continue;
    const r = ledger.rowIndex(p.row);
    for (const e of p.entries) {
      const s = ledger.sectorIndex(e.sector);
      const c =
        ledger.accountOf(e.sector, e.account) === 'capital' ? layout.tfmCapital[s]! : layout.tfmCurrent[s]!;
      values[r * nC + c]! += e.amount;
    }
  }
  let r = ledger.transactionRows.length;
  if (ledger.sectors.some((s) => s.split)) {
    // The current account's balance is the sector's saving; it finances the capital account.
    ledger.sectors.forEach((sector, s) => {
      if (!sector.split) return;
      const cur = layout.tfmCurrent[s]!;
      let saving = 0;
      for (let row = 0; row < r; row++) saving += values[row * nC + cur]!;
      values[r * nC + cur] = -saving;
      values[r * nC + layout.tfmCapital[s]!] = saving;
    });
    r++;
  }
  const nI = ledger.instruments.length;
  for (let i = 0; i < nI; i++) {
    if (ledger.instruments[i]!.kind === 'tangible') continue;
    for (let s = 0; s < ledger.sectors.length; s++) {
      const change = ledger.holdings[s * nI + i]! - ledger.opening[s * nI + i]!;
      values[r * nC + layout.tfmCapital[s]!]! -= change;
    }
    r++;
  }
  for (let row = 0; row < nR; row++) {
    let total = 0;
    for (let c = 0; c < nC - 1; c++) total += values[row * nC + c]!;
    values[row * nC + nC - 1] = total;
  }
  return { rows: layout.tfmRows, columns: layout.tfmColumns, values };
}
