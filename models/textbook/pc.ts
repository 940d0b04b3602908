/**
 * Godley & Lavoie model PC (ch. 4): government money and bills, a central bank that buys the bills
 * households do not want, and households that split their wealth between cash and bills.
 * The government pays from its account at the central bank and sells bills to bring it back to
 * zero, so the deficit is financed period by period in the ledger.
 */
import { flow, type LedgerSpec } from '../accounting';
import type { ParamDef, StepInput, StepOutput, TextbookSpec } from './engine';
import { GL_SOURCE, NONNEGATIVE, RATE, SFCR_SOURCE, SHARE, fmt, pay } from './common';

export const PC_VERSION = '1.0.0';

const LEDGER: LedgerSpec = {
  sectors: [
    { id: 'hh', label: 'Households', name: 'households' },
    { id: 'firms', label: 'Production', name: 'firms' },
    { id: 'gov', label: 'Government', name: 'the government' },
    { id: 'cb', label: 'Central bank', name: 'the central bank', split: true },
  ],
  instruments: [
    { id: 'H', label: 'Money (cash)', name: 'cash', kind: 'high-powered money', issuer: 'cb' },
    { id: 'B', label: 'Bills', name: 'bills', kind: 'bills', issuer: 'gov' },
    {
      id: 'GA',
      label: 'Government account',
      name: 'account at the central bank',
      kind: 'government account',
      issuer: 'cb',
      issuerName: 'debt to the government (its account)',
    },
  ],
  transactionRows: [
    'Consumption',
    'Government expenditure',
    'Wages',
    'Interest on bills',
    'Central bank profits',
    'Taxes',
  ],
};

const PARAMS: ParamDef[] = [
  { name: 'G', value: 20, bounds: NONNEGATIVE, meaning: 'government expenditure per period' },
  { name: 'theta', value: 0.2, bounds: SHARE, meaning: 'tax rate on income (wages and interest)' },
  {
    name: 'alpha1',
    value: 0.6,
    bounds: { min: 0, max: 0.999 },
    meaning: 'propensity to consume out of disposable income',
  },
  { name: 'alpha2', value: 0.4, bounds: SHARE, meaning: 'propensity to consume out of wealth' },
  { name: 'lambda0', value: 0.635, bounds: SHARE, meaning: 'autonomous share of wealth held in bills' },
  {
    name: 'lambda1',
    value: 5,
    bounds: NONNEGATIVE,
    meaning: 'response of the bills share to the interest rate',
  },
  {
    name: 'lambda2',
    value: 0.01,
    bounds: NONNEGATIVE,
    meaning: 'response of the bills share to income (transactions demand for cash)',
  },
  { name: 'r', value: 0.025, bounds: RATE, meaning: 'interest rate on bills, set by the central bank' },
];

const COLUMNS = [
  { name: 'r', unit: 'rate per period' },
  { name: 'Y', unit: 'money per period (GDP)' },
  { name: 'YD', unit: 'money per period (disposable income)' },
  { name: 'T', unit: 'money per period (taxes)' },
  { name: 'C', unit: 'money per period (consumption)' },
  { name: 'V', unit: 'money (household wealth, end of period)' },
  { name: 'Hh', unit: 'money (cash held by households)' },
  { name: 'Hs', unit: 'money (cash issued by the central bank)' },
  { name: 'Bh', unit: 'money (bills held by households)' },
  { name: 'Bcb', unit: 'money (bills held by the central bank)' },
  { name: 'Bs', unit: 'money (bills issued by the government)' },
];

