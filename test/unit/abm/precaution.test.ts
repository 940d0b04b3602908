/**
 * Precautionary saving (models/abm/CALIBRATION.md, "Precautionary saving and a damped echo"): households spend less
 * of their income when unemployment is above the steady state's, more when it is below.
 */
import { describe, expect, it } from 'vitest';
import { ABM_PRESETS, type AbmScenario } from '../../../models/abm';
import { consume } from '../../../models/abm/households';
import { createEconomy, type Economy } from '../../../models/abm/state';

function small(params: Partial<AbmScenario['params']> = {}): AbmScenario {
  const s = structuredClone(ABM_PRESETS['abm-private-debt']!);
  return { ...s, households: 2000, firms: 100, banks: 4, periods: 20, params: { ...s.params, ...params } };
}

describe('precautionary saving', () => {
  /** Households' spending in one quarter with `gap` points of unemployment above the steady state's. */
  function spend(phi: number, gap: number): { spent: number; income: number; E: Economy } {
    const E = createEconomy(small({ precautionarySaving: phi }));
    E.macro.unemployment = E.steady.nU / E.hh.n + gap;
    // Full shelves and ample deposits, so every household spends exactly its plan.
    E.firms.stock.fill(1e12);
    for (let h = 0; h < E.hh.n; h++) E.hh.dep[h]! += 1e9;
    consume(E);
    let income = 0;
    for (let h = 0; h < E.hh.n; h++) income += E.hh.payNet[h]! + E.hh.otherPrev[h]!;
    return { spent: E.flows.consumption, income, E };
  }

  it('cuts spending out of income by φ × the unemployment gap, and raises it when unemployment is below', () => {
    const none = spend(0, 0.05);
    const up = spend(0.2, 0.05);
    const down = spend(0.2, -0.02);
    expect(up.income).toBeCloseTo(none.income, 6);
    expect((none.spent - up.spent) / none.income).toBeCloseTo(0.2 * 0.05, 9);
    expect((down.spent - none.spent) / none.income).toBeCloseTo(0.2 * 0.02, 9);
  });

  it('changes nothing at the steady state’s unemployment', () => {
    expect(spend(0.2, 0).spent).toBeCloseTo(spend(0, 0).spent, 6);
  });
});
