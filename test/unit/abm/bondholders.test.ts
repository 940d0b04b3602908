/**
 * Who holds the debt (issue 8 §3): households' bond portfolio, coupons by holder. The tests check
 * the channels and their signs, not whether any regime is better.
 */
import { describe, expect, it } from 'vitest';
import { SfcError } from '../../../models/accounting/errors';
import { runAbm, type AbmScenario } from '../../../models/abm';
import { bondShare, payHouseholdCoupons, rebalanceBonds } from '../../../models/abm/bondholders';
import { BON, GV, HH, NI, NS } from '../../../models/abm/book';
import { checkAgents } from '../../../models/abm/checks';
import { runEconomy } from '../../../models/abm/economy';
import { createEconomy, sectorHoldingsInto, zeroFlows, type Economy } from '../../../models/abm/state';
import { presetAt } from '../helpers/abm';

function small(
  params: Partial<AbmScenario['params']> = {},
  over: Partial<AbmScenario> = {},
  preset = 'abm-private-debt',
): AbmScenario {
  return presetAt(preset, { households: 400, firms: 20, banks: 3, periods: 40 }, over, params);
}

const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
const wealthShareInBonds = (E: Economy) => {
  let b = 0;
  let w = 0;
  for (let h = 0; h < E.H; h++) {
    b += E.hh.bonds[h]!;
    w += E.hh.bonds[h]! + E.hh.dep[h]!;
  }
  return b / w;
};
const scratch = () => ({
  depByBank: new Float64Array(3),
  loansByBank: new Float64Array(3),
  householdDeposits: 0,
  firmDeposits: 0,
  householdBonds: 0,
});

