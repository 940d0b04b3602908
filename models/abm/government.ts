/**
 * The government: pays public wages, buys goods and pays the citizen's income from its account at
 * the public bank; collects taxes into it; pays interest on its bonds; and at the end of each period
 * finances whatever its account lacks under the money-creation regime:
 * - private-debt: bonds sold to private banks at policy + the government's term premium;
 * - public-bank-interest-free: a share s is bought by the public bank as zero-interest bonds;
 * - public-bank-debt-free: a share s is credited by the public bank with no bond at all.
 * The rest (1 − s) is always sold to private banks. A surplus buys back private bonds first.
 */
import { K } from './book';
import type { Economy } from './state';

export interface Government {
  /** Account at the public bank (may be overdrawn within a period; financing restores it to zero). */
  ga: number;
  bondsPrivate: number;
  bondsPublic: number;
  nw: number;
  /** Average coupon (per quarter) on privately held bonds: new issues are priced at the current rate. */
  coupon: number;
  debtFreeCum: number;
  /** Bonds held by households (bondholders.ts); bondsPrivate is the banks' holdings. */
  bondsHouseholds: number;
}

export function createGovernment(): Government {
  return { ga: 0, bondsPrivate: 0, bondsPublic: 0, nw: 0, coupon: 0, debtFreeCum: 0, bondsHouseholds: 0 };
}

/**
 * The government's account at the public bank receives x from private banks' depositors (taxes; x < 0:
 * it pays them: purchases, interest). Their banks settle in reserves at the public bank, and the
 * government's net worth moves by x, since nothing is owed in return. The caller posts the flow to
 * the book under its own name.
 */
export function govAccountFlow(E: Economy, x: number): void {
  const { pb, gov } = E;
  pb.res -= x;
  pb.ga += x;
  gov.ga += x;
  gov.nw += x;
}

/**
 * Bond interest: private holders are paid the average coupon (their bonds were issued at past
 * rates); the public bank's bonds are zero-interest, so nothing is paid on them.
 */
export function bondInterest(E: Economy): void {
  const { banks, gov, book } = E;
  const c = gov.coupon;
  let paid = 0;
  for (let k = 0; k < banks.n; k++) {
    const i = banks.bonds[k]! * c;
    banks.res[k]! += i;
    banks.nw[k]! += i;
    banks.income[k]! += i;
    paid += i;
  }
  govAccountFlow(E, -paid);
  book.govToBanks(K.intBond, paid);
  E.flows.govInterestPrivate += paid;
  E.flows.bondInterestBanks += paid;
}

/** Debt-free credit from the public bank to the government: no bond; net worths move, money will follow spending. */
export function debtFreeCredit(E: Economy, x: number): void {
  if (!(x > 0)) return;
  const { pb, gov, book } = E;
  pb.nw -= x;
  pb.ga += x;
  gov.ga += x;
  gov.nw += x;
  gov.debtFreeCum += x;
  book.publicBankToGov(K.debtFree, x);
  E.flows.debtFree += x;
}

/** Sell (x > 0) or redeem (x < 0) privately held bonds, spread over banks by deposits (sales) or holdings (redemptions). */
function privateBonds(E: Economy, x: number): void {
  if (x === 0) return;
  const { banks, pb, gov, book } = E;
  let base = 0;
  for (let k = 0; k < banks.n; k++) base += x > 0 ? Math.max(0, banks.dep[k]!) : banks.bonds[k]!;
  if (!(base > 0)) return;
  let done = 0;
  for (let k = 0; k < banks.n; k++) {
    const y = (x * (x > 0 ? Math.max(0, banks.dep[k]!) : banks.bonds[k]!)) / base;
    banks.bonds[k]! += y;
    banks.res[k]! -= y;
    done += y;
  }
  pb.res -= done;
  pb.ga += done;
  gov.ga += done;
  gov.bondsPrivate += done;
  book.bondsToBanks(done);
  if (done > 0) E.flows.bondSalesBanks += done;
  else E.flows.bondRedemptions -= done;
}

function publicBonds(E: Economy, x: number): void {
  if (x === 0) return;
  const { pb, gov, book } = E;
  pb.bonds += x;
  pb.ga += x;
  gov.ga += x;
  gov.bondsPublic += x;
  book.bondsToPublicBank(x);
  if (x > 0) E.flows.bondSalesPublic += x;
}

/**
 * Deficit financing. First the bonds due this quarter (1 / maturity of the private stock) are
 * redeemed; then the account's shortfall is financed by regime, or a surplus retires bonds.
 * New private bonds are priced at the current rate, so the average coupon follows the policy rate
 * with a lag.
 */
export function financeDeficit(E: Economy): void {
  const { gov, p } = E;
  const due = gov.bondsPrivate / (p.bondMaturityYears * 4);
  privateBonds(E, -due);
  const need = -gov.ga;
  if (need > 0) {
    const s = p.moneyRegime === 'private-debt' ? 0 : p.publicShare;
    const pub = s * need;
    if (p.moneyRegime === 'public-bank-debt-free') debtFreeCredit(E, pub);
    else publicBonds(E, pub);
    const old = gov.bondsPrivate;
    const priv = need - pub;
    privateBonds(E, priv);
    if (gov.bondsPrivate > 0)
      gov.coupon = (gov.coupon * old + E.r.bonds * (gov.bondsPrivate - old)) / gov.bondsPrivate;
  } else if (need < 0) {
    const surplus = -need;
    const back = Math.min(surplus, gov.bondsPrivate);
    privateBonds(E, -back);
    const backPublic = Math.min(surplus - back, gov.bondsPublic);
    publicBonds(E, -backPublic);
  }
}
