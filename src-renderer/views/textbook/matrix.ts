/** Numbers for the matrix tables: the Σ row the matrices do not carry, and how a cell reads. */
import type { Matrix } from '../../../models/accounting';
import { signed } from '../../format';

/** Column totals, the Σ column's included (a Σ row under the table). */
export function columnSums(m: Matrix): number[] {
  const nC = m.columns.length;
  const sums = new Array<number>(nC).fill(0);
  for (let r = 0; r < m.rows.length; r++) for (let c = 0; c < nC; c++) sums[c]! += m.values[r * nC + c]!;
  return sums;
}

/** The largest cell, so rounding noise (3e-14) can be told from a real amount. */
export function matrixScale(m: Matrix): number {
  let max = 0;
  for (const v of m.values) max = Math.max(max, Math.abs(v));
  return max;
}

/**
 * Signed, as Godley & Lavoie print them (+ source or asset, − use or liability), with a true
 * minus sign. Amounts below a billionth of the largest cell are noise and read as 0.
 */
export function formatCell(v: number, scale: number): string {
  if (Math.abs(v) <= 1e-9 * Math.max(1, scale)) return '0';
  return signed(v, 2);
}
