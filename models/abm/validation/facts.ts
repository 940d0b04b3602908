/**
 * The stylised facts of issue 7 §3: what a run of the economy must reproduce before its answers
 * about public money mean anything. Each fact has an id (an interface: tests and exports use it),
 * a plain-words name and meaning for a non-economist, and its target range from the AB-SFC
 * literature (Caiani et al. 2016; Dosi et al. 2010) and national accounts.
 */

export type FactKind = 'run' | 'transmission' | 'robustness';

export interface Target {
  /** Lower bound, or null for none. */
  min: number | null;
  max: number | null;
  /** True when a bound itself is out of range ("< −0.3"); ranges like "3–12" include their ends. */
  strict: boolean;
}

export interface FactDef {
  id: string;
  name: string;
  meaning: string;
  target: Target;
  /** Unit of the measured value, e.g. "%", "points", "×". */
  unit: string;
  /** run: one number per seed from one run; transmission: per seed from a run and its hiked twin;
   * robustness: one share over many parameter sets. */
  kind: FactKind;
}

const below = (max: number): Target => ({ min: null, max, strict: true });
const above = (min: number): Target => ({ min, max: null, strict: true });
const between = (min: number, max: number): Target => ({ min, max, strict: false });

export const FACTS: readonly FactDef[] = [
  {
    id: 'okun',
    name: "Okun's law",
    meaning: 'When output grows faster, unemployment falls: the two move in opposite directions.',
    target: below(-0.3),
    unit: 'correlation',
    kind: 'run',
  },
  {
    id: 'phillips',
    name: 'Phillips curve',
    meaning: 'Wages rise faster when unemployment is low, because workers are scarce.',
    target: below(0),
    unit: 'correlation',
    kind: 'run',
  },
  {
    id: 'investment-procyclical',
    name: 'Investment moves with output',
    meaning: 'Firms buy more machines in booms and fewer in slumps.',
    target: above(0.5),
    unit: 'correlation of cycles',
    kind: 'run',
  },
  {
    id: 'investment-volatility',
    name: 'Investment swings more than output',
    meaning:
      'Investment is the most volatile part of spending: its ups and downs are 2 to 5 times those of output.',
    target: between(2, 5),
    unit: '× GDP',
    kind: 'run',
  },
  {
    id: 'consumption-procyclical',
    name: 'Consumption moves with output',
    meaning: 'Households spend more when the economy is doing well.',
    target: above(0.5),
    unit: 'correlation of cycles',
    kind: 'run',
  },
  {
    id: 'consumption-volatility',
    name: 'Consumption is smoother than output',
    meaning: 'Households smooth their spending: it swings between half as much as output and as much.',
    target: between(0.5, 1),
    unit: '× GDP',
    kind: 'run',
  },
  {
    id: 'credit-procyclical',
    name: 'Credit moves with output',
    meaning: 'Banks lend more in booms and less in slumps.',
    target: above(0.3),
    unit: 'correlation of cycles',
    kind: 'run',
  },
  {
    id: 'gdp-cycle-sd',
    name: 'Business cycles of realistic size',
    meaning: 'Output wanders around its trend by about as much as real economies do (0.5% to 3%).',
    target: between(0.5, 3),
    unit: '% of trend',
    kind: 'run',
  },
  {
    id: 'gdp-cycle-persistence',
    name: 'Booms and slumps last',
    meaning: 'A quarter above trend is usually followed by another: cycles are persistent, not noise.',
    target: between(0.6, 0.95),
    unit: 'autocorrelation',
    kind: 'run',
  },
  {
    id: 'unemployment-mean',
    name: 'Realistic unemployment',
    meaning: 'On average between 3% and 12% of workers are without a job.',
    target: between(3, 12),
    unit: '%',
    kind: 'run',
  },
  {
    id: 'inflation-mean',
    name: 'Moderate inflation',
    meaning: 'Prices rise on average between 0% and 5% a year.',
    target: between(0, 5),
    unit: '% a year',
    kind: 'run',
  },
  {
    id: 'firm-size-skew',
    name: 'Many small firms, few large ones',
    meaning: 'Firm sizes are right-skewed, as in every economy: most firms are small and a few are big.',
    target: above(0.5),
    unit: 'skewness of sales',
    kind: 'run',
  },
  {
    id: 'bankruptcy-rate',
    name: 'Some firms fail',
    meaning:
      'Between 0.2% and 3% of firms go bankrupt each quarter: competition has losers, but not a collapse.',
    target: between(0.2, 3),
    unit: '% of firms a quarter',
    kind: 'run',
  },
  {
    id: 'stationary-unemployment',
    name: 'Stable unemployment',
    meaning:
      'Unemployment does not drift: its average in the first and second half of the window differs by under 1.5 points.',
    target: below(1.5),
    unit: 'points',
    kind: 'run',
  },
  {
    id: 'stationary-inflation',
    name: 'Stable inflation',
    meaning:
      'Inflation does not drift: its average in the first and second half of the window differs by under 1.5 points.',
    target: below(1.5),
    unit: 'points',
    kind: 'run',
  },
  {
    id: 'stationary-gov-debt',
    name: 'Stable government debt',
    meaning:
      'Government debt relative to GDP does not run away: the two halves of the window differ by under 10%.',
    target: below(10),
    unit: '% change',
    kind: 'run',
  },
  {
    id: 'stationary-private-debt',
    name: 'Stable private debt',
    meaning:
      'Private debt relative to GDP does not run away: the two halves of the window differ by under 10%.',
    target: below(10),
    unit: '% change',
    kind: 'run',
  },
  {
    id: 'stationary-markup',
    name: 'Stable markups',
    meaning:
      'Firms’ profit margins do not ratchet up or down: the two halves of the window differ by under 10%.',
    target: below(10),
    unit: '% change',
    kind: 'run',
  },
  {
    id: 'stationary-gini',
    name: 'Stable inequality',
    meaning: 'Income inequality (Gini) does not drift: the two halves of the window differ by under 0.03.',
    target: below(0.03),
    unit: 'Gini points',
    kind: 'run',
  },
  {
    id: 'transmission-unemployment',
    name: 'Higher rates cost jobs',
    meaning:
      'Raising the policy rate by 2 points raises unemployment over the next 15 years, against the same economy unhiked.',
    target: above(0),
    unit: 'points',
    kind: 'transmission',
  },
  {
    id: 'transmission-investment',
    name: 'Higher rates cut investment',
    meaning:
      'Raising the policy rate by 2 points lowers real investment over the next 15 years, against the same economy unhiked.',
    target: below(0),
    unit: '% change',
    kind: 'transmission',
  },
  {
    id: 'robustness',
    name: 'Robust to its parameters',
    meaning:
      'Almost any parameter values the editor allows (at least 95% of random draws) give a run that completes without diverging or breaking an accounting identity.',
    target: between(95, 100),
    unit: '% of draws',
    kind: 'robustness',
  },
];

export function inRange(value: number, t: Target): boolean {
  if (!Number.isFinite(value)) return false;
  if (t.strict) return (t.min === null || value > t.min) && (t.max === null || value < t.max);
  return (t.min === null || value >= t.min) && (t.max === null || value <= t.max);
}

/** The target in words: "< −0.3", "> 0.5", "3 – 12". */
export function targetText(t: Target, unit = ''): string {
  const num = (x: number) => (x < 0 ? `−${-x}` : `${x}`);
  const u = unit && !/correlation|skewness/.test(unit) ? ` ${unit}` : '';
  if (t.min !== null && t.max !== null) return `${num(t.min)} – ${num(t.max)}${u}`;
  if (t.max !== null) return `< ${num(t.max)}${u}`;
  if (t.min !== null) return `> ${num(t.min)}${u}`;
  return 'any';
}
