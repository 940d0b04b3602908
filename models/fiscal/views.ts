/** The three ways to look at a debt path: nominal dollars, real dollars of a base year, share of GDP. */
import type { View } from './scenario';

export interface ViewInputs {
  gdp: ArrayLike<number>;
  cpi: ArrayLike<number>;
  /** CPI of the base year for real dollars. */
  cpiBase: number;
  /** How many of the table's money unit make a billion (default 1000: CAD millions). */
  perBillion?: number;
}

/** The table's unit → the unit of the view (billions, billions of the base year, or % of GDP). */
export function toView(values: ArrayLike<number>, view: View, inputs: ViewInputs): Float64Array {
  const out = new Float64Array(values.length);
  const perBillion = inputs.perBillion ?? 1000;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (view === 'nominal') out[i] = v / perBillion;
    else if (view === 'real') out[i] = ((v / perBillion) * inputs.cpiBase) / inputs.cpi[i]!;
    else out[i] = (100 * v) / inputs.gdp[i]!;
  }
  return out;
}

export function viewUnit(view: View, cpiBaseYear: number, currency = 'CAD'): string {
  if (view === 'nominal') return `${currency} billions, current ${currency === 'CAD' ? 'dollars' : 'prices'}`;
  if (view === 'real') return `${currency} billions of ${cpiBaseYear} (deflated by CPI)`;
  return '% of GDP';
}
