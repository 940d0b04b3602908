/**
 * The wealth Gini measures households' net worth: deposits + bonds + house − mortgage. A household
 * that takes a mortgage is not richer by the loan; a house owned outright counts; a foreclosed house
 * counts at what its forced sale fetches; without the housing market net worth is deposits + bonds.
 * The Gini helper keeps negative values, so it equals the pairwise definition for values of any sign.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runAbm, type AbmScenario } from '../../../models/abm';
import { gini, giniWealth, houseValue, netWorth } from '../../../models/abm/inequality';
import { offerFor, originate, type Offer } from '../../../models/abm/mortgages';
import { createEconomy, type Economy } from '../../../models/abm/state';
import { presetAt, renterWithJob } from '../helpers/abm';

const SIZE = { households: 1000, firms: 50, banks: 3, periods: 12 };

function scenario(name: string, params: Partial<AbmScenario['params']> = {}): AbmScenario {
  return presetAt(name, SIZE, {}, params);
}

/** Mean absolute difference over all ordered pairs ÷ (2 × mean): the Gini's definition. */
function pairwiseGini(x: ArrayLike<number>): number {
  const n = x.length;
  let sum = 0;
  let diff = 0;
  for (let i = 0; i < n; i++) {
    sum += x[i]!;
    for (let j = 0; j < n; j++) diff += Math.abs(x[i]! - x[j]!);
  }
  return diff / (2 * n * sum);
}

/** Net worth written out from the balance sheets, independently of models/abm/inequality.ts. */
function expectedNetWorth(E: Economy, h: number): number {
  const Hs = E.housing;
  let v = E.hh.dep[h]! + E.hh.bonds[h]!;
  if (Hs && Hs.owns[h] === 1) v += Hs.forced[h] === 1 ? (1 - E.p.foreclosureDiscount) * Hs.price : Hs.price;
  if (Hs) v -= Hs.mort[h]!;
  return v;
}

describe('net worth of a household', () => {
  it('a mortgage does not make its borrower richer; buying the house leaves net worth unchanged', () => {
    const E = createEconomy(scenario('abm-mortgage-private'));
    E.r.policy = 0.025;
    const Hs = E.housing!;
    const h = renterWithJob(E);
    const price = Hs.price;
    // Enough deposits for the down payment, so the bank lends.
    E.hh.dep[h] = 0.5 * price;
    const before = netWorth(E, h);
    expect(before).toBeCloseTo(0.5 * price, 9);
    const offer: Offer = { amount: 0, lender: 0, spread: 0 };
    expect(offerFor(E, Hs, h, price, offer)).toBe(true);
    expect(offer.amount).toBeGreaterThan(0.3 * price);
    originate(E, Hs, h, offer);
    // The loan's proceeds are a deposit, matched by the debt: deposits rose by the loan, net worth did not.
    expect(E.hh.dep[h]! - 0.5 * price).toBeCloseTo(offer.amount, 6);
    expect(netWorth(E, h)).toBeCloseTo(before, 6);
    // Paying the price for the house (as housing.ts trade does): deposits fall by the price, the house counts.
    E.hh.dep[h]! -= price;
    Hs.owns[h] = 1;
    expect(houseValue(E, h)).toBe(price);
    expect(netWorth(E, h)).toBeCloseTo(before, 6);
    expect(E.hh.dep[h]!).toBeLessThan(before); // deposits alone would say it got poorer by its down payment
  });

  it('a house owned outright counts at the market price; a foreclosed one at its forced-sale price', () => {
    const E = createEconomy(scenario('abm-mortgage-private'));
    const Hs = E.housing!;
    let h = -1;
    for (let i = 0; i < E.H && h < 0; i++) if (Hs.owns[i] === 1 && Hs.mort[i] === 0) h = i;
    expect(h).toBeGreaterThanOrEqual(0);
    E.hh.bonds[h] = 7;
    expect(netWorth(E, h)).toBe(E.hh.dep[h]! + 7 + Hs.price);
    Hs.price *= 1.1; // a rise in house prices is a rise in owners' wealth
    expect(netWorth(E, h)).toBe(E.hh.dep[h]! + 7 + Hs.price);
    Hs.forced[h] = 1;
    Hs.mort[h] = 100;
    expect(houseValue(E, h)).toBeCloseTo((1 - E.p.foreclosureDiscount) * Hs.price, 9);
    expect(netWorth(E, h)).toBeCloseTo(E.hh.dep[h]! + 7 + (1 - E.p.foreclosureDiscount) * Hs.price - 100, 9);
  });

  it('a borrower whose mortgage exceeds its house and deposits has negative net worth', () => {
    const E = createEconomy(scenario('abm-mortgage-private'));
    const Hs = E.housing!;
    const h = renterWithJob(E);
    Hs.owns[h] = 1;
    E.hh.dep[h] = 10;
    Hs.mort[h] = Hs.price + 50;
    expect(netWorth(E, h)).toBeCloseTo(-40, 9);
  });

  it('without the housing market, net worth is deposits + bonds', () => {
    const E = createEconomy(scenario('abm-household-bonds'));
    expect(E.housing).toBeNull();
    for (const h of [0, 1, E.H - 1]) {
      E.hh.bonds[h] = 3 * h + 1;
      expect(netWorth(E, h)).toBe(E.hh.dep[h]! + E.hh.bonds[h]!);
      expect(houseValue(E, h)).toBe(0);
    }
  });
});

