/**
 * The one number formatter for everything a person reads on screen or in an exported image: a
 * typographic minus (U+2212) and never a negative zero ("−0.00" reads as a sign error). CSV files
 * keep JavaScript's own number text with an ASCII '-', which spreadsheets parse.
 */
export const MINUS = '\u2212';

export interface NumberFormat {
  /** Digits after the decimal point. */
  digits: number;
  /** Thousands separators (1,234.5). */
  group?: boolean;
  /** Drop trailing zeros after the point (2.50 → 2.5). */
  trim?: boolean;
  /** Always show the sign: + for positive, − for negative, none for zero. */
  sign?: boolean;
}

export function formatNumber(v: number, f: NumberFormat): string {
  if (Number.isNaN(v)) return '—';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : `${MINUS}∞`;
  let text = f.group
    ? Math.abs(v).toLocaleString('en-US', {
        minimumFractionDigits: f.trim ? 0 : f.digits,
        maximumFractionDigits: f.digits,
      })
    : Math.abs(v).toFixed(f.digits);
  if (f.trim && !f.group && text.includes('.')) text = text.replace(/\.?0+$/, '');
  // What rounds to zero is zero: no sign at all.
  if (/^[0.,]*$/.test(text)) return text;
  if (v < 0) return `${MINUS}${text}`;
  return f.sign ? `+${text}` : text;
}

/** 1 decimal by default, e.g. fixed(-0.04) = "0.0", fixed(-1.25, 2) = "−1.25". */
export const fixed = (v: number, digits = 1) => formatNumber(v, { digits });
/** Grouped thousands: grouped(-144644.7 / 1000) = "−144.6". */
export const grouped = (v: number, digits = 1) => formatNumber(v, { digits, group: true });
/** A fraction as a percentage: percent(0.0794) = "7.9%". */
export const percent = (fraction: number, digits = 1) => `${fixed(fraction * 100, digits)}%`;
/** Always signed: signed(3) = "+3.00", signed(-0.001) = "0.00". */
export const signed = (v: number, digits = 2) => formatNumber(v, { digits, sign: true });
