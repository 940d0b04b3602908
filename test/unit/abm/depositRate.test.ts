/**
 * The deposits channel of monetary policy (`depositPassThrough`, β; models/abm/depositRate.ts):
 * a policy-rate change reaches deposits only by β of itself, so a hike widens the spread banks earn
 * on deposits; the steady state and the run use the same rule; at the default policy rate nothing
 * changes; β = 1 is the old rule (policy − depositSpread) exactly.
 */
import { describe, expect, it } from 'vitest';
import { ABM_PRESETS, DEFAULT_PARAMS, runAbm, type AbmScenario } from '../../../models/abm';
import { depositRateAnnual } from '../../../models/abm/depositRate';
import { createEconomy } from '../../../models/abm/state';

function small(params: Partial<AbmScenario['params']>, periods = 12): AbmScenario {
  const s = structuredClone(ABM_PRESETS['abm-private-debt']!);
  return { ...s, households: 600, firms: 30, banks: 3, periods, params: { ...s.params, ...params } };
}

const HIKE_AT = 6;
const hiked = (params: Partial<AbmScenario['params']> = {}) =>
  small({ ...params, policyRate: `t >= ${HIKE_AT} ? 0.045 : 0.025` });

/** Annual rates in force in each quarter of a run (quarter 1 first). */
function ratesOf(s: AbmScenario) {
  const out: { policy: number; deposits: number; reserves: number; loans: number }[] = [];
  runAbm(s, {
    observe: (E) => {
      out.push({
        policy: E.r.policy,
        deposits: 4 * E.r.deposits,
        reserves: 4 * E.r.reserves,
        loans: 4 * E.r.loanPrivate,
      });
    },
  });
  return out;
}

describe('the deposits channel: deposit rates follow the policy rate by β (depositPassThrough)', () => {
  it('defaults to the literature (0.35–0.4 of the policy rate) and keeps 1% at the default policy rate', () => {
    const b = DEFAULT_PARAMS.depositPassThrough;
    expect(b).toBeGreaterThanOrEqual(0.35);
    expect(b).toBeLessThanOrEqual(0.4);
    expect(depositRateAnnual(DEFAULT_PARAMS, 0.025)).toBeCloseTo(0.01, 12);
    // A 2-point rise reaches deposits by β × 2 points, whatever the level it starts from.
    expect(depositRateAnnual(DEFAULT_PARAMS, 0.045) - depositRateAnnual(DEFAULT_PARAMS, 0.025)).toBeCloseTo(
      b * 0.02,
      12,
    );
    expect(depositRateAnnual(DEFAULT_PARAMS, 0.065) - depositRateAnnual(DEFAULT_PARAMS, 0.045)).toBeCloseTo(
      b * 0.02,
      12,
    );
    // Floored at zero, as every rate is, and never above the policy rate (a spread of at least 0):
    // β = 0.2 with a 0.5-point spread at 2.5% would otherwise pay 1.6% at a 0.5% policy rate.
    expect(depositRateAnnual(DEFAULT_PARAMS, -0.02)).toBe(0);
    const thin = { depositSpread: 0.005, depositPassThrough: 0.2 };
    expect(depositRateAnnual(thin, 0.005)).toBeCloseTo(0.005, 12);
    expect(depositRateAnnual(thin, 0.045)).toBeCloseTo(0.02 + 0.2 * 0.02, 12);
    // β = 1 is the old rule, policy − depositSpread, bit for bit.
    const full = { ...DEFAULT_PARAMS, depositPassThrough: 1 };
    for (const i of [0, 0.01, 0.025, 0.037, 0.06, 0.2])
      expect(depositRateAnnual(full, i)).toBe(Math.max(0, i - full.depositSpread));
  });

  it('a 2-point hike raises the deposit rate banks pay by β × 2 points and widens their deposit margin by the rest', () => {
    const b = DEFAULT_PARAMS.depositPassThrough;
    const r = ratesOf(hiked());
    const before = r[HIKE_AT - 2]!;
    const after = r[HIKE_AT]!;
    expect(after.policy - before.policy).toBeCloseTo(0.02, 12);
    expect(after.deposits - before.deposits).toBeCloseTo(b * 0.02, 12);
    // What banks earn on reserves and on loans rises by the whole 2 points; what they pay on
    // deposits by β of it, so the margin on a unit of deposits widens by (1 − β) × 2 points.
    expect(after.reserves - after.deposits - (before.reserves - before.deposits)).toBeCloseTo(
      (1 - b) * 0.02,
      12,
    );
    expect(after.loans - after.deposits - (before.loans - before.deposits)).toBeCloseTo((1 - b) * 0.02, 12);
    // With full pass-through (the old rule) the margin would not move.
    const f = ratesOf(hiked({ depositPassThrough: 1 }));
    expect(f[HIKE_AT]!.deposits - f[HIKE_AT - 2]!.deposits).toBeCloseTo(0.02, 12);
  });

  it('a hike pays households less deposit interest than with full pass-through', () => {
    // Households' capital income is their deposit interest (no bonds in this preset): over the 6
    // quarters after the hike it rises by about β as much as under full pass-through.
    const interest = (p: Partial<AbmScenario['params']>, s: AbmScenario) => {
      let sum = 0;
      runAbm(
        { ...s, params: { ...s.params, ...p } },
        {
          observe: (E, t) => {
            if (t > HIKE_AT && t <= HIKE_AT + 6) for (let h = 0; h < E.H; h++) sum += E.hh.capInc[h]!;
          },
        },
      );
      return sum;
    };
    const base = interest({}, small({}));
    const rise = interest({}, hiked()) - base;
    const riseFull =
      interest({ depositPassThrough: 1 }, hiked()) - interest({ depositPassThrough: 1 }, small({}));
    expect(rise).toBeGreaterThan(0);
    expect(rise / riseFull).toBeGreaterThan(DEFAULT_PARAMS.depositPassThrough * 0.8);
    expect(rise / riseFull).toBeLessThan(DEFAULT_PARAMS.depositPassThrough * 1.25);
  });

  it('the assumptions every export carries state the deposit rate and its pass-through', () => {
    const a = runAbm(small({}, 2)).assumptions.join('\n');
    expect(a).toMatch(
      /Deposits earn 1% at a 2\.5% policy rate and follow the policy rate by 0\.4 of each change/,
    );
    expect(a).not.toMatch(/every other rate is a spread over it/);
  });

  it('the steady state uses the same rule as the run', () => {
    for (const policyRate of [0.01, 0.025, 0.05]) {
      for (const depositPassThrough of [0, 0.4, 1]) {
        const E = createEconomy(small({ policyRate, depositPassThrough }));
        expect(4 * E.steady.depositRate).toBeCloseTo(depositRateAnnual(E.p, policyRate), 14);
        const r = ratesOf(small({ policyRate, depositPassThrough }, 2));
        expect(r[0]!.deposits).toBeCloseTo(4 * E.steady.depositRate, 14);
      }
    }
  });

  it('changes nothing at the default policy rate: a constant 2.5% runs the same for any β', () => {
    const gdp = (p: Partial<AbmScenario['params']>) => Array.from(runAbm(small(p, 30)).columns.gdp_nominal!);
    expect(gdp({ depositPassThrough: 0.4 })).toEqual(gdp({ depositPassThrough: 1 }));
    expect(gdp({ policyRate: 0.045, depositPassThrough: 0.4 })).not.toEqual(
      gdp({ policyRate: 0.045, depositPassThrough: 1 }),
    );
  });
});
