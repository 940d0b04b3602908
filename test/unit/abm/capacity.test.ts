/**
 * Class A of the robustness failures (models/abm/CALIBRATION.md, "Class A: capacity collapse"):
 * a capital-goods firm that has lost its cash and stock must still be able to finance the wage
 * bill of the machines it is asked for, or the machine supply shrinks for good.
 */
import { describe, expect, it } from 'vitest';
import { ABM_PRESETS, type AbmScenario } from '../../../models/abm';
import { firmTaxesAndProfits, planAndBorrow } from '../../../models/abm/firms';
import { createEconomy } from '../../../models/abm/state';

function small(): AbmScenario {
  const s = structuredClone(ABM_PRESETS['abm-private-debt']!);
  return { ...s, households: 2000, firms: 100, banks: 4, periods: 60 };
}

/** A capital-goods firm with no deposits, debt, stock or inventories, asked for 20 machines a quarter. */
function shell(debtInWages: number) {
  const E = createEconomy(small());
  const k = E.nC;
  const f = E.firms;
  const w = E.macro.wage;
  f.dep[k] = 0;
  f.loanP[k] = 0;
  f.loanB[k] = debtInWages * w;
  f.nw[k] = -f.loanB[k]!;
  f.stock[k] = 0;
  f.invVal[k] = 0;
  f.workers[k] = 10;
  f.expected[k] = 20;
  planAndBorrow(E, 1);
  return { E, k, w, lent: f.loanB[k]! - debtInWages * w };
}

describe('capital-goods firms: credit for the machines they are asked to make', () => {
  it('a maker with no cash, debt or stock borrows the wage bill of its orders and hires', () => {
    const { E, k, w, lent } = shell(0);
    const needed = Math.ceil((20 * (1 + E.p.inventoryTarget)) / E.p.capitalProductivity - 1e-9);
    const cap = Math.floor(10 * (1 + E.p.maxFirmGrowth)) + 1;
    // It used to get nothing: zero assets leave no room under any leverage limit below 1.
    expect(E.firms.desired[k]).toBe(Math.min(needed, cap));
    expect(lent).toBeCloseTo(E.firms.desired[k]! * w, 6);
    // The loan is the deposit it pays the wages from.
    expect(E.firms.dep[k]).toBeCloseTo(lent, 6);
  });

  it('a maker already past the leverage limit is still refused', () => {
    // Debt of 1,000 wages against a wage bill of about 100: the goods cannot back it.
    const { E, k, lent } = shell(1000);
    expect(lent).toBe(0);
    expect(E.firms.desired[k]).toBe(0);
  });
});

describe('a firm that defaults keeps its stock, valued afresh', () => {
  it('a defaulted builder restarts with inventories at unit cost, not a negative leftover', () => {
    const E = createEconomy(small());
    const k = E.nC;
    const f = E.firms;
    f.stock[k] = 12;
    // Left by a quarter's house completions before the revaluation: cost of houses built, unproduced.
    f.invVal[k] = -30 * (E.macro.wage / E.p.capitalProductivity);
    f.defaulted[k] = 1;
    firmTaxesAndProfits(E);
    expect(f.invVal[k]).toBeCloseTo(12 * (E.macro.wage / E.p.capitalProductivity), 9);
  });
});
