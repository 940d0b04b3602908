/**
 * One seed's numbers for every per-run fact, measured on the quarters after burn-in. A fact whose
 * inputs the run does not have (a column the model does not write yet, a series that is not
 * positive) is "not measurable" with the reason, never a made-up value.
 */
import { hpFilter } from './hp';
import { autocorrelation, correlation, diff, logOf, mean, sd, skewness } from './stats';

export type Measurement = { value: number } | { value: null; reason: string };

/** What the card reads from a run: its columns and, when the model provides them, per-firm sales. */
export interface RunColumns {
  columns: Record<string, Float64Array>;
  /** Number of firms (the denominator of the bankruptcy rate). */
  firms: number;
  /** Each firm's sales (real, over the window or its last quarter); absent until the model writes them. */
  firmSales?: ArrayLike<number> | null;
}

/** Quarters t = from … to (1-based, inclusive). */
export interface Window {
  from: number;
  to: number;
}

/** Months of the monetary-transmission response: quarters burnIn+1 … burnIn+60 (15 years). */
export const TRANSMISSION_QUARTERS = 60;
/** Measurement ids of the hike's channels (not facts): real consumption, % change against the
 * unhiked run; interest the public sector pays the private sector, change in % of GDP. */
export const CHANNEL_CONSUMPTION = 'transmission-consumption';
export const CHANNEL_PUBLIC_INTEREST = 'transmission-public-interest';
/** Measurement ids of the transfers that do not fall with output (not facts), in % of GDP over the
 * window: the citizen's income and unemployment benefits. The card reports them beside "Consumption
 * is smoother than output", since households spend them whatever the cycle does. */
export const CHANNEL_CITIZENS_INCOME = 'smoothing-citizens-income';
export const CHANNEL_BENEFITS = 'smoothing-benefits';

const nm = (reason: string): Measurement => ({ value: null, reason });
const ok = (value: number, what: string): Measurement =>
  Number.isFinite(value) ? { value } : nm(`${what} is not a finite number (a constant or too short series)`);

/** Values of quarters from…to of a column (index t−1). */
function slice(c: Float64Array, w: Window): Float64Array {
  return c.subarray(w.from - 1, w.to);
}

class Columns {
  constructor(private readonly run: RunColumns) {}
  get(name: string): Float64Array | string {
    const c = this.run.columns[name];
    return c ?? `the model does not write the column ${name} yet`;
  }
}

/** HP cycle (λ = 1600) of the log of a positive series over the window, or why there is none. */
function logCycle(values: Float64Array | string, w: Window, name: string): Float64Array | string {
  if (typeof values === 'string') return values;
  const logs = logOf(slice(values, w));
  if (!logs) return `${name} is zero or negative in some quarter, so it has no log cycle`;
  return hpFilter(logs).cycle;
}

/** Real series: a nominal column divided by the price level. */
function deflate(nominal: Float64Array | string, prices: Float64Array | string): Float64Array | string {
  if (typeof nominal === 'string') return nominal;
  if (typeof prices === 'string') return prices;
  return nominal.map((v, i) => v / prices[i]!);
}

/** Wage inflation (annualised): the model's column, else derived from the average wage. */
function wageInflation(cols: Columns): Float64Array | string {
  const own = cols.get('wage_inflation');
  if (typeof own !== 'string') return own;
  const w = cols.get('avg_wage');
  if (typeof w === 'string') return own;
  const out = new Float64Array(w.length).fill(NaN);
  for (let i = 1; i < w.length; i++) out[i] = Math.pow(w[i]! / w[i - 1]!, 4) - 1;
  return out;
}

function corrOfCycles(a: Float64Array | string, b: Float64Array | string, what: string): Measurement {
  if (typeof a === 'string') return nm(a);
  if (typeof b === 'string') return nm(b);
  return ok(correlation(a, b), what);
}

function relativeVolatility(a: Float64Array | string, b: Float64Array | string, what: string): Measurement {
  if (typeof a === 'string') return nm(a);
  if (typeof b === 'string') return nm(b);
  return ok(sd(a) / sd(b), what);
}

