/**
 * Godley & Lavoie model BMW (ch. 7), the bank-money world: firms borrow to pay wages and invest,
 * and every loan creates a deposit. Households hold deposits; banks hold loans; firms hold capital.
 */
import { flow, type LedgerSpec } from '../accounting';
import type { ParamDef, StepInput, StepOutput, TextbookSpec } from './engine';
import { GL_SOURCE, NONNEGATIVE, POSITIVE, RATE, SFCR_SOURCE, SHARE, fmt } from './common';

export const BMW_VERSION = '1.0.0';

const LEDGER: LedgerSpec = {
  sectors: [
    { id: 'hh', label: 'Households', name: 'households' },
    { id: 'firms', label: 'Firms', name: 'firms', split: true },
    { id: 'banks', label: 'Banks', name: 'banks', split: true },
  ],
  instruments: [
    { id: 'M', label: 'Money deposits', name: 'deposits', kind: 'deposits', issuer: 'banks' },
    { id: 'L', label: 'Loans', name: 'loans', kind: 'loans', issuer: 'firms' },
    { id: 'K', label: 'Fixed capital', name: 'fixed capital', kind: 'tangible' },
  ],
  transactionRows: [
    'Consumption',
    'Investment',
    'Wages',
    'Depreciation allowances',
    'Interest on loans',
    'Interest on deposits',
    'Bank profits',
  ],
};

const PARAMS: ParamDef[] = [
  { name: 'alpha0', value: 20, bounds: NONNEGATIVE, meaning: 'autonomous consumption' },
  {
    name: 'alpha1',
    value: 0.75,
    bounds: { min: 0, max: 0.999 },
    meaning: 'propensity to consume out of disposable income',
  },
  { name: 'alpha2', value: 0.1, bounds: SHARE, meaning: 'propensity to consume out of wealth (deposits)' },
  { name: 'delta', value: 0.1, bounds: SHARE, meaning: 'depreciation rate of fixed capital' },
  { name: 'gamma', value: 0.15, bounds: SHARE, meaning: 'speed at which capital adjusts to its target' },
  { name: 'kappa', value: 1, bounds: NONNEGATIVE, meaning: 'target capital-to-output ratio' },
  { name: 'pr', value: 1, bounds: POSITIVE, meaning: 'labour productivity (employment N = Y / pr)' },
  { name: 'rl', value: 0.025, bounds: RATE, meaning: 'interest rate on loans' },
  { name: 'rm', value: 0.025, bounds: RATE, meaning: 'interest rate on deposits (the book sets rm = rl)' },
];

const COLUMNS = [
  { name: 'Y', unit: 'money per period (GDP)' },
  { name: 'C', unit: 'money per period (consumption)' },
  { name: 'I', unit: 'money per period (gross investment)' },
  { name: 'K', unit: 'money (fixed capital, end of period)' },
  { name: 'L', unit: 'money (bank loans to firms)' },
  { name: 'M', unit: 'money (household deposits)' },
  { name: 'YD', unit: 'money per period (disposable income)' },
  { name: 'WB', unit: 'money per period (wage bill)' },
  { name: 'AF', unit: 'money per period (depreciation allowances)' },
  { name: 'N', unit: 'hours of work per period' },
];

