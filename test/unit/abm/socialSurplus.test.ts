/**
 * Social enterprises spend their surplus on their purpose (models/abm/CALIBRATION.md, "Social
 * enterprises' surplus"): the share `socialSurplusShare` of their deposits beyond what they keep
 * goes equally to every household, as a transfer. Kept for ever instead, it piled up as idle
 * deposits and money drifted up against GDP.
 */
import { describe, expect, it } from 'vitest';
import { ABM_PRESETS, runAbm, type AbmScenario } from '../../../models/abm';
import { FIRM_SOCIAL, firmTaxesAndProfits, produce } from '../../../models/abm/firms';
import { householdInterestTaxesShares } from '../../../models/abm/households';
import { createEconomy, type Economy } from '../../../models/abm/state';

function small(params: Partial<AbmScenario['params']> = {}): AbmScenario {
  const s = structuredClone(ABM_PRESETS['abm-private-debt']!);
  return { ...s, households: 2000, firms: 100, banks: 4, periods: 60, params: { ...s.params, ...params } };
}

/** An economy in which one social enterprise had a good quarter: sales well above its costs and deposits beyond what it keeps. */
function goodQuarter(share: number): { E: Economy; f: number; depBefore: number } {
  const E = createEconomy(small({ socialSurplusShare: share, socialShare: 0.2 }));
  const f = Array.from({ length: E.nC }, (_, i) => i).find((i) => E.firms.kind[i] === FIRM_SOCIAL)!;
  produce(E);
  E.firms.revenue[f] = E.firms.wageBill[f]! * 1.6;
  E.firms.dep[f]! += E.firms.wageBill[f]! * 3;
  const depBefore = E.firms.dep[f]!;
  return { E, f, depBefore };
}

describe("social enterprises' surplus", () => {
  it('a social enterprise pays out socialSurplusShare of its excess deposits, none of it to an owner', () => {
    const half = goodQuarter(0.5);
    firmTaxesAndProfits(half.E);
    const all = goodQuarter(1);
    firmTaxesAndProfits(all.E);
    const paidHalf = half.depBefore - half.E.firms.dep[half.f]!;
    const paidAll = all.depBefore - all.E.firms.dep[all.f]!;
    expect(paidHalf).toBeGreaterThan(0);
    expect(paidAll).toBeCloseTo(2 * paidHalf, 6);
    expect(half.E.firms.dividend[half.f]).toBe(0);
    // The flow counted for households is at least this firm's payout (other social enterprises may pay too).
    expect(all.E.flows.socialBenefit).toBeGreaterThanOrEqual(paidAll * (1 - 1e-12));
  });

  it('every household receives an equal share, untaxed, and no deposit is created or lost', () => {
    const withPay = goodQuarter(1);
    firmTaxesAndProfits(withPay.E);
    const without = goodQuarter(1);
    firmTaxesAndProfits(without.E);
    const paid = without.E.flows.socialBenefit;
    expect(paid).toBeGreaterThan(0);
    without.E.flows.socialBenefit = 0; // the same quarter, with the transfer withheld from households
    householdInterestTaxesShares(withPay.E);
    householdInterestTaxesShares(without.E);
    const H = withPay.E.H;
    const each = paid / H;
    let sum = 0;
    for (let h = 0; h < H; h++) {
      const d = withPay.E.hh.dep[h]! - without.E.hh.dep[h]!;
      sum += d;
      // Equal to every household (an exact transfer: no tax is taken from it).
      expect(d).toBeCloseTo(each, 6);
    }
    expect(sum).toBeCloseTo(paid, 4);
    // Banks: deposits and reserves that left the enterprises' banks arrived at the households' banks.
    const bankDep = (E: Economy) => E.banks.dep.reduce((a, b) => a + b, 0);
    const bankRes = (E: Economy) => E.banks.res.reduce((a, b) => a + b, 0);
    expect(bankDep(withPay.E) - bankDep(without.E)).toBeCloseTo(paid, 4);
    expect(bankRes(withPay.E) - bankRes(without.E)).toBeCloseTo(paid, 4);
  });

  it('with many high-margin social enterprises, money stays in proportion to GDP (quarters 151–200 against 351–400)', () => {
    // Before the rule, these economies' money/GDP rose 5–13% over these 200 quarters (mean 9.6%, seeds 1–3).
    const growth: number[] = [];
    for (const seed of [1, 2, 3]) {
      const s = {
        ...small({ socialShare: 0.2, socialMargin: 0.3 }),
        households: 1000,
        firms: 50,
        banks: 5,
        periods: 400,
        seed,
      };
      const m = runAbm(s).columns.money_to_gdp!;
      const mean = (i: number, j: number) => m.slice(i, j).reduce((a, b) => a + b, 0) / (j - i);
      growth.push(mean(350, 400) / mean(150, 200) - 1);
    }
    const avg = growth.reduce((a, b) => a + b, 0) / growth.length;
    expect(avg).toBeLessThan(0.05);
    expect(avg).toBeGreaterThan(-0.05);
  });
});
