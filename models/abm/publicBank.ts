/**
 * The public bank: the central bank, owned by the government. Assets: loans to the social economy,
 * advances to private banks, government bonds. Liabilities: banks' reserves and the government's
 * account. It can credit the government with no bond in return (debt-free money): its net worth
 * falls by the amount and the government's rises. It remits its profit to the government.
 */
import { K } from './book';
import type { Economy } from './state';

export interface PublicBank {
  loans: number;
  /** Mortgages to households (its household tier, housing.ts). */
  mort: number;
  adv: number;
  bonds: number;
  res: number;
  ga: number;
  nw: number;
  /** Profit of the current period, remitted to the government at the end of it. */
  income: number;
}

export function createPublicBank(): PublicBank {
  return { loans: 0, mort: 0, adv: 0, bonds: 0, res: 0, ga: 0, nw: 0, income: 0 };
}

/**
 * Remittance: the public bank's profit (interest received − interest on reserves − write-offs) is
 * credited to the government's account; a loss is charged to it. So the public bank's net worth
 * changes only through debt-free money, and interest the government pays it comes back.
 */
export function remitProfit(E: Economy): void {
  const { pb, gov, book } = E;
  const x = pb.income;
  pb.nw -= x;
  pb.ga += x;
  gov.ga += x;
  gov.nw += x;
  pb.income = 0;
  book.publicBankToGov(K.remit, x);
}
