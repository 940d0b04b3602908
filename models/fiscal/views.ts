/** The three ways to look at a debt path: nominal dollars, real dollars of a base year, share of GDP. */
import type { View } from './scenario';

export interface ViewInputs {
  gdp: ArrayLike<number>;
  cpi: ArrayLike<number>;
  /** CPI of the base year for real dollars. */
  cpiBase: number;
}

/** CAD millions → the unit of the view (CAD billions, CAD billions of the base year, or % of GDP). */
export function toView(values: ArrayLike<number>, view: View, inputs: ViewInputs): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (view === 'nominal') out[i] = v / 1000;
    else if (view === 'real') out[i] = ((v / 1000) * inputs.cpiBase) / inputs.cpi[i]!;
    else out[i] = (100 * v) / inputs.gdp[i]!;
  }
  return out;
}

export function viewUnit(view: View, cpiBaseYear: number): string {
  if (view === 'nominal') return 'CAD billions, current dollars';
  if (view === 'real') return `CAD billions of ${cpiBaseYear} (deflated by CPI)`;
  return '% of GDP';
}
