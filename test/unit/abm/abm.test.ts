import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SfcError } from '../../../models/accounting/errors';
import {
  ABM_PRESETS,
  PRESET_LEVERS,
  PARAM_DOCS,
  DEFAULT_PARAMS,
  runAbm,
  abmScenarioSchema,
  type AbmScenario,
} from '../../../models/abm';
import { Rng } from '../../../models/abm/random';
import { createEconomy } from '../../../models/abm/state';
import { parseScenario, getPreset } from '../../../models/scenario';
import { presetAt } from '../helpers/abm';

function small(
  name: string,
  over: Partial<AbmScenario> = {},
  params: Partial<AbmScenario['params']> = {},
): AbmScenario {
  return presetAt(name, { households: 400, firms: 20, banks: 3, periods: 60 }, over, params);
}

const last = (a: Float64Array) => a[a.length - 1]!;
const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);

describe('abm random numbers', () => {
  it('same seed and stream give the same numbers; streams and seeds differ', () => {
    const a = new Rng(7, 2);
    const b = new Rng(7, 2);
    const xs = Array.from({ length: 5 }, () => a.nextUint32());
    expect(Array.from({ length: 5 }, () => b.nextUint32())).toEqual(xs);
    expect(new Rng(7, 3).nextUint32()).not.toBe(xs[0]);
    expect(new Rng(8, 2).nextUint32()).not.toBe(xs[0]);
    const r = new Rng(1, 1);
    let mean = 0;
    for (let i = 0; i < 10000; i++) mean += r.next();
    expect(mean / 10000).toBeGreaterThan(0.48);
    expect(mean / 10000).toBeLessThan(0.52);
  });
});

describe('abm presets', () => {
  it.each(Object.keys(ABM_PRESETS))('%s keeps every invariant at a small scale', (name) => {
    const r = runAbm(small(name));
    const err = r.columns.sfc_max_error!;
    expect(err.length).toBe(60);
    expect(Math.max(...err)).toBeLessThan(1e-7);
    expect(Array.from(r.extras.invariants.passed).every((x) => x === 1)).toBe(true);
    // The balance sheet of every period: rows and columns sum to zero.
    const { rows, columns, data } = r.extras.balanceSheet;
    const nb = rows.length * columns.length;
    for (let t = 0; t < 60; t += 17) {
      for (let i = 0; i < rows.length; i++) {
        let s = 0;
        for (let c = 0; c < columns.length; c++) s += data[t * nb + i * columns.length + c]!;
        expect(Math.abs(s)).toBeLessThan(1e-6 * Math.max(1, last(r.columns.money_stock!)));
      }
    }
    for (const v of Object.values(r.columns)) expect(v.every(Number.isFinite)).toBe(true);
  });

  it('every preset differs from abm-private-debt only in the levers its name says', () => {
    const base = ABM_PRESETS['abm-private-debt']!;
    for (const [name, s] of Object.entries(ABM_PRESETS)) {
      const { params, name: _n, description: _d, ...scale } = s;
      const { params: bp, name: _bn, description: _bd, ...bscale } = base;
      expect(scale).toEqual(bscale);
      const changed = Object.keys(params).filter(
        (k) => JSON.stringify(params[k as keyof typeof params]) !== JSON.stringify(bp[k as keyof typeof bp]),
      );
      expect(changed.sort()).toEqual([...PRESET_LEVERS[name]!].sort());
    }
  });

  it('presets parse through the scenario registry and are addressable as preset:NAME', () => {
    for (const name of Object.keys(ABM_PRESETS)) {
      const s = getPreset(name);
      expect(parseScenario(s).model).toBe('abm');
    }
  });
});

describe('abm scenario schema', () => {
  it('scale keys sit at the top level and unknown keys are errors naming the field', () => {
    const ok = abmScenarioSchema.safeParse({
      schemaVersion: 1,
      model: 'abm',
      households: 100,
      firms: 10,
      banks: 2,
      periods: 5,
      seed: 3,
    });
    expect(ok.success).toBe(true);
    expect(() => parseScenario({ schemaVersion: 1, model: 'abm', params: { nonsense: 1 } })).toThrow(
      /nonsense/,
    );
    expect(() => parseScenario({ schemaVersion: 1, model: 'abm', households: 5 })).toThrow(/households/);
    expect(() => parseScenario({ schemaVersion: 1, model: 'abm', params: { publicShare: 1.5 } })).toThrow(
      /params.publicShare/,
    );
    expect(() =>
      parseScenario({ schemaVersion: 1, model: 'abm', params: { policyRate: 'import("x")' } }),
    ).toThrow(/policyRate/);
  });

  it('PARAM_DOCS documents every parameter with bounds that contain its default', () => {
    for (const [k, v] of Object.entries(DEFAULT_PARAMS)) {
      const d = PARAM_DOCS[k as keyof typeof PARAM_DOCS];
      expect(d, k).toBeDefined();
      expect(d.help.length).toBeGreaterThan(10);
      if (typeof v === 'number') {
        expect(v).toBeGreaterThanOrEqual(d.min);
        expect(v).toBeLessThanOrEqual(d.max);
      }
    }
  });
});

