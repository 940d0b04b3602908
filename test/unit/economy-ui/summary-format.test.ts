import { describe, expect, it } from 'vitest';
import { signed } from '../../../src-renderer/views/economy/SummaryTable';

describe('summary table numbers', () => {
  it('writes a typographic minus and never a negative zero', () => {
    expect(signed((-0.0004 * 100).toFixed(1))).toBe('0.0');
    expect(signed((-0.00001).toFixed(3))).toBe('0.000');
    expect(signed((-0.021 * 100).toFixed(1))).toBe('−2.1');
    expect(signed((0.5).toFixed(1))).toBe('0.5');
  });
});
