import { describe, expect, it, vi } from 'vitest';
import { COST_CAP_HOUSEHOLD_QUARTERS, describeCost, formatDuration, runCost } from '../../models/cost';
import { getPreset } from '../../models/scenario';
import { noteBigRun } from '../../src-main/cli/cost';

const abm = (households: number, periods: number) => ({
  ...getPreset('abm-private-debt'),
  households,
  periods,
});

describe('run cost: households × quarters × runs', () => {
  it("the workspace's default comparison (2 × 10,000 households × 200 quarters) starts without asking", () => {
    const cost = runCost([abm(10_000, 200), abm(10_000, 200)], 1, 2);
    expect(cost.householdQuarters).toBe(4_000_000);
    expect(cost.overCap).toBe(false);
    expect(cost.breakdown).toBe('10,000 households × 200 quarters × 2 runs');
    expect(cost.seconds).toBeCloseTo(4_000_000 / 250_000 / 2, 6);
  });

  it('asks above the cap, with an estimate that counts the workers', () => {
    const cost = runCost([abm(10_000, 200), abm(10_000, 200)], 10, 4);
    expect(cost.householdQuarters).toBe(40_000_000);
    expect(cost.householdQuarters).toBeGreaterThan(COST_CAP_HOUSEHOLD_QUARTERS);
    expect(cost.overCap).toBe(true);
    expect(describeCost(cost, 4)).toBe(
      '40,000,000 household-quarters (10,000 households × 200 quarters × 20 runs): about 40 s on 4 workers',
    );
  });

  it('one run uses one worker however many there are; mixed sizes are listed', () => {
    const one = runCost([abm(2_000_000, 4000)], 1, 4);
    expect(one.seconds).toBe((2_000_000 * 4000) / 250_000);
    expect(formatDuration(one.seconds)).toBe('about 8.9 h');
    expect(runCost([abm(100, 10), abm(200, 20)], 3, 2).breakdown).toBe(
      '100 households × 10 quarters + 200 households × 20 quarters, 3 runs each',
    );
  });

  it('models without households cost nothing here', () => {
    expect(runCost([getPreset('gl-sim'), getPreset('canada-1974')], 5, 2).householdQuarters).toBe(0);
  });

  it('the CLI prints the estimate to stderr for a big run only', () => {
    const err = vi.fn();
    expect(noteBigRun(abm(10_000, 200), 1, 1, { err })).toBeNull();
    expect(noteBigRun(abm(100_000, 400), 1, 1, { err })).toBe(
      'money-lab: a big run: 40,000,000 household-quarters (100,000 households × 400 quarters × 1 run): about 3 min on 1 worker (Ctrl+C stops it)',
    );
    expect(err).toHaveBeenCalledTimes(1);
  });
});