describe('abm determinism', () => {
  it('the same seed gives identical output; a different seed differs', () => {
    const a = runAbm(small('abm-private-debt', { periods: 30 }));
    const b = runAbm(small('abm-private-debt', { periods: 30 }));
    for (const k of Object.keys(a.columns))
      expect(Array.from(b.columns[k]!), k).toEqual(Array.from(a.columns[k]!));
    const c = runAbm(small('abm-private-debt', { periods: 30, seed: 2 }));
    expect(Array.from(c.columns.gdp_nominal!)).not.toEqual(Array.from(a.columns.gdp_nominal!));
  });

  it('regimes that leave the real economy alone share its random draws (first period identical)', () => {
    const a = runAbm(small('abm-private-debt', { periods: 3 }));
    const b = runAbm(small('abm-debt-free', { periods: 3 }));
    expect(b.columns.gdp_nominal![0]).toBe(a.columns.gdp_nominal![0]);
    expect(b.columns.unemployment![0]).toBe(a.columns.unemployment![0]);
  });
});

describe('abm regimes', () => {
  it('debt-free: no bonds go to the public bank while debt-free issuance grows and private debt is retired', () => {
    const r = runAbm(small('abm-debt-free', { periods: 80 }));
    expect(Math.max(...r.columns.gov_debt_public_bank!)).toBe(0);
    const df = r.columns.debt_free_issued!;
    expect(df[0]!).toBeGreaterThan(0);
    expect(last(df)).toBeGreaterThan(df[20]!);
    expect(last(r.columns.gov_debt_private!)).toBeLessThan(0.5 * r.columns.gov_debt_private![0]!);
  });

  it('private-debt: the government pays interest to private creditors every period and issues nothing debt-free', () => {
    const r = runAbm(small('abm-private-debt'));
    expect(Math.min(...r.columns.gov_interest_to_private!)).toBeGreaterThan(0);
    expect(last(r.columns.debt_free_issued!)).toBe(0);
    expect(last(r.columns.gov_debt_public_bank!)).toBe(0);
  });

  it('interest-free: the public bank accumulates bonds and interest to private creditors falls below the private-debt run', () => {
    const a = runAbm(small('abm-private-debt', { periods: 80 }));
    const b = runAbm(small('abm-public-bank', { periods: 80 }));
    expect(last(b.columns.gov_debt_public_bank!)).toBeGreaterThan(0);
    expect(sum(b.columns.gov_interest_to_private!)).toBeLessThan(
      0.8 * sum(a.columns.gov_interest_to_private!),
    );
  });

  it('tiered rates: co-ops and social enterprises borrow from the public bank only when it lends to them', () => {
    const a = runAbm(small('abm-private-debt'));
    const b = runAbm(small('abm-tiered-rates'));
    expect(Math.max(...a.columns.public_bank_loans!)).toBe(0);
    expect(Math.max(...b.columns.public_bank_loans!)).toBeGreaterThan(0);
  });

  it("citizen's income: paid every period in both UBI presets and not in the baseline", () => {
    const a = runAbm(small('abm-private-debt', { periods: 10 }));
    const b = runAbm(small('abm-ubi-money', { periods: 10 }));
    expect(sum(a.columns.citizens_income_paid!)).toBe(0);
    expect(Math.min(...b.columns.citizens_income_paid!)).toBeGreaterThan(0);
    // money-financed: every unit of it is credited debt-free
    expect(last(b.columns.debt_free_issued!)).toBeCloseTo(sum(b.columns.citizens_income_paid!), 3);
  });

  it('a policy-rate formula (Taylor rule) is evaluated every period', () => {
    const r = runAbm(
      small(
        'abm-private-debt',
        { periods: 20 },
        { policyRate: 'max(0, 0.02 + 1.5 * (inflation - 0.02) - 0.5 * (unemployment - 0.06))' },
      ),
    );
    const pr = r.columns.policy_rate!;
    expect(new Set(Array.from(pr)).size).toBeGreaterThan(5);
    expect(Math.min(...pr)).toBeGreaterThanOrEqual(0);
  });
});

