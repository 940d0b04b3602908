/** Pieces the textbook models share: sources, parameter bounds, and posting helpers. */
import { flow, formatAmount, type Ledger } from '../accounting';

export const GL_SOURCE =
  'Godley, W. and Lavoie, M. (2007) Monetary Economics: An Integrated Approach to Credit, Money, Income, Production and Wealth. Palgrave Macmillan.';
export const SFCR_SOURCE =
  'Pereira, J. (2020) sfcr: an R package for stock-flow consistent models (models SIM, SIMEX, PC, BMW).';

/**
 * Largest amount or ratio a textbook parameter or initial stock may take: 10^10 times the book's
 * values (G = 20). Beyond it a run's stocks soon overflow doubles, which is a typo, not a scenario.
 */
export const MAX_MAGNITUDE = 1e12;

export const SHARE = { min: 0, max: 1 };
export const NONNEGATIVE = { min: 0, max: MAX_MAGNITUDE };
export const POSITIVE = { gt: 0, max: MAX_MAGNITUDE };
export const RATE = { min: -0.5, max: 1 };

/** A payment `from` → `to` settled in one instrument both hold (e.g. cash changing hands). */
export function pay(
  ledger: Ledger,
  row: string,
  lead: string,
  from: string,
  to: string,
  amount: number,
  instrument: string,
  accounts: { from?: 'current' | 'capital'; to?: 'current' | 'capital' } = {},
): void {
  ledger.post({
    row,
    lead,
    entries: [
      { sector: from, account: accounts.from, amount: flow(-amount) },
      { sector: to, account: accounts.to, amount: flow(amount) },
    ],
    legs: [
      { sector: from, instrument, delta: flow(-amount) },
      { sector: to, instrument, delta: flow(amount) },
    ],
  });
}

export const fmt = formatAmount;