function step({ p, pPrev, prev, ledger }: StepInput): StepOutput {
  const { G, theta, alpha1, alpha2, lambda0, lambda1, lambda2, r } = p as Record<string, number> as Record<
    'G' | 'theta' | 'alpha1' | 'alpha2' | 'lambda0' | 'lambda1' | 'lambda2' | 'r',
    number
  >;
  const rPrev = pPrev.r!;
  const interestHh = rPrev * prev.Bh!;
  const interestCb = rPrev * prev.Bcb!;
  // Y = C + G, YD = (1−θ)(Y + r₋₁Bh₋₁), C = α1·YD + α2·V₋₁ solved in closed form.
  const YD = ((1 - theta) * (alpha2 * prev.V! + G + interestHh)) / (1 - alpha1 * (1 - theta));
  const C = alpha1 * YD + alpha2 * prev.V!;
  const Y = C + G;
  const T = theta * (Y + interestHh);
  const V = prev.V! + YD - C;
  // Portfolio choice, multiplied out so that zero wealth needs no division.
  const Bh = V * (lambda0 + lambda1 * r) - lambda2 * YD;
  const HhModel = V - Bh;
  const newBills = G + interestHh + interestCb - T - interestCb;
  const billsToHh = Bh - prev.Bh!;
  const billsToCb = newBills - billsToHh;

  govPaysCash(
    ledger,
    'Government expenditure',
    `the government spent ${fmt(G)} on goods from firms`,
    'firms',
    G,
  );
  pay(ledger, 'Wages', `firms paid wages of ${fmt(Y)}`, 'firms', 'hh', Y, 'H');
  govPaysCash(
    ledger,
    'Interest on bills',
    `the government paid ${fmt(interestHh)} interest on households' bills`,
    'hh',
    interestHh,
  );
  pay(
    ledger,
    'Interest on bills',
    `the government paid ${fmt(interestCb)} interest on the central bank's bills`,
    'gov',
    'cb',
    interestCb,
    'GA',
  );
  // The central bank's own account with itself is its liability to the government: paying the profit back raises it.
  ledger.post({
    row: 'Central bank profits',
    lead: `the central bank handed its profit of ${fmt(interestCb)} to the government`,
    entries: [
      { sector: 'cb', account: 'current', amount: flow(-interestCb) },
      { sector: 'gov', amount: flow(interestCb) },
    ],
    legs: [
      { sector: 'cb', instrument: 'GA', delta: flow(-interestCb) },
      { sector: 'gov', instrument: 'GA', delta: flow(interestCb) },
    ],
  });
  ledger.post({
    row: 'Taxes',
    lead: `households paid taxes of ${fmt(T)} in cash`,
    entries: [
      { sector: 'hh', amount: flow(-T) },
      { sector: 'gov', amount: flow(T) },
    ],
    legs: [
      { sector: 'hh', instrument: 'H', delta: flow(-T) },
      { sector: 'cb', instrument: 'H', delta: flow(T) },
      { sector: 'cb', instrument: 'GA', delta: flow(-T) },
      { sector: 'gov', instrument: 'GA', delta: flow(T) },
    ],
  });
  pay(ledger, 'Consumption', `households bought consumer goods for ${fmt(C)}`, 'hh', 'firms', C, 'H');
  ledger.post({
    row: 'Bills bought by households',
    lead: `households ${billsToHh >= 0 ? 'bought' : 'sold'} ${fmt(Math.abs(billsToHh))} of bills with cash`,
    entries: [],
    legs: [
      { sector: 'hh', instrument: 'H', delta: flow(-billsToHh) },
      { sector: 'hh', instrument: 'B', delta: flow(billsToHh) },
      { sector: 'gov', instrument: 'B', delta: flow(-billsToHh) },
      { sector: 'gov', instrument: 'GA', delta: flow(billsToHh) },
      { sector: 'cb', instrument: 'GA', delta: flow(-billsToHh) },
      { sector: 'cb', instrument: 'H', delta: flow(billsToHh) },
    ],
  });
  ledger.post({
    row: 'Bills bought by the central bank',
    lead: `the central bank ${billsToCb >= 0 ? 'bought' : 'sold'} ${fmt(Math.abs(billsToCb))} of bills, crediting the government's account`,
    entries: [],
    legs: [
      { sector: 'cb', instrument: 'B', delta: flow(billsToCb) },
      { sector: 'gov', instrument: 'B', delta: flow(-billsToCb) },
      { sector: 'gov', instrument: 'GA', delta: flow(billsToCb) },
      { sector: 'cb', instrument: 'GA', delta: flow(-billsToCb) },
    ],
  });

  const Hh = ledger.get('hh', 'H');
  const BhL = ledger.get('hh', 'B');
  const Hs = -ledger.get('cb', 'H');
  return {
    values: {
      r,
      Y,
      YD,
      T,
      C,
      V: Hh + BhL,
      Hh,
      Hs,
      Bh: BhL,
      Bcb: ledger.get('cb', 'B'),
      Bs: -ledger.get('gov', 'B'),
    },
    hidden: [
      { label: 'Hh = Hs (cash households want = cash the central bank issued)', lhs: HhModel, rhs: Hs },
      {
        label: 'government account at the central bank ends the period at 0',
        lhs: ledger.get('gov', 'GA'),
        rhs: 0,
      },
    ],
  };
}