describe('abm bank capital', () => {
  it('every bank starts with equity of at least its targets on loans and on all assets', () => {
    for (const name of Object.keys(ABM_PRESETS)) {
      const s = small(name);
      const E = createEconomy(s);
      for (let k = 0; k < E.NB; k++) {
        const b = E.banks;
        const assets = b.loans[k]! + b.bonds[k]! + b.res[k]!;
        expect(b.nw[k]! / assets, `${name} bank ${k}`).toBeGreaterThanOrEqual(
          s.params.bankEquityToAssets - 1e-12,
        );
        expect(b.nw[k]!).toBeGreaterThanOrEqual(s.params.targetCapitalRatio * b.loans[k]! - 1e-9);
      }
    }
  });

  it('banks pay out equity above their targets, so bank equity stays a small share of bank assets', () => {
    const r = runAbm(small('abm-private-debt', { periods: 120 }));
    expect(sum(r.columns.bank_profits_to_owners!)).toBeGreaterThan(0);
    // Bank assets are at most loans + bonds + reserves ≤ debt + private loans + the money stock.
    const assets =
      last(r.columns.gov_debt_private!) + last(r.columns.private_debt!) + last(r.columns.money_stock!);
    // 0.034 with the rule; 0.089 when banks retained 40% of profit above a target on loans alone.
    expect(last(r.columns.bank_equity!) / assets).toBeLessThan(0.06);
  });
});

describe('abm invariants catch broken postings', () => {
  it('a deposit with no counterpart at a firm stops the run naming the period and the firm', () => {
    let err: unknown;
    try {
      runAbm(small('abm-private-debt', { periods: 10 }), { inject: { period: 4, agent: 'firm', index: 3 } });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SfcError);
    expect((err as SfcError).period).toBe(4);
    expect((err as SfcError).where).toMatch(/^firm 3 /);
  });

  it('reserves with no counterpart at a bank stop the run naming the period and the bank', () => {
    expect(() =>
      runAbm(small('abm-private-debt', { periods: 10 }), { inject: { period: 6, agent: 'bank', index: 1 } }),
    ).toThrow(/period 6: bank 1 /);
  });

  it("a household's deposit with no counterpart is caught at its bank", () => {
    const s = small('abm-private-debt', { periods: 10 });
    expect(() => runAbm(s, { inject: { period: 2, agent: 'household', index: 5 } })).toThrow(
      /period 2: bank \d+ .*customers' deposits/,
    );
  });

  it('a runaway ratio stops the run naming the quarter and the variable', () => {
    // A 25% policy rate held for decades: the government's interest bill compounds its debt away.
    expect(() =>
      runAbm(small('abm-private-debt', { periods: 200 }, { policyRate: 't > 0 ? 0.25 : 0.025' })),
    ).toThrow(/diverged in quarter \d+: .*\((money_to_gdp|inflation|gov_debt_to_gdp)/);
  });
});

describe('abm property tests', () => {
  it('random parameter sets and seeds keep every invariant over short horizons', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 0, max: 1e6 }),
          regime: fc.constantFrom(
            'private-debt',
            'public-bank-interest-free',
            'public-bank-debt-free' as const,
          ),
          publicShare: fc.double({ min: 0, max: 1, noNaN: true }),
          policyRate: fc.double({ min: 0, max: 0.1, noNaN: true }),
          lends: fc.boolean(),
          ubi: fc.double({ min: 0, max: 3000, noNaN: true }),
          ubiMoney: fc.double({ min: 0, max: 1, noNaN: true }),
          corp: fc.double({ min: 0, max: 0.6, noNaN: true }),
          wealthTax: fc.double({ min: 0, max: 0.05, noNaN: true }),
          g: fc.double({ min: 0, max: 0.2, noNaN: true }),
          banks: fc.integer({ min: 1, max: 4 }),
        }),
        (x) => {
          const s = small(
            'abm-private-debt',
            { periods: 16, seed: x.seed, banks: x.banks, households: 200, firms: 12 },
            {
              moneyRegime: x.regime as AbmScenario['params']['moneyRegime'],
              publicShare: x.publicShare,
              policyRate: x.policyRate,
              publicBankLendsToSocial: x.lends,
              citizensIncome: x.ubi,
              citizensIncomeMoneyShare: x.ubiMoney,
              corporateTaxRate: x.corp,
              wealthTaxRate: x.wealthTax,
              govPurchases: x.g,
            },
          );
          const r = runAbm(s);
          expect(Math.max(...r.columns.sfc_max_error!)).toBeLessThan(1e-7);
          if (x.regime === 'public-bank-debt-free')
            expect(Math.max(...r.columns.gov_debt_public_bank!)).toBe(0);
          if (x.regime === 'private-debt')
            expect(last(r.columns.debt_free_issued!)).toBeCloseTo(
              x.ubiMoney * sum(r.columns.citizens_income_paid!),
              3,
            );
        },
      ),
      { numRuns: 40, seed: 42 },
    );
  });
});

