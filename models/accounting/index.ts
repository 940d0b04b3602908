/** Double-entry ledger, the two SFC matrices and the per-period validator. */
export { Ledger, RELATIVE_TOLERANCE, formatAmount, possessive } from './ledger';
export type { LedgerSpec } from './ledger';
export { balanceSheet, transactionsFlow, layoutOf, NET_WORTH_ROW, SAVING_ROW, SUM } from './matrices';
export type { Matrix, MatrixLayout } from './matrices';
export { validatePeriod } from './validator';
export type { HiddenEquation, Verdict } from './validator';
export { SfcError } from './errors';
export * from './units';
export type * from './types';