describe('households hold government bonds', () => {
  it('off by default: household bond columns are zero, and at share 0 the other bond parameters change nothing', () => {
    const off = runAbm(small());
    expect(sum(off.columns.gov_debt_households!)).toBe(0);
    expect(sum(off.columns.bond_interest_households!)).toBe(0);
    const tweaked = runAbm(small({ householdBondRateSensitivity: 20, householdBondBuffer: 0 }));
    for (const c of ['gdp_nominal', 'gini_income', 'gini_wealth', 'gov_debt_private', 'money_stock'])
      expect(Array.from(tweaked.columns[c]!)).toEqual(Array.from(off.columns[c]!));
  });

  it('start: wealth is unchanged, the bonds come out of the banks, and only households above the buffer hold any', () => {
    const off = createEconomy(small());
    const on = createEconomy(small({ householdBondShare: 0.5, householdBondBuffer: 2 }));
    let holders = 0;
    for (let h = 0; h < on.H; h++) {
      expect(on.hh.dep[h]! + on.hh.bonds[h]!).toBeCloseTo(off.hh.dep[h]!, 6);
      if (on.hh.bonds[h]! > 0) holders++;
    }
    expect(holders).toBeGreaterThan(0);
    expect(holders).toBeLessThan(on.H / 2);
    expect(on.gov.bondsHouseholds).toBeCloseTo(sum(on.hh.bonds), 6);
    expect(on.gov.bondsHouseholds + on.gov.bondsPrivate).toBeCloseTo(off.gov.bondsPrivate, 4);
    // The households holding bonds are the wealthier ones.
    let wHolders = 0;
    let wOthers = 0;
    for (let h = 0; h < on.H; h++) {
      const w = on.hh.dep[h]! + on.hh.bonds[h]!;
      if (on.hh.bonds[h]! > 0) wHolders += w / holders;
      else wOthers += w / (on.H - holders);
    }
    expect(wHolders).toBeGreaterThan(1.2 * wOthers);
  });

  it('coupons raise the income of the households that hold bonds, and only theirs (capital income tax withheld)', () => {
    const E = createEconomy(small({ householdBondShare: 0.5, householdBondBuffer: 2 }));
    E.book.reset();
    zeroFlows(E.flows);
    const inc0 = E.hh.inc.slice();
    const dep0 = E.hh.dep.slice();
    const tax0 = E.hh.taxPaid.slice();
    payHouseholdCoupons(E);
    const c = E.gov.coupon;
    const tCap = E.p.capitalIncomeTaxRate;
    expect(c).toBeGreaterThan(0);
    let paid = 0;
    for (let h = 0; h < E.H; h++) {
      const b = E.hh.bonds[h]!;
      const gain = E.hh.inc[h]! - inc0[h]!;
      if (b > 0) {
        expect(gain).toBeCloseTo(b * c, 8);
        expect(E.hh.taxPaid[h]! - tax0[h]!).toBeCloseTo(tCap * b * c, 8);
        expect(E.hh.dep[h]! - dep0[h]!).toBeCloseTo((1 - tCap) * b * c, 8);
        paid += b * c;
      } else {
        expect(gain).toBe(0);
        expect(E.hh.dep[h]).toBe(dep0[h]);
      }
    }
    expect(E.flows.bondInterestHouseholds).toBeCloseTo(paid, 6);
    expect(E.flows.govInterestPrivate).toBeCloseTo(paid, 6);
  });

  it('in a run, same seed: holders earn more capital income with the lever on in the first quarter; non-holders the same', () => {
    const capital = (s: AbmScenario) => {
      let cap = new Float64Array(0);
      let bonds = new Float64Array(0);
      const owner = new Set<number>();
      runEconomy(s, {
        observe: (E, t) => {
          if (t !== 1) return;
          cap = E.hh.capInc.slice();
          bonds = E.hh.bonds.slice();
          for (const h of E.hh.ownerList) owner.add(h);
        },
      });
      return { cap, bonds, owner };
    };
    const off = capital(small({}, { periods: 2 }));
    const on = capital(small({ householdBondShare: 0.5, householdBondBuffer: 2 }, { periods: 2 }));
    let holders = 0;
    for (let h = 0; h < on.cap.length; h++) {
      if (on.bonds[h]! > 0) {
        holders++;
        expect(on.cap[h]!).toBeGreaterThan(off.cap[h]!);
        // An owner who holds no bonds still gets the banks' dividends, which change when others
        // hold bonds instead of the banks: only non-owners' capital income must be the same.
      } else if (!on.owner.has(h)) expect(on.cap[h]!).toBeCloseTo(off.cap[h]!, 6);
    }
    expect(holders).toBeGreaterThan(0);
  });

  it("households' bond share of wealth rises with the bond rate (rule, start and trades)", () => {
    const p = small({ householdBondShare: 0.2 }).params;
    expect(bondShare(p, 0.05)).toBeGreaterThan(bondShare(p, 0.0325));
    expect(bondShare(p, 0.0325)).toBeCloseTo(0.2, 12);
    expect(bondShare(p, 0.02)).toBeLessThan(bondShare(p, 0.0325));
    const low = createEconomy(small({ householdBondShare: 0.2, householdBondBuffer: 0, policyRate: 0.01 }));
    const high = createEconomy(small({ householdBondShare: 0.2, householdBondBuffer: 0, policyRate: 0.05 }));
    expect(wealthShareInBonds(high)).toBeGreaterThan(wealthShareInBonds(low) * 1.3);
    // The same households, the bond rate up two points: they buy from their banks.
    const before = wealthShareInBonds(low);
    const bankBonds = sum(low.banks.bonds);
    const net = rebalanceBonds(
      low.p,
      low.hh,
      low.banks,
      0.01 + low.p.spreadGovernment + 0.02,
      new Float64Array(6),
    );
    expect(net).toBeGreaterThan(0);
    expect(wealthShareInBonds(low)).toBeGreaterThan(before);
    expect(sum(low.banks.bonds)).toBeCloseTo(bankBonds - net, 4);
  });

  it.each(['abm-private-debt', 'abm-public-bank', 'abm-debt-free'])(
    '%s: SFC holds every quarter with bonds held by households; coupons by holder add up',
    (preset) => {
      for (const buffer of [0, 2]) {
        const r = runAbm(
          small({ householdBondShare: 0.5, householdBondBuffer: buffer }, { periods: 60 }, preset),
        );
        const c = r.columns;
        expect(Array.from(r.extras.invariants.passed).every((x) => x === 1)).toBe(true);
        expect(Math.max(...c.sfc_max_error!)).toBeLessThan(1e-7);
        expect(c.gov_debt_households![0]!).toBeGreaterThan(0);
        const rows = r.extras.balanceSheet.rows.length;
        const cols = r.extras.balanceSheet.columns.length;
        for (let t = 0; t < 60; t++) {
          const split = c.bond_interest_households![t]! + c.bond_interest_banks![t]!;
          expect(Math.abs(split - c.gov_interest_to_private![t]!)).toBeLessThanOrEqual(
            1e-12 * Math.max(1, c.gov_interest_to_private![t]!),
          );
          // Households hold only bonds outside the public bank, and the balance sheet shows them.
          expect(c.gov_debt_households![t]!).toBeLessThanOrEqual(c.gov_debt_private![t]! * (1 + 1e-12));
          const bondsRow = r.extras.balanceSheet.rows.indexOf('Government bonds');
          const at = t * rows * cols + bondsRow * cols;
          expect(r.extras.balanceSheet.data[at]!).toBeCloseTo(c.gov_debt_households![t]!, 4);
        }
        if (preset === 'abm-private-debt') expect(c.bond_interest_households![59]!).toBeGreaterThan(0);
        // Under a public bank that meets every financing need, no new bond reaches private hands:
        // the private stock (banks' and households') runs off at 1/maturity a quarter.
        else expect(c.gov_debt_private![59]!).toBeLessThan(0.1 * c.gov_debt_private![0]!);
      }
    },
  );

  it("the checks see households' bonds: one moved without a posting is caught", () => {
    const E = createEconomy(small({ householdBondShare: 0.5, householdBondBuffer: 0 }));
    const s = scratch();
    expect(checkAgents(E, 1, s)).toBeLessThan(1e-7);
    expect(s.householdBonds).toBeCloseTo(E.gov.bondsHouseholds, 6);
    const out = sectorHoldingsInto(new Float64Array(NS * NI), E.hh, E.firms, E.banks, E.pb, E.gov);
    expect(out[HH * NI + BON]).toBeCloseTo(E.gov.bondsHouseholds, 6);
    expect(out[GV * NI + BON]).toBeCloseTo(-(E.gov.bondsPrivate + E.gov.bondsHouseholds), 4);
    E.hh.bonds[7]! += 1000;
    expect(() => checkAgents(E, 1, scratch())).toThrow(SfcError);
  });
});