/** Mean over quarters from…to, scaled. */
function windowMean(c: Float64Array | string, w: Window, scale: number, what: string): Measurement {
  if (typeof c === 'string') return nm(c);
  return ok(scale * mean(slice(c, w)), what);
}

/** Difference between the means of the window's second and first halves: absolute or relative (%). */
function drift(
  c: Float64Array | string,
  w: Window,
  mode: 'absolute' | 'relative',
  scale: number,
  what: string,
): Measurement {
  if (typeof c === 'string') return nm(c);
  const mid = Math.floor((w.from + w.to) / 2);
  const first = mean(slice(c, { from: w.from, to: mid }));
  const second = mean(slice(c, { from: mid + 1, to: w.to }));
  if (mode === 'absolute') return ok(scale * Math.abs(second - first), what);
  if (Math.abs(first) < 1e-12 && Math.abs(second) < 1e-12) return { value: 0 };
  return ok((100 * Math.abs(second - first)) / Math.abs(first), what);
}

/** Every per-run fact of one seed (facts of kind 'run'), keyed by fact id. */
export function measureRun(run: RunColumns, w: Window): Record<string, Measurement> {
  const cols = new Columns(run);
  const prices = cols.get('price_level');
  const gdp = cols.get('gdp_real');
  const gdpCycle = logCycle(gdp, w, 'gdp_real');
  const invCycle = logCycle(cols.get('investment_real'), w, 'investment_real');
  const consCycle = logCycle(cols.get('consumption_real'), w, 'consumption_real');
  const creditCycle = logCycle(deflate(cols.get('private_debt'), prices), w, 'real private debt');
  const u = cols.get('unemployment');
  const out: Record<string, Measurement> = {};

  // Okun: changes in unemployment against real growth, quarter by quarter (the quarter before the
  // window gives the first change).
  const okunWindow = { from: Math.max(1, w.from - 1), to: w.to };
  if (typeof u === 'string' || typeof gdp === 'string')
    out.okun = nm(typeof u === 'string' ? u : (gdp as string));
  else {
    const growth = logOf(slice(gdp, okunWindow));
    out.okun = growth
      ? ok(correlation(diff(slice(u, okunWindow)), diff(growth)), "Okun's correlation")
      : nm('gdp_real is zero or negative in some quarter');
  }

  const wi = wageInflation(cols);
  if (typeof u === 'string' || typeof wi === 'string')
    out.phillips = nm(typeof u === 'string' ? u : (wi as string));
  else out.phillips = ok(correlation(slice(u, w), slice(wi, w)), 'the Phillips correlation');

  out['investment-procyclical'] = corrOfCycles(invCycle, gdpCycle, 'the investment–GDP correlation');
  out['investment-volatility'] = relativeVolatility(invCycle, gdpCycle, 'relative volatility of investment');
  out['consumption-procyclical'] = corrOfCycles(consCycle, gdpCycle, 'the consumption–GDP correlation');
  out['consumption-volatility'] = relativeVolatility(
    consCycle,
    gdpCycle,
    'relative volatility of consumption',
  );
  for (const [id, column] of [
    [CHANNEL_CITIZENS_INCOME, 'citizens_income_paid'],
    [CHANNEL_BENEFITS, 'unemployment_benefits'],
  ] as const) {
    const share = meanShareOfGdp(cols, column, w);
    out[id] = typeof share === 'string' ? nm(share) : ok(100 * share, `${column} over GDP`);
  }
  out['credit-procyclical'] = corrOfCycles(creditCycle, gdpCycle, 'the credit–GDP correlation');
  if (typeof gdpCycle === 'string') {
    out['gdp-cycle-sd'] = nm(gdpCycle);
    out['gdp-cycle-persistence'] = nm(gdpCycle);
  } else {
    out['gdp-cycle-sd'] = ok(100 * sd(gdpCycle), 'the s.d. of the GDP cycle');
    out['gdp-cycle-persistence'] = ok(autocorrelation(gdpCycle, 1), 'the autocorrelation of the GDP cycle');
  }
  out['unemployment-mean'] = windowMean(u, w, 100, 'mean unemployment');
  out['inflation-mean'] = windowMean(cols.get('inflation'), w, 100, 'mean inflation');
  out['firm-size-skew'] =
    run.firmSales && run.firmSales.length > 2
      ? ok(skewness(run.firmSales), 'the skewness of firm sales')
      : nm('the model does not report per-firm sales yet');
  out['bankruptcy-rate'] =
    run.firms > 0
      ? windowMean(cols.get('bankruptcies'), w, 100 / run.firms, 'the bankruptcy rate')
      : nm('the run has no firms');
  out['stationary-unemployment'] = drift(u, w, 'absolute', 100, 'the drift of unemployment');
  out['stationary-inflation'] = drift(cols.get('inflation'), w, 'absolute', 100, 'the drift of inflation');
  out['stationary-gov-debt'] = drift(
    cols.get('gov_debt_to_gdp'),
    w,
    'relative',
    1,
    'the drift of government debt',
  );
  out['stationary-private-debt'] = drift(
    cols.get('private_debt_to_gdp'),
    w,
    'relative',
    1,
    'the drift of private debt',
  );
  out['stationary-markup'] = drift(cols.get('markup_mean'), w, 'relative', 1, 'the drift of the mean markup');
  out['stationary-gini'] = drift(cols.get('gini_income'), w, 'absolute', 1, 'the drift of the income Gini');
  return out;
}

