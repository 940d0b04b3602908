/**
 * Mortgages: households' debt for their homes, held by their own private bank or by the public
 * bank's household tier. A mortgage is lent against a house within a loan-to-value limit and a
 * debt-service-to-income limit, floats at policy + a spread by risk, and is repaid in equal
 * principal instalments over `mortgageTermYears` with interest on the balance. A household that
 * misses two payments in a row is foreclosed: the loan is written down to what its house fetches in
 * a forced sale and the house is put on the market (housing.ts sells it and settles the rest).
 *
 * Money: a new mortgage credits the borrower's deposit (a private bank creates it; the public bank
 * pays it in reserves to the borrower's bank); every repayment destroys a deposit. Each move is a
 * paired update of agents and the banks' deposits and reserves, and the quarter's totals are posted
 * to the sector book once (book.ts privateMortgage, publicMortgage, mortgageWriteOff).
 */
import { riskWeighted } from './banks';
import { BK, HH, K, PB } from './book';
import { EMP_UNEMPLOYED } from './households';
import { PERIODS_PER_YEAR } from './params';
import type { Housing } from './housing';
import type { Economy } from './state';

export const LENDER_PRIVATE = 0;
export const LENDER_PUBLIC = 1;

/** A loan offer: amount (0 = the buyer pays cash), lender, annual spread over policy. */
export interface Offer {
  amount: number;
  lender: number;
  spread: number;
}

/** Quarters of a new mortgage. */
export function termQuarters(E: Economy): number {
  return Math.round(E.p.mortgageTermYears * PERIODS_PER_YEAR);
}

/**
 * The mortgage a household can get for a house at `price`, written into `out`; false when it
 * cannot buy. It pays cash when its deposits cover the price with a quarter's gross income to
 * spare. Otherwise it borrows the most its lender allows: at most `maxLoanToValue`
 * of the price (the public tier: `publicMortgageMaxLtv`), and no more than keeps the first
 * quarter's interest and principal within `maxDebtServiceToIncome` of its gross income; its
 * deposits must cover the rest. The unemployed get no mortgage. A private bank also lends only
 * while its equity stays above `minCapitalRatio` of its risk-weighted loans; the public bank only
 * while its mortgage book stays under `publicMortgageLimit` of annual GDP; it lends for homes to
 * live in, so to every buyer here (the model has no investors), and anyone it turns down goes to a
 * private bank. Why not first-time buyers only: with no births or deaths, after a few decades
 * nearly everyone has owned once and such a tier would lend almost nothing.
 */
export function offerFor(E: Economy, Hs: Housing, h: number, price: number, out: Offer): boolean {
  const { hh, banks, pb, p } = E;
  const y = hh.inc[h]!;
  const cash = hh.dep[h]!;
  if (cash - y >= price) {
    out.amount = 0;
    out.lender = LENDER_PRIVATE;
    out.spread = 0;
    return true;
  }
  if (hh.emp[h] === EMP_UNEMPLOYED || !(y > 0)) return false;
  const perUnit = 1 / termQuarters(E);
  const policy = E.r.policy;
  const dsti = p.maxDebtServiceToIncome * y;
  if (p.publicBankMortgages) {
    const s = p.publicMortgageSpread;
    const rq = Math.max(0, policy + s) / PERIODS_PER_YEAR;
    const L = Math.min(p.publicMortgageMaxLtv * price, dsti / (rq + perUnit));
    const room = p.publicMortgageLimit * PERIODS_PER_YEAR * E.macro.gdpNominal - pb.mort;
    if (L > 0 && cash >= price - L && L <= room) {
      out.amount = L;
      out.lender = LENDER_PUBLIC;
      out.spread = s;
      return true;
    }
  }
  // The risk spread rises with the loan-to-value ratio; the limit is checked at the highest
  // spread the loan could carry, then the spread is set from the ratio actually lent.
  const ltvMax = p.maxLoanToValue;
  const sMax = p.mortgageSpread + p.mortgageRiskSpread;
  const rqMax = Math.max(0, policy + sMax) / PERIODS_PER_YEAR;
  const L = Math.min(ltvMax * price, dsti / (rqMax + perUnit));
  if (!(L > 0) || cash < price - L) return false;
  const hb = hh.bank[h]!;
  const required = p.minCapitalRatio * (riskWeighted(E, hb) + p.mortgageRiskWeight * L);
  if (!(banks.nw[hb]! >= required)) return false;
  out.amount = L;
  out.lender = LENDER_PRIVATE;
  out.spread = p.mortgageSpread + (p.mortgageRiskSpread * (L / price)) / ltvMax;
  return true;
}

/** Make the mortgage of `offer` to household h: its deposit rises by the amount. */
export function originate(E: Economy, Hs: Housing, h: number, offer: Offer): void {
  const L = offer.amount;
  if (!(L > 0)) return;
  const { hh, banks, pb } = E;
  const hb = hh.bank[h]!;
  Hs.mort[h] = L;
  Hs.left[h] = termQuarters(E);
  Hs.lender[h] = offer.lender;
  Hs.spread[h] = offer.spread;
  Hs.arrears[h] = 0;
  hh.dep[h]! += L;
  banks.dep[hb]! += L;
  if (offer.lender === LENDER_PUBLIC) {
    banks.res[hb]! += L;
    pb.res += L;
    pb.mort += L;
    Hs.q.newPublic += L;
  } else {
    banks.mort[hb]! += L;
    Hs.q.newPrivate += L;
  }
}

