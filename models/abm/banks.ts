/**
 * Private commercial banks. Assets: loans to firms, reserves at the public bank, government bonds.
 * Liabilities: deposits of households and firms, advances from the public bank. Net worth is kept by
 * its own route (income − costs − taxes − dividends − write-offs), so a check can compare it with
 * assets − liabilities every period.
 */
import { K } from './book';
import type { Economy } from './state';

export interface Banks {
  n: number;
  dep: Float64Array;
  loans: Float64Array;
  res: Float64Array;
  adv: Float64Array;
  bonds: Float64Array;
  nw: Float64Array;
  /** Profit of the current period (interest in − interest out − write-offs). */
  income: Float64Array;
  /** Scratch for dividends of the current period. */
  dividend: Float64Array;
}

export function createBanks(n: number): Banks {
  return {
    n,
    dep: new Float64Array(n),
    loans: new Float64Array(n),
    res: new Float64Array(n),
    adv: new Float64Array(n),
    bonds: new Float64Array(n),
    nw: new Float64Array(n),
    income: new Float64Array(n),
    dividend: new Float64Array(n),
  };
}

/**
 * Interest between banks and the public bank: reserves earn policy − reserve spread; advances cost
 * policy + the banks' tier spread. (Loan and deposit interest are paid in firms.ts / households.ts;
 * bond interest by the government.)
 */
export function bankCentralInterest(E: Economy): void {
  const { banks, pb, book } = E;
  const rRes = E.r.reserves;
  const rAdv = E.r.advances;
  let onRes = 0;
  let onAdv = 0;
  for (let k = 0; k < banks.n; k++) {
    const ir = Math.max(0, banks.res[k]!) * rRes;
    const ia = banks.adv[k]! * rAdv;
    banks.res[k]! += ir - ia;
    banks.nw[k]! += ir - ia;
    banks.income[k]! += ir - ia;
    onRes += ir;
    onAdv += ia;
  }
  pb.res += onRes - onAdv;
  pb.nw += onAdv - onRes;
  pb.income += onAdv - onRes;
  E.flows.interestOnReserves += onRes;
  E.flows.interestOnAdvances += onAdv;
  book.publicBankToBanks(K.intRes, onRes);
  book.banksToPublicBank(K.intAdv, onAdv);
}

/**
 * Bank corporate tax on positive profit, then dividends: a profitable bank pays `bankPayout` of its
 * equity above what it must keep, the larger of `targetCapitalRatio` × loans and
 * `bankEquityToAssets` × all assets. Why: banks retain earnings while short of capital and pay out
 * the rest; counting bonds too keeps a bank that earns mostly bond interest from piling up equity
 * (with loans alone as the base, bank equity reached a quarter of bank assets by quarter 200).
 */
export function bankTaxesAndDividends(E: Economy): number {
  const { banks, pb, gov, book, p } = E;
  let taxes = 0;
  let divs = 0;
  for (let k = 0; k < banks.n; k++) {
    banks.dividend[k] = 0;
    const profit = banks.income[k]!;
    if (!(profit > 0)) continue;
    const tax = p.corporateTaxRate * profit;
    banks.res[k]! -= tax;
    banks.nw[k]! -= tax;
    taxes += tax;
    const assets = banks.loans[k]! + banks.bonds[k]! + banks.res[k]!;
    const required = Math.max(p.targetCapitalRatio * banks.loans[k]!, p.bankEquityToAssets * assets);
    const excess = banks.nw[k]! - required;
    if (excess > 0) {
      const d = p.bankPayout * excess;
      banks.dividend[k] = d;
      divs += d;
    }
  }
  pb.res -= taxes;
  pb.ga += taxes;
  gov.ga += taxes;
  gov.nw += taxes;
  book.bankToGov(K.tax, taxes);
  E.flows.taxes += taxes;
  return divs;
}

/**
 * Reserves and advances: a bank whose reserves are below `reserveRatio` of its deposits borrows the
 * gap from the public bank (advances); a bank above it repays advances first. Why: payments drain
 * reserves unevenly; the public bank, as lender of last resort, always supplies them at its rate.
 */
export function reservesAndAdvances(E: Economy): void {
  const { banks, pb, book, p } = E;
  let net = 0;
  for (let k = 0; k < banks.n; k++) {
    const need = p.reserveRatio * Math.max(0, banks.dep[k]!) - banks.res[k]!;
    let x = 0;
    if (need > 0) x = need;
    else if (banks.adv[k]! > 0) x = -Math.min(banks.adv[k]!, -need);
    banks.adv[k]! += x;
    banks.res[k]! += x;
    net += x;
  }
  pb.adv += net;
  pb.res += net;
  book.advance(net);
}

export function resetBankIncome(E: Economy): void {
  E.banks.income.fill(0);
}
