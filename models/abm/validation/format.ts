/** How the card's numbers read, the same on the command line and on screen. */
import type { FactResult } from './card';

/** Three significant figures at most, a typographic minus, "—" for no number. */
export function formatValue(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return '—';
  const a = Math.abs(v);
  const s =
    a >= 100 ? v.toFixed(0) : a >= 10 ? v.toFixed(1) : a >= 0.1 || a === 0 ? v.toFixed(2) : v.toPrecision(2);
  return s.replace(/^-/, '−');
}

/** "8.50 (5.70 to 13.7)"; robustness as "96.5% (193 of 200)"; "not measurable" when no seed gave a number. */
export function measuredText(f: FactResult): string {
  if (f.median === null) return 'not measurable';
  if (f.kind === 'robustness') return `${f.median.toFixed(1)}% (${f.inRange} of ${f.of})`;
  if (f.p10 === null || f.p90 === null) return formatValue(f.median);
  return `${formatValue(f.median)} (${formatValue(f.p10)} to ${formatValue(f.p90)})`;
}
