/**
 * Godley & Lavoie model SIM (ch. 3) and SIMEX (expected disposable income = last period's):
 * government money only. Households hold the cash the government's deficit creates.
 */
import type { HiddenEquation, LedgerSpec } from '../accounting';
import { type ParamDef, type StepInput, type StepOutput, type TextbookSpec } from './engine';
import { GL_SOURCE, NONNEGATIVE, POSITIVE, SFCR_SOURCE, SHARE, fmt, pay } from './common';

export const SIM_VERSION = '1.0.0';

const LEDGER: LedgerSpec = {
  sectors: [
    { id: 'hh', label: 'Households', name: 'households' },
    { id: 'firms', label: 'Production', name: 'firms' },
    { id: 'gov', label: 'Government', name: 'the government' },
  ],
  instruments: [{ id: 'H', label: 'Money (cash)', name: 'cash', kind: 'high-powered money', issuer: 'gov' }],
  transactionRows: ['Consumption', 'Government expenditure', 'Wages', 'Taxes'],
};

const PARAMS: ParamDef[] = [
  { name: 'G', value: 20, bounds: NONNEGATIVE, meaning: 'government expenditure per period' },
  { name: 'theta', value: 0.2, bounds: SHARE, meaning: 'tax rate on income' },
  {
    name: 'alpha1',
    value: 0.6,
    bounds: { min: 0, max: 0.999 },
    meaning: 'propensity to consume out of disposable income',
  },
  { name: 'alpha2', value: 0.4, bounds: SHARE, meaning: 'propensity to consume out of wealth' },
  { name: 'W', value: 1, bounds: POSITIVE, meaning: 'wage rate (employment N = Y / W)' },
];

const COLUMNS = [
  { name: 'Y', unit: 'money per period (GDP)' },
  { name: 'T', unit: 'money per period (taxes)' },
  { name: 'YD', unit: 'money per period (disposable income)' },
  { name: 'C', unit: 'money per period (consumption)' },
  { name: 'H', unit: 'money (cash held by households, end of period)' },
];

/** Post the period's four flows: G, wages, taxes, consumption; the deficit ends up as household cash. */
function postSim(ledger: StepInput['ledger'], G: number, Y: number, T: number, C: number, W: number): void {
  pay(
    ledger,
    'Government expenditure',
    `the government spent ${fmt(G)} on goods from firms`,
    'gov',
    'firms',
    G,
    'H',
  );
  pay(
    ledger,
    'Wages',
    `firms paid wages of ${fmt(Y)} for ${fmt(Y / W)} hours of work`,
    'firms',
    'hh',
    Y,
    'H',
  );
  pay(ledger, 'Taxes', `households paid taxes of ${fmt(T)}`, 'hh', 'gov', T, 'H');
  pay(ledger, 'Consumption', `households bought consumer goods for ${fmt(C)}`, 'hh', 'firms', C, 'H');
}

function finish(input: StepInput, G: number, Y: number, T: number, YD: number, C: number): StepOutput {
  postSim(input.ledger, G, Y, T, C, input.p.W!);
  const Hprev = input.prev.H!;
  // The government's budget alone says how much cash exists; the households' saving says how much they hold.
  const Hs = Hprev + G - T;
  const Hh = input.ledger.get('hh', 'H');
  const hidden: HiddenEquation[] = [{ label: 'Hs = Hh (cash issued = cash held)', lhs: Hs, rhs: Hh }];
  return { values: { Y, T, YD, C, H: Hh }, hidden };
}

function simStep(input: StepInput): StepOutput {
  const { G, theta, alpha1, alpha2 } = input.p as Record<'G' | 'theta' | 'alpha1' | 'alpha2', number>;
  // Y = C + G, C = α1·(1−θ)·Y + α2·H₋₁ solved in closed form.
  const Y = (G + alpha2 * input.prev.H!) / (1 - alpha1 * (1 - theta));
  const T = theta * Y;
  const YD = Y - T;
  const C = alpha1 * YD + alpha2 * input.prev.H!;
  return finish(input, G, Y, T, YD, C);
}

function simexStep(input: StepInput): StepOutput {
  const { G, theta, alpha1, alpha2 } = input.p as Record<'G' | 'theta' | 'alpha1' | 'alpha2', number>;
  const YDe = input.prev.YD!;
  const C = alpha1 * YDe + alpha2 * input.prev.H!;
  const Y = C + G;
  const T = theta * Y;
  return finish(input, G, Y, T, Y - T, C);
}

function steadyState(p: Readonly<Record<string, number>>): Record<string, number> {
  const { G, theta, alpha1, alpha2 } = p as Record<string, number>;
  const Y = G! / theta!;
  const YD = Y * (1 - theta!);
  return { Y, T: G!, YD, C: YD, H: ((1 - alpha1!) * YD) / alpha2! };
}

function completeInitial(init: Record<string, number>) {
  return { values: { H: init.H ?? 0, YD: init.YD ?? 0 }, problems: [] };
}

const common = {
  version: SIM_VERSION,
  ledger: LEDGER,
  params: PARAMS,
  columns: COLUMNS,
  openingHoldings: (init: Readonly<Record<string, number>>) => ({ hh: { H: init.H! }, gov: { H: -init.H! } }),
  steadyState,
  sources: [`${GL_SOURCE} Chapter 3, model SIM (Table 3.4 for the published check).`, SFCR_SOURCE],
};

export const SIM_SPEC: TextbookSpec = {
  ...common,
  id: 'gl-sim',
  title: 'Godley & Lavoie model SIM (government money)',
  initialNames: ['H'],
  completeInitial,
  step: simStep,
  assumptions: [
    'Model SIM: prices fixed at 1; firms produce on demand and pay out everything as wages; the only asset is government money (cash).',
    'Households know their income within the period (consumption and income are solved together).',
    'Every payment is posted to the ledger as a double entry; a government deficit becomes household cash.',
  ],
};

export const SIMEX_SPEC: TextbookSpec = {
  ...common,
  id: 'gl-simex',
  title: 'Godley & Lavoie model SIMEX (SIM with expected income)',
  initialNames: ['H', 'YD'],
  completeInitial,
  step: simexStep,
  assumptions: [
    "Model SIMEX: as SIM, but households spend out of expected disposable income, which is last period's (initial.YD in period 1, 0 by default).",
    'Mistaken expectations show up as unplanned changes in cash holdings.',
    'Every payment is posted to the ledger as a double entry; a government deficit becomes household cash.',
  ],
};
