import { describe, expect, it } from 'vitest';
import { buildTAccounts } from '../../../src-renderer/views/textbook/tAccounts';
import { columnSums, formatCell } from '../../../src-renderer/views/textbook/matrix';
import { runPreset } from './helpers';

describe('T-accounts of a period', () => {
  it('shows SIM households’ cash rising by wages and falling by taxes and consumption', () => {
    const r = runPreset('gl-sim');
    const [hh, firms, gov] = buildTAccounts(r.extras, r.extras.periods[0]!);
    const Y = r.columns.Y![0]!;
    const T = r.columns.T![0]!;
    const C = r.columns.C![0]!;
    expect(hh!.assets.map((l) => [l.row, l.instrument])).toEqual([
      ['Wages', 'Money (cash)'],
      ['Taxes', 'Money (cash)'],
      ['Consumption', 'Money (cash)'],
    ]);
    expect(hh!.assets.map((l) => l.amount)).toEqual([Y, -T, -C]);
    expect(hh!.assets.map((l) => l.posting)).toEqual([2, 3, 4]);
    expect(hh!.liabilities).toEqual([]);
    expect(hh!.netWorthChange).toBeCloseTo(Y - T - C, 12);
    // Cash is the government's liability: spending 20 raises it by 20, taxes lower it.
    expect(gov!.liabilities.map((l) => l.amount)).toEqual([20, -T]);
    expect(gov!.netWorthChange).toBeCloseTo(T - 20, 12);
    expect(firms!.netWorthChange).toBeCloseTo(0, 12);
  });

  it('balances every sector’s T-account in every period of every model (BMW’s capital included)', () => {
    for (const model of ['gl-sim', 'gl-simex', 'gl-pc', 'gl-bmw']) {
      const r = runPreset(model, {}, 30);
      for (const p of r.extras.periods) {
        for (const a of buildTAccounts(r.extras, p)) {
          const scale = Math.max(1, ...[...a.assets, ...a.liabilities].map((l) => Math.abs(l.amount)));
          expect(
            Math.abs(a.assetsChange - a.liabilitiesChange - a.netWorthChange),
            `${model} ${p.period} ${a.sector.id}`,
          ).toBeLessThan(1e-9 * scale);
        }
      }
    }
  });

  it('counts BMW’s new machines in the firms’ assets and net worth', () => {
    const r = runPreset('gl-bmw');
    const firms = buildTAccounts(r.extras, r.extras.periods[4]!).find((a) => a.sector.id === 'firms')!;
    const capital = firms.assets
      .filter((l) => l.instrument === 'Fixed capital')
      .reduce((s, l) => s + l.amount, 0);
    expect(capital).toBeCloseTo(r.columns.K![4]! - r.columns.K![3]!, 9);
  });
});

describe('matrix cells', () => {
  it('adds a Σ row of column totals that are zero for a water-tight matrix', () => {
    const r = runPreset('gl-pc');
    const m = r.extras.periods[5]!.transactionsFlow;
    const sums = columnSums(m);
    expect(sums).toHaveLength(m.columns.length);
    for (const s of sums) expect(Math.abs(s)).toBeLessThan(1e-9);
    expect(
      columnSums({ rows: ['a', 'b'], columns: ['x', 'Σ'], values: Float64Array.from([1, 1, 2, 2]) }),
    ).toEqual([3, 3]);
  });

  it('prints signs as the book does and rounding noise as 0', () => {
    expect(formatCell(-12.3456, 100)).toBe('−12.35');
    expect(formatCell(20, 100)).toBe('+20.00');
    expect(formatCell(3e-14, 100)).toBe('0');
    // Rounds to zero: no sign either way (a "−0.00" reads as an error).
    expect(formatCell(3e-6, 100)).toBe('0.00');
    expect(formatCell(-3e-6, 100)).toBe('0.00');
  });
});
