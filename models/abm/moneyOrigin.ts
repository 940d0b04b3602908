/**
 * Where the money stock (deposits of households and firms) comes from: its counterparts on the
 * banking system's balance sheets, so that the parts add up to the money stock exactly.
 *
 * From the private banks' sheet:  D = L_B + L_M + B_bk + R − A − E_bk
 * and the public bank's sheet:    R − A = L_P + L_MP + B_pb − GA − E_pb
 * so                              D = L_B + L_M + L_P + L_MP + B_pb + B_bk − GA − E_bk − E_pb
 * (L_M, L_MP: mortgages held by private banks and by the public bank's household tier).
 * Debt-free credits lower the public bank's net worth one for one (government.ts), so
 * −E_pb = DF − (E_pb + DF): the credits are counted with the bonds the public bank holds as
 * "government spending of public money", and E_pb + DF (what the public bank keeps of its own,
 * zero while it remits every profit) goes with the government's unspent account into `otherNet`.
 */
import type { Economy } from './state';

export interface MoneyCounterparts {
  /** Private-bank loans to firms, outstanding. */
  firmLoans: number;
  /** Private-bank mortgages to households, outstanding. */
  mortgages: number;
  /** Public-bank loans to firms and households, outstanding. */
  publicBankCredit: number;
  /** Government bonds the public bank holds + debt-free credits to the government, cumulative. */
  publicSpending: number;
  /** Government bonds the private banks hold. */
  bankBonds: number;
  /** The private banks' net worth: assets they hold against no deposit (enters with a minus sign). */
  bankEquity: number;
  /** − the government's account − the public bank's net worth before debt-free credits. */
  otherNet: number;
}

/** The counterparts of the money stock at the end of a quarter, from the agents' stocks. */
export function moneyCounterparts(E: Economy): MoneyCounterparts {
  const { firms, banks, pb, gov } = E;
  let firmLoans = 0;
  let publicLoans = 0;
  for (let f = 0; f < firms.n; f++) {
    firmLoans += firms.loanB[f]!;
    publicLoans += firms.loanP[f]!;
  }
  let bankBonds = 0;
  let bankEquity = 0;
  let mortgages = 0;
  for (let k = 0; k < banks.n; k++) {
    mortgages += banks.mort[k]!;
    bankBonds += banks.bonds[k]!;
    bankEquity += banks.nw[k]!;
  }
  return {
    firmLoans,
    // Households' mortgages (housing.ts): the private banks' book here, the public bank's tier
    // with its loans to firms.
    mortgages,
    publicBankCredit: publicLoans + pb.mort,
    publicSpending: pb.bonds + gov.debtFreeCum,
    bankBonds,
    bankEquity,
    otherNet: -gov.ga - (pb.nw + gov.debtFreeCum),
  };
}
