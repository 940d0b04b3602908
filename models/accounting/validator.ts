/**
 * The period's verdict. Checks, with a tolerance of 1e-9 of the largest cell:
 * every row and column of both matrices sums to zero (the balance sheet's tangible rows and
 * net-worth row cancel in the Σ column); each sector's assets − liabilities equal its net worth
 * kept by its own route; stocks rebuilt from the opening stocks and the period's postings equal
 * the running stocks; and the model's redundant ("hidden") equations hold.
 */
import { SfcError } from './errors';
import { RELATIVE_TOLERANCE, type Ledger } from './ledger';
import type { Matrix } from './matrices';

/** An equation the model never imposed, so its holding is evidence, e.g. Hs = Hh in model SIM. */
export interface HiddenEquation {
  label: string;
  lhs: number;
  rhs: number;
}

export interface Verdict {
  period: number;
  ok: boolean;
  /** Largest absolute discrepancy of any check. */
  maxError: number;
  tolerance: number;
  /** Where the largest discrepancy was, e.g. "transactions-flow column Households". */
  worst: string;
  checksRun: number;
  message: string;
}

export function validatePeriod(
  ledger: Ledger,
  bs: Matrix,
  tfm: Matrix,
  hidden: readonly HiddenEquation[] = [],
): Verdict {
  const t = ledger.period;
  const tolerance = RELATIVE_TOLERANCE * Math.max(1, largestCell(bs), largestCell(tfm));
  let checks = 0;
  // Only the worst discrepancy is described, so labels are built lazily (this runs every period).
  let worstAmount = 0;
  let worstWhere: () => string = () => 'nothing';
  let worstDetail = '';
  const check = (where: () => string, amount: number, detail: string) => {
    checks++;
    const a = Number.isNaN(amount) ? Infinity : amount;
    if (Math.abs(a) > Math.abs(worstAmount)) {
      worstAmount = a;
      worstWhere = where;
      worstDetail = detail;
    }
  };

  const bsCols = bs.columns.length;
  const tangibleRows = new Set(
    ledger.instruments.flatMap((inst, i) => (inst.kind === 'tangible' ? [i] : [])),
  );
  const nwRow = bs.rows.length - 1;
  let tangibleAndNetWorth = 0;
  for (let r = 0; r < bs.rows.length; r++) {
    const total = rowSum(bs, r);
    if (tangibleRows.has(r) || r === nwRow) tangibleAndNetWorth += total;
    else check(() => `balance-sheet row ${bs.rows[r]}`, total, 'an asset is not matched by a liability');
  }
  check(
    () => 'balance-sheet Σ column (tangible assets and net worth)',
    tangibleAndNetWorth,
    'total net worth differs from tangible wealth',
  );
  for (let c = 0; c < bsCols - 1; c++) {
    check(
      () => `balance-sheet column ${bs.columns[c]}`,
      colSum(bs, c),
      'assets − liabilities differ from net worth',
    );
  }

  for (let r = 0; r < tfm.rows.length; r++) {
    check(() => `transactions-flow row ${tfm.rows[r]}`, rowSum(tfm, r), 'a payment has no receiver');
  }
  for (let c = 0; c < tfm.columns.length - 1; c++) {
    check(
      () => `transactions-flow column ${tfm.columns[c]}`,
      colSum(tfm, c),
      'sources and uses of funds differ',
    );
  }

  // Net worth by its own route against the balance sheet, and stocks rebuilt from postings.
  const nI = ledger.instruments.length;
  const rebuilt = ledger.opening.slice();
  const rebuiltNw = ledger.openingNetWorth.slice();
  for (const p of ledger.postings) {
    for (const e of p.entries) rebuiltNw[ledger.sectorIndex(e.sector)]! += e.amount;
    for (const l of p.legs) {
      const s = ledger.sectorIndex(l.sector);
      const i = ledger.instrumentIndex(l.instrument);
      rebuilt[s * nI + i]! += l.delta;
      if (ledger.instruments[i]!.kind === 'tangible') rebuiltNw[s]! += l.delta;
    }
  }
  ledger.sectors.forEach((sector, s) => {
    check(
      () => `net worth of ${sector.name}`,
      ledger.assetsMinusLiabilities(s) - ledger.netWorth[s]!,
      'assets − liabilities differ from net worth',
    );
    check(
      () => `net worth of ${sector.name} rebuilt from postings`,
      rebuiltNw[s]! - ledger.netWorth[s]!,
      'the postings do not explain the net worth',
    );
    ledger.instruments.forEach((inst, i) => {
      const k = s * nI + i;
      check(
        () => `${sector.name}: ${inst.label} rebuilt from postings`,
        rebuilt[k]! - ledger.holdings[k]!,
        'a stock changed without a posting',
      );
    });
  });
  for (const h of hidden)
    check(() => `hidden equation ${h.label}`, h.lhs - h.rhs, "the model's redundant equation does not hold");

  const maxError = Math.abs(worstAmount);
  const ok = maxError <= tolerance;
  if (!ok) throw new SfcError(t, worstWhere(), worstAmount, worstDetail);
  return {
    period: t,
    ok,
    maxError,
    tolerance,
    worst: worstWhere(),
    checksRun: checks,
    message:
      `period ${t}: water-tight — all ${checks} checks pass (largest discrepancy ${maxError.toExponential(2)}, ` +
      `tolerance ${tolerance.toExponential(2)})`,
  };
}

function largestCell(m: Matrix): number {
  let max = 0;
  for (const v of m.values) max = Math.max(max, Math.abs(v));
  return max;
}

function rowSum(m: Matrix, r: number): number {
  const nC = m.columns.length;
  let total = 0;
  for (let c = 0; c < nC - 1; c++) total += m.values[r * nC + c]!;
  return total;
}

function colSum(m: Matrix, c: number): number {
  const nC = m.columns.length;
  let total = 0;
  for (let r = 0; r < m.rows.length; r++) total += m.values[r * nC + c]!;
  return total;
}