describe('abm default economy', () => {
  it('is plausible and stable for 200 quarters at a mid scale', () => {
    const s = {
      ...structuredClone(ABM_PRESETS['abm-private-debt']!),
      households: 2000,
      firms: 100,
      banks: 5,
    };
    const r = runAbm(s);
    const c = r.columns;
    const tail = (k: string) => {
      const a = c[k]!.subarray(40);
      return { mean: sum(a) / a.length, min: Math.min(...a), max: Math.max(...a) };
    };
    expect(tail('unemployment').mean).toBeGreaterThan(0.02);
    expect(tail('unemployment').max).toBeLessThan(0.15);
    expect(tail('inflation').mean).toBeGreaterThan(-0.01);
    expect(tail('inflation').mean).toBeLessThan(0.06);
    expect(tail('gov_debt_to_gdp').max).toBeLessThan(1.5);
    expect(tail('gov_debt_to_gdp').min).toBeGreaterThan(0.2);
    expect(tail('wage_share').mean).toBeGreaterThan(0.5);
    expect(tail('wage_share').mean).toBeLessThan(0.9);
  });
});

describe('abm 1.0 start and scenario migration', () => {
  it('starts at the solved steady state: reserves backed, balance sheets consistent, firms at target utilisation', () => {
    const s = small('abm-private-debt', { households: 2000, firms: 100, banks: 4 });
    const E = createEconomy(s);
    // Unemployment at the start is the steady state's (up to rounding to whole workers).
    let unemployed = 0;
    for (let h = 0; h < E.H; h++) if (E.hh.emp[h] === -1) unemployed++;
    expect(Math.abs(unemployed - E.steady.nU)).toBeLessThan(2);
    // No unbacked reserves: the public bank's net worth follows from its assets (advances) and is 0.
    expect(E.pb.res).toBeGreaterThan(0);
    expect(Math.abs(E.pb.nw)).toBeLessThan(1e-6 * E.pb.res);
    for (let k = 0; k < E.NB; k++) {
      const b = E.banks;
      const gap = b.loans[k]! + b.bonds[k]! + b.res[k]! - b.dep[k]! - b.adv[k]! - b.nw[k]!;
      expect(Math.abs(gap)).toBeLessThan(1e-6 * b.dep[k]!);
    }
    let cap = 0;
    let out = 0;
    for (let f = 0; f < E.nC; f++) {
      cap += E.firms.capacity[f]!;
      out += E.firms.workers[f]! * s.params.productivity;
    }
    expect(out / cap).toBeCloseTo(s.params.targetUtilisation, 2);
  });

  it('the first quarters are stationary: unemployment and inflation stay near the steady state', () => {
    const r = runAbm(small('abm-private-debt', { households: 4000, firms: 200, banks: 4, periods: 40 }));
    const u = r.columns.unemployment!;
    const infl = r.columns.inflation!;
    const mean = (a: Float64Array, i0: number, i1: number) =>
      a.slice(i0, i1).reduce((x, y) => x + y, 0) / (i1 - i0);
    expect(Math.abs(mean(u, 0, 20) - mean(u, 20, 40))).toBeLessThan(0.03);
    expect(mean(infl, 0, 40)).toBeGreaterThan(-0.01);
    expect(mean(infl, 0, 40)).toBeLessThan(0.06);
    expect(mean(r.columns.capacity_utilisation!, 0, 40)).toBeGreaterThan(0.6);
    expect(mean(r.columns.investment_real!, 0, 40)).toBeGreaterThan(0);
  });

  it('a scenario written for model 0.2 that sets a removed parameter is refused, naming what replaced it', () => {
    expect(() => parseScenario({ schemaVersion: 1, model: 'abm', params: { initialGovDebt: 0.4 } })).toThrow(
      /params\.initialGovDebt: removed in model 1\.0\.0: every stock now starts at the solved steady state/,
    );
    expect(() => parseScenario({ schemaVersion: 1, model: 'abm', params: { wageNorm: 0.02 } })).toThrow(
      /params\.wageNorm: removed in model 1\.0\.0/,
    );
  });

  it('a rounding-size residual passes the checks while a real leak stops the run', () => {
    const s = small('abm-private-debt', { periods: 10 });
    // 1e-4 on a firm whose amounts are a wage (10,000) or more: a relative 1e-8, rounding size.
    const r = runAbm(s, { inject: { period: 4, agent: 'firm', index: 3, amount: 1e-4 } });
    expect(Math.max(...r.columns.sfc_max_error!)).toBeLessThan(1e-7);
    expect(() => runAbm(s, { inject: { period: 4, agent: 'firm', index: 3, amount: 1 } })).toThrow(SfcError);
  });
});