describe('gini', () => {
  it('gives the textbook values', () => {
    expect(gini(Float64Array.of(5, 5, 5, 5))).toBeCloseTo(0, 12);
    expect(gini(Float64Array.of(0, 0, 0, 1))).toBeCloseTo(0.75, 12);
    // One household in debt: the index exceeds 1 (pairwise: 24 ÷ (2 × 16 × 0.5) = 1.5).
    expect(gini(Float64Array.of(3, 0, -1, 0))).toBeCloseTo(1.5, 12);
    // No positive total: undefined, reported as 0.
    expect(gini(Float64Array.of(-1, 1))).toBe(0);
  });

  it('equals the mean absolute difference ÷ twice the mean, negative values included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -50, max: 100, noNaN: true }), { minLength: 2, maxLength: 40 }),
        (xs) => {
          const total = xs.reduce((a, b) => a + b, 0);
          fc.pre(total > 1);
          const g = gini(Float64Array.from(xs));
          expect(g).toBeCloseTo(pairwiseGini(xs), 9);
        },
      ),
      { seed: 8, numRuns: 300 },
    );
  });
});

describe('the gini_wealth column', () => {
  it('with the housing market on, is the Gini of net worth over the sample, not of deposits', () => {
    let quarters = 0;
    let gapFromDeposits = 0;
    const expected: number[] = [];
    const r = runAbm(scenario('abm-mortgage-private'), {
      observe(E, t) {
        const idx = E.scratch.giniIdx;
        const nw = Array.from(idx, (h) => expectedNetWorth(E, h));
        const dep = Array.from(idx, (h) => E.hh.dep[h]! + E.hh.bonds[h]!);
        expected[t - 1] = pairwiseGini(nw);
        gapFromDeposits = Math.max(gapFromDeposits, Math.abs(pairwiseGini(dep) - expected[t - 1]!));
        quarters++;
        // The helper agrees with the column (it runs on the same state right after recordQuarter).
        expect(giniWealth(E)).toBeCloseTo(expected[t - 1]!, 9);
      },
    });
    expect(quarters).toBe(SIZE.periods);
    const col = r.columns.gini_wealth!;
    for (let t = 0; t < SIZE.periods; t++) expect(col[t]!).toBeCloseTo(expected[t]!, 9);
    // Deposits alone give a different number here, so the test tells the two measures apart.
    expect(gapFromDeposits).toBeGreaterThan(0.01);
  });

  it('without the housing market, is the Gini of deposits + bonds', () => {
    const expected: number[] = [];
    const r = runAbm(scenario('abm-household-bonds'), {
      observe(E, t) {
        expected[t - 1] = pairwiseGini(Array.from(E.scratch.giniIdx, (h) => E.hh.dep[h]! + E.hh.bonds[h]!));
      },
    });
    const col = r.columns.gini_wealth!;
    for (let t = 0; t < SIZE.periods; t++) expect(col[t]!).toBeCloseTo(expected[t]!, 9);
  });
});

describe('the assumptions every export carries', () => {
  it('say what net worth counts in the run and how negative net worth is treated', () => {
    const giniLine = (name: string) =>
      runAbm(presetAt(name, { ...SIZE, periods: 2 })).assumptions.find((a) =>
        a.startsWith('Gini coefficients'),
      )!;
    expect(giniLine('abm-mortgage-private')).toContain(
      'net worth (deposits + house at the market price − mortgage)',
    );
    expect(giniLine('abm-mortgage-private')).toContain('negative net worth counts as it is');
    expect(giniLine('abm-household-bonds')).toContain('net worth (deposits + bonds)');
    expect(giniLine('abm-private-debt')).toContain('net worth (deposits)');
  });
});
