/**
 * Acceptance (issue 7 §1): a standard Taylor rule runs stably. The baseline with the policy rate
 * set by max(0, 2.5% + 1.5 × (inflation − 2%) + 0.5 × (7% − unemployment)), default scale, 400
 * quarters, 8 seeds: every seed completes, mean inflation over quarters 201–400 is within 0–5% a
 * year, and government and private debt to GDP are stationary by the card's own measure and rule
 * (means over quarters 201–300 and 301–400 differ by less than 10%: median and 7 of 8 seeds).
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

  // The card's own rule for a stationarity fact (issue 7 §3): the median over seeds and at least 7 of
  // 8 seeds in range. A seed may sit in a long swing of the debt ratio: with quarterly inflation's
  // echo cycle the rule's rate spends ~45% of quarters at zero and the rest well above it, and in
  // 2 of 16 seeds (2 and 16) government debt/GDP rises for 150–250 quarters before it falls back
  // (seed 16: 0.65 → 1.34 at quarter 426 → 0.69 at quarter 976). Bounded, so every seed must stay
  // below 2 × GDP throughout; halves within 10% only by the card's rule.
  it('government and private debt to GDP are stationary (halves of 201–400 within 10%, card rule) and bounded', () => {
    const gov: number[] = [];
    const priv: number[] = [];
    for (const r of runs) {
      const c = (r.result as RunResult).columns;
      gov.push(drift(c.gov_debt_to_gdp!));
      priv.push(drift(c.private_debt_to_gdp!));
      expect(Math.max(...c.gov_debt_to_gdp!), `seed ${r.seed}: government debt/GDP peak`).toBeLessThan(2);
      expect(mean(c.gov_debt_to_gdp!, 201, 400), `seed ${r.seed}`).toBeLessThan(1.5);
    }
    for (const [name, d] of [
      ['government', gov],
      ['private', priv],
    ] as const) {
      const where = `${name} debt/GDP drift by seed: ${d.map((x) => x.toFixed(1)).join(', ')}%`;
      const sorted = [...d].sort((a, b) => a - b);
      expect((sorted[3]! + sorted[4]!) / 2, where).toBeLessThan(10);
      expect(d.filter((x) => x < 10).length, where).toBeGreaterThanOrEqual(7);
    }
  });
});
