import { describe, expect, it } from 'vitest';
import { ABM_PRESETS, abmScenarioSchema, PARAM_DOCS } from '../../../models/abm';
import { machineCostPerLabourCost } from '../../../models/abm/params';

const base = ABM_PRESETS['abm-private-debt']!;
const issues = (params: Record<string, unknown>) => {
  const r = abmScenarioSchema.safeParse({ ...base, params: { ...base.params, ...params } });
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('bounds that make economic sense (robustness, issue 7)', () => {
  it("a citizen's income above one initial quarterly wage is refused, naming the field", () => {
    expect(issues({ citizensIncome: 10_000 })).toEqual([]);
    expect(issues({ citizensIncome: 10_001 })).toEqual([
      "params.citizensIncome: must be at most initialWage (10000): a citizen's income above a full quarterly wage is beyond every proposal",
    ]);
    // Relative to the wage: a larger currency scale allows a larger amount.
    expect(issues({ citizensIncome: 50_000, initialWage: 100_000 })).toEqual([]);
    expect(issues({ citizensIncome: '0.5 * avg_wage' })).toEqual([]);
    expect(PARAM_DOCS.citizensIncome.max).toBe(1e6);
  });

  it('a constant policy rate above 6% is refused; a formula may go higher in a quarter', () => {
    expect(issues({ policyRate: 0.06 })).toEqual([]);
    expect(issues({ policyRate: 0.07 })).toEqual([
      'params.policyRate: a constant policy rate must be at most 0.06 a year (it holds for the whole run; a formula may reach 0.25 in a quarter)',
    ]);
    expect(issues({ policyRate: '0.02 + 1.5 * (inflation - 0.02)' })).toEqual([]);
  });

  it('labour productivity is bounded at 0.5–2 (it sets the machines a worker needs)', () => {
    expect(PARAM_DOCS.productivity.min).toBe(0.5);
    expect(PARAM_DOCS.productivity.max).toBe(2);
    expect(issues({ productivity: 2.5 })).toHaveLength(1);
    expect(issues({ productivity: 2.5 })[0]).toMatch(/^params\.productivity: /);
  });
});

describe('the normal markup must pay for the machines (robustness, issue 7)', () => {
  it('refuses a markup below the machine cost per unit of labour cost, naming initialMarkup and the cost', () => {
    // Defaults: (1 + 0.1) × 1 ÷ (0.3 × 0.8 × 20) = 0.229 ≤ 0.25.
    expect(machineCostPerLabourCost(base.params)).toBeCloseTo(0.2292, 4);
    expect(issues({})).toEqual([]);
    expect(issues({ machineLife: 19 })).toEqual([]);
    const short = issues({ machineLife: 18 });
    expect(short).toHaveLength(1);
    expect(short[0]).toMatch(/^params\.initialMarkup: must be at least 0\.255, what the machines cost/);
    // A higher markup makes the same machines affordable.
    expect(issues({ machineLife: 12, initialMarkup: 0.4 })).toEqual([]);
    expect(issues({ productivity: 1.5 })[0]).toMatch(/^params\.initialMarkup: must be at least 0\.344/);
  });

  it('machine life is bounded at 12–40 quarters (3–10 years of service)', () => {
    expect(PARAM_DOCS.machineLife.min).toBe(12);
    expect(PARAM_DOCS.machineLife.max).toBe(40);
    const short = issues({ machineLife: 11, initialMarkup: 0.8 });
    expect(short).toHaveLength(1);
    expect(short[0]).toMatch(/^params\.machineLife: .*12/);
  });
});

describe('a social enterprise prices near cost (robustness, issue 7)', () => {
  it('its margin is bounded at 5–30% of unit labour cost', () => {
    expect(PARAM_DOCS.socialMargin.min).toBe(0.05);
    expect(PARAM_DOCS.socialMargin.max).toBe(0.3);
    expect(issues({ socialMargin: 0.3 })).toEqual([]);
    expect(issues({ socialMargin: 0.31 })).toEqual(['params.socialMargin: must be at most 0.3']);
  });
});