/**
 * Monetary transmission for one seed: the same scenario with the policy rate 2 points higher from
 * quarter burnIn on, against the unhiked run, over quarters burnIn+1 … burnIn+60.
 * Unemployment in points (hiked − base); real investment in % of the base's mean.
 */
export function measureTransmission(
  base: RunColumns,
  hiked: RunColumns,
  burnIn: number,
): Record<string, Measurement> {
  const w: Window = { from: burnIn + 1, to: burnIn + TRANSMISSION_QUARTERS };
  const b = new Columns(base);
  const h = new Columns(hiked);
  const meanOf = (c: Float64Array | string): number | string => {
    if (typeof c === 'string') return c;
    if (c.length < w.to) return `the run ends before quarter ${w.to}`;
    return mean(slice(c, w));
  };
  const ub = meanOf(b.get('unemployment'));
  const uh = meanOf(h.get('unemployment'));
  const ib = meanOf(b.get('investment_real'));
  const ih = meanOf(h.get('investment_real'));
  const cb = meanOf(b.get('consumption_real'));
  const ch = meanOf(h.get('consumption_real'));
  const pb = meanShareOfGdp(b, 'public_interest_to_private', w);
  const ph = meanShareOfGdp(h, 'public_interest_to_private', w);
  return {
    // How the hike worked, not facts: the card reports them beside "Higher rates cost jobs", so a
    // regime where the hike does not cost jobs shows the income channel that offsets it.
    [CHANNEL_CONSUMPTION]:
      typeof cb === 'string'
        ? nm(cb)
        : typeof ch === 'string'
          ? nm(ch)
          : ok((100 * (ch - cb)) / cb, 'the consumption response'),
    [CHANNEL_PUBLIC_INTEREST]:
      typeof pb === 'string'
        ? nm(pb)
        : typeof ph === 'string'
          ? nm(ph)
          : ok(100 * (ph - pb), 'the public interest response'),
    'transmission-unemployment':
      typeof ub === 'string'
        ? nm(ub)
        : typeof uh === 'string'
          ? nm(uh)
          : ok(100 * (uh - ub), 'the unemployment response'),
    'transmission-investment':
      typeof ib === 'string'
        ? nm(ib)
        : typeof ih === 'string'
          ? nm(ih)
          : ib > 0
            ? ok((100 * (ih - ib)) / ib, 'the investment response')
            : nm('the unhiked run has no investment in the window'),
  };
}

/** Mean over the window of a flow column over nominal GDP (same quarter), or why there is none. */
function meanShareOfGdp(cols: Columns, name: string, w: Window): number | string {
  const c = cols.get(name);
  const y = cols.get('gdp_nominal');
  if (typeof c === 'string') return c;
  if (typeof y === 'string') return y;
  if (c.length < w.to || y.length < w.to) return `the run ends before quarter ${w.to}`;
  const cs = slice(c, w);
  const ys = slice(y, w);
  let sum = 0;
  for (let i = 0; i < cs.length; i++) sum += cs[i]! / ys[i]!;
  return sum / cs.length;
}