/** The government pays from its account at the central bank; the payee receives cash. */
function govPaysCash(
  ledger: StepInput['ledger'],
  row: string,
  lead: string,
  to: 'firms' | 'hh',
  amount: number,
): void {
  ledger.post({
    row,
    lead,
    entries: [
      { sector: 'gov', amount: flow(-amount) },
      { sector: to, amount: flow(amount) },
    ],
    legs: [
      { sector: 'gov', instrument: 'GA', delta: flow(-amount) },
      { sector: 'cb', instrument: 'GA', delta: flow(amount) },
      { sector: 'cb', instrument: 'H', delta: flow(-amount) },
      { sector: to, instrument: 'H', delta: flow(amount) },
    ],
  });
}

function steadyState(p: Readonly<Record<string, number>>): Record<string, number> {
  const { G, theta, alpha1, alpha2, lambda0, lambda1, lambda2, r } = p as Record<string, number>;
  // Stationary wealth (C = YD) and a balanced budget: YD = (1−θ)(YD + G + r·b·YD), Bh = b·YD.
  const b = ((lambda0! + lambda1! * r!) * (1 - alpha1!)) / alpha2! - lambda2!;
  const YD = ((1 - theta!) * G!) / (1 - (1 - theta!) * (1 + r! * b));
  const V = ((1 - alpha1!) * YD) / alpha2!;
  const Bh = b * YD;
  return { Y: YD + G!, YD, C: YD, V, Bh, Hh: V - Bh };
}

function completeInitial(init: Record<string, number>) {
  const problems: string[] = [];
  const Bh = init.Bh ?? 0;
  const Hh = init.Hh ?? (init.V !== undefined ? init.V - Bh : 0);
  const V = Hh + Bh;
  const Hs = init.Hs ?? Hh;
  const Bcb = init.Bcb ?? Hs;
  const Bs = init.Bs ?? Bh + Bcb;
  const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (init.V !== undefined && !near(init.V, V)) problems.push(`initial.V: must equal Hh + Bh = ${V}`);
  if (!near(Hs, Hh)) problems.push(`initial.Hs: must equal Hh = ${Hh} (cash issued = cash held)`);
  if (!near(Bcb, Hs))
    problems.push(`initial.Bcb: must equal Hs = ${Hs} (the central bank's bills back the cash it issued)`);
  if (!near(Bs, Bh + Bcb)) problems.push(`initial.Bs: must equal Bh + Bcb = ${Bh + Bcb}`);
  return { values: { V, Hh, Hs, Bh, Bcb, Bs }, problems };
}

export const PC_SPEC: TextbookSpec = {
  id: 'gl-pc',
  version: PC_VERSION,
  title: 'Godley & Lavoie model PC (money and bills, portfolio choice)',
  ledger: LEDGER,
  params: PARAMS,
  columns: COLUMNS,
  initialNames: ['V', 'Hh', 'Hs', 'Bh', 'Bcb', 'Bs'],
  completeInitial,
  openingHoldings: (i) => ({
    hh: { H: i.Hh!, B: i.Bh! },
    cb: { H: -i.Hs!, B: i.Bcb! },
    gov: { B: -i.Bs! },
  }),
  step,
  steadyState,
  assumptions: [
    'Model PC: prices fixed at 1; the central bank sets the bill rate and buys whatever bills households do not want; its profit goes to the government.',
    "Interest paid in a period is last period's rate on last period's holdings.",
    'The government pays from its account at the central bank and sells bills so that the account is back at zero at the end of every period.',
  ],
  sources: [`${GL_SOURCE} Chapter 4, model PC.`, SFCR_SOURCE],
};
