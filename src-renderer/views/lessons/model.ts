/**
 * What a lesson step shows, computed from the ledger's postings: the T-accounts of the sectors
 * involved (the textbook's own builder), the balance sheet with the cells that changed, levels
 * for a consolidated group, and the answer to a prediction.
 */
import type { Matrix, SectorSpec } from '../../../models/accounting';
import { NET_WORTH, netChange, type Lesson, type VariantResult } from '../../../models/lessons';
import { PostingTableBuilder, type PostingTable } from '../../../models/textbook/postingTable';
// Explicit extension: esbuild (the compiled CLI) confuses tAccounts.ts with TAccounts.tsx beside it.
import { buildTAccounts, type TAccount, type TLine } from '../textbook/tAccounts.ts';

const TOL = 1e-9;

/** Each variant's postings packed as the textbook packs a run's, one period per step. */
export function postingTableOf(v: VariantResult): PostingTable {
  const b = new PostingTableBuilder();
  for (const s of v.steps) b.addPeriod(s.postings);
  return b.build();
}

/** T-accounts of the sectors a step touches (all of them would bury the change in blank boxes). */
export function stepAccounts(v: VariantResult, table: PostingTable, step: number): TAccount[] {
  return buildTAccounts(
    { sectors: v.sectors, instruments: v.instruments, postings: table },
    { period: step + 1 },
  ).filter((a) => a.assets.length || a.liabilities.length || Math.abs(a.netWorthChange) > TOL);
}

/** A T-account of holdings (not changes) from a balance sheet's columns, summed when several. */
export function levelsAccount(
  v: VariantResult,
  bs: Matrix,
  sector: SectorSpec,
  members: readonly string[],
): TAccount {
  const nC = bs.columns.length;
  const cols = members.map((m) => v.sectors.findIndex((s) => s.id === m));
  const acc: TAccount = {
    sector,
    assets: [],
    liabilities: [],
    netWorthChange: 0,
    assetsChange: 0,
    liabilitiesChange: 0,
  };
  v.instruments.forEach((inst, r) => {
    const held = cols.reduce((sum, c) => sum + bs.values[r * nC + c]!, 0);
    if (Math.abs(held) <= TOL) return;
    const line: TLine = { posting: 0, row: 'holding', instrument: inst.label, amount: Math.abs(held) };
    if (held > 0) {
      acc.assets.push(line);
      acc.assetsChange += held;
    } else {
      acc.liabilities.push(line);
      acc.liabilitiesChange -= held;
    }
  });
  acc.netWorthChange = acc.assetsChange - acc.liabilitiesChange;
  return acc;
}

/** The balance sheet with an extra column that adds up a group of sectors (before Σ). */
export function withConsolidated(bs: Matrix, label: string, columns: readonly string[]): Matrix {
  const nC = bs.columns.length;
  const idx = columns.map((c) => bs.columns.indexOf(c));
  const out = new Float64Array(bs.rows.length * (nC + 1));
  for (let r = 0; r < bs.rows.length; r++) {
    for (let c = 0; c < nC - 1; c++) out[r * (nC + 1) + c] = bs.values[r * nC + c]!;
    out[r * (nC + 1) + nC - 1] = idx.reduce((s, c) => s + bs.values[r * nC + c]!, 0);
    // The group is not a sector of its own: Σ stays the sum of the sectors.
    out[r * (nC + 1) + nC] = bs.values[r * nC + nC - 1]!;
  }
  return { rows: bs.rows, columns: [...bs.columns.slice(0, -1), label, bs.columns.at(-1)!], values: out };
}

/** Which cells of the balance sheet the step changed. */
export function changedCells(before: Matrix, after: Matrix): Set<number> {
  const changed = new Set<number>();
  after.values.forEach((v, k) => {
    if (Math.abs(v - before.values[k]!) > TOL) changed.add(k);
  });
  return changed;
}

export type Direction = 'up' | 'down' | 'none';

/** How an account moved in a step, in a variant (up = the asset, liability or net worth grew). */
export function directionOf(
  lesson: Lesson,
  step: number,
  sector: string,
  instrument: string,
  variant: string,
): Direction {
  const delta = netChange(lesson.steps[step]!.transactions, sector, instrument, variant);
  if (Math.abs(delta) <= TOL) return 'none';
  const inst = lesson.instruments.find((i) => i.id === instrument);
  // Entries are signed as in the balance sheet (− for a liability): a liability grows when it falls.
  const grows = inst && inst.issuer === sector && instrument !== NET_WORTH ? delta < 0 : delta > 0;
  return grows ? 'up' : 'down';
}

/** "Households: Bank deposits" (or net worth), as the options read. */
export function accountLabel(lesson: Lesson, sector: string, instrument: string): string {
  const s = lesson.sectors.find((x) => x.id === sector)?.label ?? sector;
  const i =
    instrument === NET_WORTH
      ? 'net worth'
      : (lesson.instruments.find((x) => x.id === instrument)?.label ?? instrument);
  return `${s}: ${i}`;
}

/** Signed with a true minus, no decimals when whole: lesson amounts are round teaching numbers. */
export function money(v: number, sign = false): string {
  const a = Math.abs(v);
  const text = a.toLocaleString('en-US', { maximumFractionDigits: 2 });
  if (a <= TOL) return '0';
  return `${v < 0 ? '−' : sign ? '+' : ''}${text}`;
}
