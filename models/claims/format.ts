/** How claim figures are written: one way, so the CLI, the screen and the cards say the same. */

/** Fiscal year by the year it ends: 1974 → "FY1973–74". */
export function fy(endYear: number): string {
  return `FY${endYear - 1}–${String(endYear).slice(2)}`;
}

/** Fiscal years first..last, e.g. "FY1974–75 to FY2024–25". */
export function fySpan(first: number, last: number): string {
  return first === last ? fy(first) : `${fy(first)} to ${fy(last)}`;
}

/** CAD millions → "$21.6B" (one decimal below 100B, none above). */
export function billions(millions: number): string {
  const b = millions / 1000;
  const digits = Math.abs(b) < 100 ? 1 : 0;
  return `$${b.toLocaleString('en-CA', { minimumFractionDigits: digits, maximumFractionDigits: digits })}B`;
}

/** A percentage already in percent units → "4.3%". */
export function percent(v: number, digits = 1): string {
  return `${v.toFixed(digits)}%`;
}

/** Mean of the finite values. */
export function mean(values: readonly number[]): number {
  const ok = values.filter(Number.isFinite);
  return ok.reduce((a, b) => a + b, 0) / ok.length;
}
