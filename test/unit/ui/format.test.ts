/** One number formatter: a typographic minus, never a negative zero (issue 9 §2). */
import { describe, expect, it } from 'vitest';
import { fixed, formatNumber, grouped, MINUS, percent, signed } from '../../../src-renderer/format';
import { formatCell } from '../../../src-renderer/views/textbook/matrix';

describe('formatNumber', () => {
  it('never prints a negative zero, whatever rounds to zero', () => {
    expect(fixed(-0.0004 * 100)).toBe('0.0');
    expect(fixed(-0.00001, 3)).toBe('0.000');
    expect(fixed(-0)).toBe('0.0');
    expect(signed(-0.001)).toBe('0.00');
    expect(grouped(-0.04)).toBe('0.0');
    expect(percent(-0.00001)).toBe('0.0%');
    // The Economy flow matrix's tiny cells: "−0.00" before.
    expect(formatCell(-0.001, 1000)).toBe('0.00');
    expect(formatCell(-0.004, 1)).toBe('0.00');
  });

  it('writes negatives with U+2212, never a hyphen, in every style', () => {
    expect(fixed(-2.1)).toBe(`${MINUS}2.1`);
    expect(grouped(-144644.7 / 1000)).toBe('−144.6');
    expect(grouped(-1234567.89, 2)).toBe('−1,234,567.89');
    expect(percent(-0.0794)).toBe('−7.9%');
    expect(signed(-3)).toBe('−3.00');
    expect(signed(3)).toBe('+3.00');
    expect(formatNumber(-2.5, { digits: 2, trim: true })).toBe('−2.5');
    for (const s of [fixed(-1), grouped(-1e6), percent(-1), signed(-1), formatCell(-5, 10)]) {
      expect(s).not.toContain('-');
    }
  });
});
