/**
 * Dividend policy (models/abm/firms.ts, CALIBRATION.md "Dividends over the cycle"): under the
 * residual rule a firm that expects more sales keeps more for wages and pays less; under Lintner's
 * rule the dividend moves part of the way toward the after-tax profit, whatever the firm plans.
 */
import { describe, expect, it } from 'vitest';
import { ABM_PRESETS, type AbmScenario } from '../../../models/abm';
import { runEconomy } from '../../../models/abm/economy';
import {
  FIRM_CAPITAL,
  FIRM_PRIVATE,
  firmTaxesAndProfits,
  lintnerDividend,
  produce,
} from '../../../models/abm/firms';
import { createEconomy } from '../../../models/abm/state';

function small(params: Partial<AbmScenario['params']> = {}, periods = 60): AbmScenario {
  const s = structuredClone(ABM_PRESETS['abm-private-debt']!);
  return { ...s, households: 2000, firms: 100, banks: 4, periods, params: { ...s.params, ...params } };
}

describe('lintnerDividend', () => {
  it('closes the given share of the gap to the target, within what the firm can spare', () => {
    expect(lintnerDividend(100, 200, 0.25, 1e9)).toBeCloseTo(125, 12);
    expect(lintnerDividend(100, 0, 0.25, 1e9)).toBeCloseTo(75, 12);
    expect(lintnerDividend(100, 200, 0.25, 110)).toBe(110);
    expect(lintnerDividend(100, 200, 0.25, -5)).toBe(0);
    // A firm's first payout (new run or new owner) is its target.
    expect(lintnerDividend(NaN, 80, 0.25, 1e9)).toBe(80);
  });
});

/** One private firm's dividend this quarter, with its sales expectation scaled by `boom`. */
function dividendOf(
  params: Partial<AbmScenario['params']>,
  boom: number,
): { d: number; profit: number; prev: number } {
  const E = createEconomy(small(params));
  const f = Array.from({ length: E.nC }, (_, i) => i).find((i) => E.firms.kind[i] === FIRM_PRIVATE)!;
  produce(E);
  E.firms.revenue[f] = E.firms.wageBill[f]! * 1.6;
  E.firms.dep[f]! += E.firms.wageBill[f]! * 2;
  E.firms.expected[f]! *= boom;
  const prev = 0.5 * E.firms.wageBill[f]!;
  E.firms.divPaid[f] = prev;
  firmTaxesAndProfits(E);
  return { d: E.firms.dividend[f]!, profit: E.firms.profit[f]! * (1 - E.tax.corporate), prev };
}

describe('dividend policy', () => {
  it('residual: a firm that expects 40% more sales keeps more for wages and pays a smaller dividend', () => {
    const calm = dividendOf({ dividendPolicy: 'residual' }, 1);
    const boom = dividendOf({ dividendPolicy: 'residual' }, 1.4);
    expect(calm.d).toBeGreaterThan(0);
    expect(boom.d).toBeLessThan(0.9 * calm.d);
  });

  it('lintner: the dividend moves dividendSmoothing of the way toward after-tax profit, whatever the firm expects', () => {
    const params = { dividendPolicy: 'lintner', dividendSmoothing: 0.2 } as const;
    const calm = dividendOf(params, 1);
    const boom = dividendOf(params, 1.4);
    expect(calm.profit).toBeGreaterThan(calm.prev);
    expect(calm.d).toBeCloseTo(calm.prev + 0.2 * (calm.profit - calm.prev), 6);
    expect(boom.d).toBeCloseTo(calm.d, 9);
  });

  it('lintner: over a run firms pay out their after-tax profit, money is conserved every quarter, and dividends are smoother than under the residual rule', () => {
    const measure = (policy: 'residual' | 'lintner') => {
      let paid = 0;
      let earned = 0;
      const series: number[] = [];
      const r = runEconomy(small({ dividendPolicy: policy }, 120), {
        observe: (E, t) => {
          let d = 0;
          for (let f = 0; f < E.firms.n; f++) {
            const k = E.firms.kind[f];
            if (k !== FIRM_PRIVATE && k !== FIRM_CAPITAL) continue;
            d += E.firms.dividend[f]!;
            if (t > 40) earned += Math.max(0, E.firms.profit[f]!) * (1 - E.tax.corporate);
          }
          if (t > 40) paid += d;
          series.push(d / E.macro.gdpNominal);
        },
      });
      expect(Array.from(r.extras.invariants.passed).every((x) => x === 1)).toBe(true);
      const changes = series.slice(41).map((v, i) => v - series[40 + i]!);
      const sdChange = Math.sqrt(changes.reduce((s, x) => s + x * x, 0) / changes.length);
      return { ratio: paid / earned, sdChange };
    };
    const lintner = measure('lintner');
    const residual = measure('residual');
    // Loss-making firms' losses are not netted here, so the ratio sits a little below 1.
    expect(lintner.ratio).toBeGreaterThan(0.8);
    expect(lintner.ratio).toBeLessThan(1.05);
    expect(lintner.sdChange).toBeLessThan(0.25 * residual.sdChange);
  });
});