/**
 * Repay household h's mortgage from its deposits (after it sold its house); what they cannot
 * cover is written off by the lender. The household no longer owes anything.
 */
export function settleOnSale(E: Economy, Hs: Housing, h: number): void {
  const b = Hs.mort[h]!;
  if (!(b > 0)) return;
  const { hh, banks, pb } = E;
  const hb = hh.bank[h]!;
  const rep = Math.min(b, Math.max(0, hh.dep[h]!));
  hh.dep[h]! -= rep;
  banks.dep[hb]! -= rep;
  const wo = b - rep;
  if (Hs.lender[h] === LENDER_PUBLIC) {
    banks.res[hb]! -= rep;
    pb.res -= rep;
    pb.mort -= b;
    pb.nw -= wo;
    pb.income -= wo;
    Hs.q.repaidPublic += rep;
    Hs.q.writeOffPublic += wo;
  } else {
    banks.mort[hb]! -= b;
    banks.nw[hb]! -= wo;
    banks.income[hb]! -= wo;
    Hs.q.repaidPrivate += rep;
    Hs.q.writeOffPrivate += wo;
  }
  Hs.mort[h] = 0;
  Hs.left[h] = 0;
  Hs.arrears[h] = 0;
}

/**
 * Interest and principal on every mortgage. A household that can pay from its deposits does; one
 * that cannot pays nothing and falls into arrears; at two quarters in arrears it is foreclosed: the
 * loan is written down to the forced-sale value of its house ((1 − foreclosureDiscount) × price)
 * and the house is listed (housing.ts). A foreclosed loan pays no more interest: it is settled
 * from the sale. Each household's debt service is kept for its next consumption plan.
 */
export function serviceMortgages(E: Economy, Hs: Housing): void {
  const { hh, banks, pb } = E;
  const dep = hh.dep;
  const hbank = hh.bank;
  const bdep = banks.dep;
  const bres = banks.res;
  const bmort = banks.mort;
  const bnw = banks.nw;
  const binc = banks.income;
  const mort = Hs.mort;
  const due = Hs.due;
  const policy = E.r.policy;
  const recovery = (1 - E.p.foreclosureDiscount) * Hs.price;
  const q = Hs.q;
  // Locals: an imported binding or a property read per household costs a getter call under tsx.
  const ppy = PERIODS_PER_YEAR;
  const pubLender = LENDER_PUBLIC;
  const forced = Hs.forced;
  const lender = Hs.lender;
  const spread = Hs.spread;
  const left = Hs.left;
  const arrears = Hs.arrears;
  let intB = 0;
  let intP = 0;
  let repB = 0;
  let repP = 0;
  let woB = 0;
  let woP = 0;
  for (let h = 0; h < hh.n; h++) {
    due[h] = 0;
    const b = mort[h]!;
    if (!(b > 0) || forced[h] === 1) continue;
    const pub = lender[h] === pubLender;
    const i = (b * Math.max(0, policy + spread[h]!)) / ppy;
    const pr = b / left[h]!;
    const d = i + pr;
    due[h] = d;
    const hb = hbank[h]!;
    if (dep[h]! >= d) {
      dep[h]! -= d;
      bdep[hb]! -= d;
      mort[h] = b - pr;
      left[h]!--;
      arrears[h] = 0;
      if (pub) {
        bres[hb]! -= d;
        pb.res -= d;
        pb.mort -= pr;
        pb.nw += i;
        pb.income += i;
        intP += i;
        repP += pr;
      } else {
        bmort[hb]! -= pr;
        bnw[hb]! += i;
        binc[hb]! += i;
        intB += i;
        repB += pr;
      }
      continue;
    }
    arrears[h]!++;
    if (arrears[h]! < 2) continue;
    // Foreclosure.
    forced[h] = 1;
    q.foreclosures++;
    const wo = Math.max(0, b - recovery);
    mort[h] = b - wo;
    if (pub) {
      pb.mort -= wo;
      pb.nw -= wo;
      pb.income -= wo;
      woP += wo;
    } else {
      bmort[hb]! -= wo;
      bnw[hb]! -= wo;
      binc[hb]! -= wo;
      woB += wo;
    }
  }
  const book = E.book;
  book.depositorToBank(K.intMort, HH, intB);
  book.depositorToPublicBank(K.intMort, HH, intP);
  q.repaidPrivate += repB;
  q.repaidPublic += repP;
  q.writeOffPrivate += woB;
  q.writeOffPublic += woP;
  q.interest += intB + intP;
}

/** Post the quarter's mortgage lending, repayments and write-offs to the sector book. */
export function postMortgages(E: Economy, Hs: Housing): void {
  const q = Hs.q;
  const book = E.book;
  book.privateMortgage(q.newPrivate - q.repaidPrivate);
  book.publicMortgage(q.newPublic - q.repaidPublic);
  book.mortgageWriteOff(BK, q.writeOffPrivate);
  book.mortgageWriteOff(PB, q.writeOffPublic);
}