function step({ p, pPrev, prev, ledger }: StepInput): StepOutput {
  const { alpha0, alpha1, alpha2, delta, gamma, kappa, pr } = p as Record<string, number> as Record<
    'alpha0' | 'alpha1' | 'alpha2' | 'delta' | 'gamma' | 'kappa' | 'pr',
    number
  >;
  const AF = delta * prev.K!;
  const I = gamma * (kappa * prev.Y! - prev.K!) + AF;
  const interestL = pPrev.rl! * prev.L!;
  const interestM = pPrev.rm! * prev.M!;
  // Banks pay out any profit (zero in the book, where rm = rl and loans = deposits), so YD = Y − AF.
  const bankProfit = interestL - interestM;
  const C = (alpha0 + alpha1 * (I - AF) + alpha2 * prev.M!) / (1 - alpha1);
  const Y = C + I;
  const WB = Y - interestL - AF;
  const YD = WB + interestM + bankProfit;

  ledger.post({
    row: 'Wages',
    lead: `firms paid wages of ${fmt(WB)}, borrowing the money from banks`,
    entries: [
      { sector: 'firms', account: 'current', amount: flow(-WB) },
      { sector: 'hh', amount: flow(WB) },
    ],
    legs: [
      { sector: 'firms', instrument: 'L', delta: flow(-WB) },
      { sector: 'banks', instrument: 'L', delta: flow(WB) },
      { sector: 'banks', instrument: 'M', delta: flow(-WB) },
      { sector: 'hh', instrument: 'M', delta: flow(WB) },
    ],
  });
  ledger.post({
    row: 'Consumption',
    lead: `households bought consumer goods for ${fmt(C)}; firms used the receipts to repay loans`,
    entries: [
      { sector: 'hh', amount: flow(-C) },
      { sector: 'firms', account: 'current', amount: flow(C) },
    ],
    legs: [
      { sector: 'hh', instrument: 'M', delta: flow(-C) },
      { sector: 'banks', instrument: 'M', delta: flow(C) },
      { sector: 'firms', instrument: 'L', delta: flow(C) },
      { sector: 'banks', instrument: 'L', delta: flow(-C) },
    ],
  });
  ledger.post({
    row: 'Investment',
    lead: `firms produced ${fmt(I)} of capital goods for themselves`,
    entries: [
      { sector: 'firms', account: 'current', amount: flow(I) },
      { sector: 'firms', account: 'capital', amount: flow(-I) },
    ],
    legs: [{ sector: 'firms', instrument: 'K', delta: flow(I) }],
  });
  ledger.post({
    row: 'Depreciation allowances',
    lead: `capital worth ${fmt(AF)} wore out; firms set aside the same amount`,
    entries: [
      { sector: 'firms', account: 'current', amount: flow(-AF) },
      { sector: 'firms', account: 'capital', amount: flow(AF) },
    ],
    legs: [{ sector: 'firms', instrument: 'K', delta: flow(-AF) }],
  });
  ledger.post({
    row: 'Interest on loans',
    lead: `firms paid ${fmt(interestL)} interest on their loans, borrowing it`,
    entries: [
      { sector: 'firms', account: 'current', amount: flow(-interestL) },
      { sector: 'banks', account: 'current', amount: flow(interestL) },
    ],
    legs: [
      { sector: 'firms', instrument: 'L', delta: flow(-interestL) },
      { sector: 'banks', instrument: 'L', delta: flow(interestL) },
    ],
  });
  ledger.post({
    row: 'Interest on deposits',
    lead: `banks paid ${fmt(interestM)} interest on deposits`,
    entries: [
      { sector: 'banks', account: 'current', amount: flow(-interestM) },
      { sector: 'hh', amount: flow(interestM) },
    ],
    legs: [
      { sector: 'banks', instrument: 'M', delta: flow(-interestM) },
      { sector: 'hh', instrument: 'M', delta: flow(interestM) },
    ],
  });
  if (bankProfit !== 0) {
    ledger.post({
      row: 'Bank profits',
      lead: `banks paid their profit of ${fmt(bankProfit)} to their owners, the households`,
      entries: [
        { sector: 'banks', account: 'current', amount: flow(-bankProfit) },
        { sector: 'hh', amount: flow(bankProfit) },
      ],
      legs: [
        { sector: 'banks', instrument: 'M', delta: flow(-bankProfit) },
        { sector: 'hh', instrument: 'M', delta: flow(bankProfit) },
      ],
    });
  }

  const M = ledger.get('hh', 'M');
  const L = -ledger.get('firms', 'L');
  // Banks' side: deposits supplied grow with the loans they grant (loans create deposits).
  const Ls = prev.L! + I - AF;
  const Ms = prev.M! + (Ls - prev.L!);
  return {
    values: { Y, C, I, K: ledger.get('firms', 'K'), L, M, YD, WB, AF, N: Y / pr },
    hidden: [
      { label: 'Ms = Mh (deposits created by loans = deposits households hold)', lhs: Ms, rhs: M },
      { label: 'Ls = Ld (loans granted = loans firms need, L₋₁ + I − AF)', lhs: L, rhs: Ls },
    ],
  };
}

function steadyState(
  p: Readonly<Record<string, number>>,
  init: Readonly<Record<string, number>>,
): Record<string, number> {
  const { alpha0, alpha1, alpha2, delta, kappa } = p as Record<string, number>;
  // Stationary: I = δK, K = κY, YD = Y − δK = C, and M − K stays at its starting gap.
  const gap = init.M! - init.K!;
  const Y = (alpha0! + alpha2! * gap) / ((1 - alpha1!) * (1 - delta! * kappa!) - alpha2! * kappa!);
  const K = kappa! * Y;
  return { Y, C: Y - delta! * K, I: delta! * K, K, M: K + gap };
}

export const BMW_SPEC: TextbookSpec = {
  id: 'gl-bmw',
  version: BMW_VERSION,
  title: 'Godley & Lavoie model BMW (bank-money world)',
  ledger: LEDGER,
  params: PARAMS,
  columns: COLUMNS,
  initialNames: ['K', 'L', 'M', 'Y'],
  completeInitial: (init) => {
    const K = init.K ?? 0;
    const L = init.L ?? K;
    return { values: { K, L, M: init.M ?? L, Y: init.Y ?? 0 }, problems: [] };
  },
  openingHoldings: (i) => ({
    hh: { M: i.M! },
    firms: { L: -i.L!, K: i.K! },
    banks: { M: -i.M!, L: i.L! },
  }),
  step,
  steadyState,
  assumptions: [
    'Model BMW: prices fixed; firms borrow from banks to pay wages and interest and repay out of sales, so every loan creates a deposit and every repayment destroys one.',
    "Investment closes part of the gap to target capital (κ × last period's output) plus replacement of worn-out capital.",
    "Interest paid in a period is last period's rate on last period's stock. Banks pay any profit to households (none with the book's rm = rl).",
    "initial.Y is last period's output (it sets the first period's investment target).",
  ],
  sources: [`${GL_SOURCE} Chapter 7, model BMW.`, SFCR_SOURCE],
};
