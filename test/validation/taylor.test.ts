/**
 * Acceptance (issue 7 §1): a standard Taylor rule runs stably. The baseline with the policy rate
 * set by max(0, 2.5% + 1.5 × (inflation − 2%) + 0.5 × (7% − unemployment)), default scale, 400
 * quarters, 8 seeds: every seed completes, mean inflation over quarters 201–400 is within 0–5% a
 * year, and government and private debt to GDP are stationary by the card's own measure (means
 * over quarters 201–300 and 301–400 differ by less than 10%).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ABM_PRESETS } from '../../models/abm';
import type { RunResult } from '../../models/result';
import { withPool } from '../../src-main/cli/commands/validate';

const TAYLOR_RULE = 'max(0, 0.025 + 1.5 * (inflation - 0.02) + 0.5 * (0.07 - unemployment))';
const SEEDS = 8;
const base = ABM_PRESETS['abm-private-debt']!;
let runs: { seed: number; result: RunResult | Error }[] = [];

const mean = (a: Float64Array, from: number, to: number) => {
  let s = 0;
  for (let t = from; t <= to; t++) s += a[t - 1]!;
  return s / (to - from + 1);
};
const drift = (a: Float64Array) =>
  (100 * Math.abs(mean(a, 301, 400) - mean(a, 201, 300))) / mean(a, 201, 300);

beforeAll(async () => {
  const start = performance.now();
  runs = await withPool(SEEDS, (run) =>
    Promise.all(
      Array.from({ length: SEEDS }, async (_, i) => {
        const seed = base.seed + i;
        const scenario = { ...base, seed, periods: 400, params: { ...base.params, policyRate: TAYLOR_RULE } };
        return { seed, result: await run(scenario) };
      }),
    ),
  );
  console.log(`Taylor-rule runs computed in ${((performance.now() - start) / 1000).toFixed(0)} s`);
});

describe('a standard Taylor rule runs stably (issue 7 §1)', () => {
  it('every seed completes 400 quarters', () => {
    for (const r of runs)
      expect(r.result instanceof Error ? r.result.message : 'ok', `seed ${r.seed}`).toBe('ok');
  });

  it('mean inflation over quarters 201–400 stays within 0–5% a year in every seed', () => {
    for (const r of runs) {
      const c = (r.result as RunResult).columns;
      const infl = mean(c.inflation!, 201, 400);
      expect(infl, `seed ${r.seed}: mean inflation ${(100 * infl).toFixed(2)}%`).toBeGreaterThanOrEqual(0);
      expect(infl, `seed ${r.seed}: mean inflation ${(100 * infl).toFixed(2)}%`).toBeLessThanOrEqual(0.05);
    }
  });

  it('government and private debt to GDP are stationary (halves of 201–400 within 10%)', () => {
    for (const r of runs) {
      const c = (r.result as RunResult).columns;
      const g = drift(c.gov_debt_to_gdp!);
      const p = drift(c.private_debt_to_gdp!);
      expect(g, `seed ${r.seed}: government debt/GDP drift ${g.toFixed(1)}%`).toBeLessThan(10);
      expect(p, `seed ${r.seed}: private debt/GDP drift ${p.toFixed(1)}%`).toBeLessThan(10);
      expect(mean(c.gov_debt_to_gdp!, 201, 400), `seed ${r.seed}`).toBeLessThan(1.5);
    }
  });
});
