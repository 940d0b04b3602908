import { describe, expect, it } from 'vitest';
import { ABM_PRESETS, runAbm, type AbmScenario } from '../../../models/abm';
import { PERIODS_PER_YEAR } from '../../../models/abm/params';
import { createEconomy } from '../../../models/abm/state';
import { solveSteadyState, type SteadyState } from '../../../models/abm/steadyState';
import { drawParameterSets } from '../../../models/abm/validation/robustness';

const base = ABM_PRESETS['abm-private-debt']!;
const withParams = (
  params: Partial<AbmScenario['params']>,
  over: Partial<AbmScenario> = {},
): AbmScenario => ({
  ...base,
  ...over,
  params: { ...base.params, ...params },
});

/** Demand for consumption goods at the steady state, recomputed from what the solver reports. */
function goodsGap(ss: SteadyState, s: AbmScenario): number {
  const V = ss.wealthToIncome * ss.disposableIncome;
  const C = ss.disposableIncome - ss.inflation * V;
  return (C / ss.price + s.params.govPurchases * s.households - ss.output) / ss.output;
}

/** The wage rule's inflation at the steady state's unemployment (economy.ts). */
function wageRuleInflation(ss: SteadyState, s: AbmScenario): number {
  const p = s.params;
  const u = ss.nU / s.households;
  return Math.max(
    p.wageFloor,
    p.inflationTarget + (p.wagePhillips * (p.wageNeutralUnemployment - u)) / (1 - p.wageIndexation),
  );
}

describe('abm steady state (the start of every run)', () => {
  it('clears the goods market and holds the wage rule still, for random parameter draws', () => {
    // Draws within the schema's bounds; a second set keeps the fiscal levers at their defaults, so
    // that most have a steady state (with every lever drawn, most budgets do not balance at any
    // employment: see CALIBRATION.md).
    const fiscal = {
      citizensIncome: 0,
      incomeTaxRate: base.params.incomeTaxRate,
      govPurchases: base.params.govPurchases,
      publicEmploymentShare: base.params.publicEmploymentShare,
      unemploymentBenefit: base.params.unemploymentBenefit,
    };
    const draws = [
      ...drawParameterSets(base, 20, 11),
      ...drawParameterSets(base, 30, 12).map((s) => ({ ...s, params: { ...s.params, ...fiscal } })),
    ];
    let clearing = 0;
    for (const s of draws) {
      const ss = createEconomy(s).steady;
      if (!ss.clears) {
        // No steady state: demand exceeds what full employment makes, and the solver says by how much.
        expect(ss.excessDemand).toBeGreaterThan(0);
        expect(ss.nU).toBeLessThan(1e-6 * s.households);
        continue;
      }
      clearing++;
      expect(Math.abs(goodsGap(ss, s))).toBeLessThan(1e-6);
      expect(ss.inflationAnnual).toBeCloseTo(wageRuleInflation(ss, s), 12);
      expect(Math.pow(1 + ss.inflationAnnual, 1 / PERIODS_PER_YEAR) - 1).toBeCloseTo(ss.inflation, 14);
      expect(ss.nU).toBeGreaterThanOrEqual(0);
      expect(ss.nC + ss.nK + ss.nG + ss.nU).toBeCloseTo(s.households, 6);
    }
    expect(clearing).toBeGreaterThanOrEqual(15);
  });

  it('the default start clears the market at the unemployment where the wage rule gives its inflation', () => {
    const s = withParams({});
    const ss = createEconomy(s).steady;
    expect(ss.clears).toBe(true);
    expect(Math.abs(goodsGap(ss, s))).toBeLessThan(1e-9);
    expect(ss.nU / s.households).toBeGreaterThan(0.03);
    expect(ss.nU / s.households).toBeLessThan(0.09);
    expect(ss.inflationAnnual).toBeCloseTo(wageRuleInflation(ss, s), 12);
  });

  it('a fiscal stance no full-employment economy can match has no steady state, and every export says so', () => {
    // A citizen's income of 80% of the wage with a 15% income tax: demand exceeds capacity.
    const s = withParams(
      { citizensIncome: 8_000, incomeTaxRate: 0.15 },
      { households: 400, firms: 20, banks: 3, periods: 4 },
    );
    const ss = createEconomy(s).steady;
    expect(ss.clears).toBe(false);
    expect(ss.excessDemand).toBeGreaterThan(0.1);
    const r = runAbm(s);
    expect(r.extras.start.clears).toBe(false);
    expect(r.assumptions.some((a) => /no steady state/.test(a))).toBe(true);
    // The default run's assumptions carry no such note.
    const ok = runAbm(withParams({}, { households: 400, firms: 20, banks: 3, periods: 2 }));
    expect(ok.extras.start.clears).toBe(true);
    expect(ok.assumptions.some((a) => /no steady state/.test(a))).toBe(false);
  });

  it('raising taxes raises steady-state unemployment; raising purchases lowers it (the fiscal stance sets it)', () => {
    const u = (params: Partial<AbmScenario['params']>) => {
      const s = withParams(params);
      return solveSteadyState({
        params: s.params,
        households: s.households,
        shareCoop: 0.1,
        shareSocial: 0.05,
        policyRate: 0.025,
        citizensIncome: 0,
      }).nU;
    };
    expect(u({ incomeTaxRate: 0.27 })).toBeGreaterThan(u({}));
    expect(u({ govPurchases: 0.03 })).toBeLessThan(u({}));
  });

  it('a run from the default steady state is flat over its first 20 quarters, within noise', () => {
    const s = withParams({}, { households: 4000, firms: 200, banks: 4, periods: 20 });
    const ss = createEconomy(s).steady;
    const r = runAbm(s);
    const mean = (k: string, i0: number, i1: number) => {
      const a = r.columns[k]!;
      let x = 0;
      for (let i = i0; i < i1; i++) x += a[i]!;
      return x / (i1 - i0);
    };
    expect(Math.abs(mean('unemployment', 0, 20) - ss.nU / s.households)).toBeLessThan(0.01);
    // Quarter 1's price index is a first reading (markups and firm mix), so inflation from quarter 2.
    expect(Math.abs(mean('inflation', 1, 20) - ss.inflationAnnual)).toBeLessThan(0.01);
    expect(Math.abs(mean('capacity_utilisation', 0, 20) - s.params.targetUtilisation)).toBeLessThan(0.03);
    const gdp = r.columns.gdp_real!;
    expect(Math.abs(mean('gdp_real', 10, 20) / gdp[0]! - 1)).toBeLessThan(0.02);
  });
});
