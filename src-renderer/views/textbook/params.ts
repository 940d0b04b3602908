/**
 * How the textbook models' parameters appear on screen (slider ranges, plain names), and the
 * "from period k set X to v" shock, which lives in the scenario as the formula "t >= k ? v : base"
 * so a saved scenario reproduces it in the CLI too.
 */
import type { NumberOrFormula } from '../../../models/formulas';
import { BMW_SPEC, PC_SPEC, SIMEX_SPEC, SIM_SPEC } from '../../../models/textbook';
import { fixed, formatNumber } from '../../format';

export const TEXTBOOK_SPECS = [SIM_SPEC, SIMEX_SPEC, PC_SPEC, BMW_SPEC] as const;
export type TextbookSpecLike = (typeof TEXTBOOK_SPECS)[number];

export const MODEL_CHOICES: { value: string; label: string }[] = [
  { value: 'gl-sim', label: 'SIM: government money only' },
  { value: 'gl-simex', label: 'SIMEX: SIM, expected income' },
  { value: 'gl-pc', label: 'PC: money and bills' },
  { value: 'gl-bmw', label: 'BMW: bank money and loans' },
];

export function specOf(model: string): TextbookSpecLike {
  const spec = TEXTBOOK_SPECS.find((s) => s.id === model);
  if (!spec) throw new Error(`"${model}" is not a textbook model`);
  return spec;
}

const pct = (v: number) => `${formatNumber(v * 100, { digits: 2, trim: true })}%`;
const num = (digits: number) => (v: number) => fixed(v, digits);

export interface ParamUi {
  label: string;
  min: number;
  max: number;
  step: number;
  format: (v: number) => string;
}

/** Ranges wide enough to explore, narrow enough that a slider step means something. */
const PARAM_UI: Record<string, ParamUi> = {
  G: { label: 'Government spending per period', min: 0, max: 60, step: 1, format: num(0) },
  theta: { label: 'Tax rate', min: 0.01, max: 0.6, step: 0.01, format: pct },
  alpha0: { label: 'Autonomous consumption', min: 0, max: 60, step: 1, format: num(0) },
  alpha1: { label: 'Propensity to consume out of income', min: 0, max: 0.99, step: 0.01, format: num(2) },
  alpha2: { label: 'Propensity to consume out of wealth', min: 0, max: 1, step: 0.01, format: num(2) },
  W: { label: 'Wage rate', min: 0.5, max: 2, step: 0.05, format: num(2) },
  pr: { label: 'Labour productivity', min: 0.5, max: 2, step: 0.05, format: num(2) },
  lambda0: { label: 'Bills share of wealth (autonomous)', min: 0, max: 1, step: 0.005, format: num(3) },
  lambda1: { label: 'Bills share: response to the rate', min: 0, max: 10, step: 0.5, format: num(1) },
  lambda2: { label: 'Bills share: response to income', min: 0, max: 0.1, step: 0.005, format: num(3) },
  r: { label: 'Interest rate on bills', min: 0, max: 0.1, step: 0.0025, format: pct },
  rl: { label: 'Interest rate on loans', min: 0, max: 0.1, step: 0.0025, format: pct },
  rm: { label: 'Interest rate on deposits', min: 0, max: 0.1, step: 0.0025, format: pct },
  delta: { label: 'Depreciation rate', min: 0, max: 0.3, step: 0.01, format: pct },
  gamma: { label: 'Speed of capital adjustment', min: 0, max: 1, step: 0.01, format: num(2) },
  kappa: { label: 'Target capital-to-output ratio', min: 0.5, max: 3, step: 0.1, format: num(1) },
};

export function paramUi(name: string): ParamUi {
  return PARAM_UI[name] ?? { label: name, min: 0, max: 1, step: 0.01, format: num(3) };
}

export interface Shock {
  from: number;
  value: number;
  base: number;
}

const NUMBER = String.raw`-?\d+(?:\.\d+)?(?:e-?\d+)?`;
const SHOCK = new RegExp(String.raw`^\s*t\s*>=\s*(\d+)\s*\?\s*(${NUMBER})\s*:\s*(${NUMBER})\s*$`);

export function shockFormula(s: Shock): string {
  return `t >= ${s.from} ? ${s.value} : ${s.base}`;
}

/** The shock a parameter's formula describes, or null for a plain number or any other formula. */
export function parseShock(v: NumberOrFormula | undefined): Shock | null {
  if (typeof v !== 'string') return null;
  const m = SHOCK.exec(v);
  return m ? { from: Number(m[1]), value: Number(m[2]), base: Number(m[3]) } : null;
}

/** The value a slider controls: the number, or a shock's base value (the shock is kept). */
export function baseValue(v: NumberOrFormula | undefined, bookValue: number): number {
  if (typeof v === 'number') return v;
  return parseShock(v)?.base ?? bookValue;
}

/** Set a parameter's base value, keeping a shock on it if there is one. */
export function withBase(v: NumberOrFormula | undefined, base: number): NumberOrFormula {
  const shock = parseShock(v);
  return shock ? shockFormula({ ...shock, base }) : base;
}
