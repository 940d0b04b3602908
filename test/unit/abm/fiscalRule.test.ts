/**
 * Fiscal rules and the same-fiscal-stance replay (issue 8 §4–§5): each test checks that a channel
 * operates with the sign its mechanism implies, never that a way of financing is good or bad.
 */
import { describe, expect, it } from 'vitest';
import {
  ABM_PRESETS,
  abmScenarioSchema,
  fiscalStanceFrom,
  runAbm,
  stanceMismatch,
  type AbmParams,
  type AbmScenario,
} from '../../../models/abm';
import { ScenarioError, parseScenario } from '../../../models/scenario';

const T = 100;

function scenario(params: Partial<AbmParams>, over: Partial<AbmScenario> = {}): AbmScenario {
  const s = structuredClone(ABM_PRESETS['abm-private-debt']!);
  return {
    ...s,
    households: 2000,
    firms: 100,
    banks: 4,
    periods: T,
    ...over,
    params: { ...s.params, ...params },
  };
}

const mean = (a: Float64Array, from = 20) => {
  let s = 0;
  for (let i = from; i < a.length; i++) s += a[i]!;
  return s / (a.length - from);
};
/** Programme spending as a share of GDP, mean after the first five years. */
const programmeShare = (c: Record<string, Float64Array>) =>
  mean(c.programme_spending!) / mean(c.gdp_nominal!);

const REAL = ['gdp_real', 'unemployment', 'inflation', 'consumption_real', 'gini_income', 'wage_share'];
const sameReal = (a: Record<string, Float64Array>, b: Record<string, Float64Array>) =>
  REAL.every((k) => a[k]!.every((v, i) => v === b[k]![i]));

describe('programme spending and the primary balance', () => {
  it('add up: programme spending is public wages plus purchases, about a fifth of GDP at the plan', () => {
    const r = runAbm(scenario({}, { periods: 40 }));
    const c = r.columns;
    const share = programmeShare(c);
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.25);
    // Primary balance = deficit with the sign turned, interest added back.
    for (let i = 0; i < 40; i++) {
      const deficit = c.gov_deficit_to_gdp![i]! * c.gdp_nominal![i]!;
      expect(c.primary_balance![i]!).toBeCloseTo(c.gov_interest_to_private![i]! - deficit, 3);
    }
    expect(r.units.programme_spending).toMatch(/currency per quarter/);
    expect(r.units.primary_balance).toMatch(/currency per quarter/);
  });

  it('a rule that never binds leaves the run exactly as without a rule', () => {
    const none = runAbm(scenario({}, { periods: 40 })).columns;
    const loose = runAbm(
      scenario({ fiscalRule: 'deficit-ceiling', fiscalDeficitCeiling: 0.1 }, { periods: 40 }),
    ).columns;
    expect(sameReal(none, loose)).toBe(true);
    expect(Array.from(loose.programme_spending!)).toEqual(Array.from(none.programme_spending!));
  });
});

describe('debt-target: interest competes with programmes', () => {
  it('a higher bond rate (term premium 0 → 2%) lowers programme spending, and keeps every invariant', () => {
    const rule = { fiscalRule: 'debt-target', fiscalDebtTarget: 0.4 } as const;
    const low = runAbm(scenario({ ...rule, spreadGovernment: 0 })).columns;
    const high = runAbm(scenario({ ...rule, spreadGovernment: 0.02 })).columns;
    expect(mean(high.gov_interest_to_private!)).toBeGreaterThan(mean(low.gov_interest_to_private!));
    expect(programmeShare(high)).toBeLessThan(programmeShare(low) - 0.002);
    expect(Math.max(...high.sfc_max_error!)).toBeLessThan(1e-7);
  });

  it('without a rule the same change in the bond rate leaves programme spending at the plan', () => {
    const low = runAbm(scenario({ spreadGovernment: 0 }, { periods: 40 })).columns;
    const high = runAbm(scenario({ spreadGovernment: 0.02 }, { periods: 40 })).columns;
    // Same headcount and the same planned volume of goods: only wages and prices move them.
    expect(Math.abs(programmeShare(high) - programmeShare(low))).toBeLessThan(0.01);
  });
});

