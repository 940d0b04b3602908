/**
 * Private commercial banks. Assets: loans to firms, reserves at the public bank, government bonds.
 * Liabilities: deposits of households and firms, advances from the public bank. Net worth is kept by
 * its own route (income − costs − taxes − dividends − write-offs), so a check can compare it with
 * assets − liabilities every period.
 */
import { FI, HH, K } from './book';
import { govAccountFlow } from './government';
import { reserveInterest } from './reserves';
import type { Economy } from './state';

export interface Banks {
  n: number;
  dep: Float64Array;
  loans: Float64Array;
  res: Float64Array;
  adv: Float64Array;
  bonds: Float64Array;
  nw: Float64Array;
  /** Mortgages to households (housing.ts); zero when the housing market is off. */
  mort: Float64Array;
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
    mort: new Float64Array(n),
    income: new Float64Array(n),
    dividend: new Float64Array(n),
  };
}

/**
 * Interest between banks and the public bank: reserves earn what reserveRemuneration says; advances cost
 * policy + the banks' tier spread. (Loan and deposit interest are paid in firms.ts / households.ts;
 * bond interest by the government.)
 */
export function bankCentralInterest(E: Economy): void {
  const { banks, pb, book } = E;
  const rAdv = E.r.advances;
  let onRes = 0;
  let onAdv = 0;
  for (let k = 0; k < banks.n; k++) {
    const ir = reserveInterest(E, k); // by reserveRemuneration (reserves.ts)
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
  const { banks, book, p } = E;
  let taxes = 0;
  let divs = 0;
  for (let k = 0; k < banks.n; k++) {
    banks.dividend[k] = 0;
    const profit = banks.income[k]!;
    if (!(profit > 0)) continue;
    const tax = E.tax.corporate * profit;
    banks.res[k]! -= tax;
    banks.nw[k]! -= tax;
    taxes += tax;
    const assets = banks.loans[k]! + banks.mort[k]! + banks.bonds[k]! + banks.res[k]!;
    const required = Math.max(p.targetCapitalRatio * riskWeighted(E, k), p.bankEquityToAssets * assets);
    const excess = banks.nw[k]! - required;
    if (excess > 0) {
      const d = p.bankPayout * excess;
      banks.dividend[k] = d;
      divs += d;
    }
  }
  govAccountFlow(E, taxes);
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

/**
 * Bank k's loans weighted by risk for its capital ratio: firm loans in full, mortgages at
 * `mortgageRiskWeight` (Basel's standardised weight for residential mortgages is 35%).
 */
export function riskWeighted(E: Economy, k: number): number {
  return E.banks.loans[k]! + E.p.mortgageRiskWeight * E.banks.mort[k]!;
}

export function resetBankIncome(E: Economy): void {
  E.banks.income.fill(0);
}

/**
 * Resolution of a bank whose equity turned negative (after write-offs and taxes). Its owners (the
 * owner households, in equal shares, out of their deposits) recapitalise it to the target capital
 * ratio; if their deposits fall short, the rest is a bail-in: the failed bank's own depositors
 * (households and firms) lose the same share of their deposits, converted into its equity, until
 * its equity is back to zero (Caiani et al. 2016 §3.3 bail depositors in). The run continues with
 * the same number of banks.
 */
export function resolveBanks(E: Economy): void {
  const { banks, hh, firms, book, p } = E;
  let failures = 0;
  let fromOwners = 0;
  let bailedH = 0;
  let bailedF = 0;
  for (let k = 0; k < banks.n; k++) {
    if (!(banks.nw[k]! < 0)) continue;
    failures++;
    const owners = hh.ownerList;
    const need = p.targetCapitalRatio * riskWeighted(E, k) - banks.nw[k]!;
    const each = need / owners.length;
    for (let j = 0; j < owners.length; j++) {
      const h = owners[j]!;
      const x = Math.min(each, hh.dep[h]!);
      if (!(x > 0)) continue;
      const hb = hh.bank[h]!;
      hh.dep[h]! -= x;
      banks.dep[hb]! -= x;
      banks.res[hb]! -= x;
      banks.res[k]! += x;
      banks.nw[k]! += x;
      fromOwners += x;
    }
    if (banks.nw[k]! < 0) {
      // Bail-in: every depositor of bank k loses the same share s of its deposits.
      const s = Math.min(1, -banks.nw[k]! / Math.max(1e-12, banks.dep[k]!));
      for (let h = 0; h < hh.n; h++) {
        if (hh.bank[h] !== k) continue;
        const x = s * hh.dep[h]!;
        hh.dep[h]! -= x;
        banks.dep[k]! -= x;
        banks.nw[k]! += x;
        bailedH += x;
      }
      for (let f = 0; f < firms.n; f++) {
        if (firms.bank[f] !== k) continue;
        const x = s * firms.dep[f]!;
        firms.dep[f]! -= x;
        firms.nw[f]! -= x;
        banks.dep[k]! -= x;
        banks.nw[k]! += x;
        bailedF += x;
      }
    }
  }
  if (failures === 0) return;
  book.depositorToBank(K.resolution, HH, fromOwners + bailedH);
  book.depositorToBank(K.resolution, FI, bailedF);
  E.flows.bankFailures += failures;
}
