import { describe, expect, it } from 'vitest';
import {
  baseValue,
  parseShock,
  shockFormula,
  specOf,
  withBase,
  paramUi,
} from '../../../src-renderer/views/textbook/params';
import { runPreset } from './helpers';

describe('parameter shocks as formulas', () => {
  it('writes and reads back "t >= k ? v : base"', () => {
    const f = shockFormula({ from: 10, value: 25, base: 20 });
    expect(f).toBe('t >= 10 ? 25 : 20');
    expect(parseShock(f)).toEqual({ from: 10, value: 25, base: 20 });
    expect(parseShock('t>=3?0.035:-0.5')).toEqual({ from: 3, value: 0.035, base: -0.5 });
  });

  it('does not mistake a number or another formula for a shock', () => {
    expect(parseShock(20)).toBeNull();
    expect(parseShock('t > 10 ? 25 : 20')).toBeNull();
    expect(parseShock('20 + t')).toBeNull();
  });

  it('lets the slider move the value before the shock and keeps the shock', () => {
    expect(baseValue('t >= 10 ? 25 : 20', 99)).toBe(20);
    expect(baseValue('20 + t', 99)).toBe(99);
    expect(withBase('t >= 10 ? 25 : 20', 30)).toBe('t >= 10 ? 25 : 30');
    expect(withBase(20, 30)).toBe(30);
  });

  it('takes effect in the model from period k exactly', () => {
    const r = runPreset('gl-pc', { r: shockFormula({ from: 5, value: 0.035, base: 0.025 }) }, 20);
    const plain = runPreset('gl-pc', {}, 20);
    // Period 4 is untouched; the rate column switches in period 5.
    expect(r.columns.Y![3]).toBe(plain.columns.Y![3]);
    expect(r.columns.r![3]).toBe(0.025);
    expect(r.columns.r![4]).toBe(0.035);
  });

  it('gives every parameter of every model a slider range that contains the book’s value', () => {
    for (const model of ['gl-sim', 'gl-simex', 'gl-pc', 'gl-bmw']) {
      for (const d of specOf(model).params) {
        const ui = paramUi(d.name);
        expect(ui.label, d.name).not.toBe(d.name);
        expect(d.value, d.name).toBeGreaterThanOrEqual(ui.min);
        expect(d.value, d.name).toBeLessThanOrEqual(ui.max);
      }
    }
  });
});
