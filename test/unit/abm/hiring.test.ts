/**
 * Hiring capacity and labour-market slack (models/abm/firms.ts, hiringSlack and hiringCap): a firm
 * fills vacancies faster the more people look for work (a Cobb-Douglas matching function), so a
 * maker that let its workers go in a slump can regrow faster than at the natural rate.
 */
import { describe, expect, it } from 'vitest';
import { ABM_PRESETS, type AbmScenario } from '../../../models/abm';
import { hiringCap, hiringSlack, planAndBorrow } from '../../../models/abm/firms';
import { createEconomy } from '../../../models/abm/state';

function small(a?: number): AbmScenario {
  const s = structuredClone(ABM_PRESETS['abm-private-debt']!);
  if (a !== undefined) s.params.hiringSlackElasticity = a;
  return { ...s, households: 2000, firms: 100, banks: 4, periods: 60 };
}

/** Workers a capital-goods maker with `workers` staff, no debt and orders for 40 machines plans to have, at unemployment u. */
function plannedWorkers(workers: number, uOverNeutral: number, a?: number): number {
  const E = createEconomy(small(a));
  const k = E.nC;
  const f = E.firms;
  f.dep[k] = 0;
  f.loanB[k] = 0;
  f.loanP[k] = 0;
  f.nw[k] = 0;
  f.stock[k] = 0;
  f.invVal[k] = 0;
  f.workers[k] = workers;
  f.expected[k] = 40; // needs ⌈44 ÷ 0.3⌉ = 147 workers: the cap binds
  E.macro.unemployment = uOverNeutral * E.p.wageNeutralUnemployment;
  planAndBorrow(E, 1);
  return f.desired[k]!;
}

describe('hiring capacity rises with labour-market slack', () => {
  it('at the wage-neutral rate it is the fixed cap floor(workers × (1 + g)) + 1', () => {
    for (const g of [0.05, 0.1, 0.23, 0.5])
      for (let w = 0; w <= 3000; w++) expect(hiringCap(w, g, 1)).toBe(Math.floor(w * (1 + g)) + 1);
  });

  it('the matching rate is (u ÷ u_n)^a, from last quarter', () => {
    const E = createEconomy(small());
    E.macro.unemployment = 4 * E.p.wageNeutralUnemployment;
    expect(hiringSlack(E)).toBeCloseTo(2, 12); // a = 0.5
    E.macro.unemployment = 0;
    expect(hiringSlack(E)).toBe(0);
    E.p.hiringSlackElasticity = 0;
    E.macro.unemployment = 0.4;
    expect(hiringSlack(E)).toBe(1);
  });

  it('in a slump a maker regrows faster; in a tight market slower, but always by one worker', () => {
    // u = 4 × u_n, a = 0.5: twice the growth and two workers instead of one.
    expect(plannedWorkers(0, 4)).toBe(2);
    expect(plannedWorkers(10, 4)).toBe(14); // ⌊10 × 1.2 + 2⌋; the fixed cap gives 12
    expect(plannedWorkers(10, 1)).toBe(12);
    // u = u_n ÷ 4: half the growth, never less than one more worker.
    expect(plannedWorkers(10, 0.25)).toBe(11);
    expect(plannedWorkers(0, 0.25)).toBe(1);
    expect(plannedWorkers(100, 0.25)).toBe(105);
    // a = 0 switches slack off: the fixed cap at any unemployment.
    expect(plannedWorkers(10, 4, 0)).toBe(12);
    expect(plannedWorkers(0, 4, 0)).toBe(1);
  });
});
