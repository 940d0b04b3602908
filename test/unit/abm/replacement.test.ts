/**
 * The damped replacement echo (models/abm/CALIBRATION.md, "Precautionary saving and a damped
 * echo"): a firm replaces the average wear of its machines plus θ of the retiring vintage's excess
 * over it, so at θ < 1 a burst of investment comes back smaller one machine life later.
 */
import { describe, expect, it } from 'vitest';
import { ABM_PRESETS, type AbmScenario } from '../../../models/abm';
import { machinesWanted, planAndBorrow } from '../../../models/abm/firms';
import { createEconomy } from '../../../models/abm/state';

function small(params: Partial<AbmScenario['params']> = {}): AbmScenario {
  const s = structuredClone(ABM_PRESETS['abm-private-debt']!);
  return { ...s, households: 2000, firms: 100, banks: 4, periods: 20, params: { ...s.params, ...params } };
}

describe('replacement of the retiring vintage (θ)', () => {
  it('is the whole retiring vintage at θ = 1, the average wear at θ = 0, and between them in proportion', () => {
    // 100 machines, 12 retiring, life 20: average wear 5, excess 7.
    expect(machinesWanted(100, 88, 20, 1, 0)).toBeCloseTo(12, 12);
    expect(machinesWanted(100, 88, 20, 0, 0)).toBeCloseTo(5, 12);
    expect(machinesWanted(100, 88, 20, 0.9, 0)).toBeCloseTo(5 + 0.9 * 7, 12);
    // A vintage smaller than the average wear is topped up to part of it.
    expect(machinesWanted(100, 98, 20, 0.9, 0)).toBeCloseTo(5 - 0.9 * 3, 12);
    // Growth adds g × machines whatever θ is.
    expect(machinesWanted(100, 88, 20, 0.9, 0.02) - machinesWanted(100, 88, 20, 0.9, 0)).toBeCloseTo(2, 12);
  });

  it('reaches the firms: with a large vintage retiring, θ = 0.5 orders fewer machines than θ = 1', () => {
    const orders = (theta: number) => {
      const E = createEconomy(small({ vintageReplacement: theta }));
      const S = E.machines.slots;
      const t = 5;
      // Firm 0 loses 30 of its machines next quarter; ample cash so no order is cut.
      E.machines.units[0 * S + ((t + 1) % S)] = 30;
      E.firms.capacity[0] = Math.max(E.firms.capacity[0]!, 60);
      E.firms.dep[0]! += 1e9;
      planAndBorrow(E, t);
      return { order: E.firms.order[0]!, cap: E.firms.capacity[0]!, life: E.p.machineLife };
    };
    const full = orders(1);
    const half = orders(0.5);
    const excess = 30 - full.cap / full.life;
    // Rounding to whole machines moves each order by at most half a machine.
    expect(full.order - half.order).toBeGreaterThanOrEqual(0.5 * excess - 1);
    expect(full.order - half.order).toBeLessThanOrEqual(0.5 * excess + 1);
  });
});