describe('deficit-ceiling', () => {
  it('holds the deficit to the ceiling on average, within the rule’s adjustment, by cutting programmes', () => {
    const ceiling = 0.005;
    const free = runAbm(scenario({})).columns;
    const ruled = runAbm(scenario({ fiscalRule: 'deficit-ceiling', fiscalDeficitCeiling: ceiling })).columns;
    expect(mean(free.gov_deficit_to_gdp!)).toBeGreaterThan(ceiling + 0.005);
    // Budgets are set on last year's accounts and move at most 2.5% of the plan a quarter.
    expect(mean(ruled.gov_deficit_to_gdp!)).toBeLessThan(ceiling + 0.002);
    expect(programmeShare(ruled)).toBeLessThan(programmeShare(free) - 0.005);
  });
});

describe('what the rule counts: interest-free and debt-free public-bank financing', () => {
  const IF = { moneyRegime: 'public-bank-interest-free' } as const;
  const DF = { moneyRegime: 'public-bank-debt-free' } as const;
  const rule = { fiscalRule: 'debt-target', fiscalDebtTarget: 0.3 } as const;

  it('without a rule they are one consolidated public sector: identical real columns, and the screen says so', () => {
    const a = runAbm(scenario(IF, { periods: 60 }));
    const b = runAbm(scenario(DF, { periods: 60 }));
    expect(sameReal(a.columns, b.columns)).toBe(true);
    expect(Array.from(a.columns.gov_debt_public_bank!).some((x) => x > 0)).toBe(true);
    expect(Array.from(b.columns.gov_debt_public_bank!).every((x) => x === 0)).toBe(true);
    for (const r of [a, b])
      expect(
        r.assumptions.some((x) => /two accounting views of one consolidated public sector/.test(x)),
      ).toBe(true);
  });

  it('a rule that counts every bond (gross) separates them, and says why', () => {
    const a = runAbm(scenario({ ...IF, ...rule, fiscalRuleDebt: 'gross' }, { periods: 60 }));
    const b = runAbm(scenario({ ...DF, ...rule, fiscalRuleDebt: 'gross' }, { periods: 60 }));
    expect(sameReal(a.columns, b.columns)).toBe(false);
    // The public bank's bonds count against the target, so interest-free financing cuts more.
    expect(programmeShare(a.columns)).toBeLessThan(programmeShare(b.columns));
    expect(a.assumptions.some((x) => /no bond to count/.test(x))).toBe(true);
  });

  it('under interest-free financing, counting private debt only differs from counting every bond', () => {
    const gross = runAbm(scenario({ ...IF, ...rule, fiscalRuleDebt: 'gross' }, { periods: 60 })).columns;
    const priv = runAbm(scenario({ ...IF, ...rule, fiscalRuleDebt: 'private' }, { periods: 60 })).columns;
    expect(sameReal(gross, priv)).toBe(false);
    expect(programmeShare(priv)).toBeGreaterThan(programmeShare(gross));
    // Counting private debt only, the two public-bank views agree again.
    const df = runAbm(scenario({ ...DF, ...rule, fiscalRuleDebt: 'private' }, { periods: 60 })).columns;
    expect(sameReal(priv, df)).toBe(true);
  });
});

