/**
 * Prompt corrective action (banks.ts): a solvent bank below the minimum capital ratio is
 * recapitalised by its owners out of their deposits; a bank with negative equity is still resolved
 * (and counted as a failure), and neither creates or destroys money.
 */
import { describe, expect, it } from 'vitest';
import { recapitaliseUndercapitalised, resolveBanks, riskWeighted } from '../../../models/abm/banks';
import { BK, DEP, HH, K, NI, NS } from '../../../models/abm/book';
import { checkAgents } from '../../../models/abm/checks';
import { createEconomy, sectorHoldingsInto, type Economy } from '../../../models/abm/state';
import { presetAt } from '../helpers/abm';

const scenario = () =>
  presetAt('abm-private-debt', { households: 400, firms: 20, banks: 3, periods: 10 }, {}, {});
const scratch = () => ({
  depByBank: new Float64Array(3),
  loansByBank: new Float64Array(3),
  householdDeposits: 0,
  firmDeposits: 0,
  householdBonds: 0,
});
const holdings = (E: Economy) =>
  sectorHoldingsInto(new Float64Array(NS * NI), E.hh, E.firms, E.banks, E.pb, E.gov);

/** Bank k pays `x` of its equity to a household that owns no bank (consistently on every sheet). */
function drain(E: Economy, k: number, x: number): void {
  const owners = new Set(E.hh.ownerList);
  let h = 0;
  while (owners.has(h)) h++;
  const hb = E.hh.bank[h]!;
  E.banks.nw[k]! -= x;
  E.banks.res[k]! -= x;
  E.hh.dep[h]! += x;
  E.banks.dep[hb]! += x;
  E.banks.res[hb]! += x;
}

const ownersDeposits = (E: Economy) => {
  let s = 0;
  for (const h of E.hh.ownerList) s += E.hh.dep[h]!;
  return s;
};

/** Σ over sectors and instruments of |Δ holdings − the book's legs of kind `kind`|. */
function unposted(before: Float64Array, after: Float64Array, E: Economy, kind: number): number {
  let worst = 0;
  for (let s = 0; s < NS; s++)
    for (let i = 0; i < NI; i++) {
      const leg = E.book.legs[(kind * NS + s) * NI + i]!;
      worst = Math.max(worst, Math.abs(after[s * NI + i]! - before[s * NI + i]! - leg));
    }
  return worst;
}

describe('prompt corrective action for undercapitalised banks', () => {
  it('owners restore a bank between 0 and the minimum to the target; their deposits fall by exactly the equity added', () => {
    const E = createEconomy(scenario());
    const p = E.p;
    const k = 1;
    const rw = riskWeighted(E, k);
    expect(rw).toBeGreaterThan(0);
    // Leave the bank with half the minimum: solvent, but unable to lend.
    drain(E, k, E.banks.nw[k]! - 0.5 * p.minCapitalRatio * rw);
    expect(E.banks.nw[k]!).toBeGreaterThan(0);
    expect(E.banks.nw[k]!).toBeLessThan(p.minCapitalRatio * rw);
    expect(checkAgents(E, 1, scratch())).toBeLessThan(1e-7);
    const others = [0, 2].map((j) => E.banks.nw[j]!);
    const nw0 = E.banks.nw[k]!;
    const own0 = ownersDeposits(E);
    const h0 = holdings(E);
    E.book.reset();

    recapitaliseUndercapitalised(E);

    const added = E.banks.nw[k]! - nw0;
    expect(E.banks.nw[k]!).toBeCloseTo(p.targetCapitalRatio * rw, 6);
    expect(added).toBeGreaterThan(0);
    expect(own0 - ownersDeposits(E)).toBeCloseTo(added, 6);
    expect([0, 2].map((j) => E.banks.nw[j]!)).toEqual(others); // banks above the minimum untouched
    expect(E.flows.bankRecapitalisations).toBe(1);
    expect(E.flows.bankFailures).toBe(0); // a recapitalisation is not a failure
    // SFC: every agent still balances, and the sectors moved exactly by the book's postings.
    expect(checkAgents(E, 1, scratch())).toBeLessThan(1e-7);
    expect(unposted(h0, holdings(E), E, K.recap)).toBeLessThan(1e-6);
    expect(E.book.legs[(K.recap * NS + HH) * NI + DEP]!).toBeCloseTo(-added, 6);
    expect(E.book.entries[K.recap * NS + BK]!).toBeCloseTo(added, 6);
    // The whole quarter's postings of this kind net to zero across sectors (double entry).
    let net = 0;
    for (let s = 0; s < NS; s++) net += E.book.entries[K.recap * NS + s]!;
    expect(Math.abs(net)).toBeLessThan(1e-9);
  });

  it('leaves banks at or above the minimum alone', () => {
    const E = createEconomy(scenario());
    const k = 0;
    const rw = riskWeighted(E, k);
    drain(E, k, E.banks.nw[k]! - 1.01 * E.p.minCapitalRatio * rw);
    const nw = Array.from(E.banks.nw);
    const own = ownersDeposits(E);
    recapitaliseUndercapitalised(E);
    expect(Array.from(E.banks.nw)).toEqual(nw);
    expect(ownersDeposits(E)).toBe(own);
    expect(E.flows.bankRecapitalisations).toBe(0);
  });

  it('a bank with negative equity is a failure, resolved by resolveBanks, not a recapitalisation', () => {
    const E = createEconomy(scenario());
    const k = 2;
    const rw = riskWeighted(E, k);
    drain(E, k, E.banks.nw[k]! + 100);
    expect(E.banks.nw[k]!).toBeLessThan(0);
    const own0 = ownersDeposits(E);
    const h0 = holdings(E);
    E.book.reset();
    recapitaliseUndercapitalised(E);
    expect(E.flows.bankRecapitalisations).toBe(0);
    resolveBanks(E);
    expect(E.flows.bankFailures).toBe(1);
    expect(E.banks.nw[k]!).toBeCloseTo(E.p.targetCapitalRatio * rw, 6);
    expect(own0 - ownersDeposits(E)).toBeCloseTo(E.p.targetCapitalRatio * rw + 100, 6);
    expect(checkAgents(E, 1, scratch())).toBeLessThan(1e-7);
    expect(unposted(h0, holdings(E), E, K.resolution)).toBeLessThan(1e-6);
  });
});
