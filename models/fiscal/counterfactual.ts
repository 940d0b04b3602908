/**
 * The public-bank counterfactual, exactly as specified so anyone can check it by hand.
 * History's primary balances and restatements are kept; only the interest changes: a share s of the
 * debt is held by the public bank at r_pb (its profits come back to the government), the rest pays
 * history's rates. No macroeconomic feedback is modelled.
 */
import type { DebtTable } from './data';

export type Method = 'average-rate' | 'proportional';

export interface CounterfactualParams {
  firstCounterfactualYear: number;
  publicShare: number;
  publicRate: number;
  method: Method;
  endYear: number;
}

export interface DebtPaths {
  years: number[];
  actualDebt: Float64Array;
  counterfactualDebt: Float64Array;
  actualInterest: Float64Array;
  counterfactualInterest: Float64Array;
  /** Interest the counterfactual government pays to the public bank (remitted back as profit). */
  counterfactualInterestToPublicBank: Float64Array;
  primaryBalance: Float64Array;
  residual: Float64Array;
  effectiveRate: Float64Array;
  gdp: Float64Array;
  cpi: Float64Array;
}

/** Rows up to endYear; before firstCounterfactualYear the counterfactual is history itself. */
export function counterfactualPaths(table: DebtTable, p: CounterfactualParams): DebtPaths {
  const end = table.years.indexOf(p.endYear);
  const start = table.years.indexOf(p.firstCounterfactualYear);
  if (end < 0 || start < 1 || start > end) {
    throw new RangeError(
      `years ${p.firstCounterfactualYear}–${p.endYear} are outside the data (${table.years[1]}–${table.years.at(-1)})`,
    );
  }
  const n = end + 1;
  const s = p.publicShare;
  const rpb = p.publicRate;
  const D = table.debt.subarray(0, n);
  const PDC = table.interest.subarray(0, n);
  const PB = table.primaryBalance.subarray(0, n);
  const R = table.residual.subarray(0, n);
  const Dcf = Float64Array.from(D);
  const interestCf = Float64Array.from(PDC);
  const toPublicBank = new Float64Array(n);

  for (let t = start; t < n; t++) {
    const held = Math.max(Dcf[t - 1]!, 0); // a negative counterfactual debt (a net asset) earns nothing here
    let interest: number;
    if (p.method === 'average-rate') {
      const i = table.effectiveRate[t]!;
      // History's charges, less the average rate on the debt that was never incurred, less the
      // saving on the public share. Whatever history paid beyond the average rate (e.g. interest on
      // pension liabilities) stays in, so s = 0 reproduces history to the dollar.
      interest = Math.max(0, PDC[t]! - i * (D[t - 1]! - Dcf[t - 1]!) - s * (i - rpb) * held);
    } else {
      const r = PDC[t]! / D[t - 1]!;
      interest = ((1 - s) * r + s * rpb) * held;
    }
    interestCf[t] = interest;
    toPublicBank[t] = Math.min(interest, s * rpb * held);
    Dcf[t] = Dcf[t - 1]! + interest - PB[t]! + R[t]!;
  }

  return {
    years: table.years.slice(0, n),
    actualDebt: Float64Array.from(D),
    counterfactualDebt: Dcf,
    actualInterest: Float64Array.from(PDC),
    counterfactualInterest: interestCf,
    counterfactualInterestToPublicBank: toPublicBank,
    primaryBalance: Float64Array.from(PB),
    residual: Float64Array.from(R),
    effectiveRate: table.effectiveRate.slice(0, n),
    gdp: table.gdp.slice(0, n),
    cpi: table.cpi.slice(0, n),
  };
}