describe('same fiscal stance', () => {
  it('every compared scenario replays the first one’s programme spending and tax rates', () => {
    const first = scenario({}, { periods: 60, name: 'Baseline' });
    const a = runAbm(first);
    const stance = fiscalStanceFrom(first, a.columns);
    const others = [
      scenario({ moneyRegime: 'public-bank-interest-free' }, { periods: 60 }),
      // Different taxes and a citizen's income: the taxes are replaced by the first scenario's.
      scenario(
        { citizensIncome: '0.2 * avg_wage', corporateTaxRate: 0.47, wealthTaxRate: 0.01 },
        { periods: 60 },
      ),
      scenario({ fiscalRule: 'deficit-ceiling', fiscalDeficitCeiling: 0.1 }, { periods: 60 }),
    ];
    for (const s of others) {
      const r = runAbm({ ...s, fiscalStance: stance });
      const p = r.columns.programme_spending!;
      for (let i = 0; i < 60; i++)
        expect(Math.abs(p[i]! / a.columns.programme_spending![i]! - 1)).toBeLessThan(1e-9);
      expect(String(r.summary.fiscalStanceHeldEqual)).toMatch(/Same fiscal stance as “Baseline”/);
      expect(r.assumptions.some((x) => /corporate 15%/.test(x) && /Not held equal/.test(x))).toBe(true);
    }
    // Without the stance the citizen's-income scenario taxes more than the baseline.
    const own = runAbm(others[1]!);
    const held = runAbm({ ...others[1]!, fiscalStance: stance });
    expect(mean(held.columns.taxes!)).toBeLessThan(mean(own.columns.taxes!));
    expect(own.summary.fiscalStanceHeldEqual).toMatch(/^none/);
  });

  it('a fiscal rule still binds a replayed stance (the nearest the rule allows)', () => {
    const first = scenario({}, { periods: 60, name: 'Baseline' });
    const stance = fiscalStanceFrom(first, runAbm(first).columns);
    const r = runAbm({
      ...scenario({ fiscalRule: 'deficit-ceiling', fiscalDeficitCeiling: 0 }, { periods: 60 }),
      fiscalStance: stance,
    });
    const p = r.columns.programme_spending!;
    expect(p.some((x, i) => x < 0.99 * stance.programmeSpending[i]!)).toBe(true);
    expect(p.every((x, i) => x >= 0.49 * stance.programmeSpending[i]!)).toBe(true);
  });

  it('a comparison refuses to replay a stance shorter than the run; a file’s shorter stance says where it stops', () => {
    const first = scenario({}, { periods: 20, name: 'Short' });
    expect(stanceMismatch(first, scenario({}, { periods: 40 }))).toMatch(
      /^periods: 40 here, 20 in the scenario whose stance is replayed/,
    );
    expect(stanceMismatch(first, scenario({}, { periods: 20 }))).toBeNull();
    expect(stanceMismatch(first, scenario({}, { periods: 10 }))).toBeNull();

    const stance = fiscalStanceFrom(first, runAbm(first).columns);
    const longer = runAbm({ ...scenario({}, { periods: 30 }), fiscalStance: stance });
    const said = String(longer.summary.fiscalStanceHeldEqual);
    expect(said).toMatch(
      /quarter by quarter for quarters 1–20 only \(from quarter 21 on, this scenario's own plan\)/,
    );
    expect(longer.assumptions.some((a) => a.includes('for quarters 1–20 only'))).toBe(true);
    const covered = runAbm({ ...scenario({}, { periods: 20 }), fiscalStance: stance });
    expect(String(covered.summary.fiscalStanceHeldEqual)).not.toMatch(/only/);
  });

  it('a stance from a file is validated, naming the field', () => {
    const base = parseScenario(ABM_PRESETS['abm-private-debt']!) as unknown as AbmScenario;
    expect(() =>
      parseScenario({ ...base, fiscalStance: { heldFrom: 'x', programmeSpending: [1, -2] } }),
    ).toThrow(ScenarioError);
    const bad = abmScenarioSchema.safeParse({
      ...base,
      fiscalStance: { heldFrom: 'x', programmeSpending: [1], taxRates: { incomeTaxRate: 0.9 } },
    });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.path.join('.')).toBe('fiscalStance.taxRates.incomeTaxRate');
    const unknownRule = abmScenarioSchema.safeParse({
      ...base,
      params: { ...base.params, fiscalRule: 'golden-rule' },
    });
    expect(unknownRule.error!.issues[0]!.path.join('.')).toBe('params.fiscalRule');
  });
});

describe('debt-target: the revenue leg once programmes are at their floor', () => {
  // Low taxes and a citizen's income paid from the budget: cutting programmes to half the plan
  // leaves a primary deficit, so spending cuts alone cannot bring debt toward the target.
  const loose = { incomeTaxRate: 0.15, citizensIncome: '0.25 * avg_wage' } as const;

  it('raises the income tax, and debt/GDP falls toward the target instead of settling far above it', () => {
    const c = runAbm(scenario({ ...loose, fiscalRule: 'debt-target', fiscalDebtTarget: 0.3 })).columns;
    const debt = c.gov_debt_to_gdp!;
    const tax = c.tax_rate_income!;
    // Programmes go to their floor first (half the plan), then the surcharge rises above the parameter.
    expect(Math.max(...tax)).toBeGreaterThan(0.25);
    expect(tax[0]).toBe(0.15);
    // Without the revenue leg debt/GDP rose past 2 and stayed there (2.02 at quarter 100).
    expect(debt[T - 1]!).toBeLessThan(1);
    expect(debt[T - 1]!).toBeLessThan(debt[19]!);
    expect(Math.max(...c.sfc_max_error!)).toBeLessThan(1e-7);
  });

  it('a deficit ceiling never raises taxes: its cuts stop at the floor', () => {
    const c = runAbm(scenario({ ...loose, fiscalRule: 'deficit-ceiling', fiscalDeficitCeiling: 0 })).columns;
    expect(c.tax_rate_income!.every((x) => x === 0.15)).toBe(true);
    expect(programmeShare(c)).toBeLessThan(0.15);
  });
});
