/**
 * Same fiscal stance, tax side (issue 8 §5): a replaying run is taxed at the rates in force in each
 * quarter of the first run, surcharges included, and its own surcharges do not add to them. A stance
 * with constant rates only (files written before per-quarter rates) keeps its meaning.
 */
import { describe, expect, it } from 'vitest';
import {
  ABM_PRESETS,
  abmScenarioSchema,
  fiscalStanceFrom,
  runAbm,
  type AbmParams,
  type AbmScenario,
  type FiscalStance,
} from '../../../models/abm';
import { scenarioStart } from '../../../models/abm/start';
import { ScenarioError, parseScenario } from '../../../models/scenario';

const T = 16;
const RATES = [
  'tax_rate_income',
  'tax_rate_corporate',
  'tax_rate_capital_income',
  'tax_rate_wealth',
] as const;

function small(preset: string, params: Partial<AbmParams> = {}, periods = T): AbmScenario {
  const s = structuredClone(ABM_PRESETS[preset]!);
  return { ...s, households: 600, firms: 40, banks: 3, periods, seed: 2, params: { ...s.params, ...params } };
}

/** The first run's stance, as the comparison and the CLI build it (through a JSON file and the schema). */
function stanceOf(first: AbmScenario): { stance: FiscalStance; columns: Record<string, Float64Array> } {
  const { columns } = runAbm(first);
  const stance = fiscalStanceFrom(first, columns);
  const parsed = parseScenario(JSON.parse(JSON.stringify({ ...first, fiscalStance: stance })));
  return { stance: (parsed as unknown as AbmScenario).fiscalStance!, columns };
}

describe('same fiscal stance: tax rates replayed quarter by quarter', () => {
  it("replays the citizen's-income surcharge of abm-ubi-taxes exactly, in every quarter, and adds none of its own", () => {
    const first = small('abm-ubi-taxes');
    const { stance, columns: a } = stanceOf(first);
    // The first run taxed well above its parameters: the surcharge is in the replayed rates.
    expect(Math.min(...a.tax_rate_income!)).toBeGreaterThan(first.params.incomeTaxRate + 0.1);
    expect(stance.taxRatesByQuarter!.incomeTaxRate).toHaveLength(T);

    const replaying = [
      small('abm-ubi-money'),
      small('abm-ubi-bonds'),
      // Financed by taxes itself: its own surcharge would be levied on top if it were not switched off.
      small('abm-ubi-taxes', { moneyRegime: 'public-bank-interest-free' }),
    ];
    for (const s of replaying) {
      const r = runAbm({ ...s, fiscalStance: stance }).columns;
      for (const k of RATES)
        for (let i = 0; i < T; i++) expect(Math.abs(r[k]![i]! - a[k]![i]!)).toBeLessThanOrEqual(1e-12);
      expect(r.citizens_income_surcharge!.every((x) => x === 0)).toBe(true);
      for (let i = 0; i < T; i++)
        expect(Math.abs(r.programme_spending![i]! / a.programme_spending![i]! - 1)).toBeLessThan(1e-9);
    }
    // Without the stance abm-ubi-money taxes at its parameters.
    const own = runAbm(small('abm-ubi-money')).columns;
    expect(own.tax_rate_income!.every((x) => x === first.params.incomeTaxRate)).toBe(true);
  });

  it("a debt-target rule's income-tax surcharge does not add to replayed rates; the rule still cuts programmes", () => {
    const periods = 30;
    const first = small('abm-private-debt', {}, periods);
    const { stance, columns: a } = stanceOf(first);
    const harsh = small(
      'abm-private-debt',
      { fiscalRule: 'debt-target', fiscalDebtTarget: 0, fiscalRuleSpeed: 0.5 },
      periods,
    );
    // On its own, the rule raises the income tax once programmes reach their floor.
    const own = runAbm(harsh).columns;
    expect(Math.max(...own.tax_rate_income!)).toBeGreaterThan(first.params.incomeTaxRate + 0.01);

    const r = runAbm({ ...harsh, fiscalStance: stance }).columns;
    for (let i = 0; i < periods; i++) expect(r.tax_rate_income![i]!).toBe(a.tax_rate_income![i]!);
    const p = r.programme_spending!;
    expect(p.some((x, i) => x < 0.9 * stance.programmeSpending[i]!)).toBe(true);
    expect(p.every((x, i) => x >= 0.49 * stance.programmeSpending[i]!)).toBe(true);
  });

  it('a stance with constant rates only (an older file) keeps its meaning: the rates as parameters, own surcharges on top', () => {
    const first = small('abm-ubi-taxes');
    const { stance } = stanceOf(first);
    const rates = {
      incomeTaxRate: 0.3,
      corporateTaxRate: 0.2,
      capitalIncomeTaxRate: 0.1,
      wealthTaxRate: 0.005,
      wealthTaxThreshold: 12,
    };
    const old: FiscalStance = {
      heldFrom: 'old file',
      programmeSpending: stance.programmeSpending,
      taxRates: rates,
    };
    const s = small('abm-ubi-taxes', { moneyRegime: 'public-bank-interest-free' });
    const held = runAbm(parseScenario({ ...s, fiscalStance: old }) as unknown as AbmScenario);
    const asParams = runAbm({
      ...s,
      params: { ...s.params, ...rates },
      fiscalStance: { heldFrom: 'old file', programmeSpending: stance.programmeSpending },
    });
    for (const [k, c] of Object.entries(held.columns))
      expect([k, Array.from(c)]).toEqual([k, Array.from(asParams.columns[k]!)]);
    // Its own citizen's-income surcharge still applies over the constant rates, as before.
    expect(Math.min(...held.columns.tax_rate_income!)).toBeGreaterThan(0.3);
    expect(String(held.summary.fiscalStanceHeldEqual)).toMatch(
      /and its tax rates \(income 30%, corporate 20%/,
    );
    expect(String(held.summary.fiscalStanceHeldEqual)).not.toMatch(/in force in each of its quarters/);
  });

  it('the summary and the assumptions say the rates were replayed quarter by quarter, with their range', () => {
    const { stance, columns: a } = stanceOf(small('abm-ubi-taxes'));
    const r = runAbm({ ...small('abm-ubi-money'), fiscalStance: stance });
    const lo = (Math.min(...a.tax_rate_income!) * 100).toFixed(1);
    const hi = (Math.max(...a.tax_rate_income!) * 100).toFixed(1);
    const said = String(r.summary.fiscalStanceHeldEqual);
    expect(said).toContain(`surcharges included (income ${lo}–${hi}%, corporate 47%`);
    expect(said).toMatch(
      /\), replayed quarter by quarter; .*own surcharges .* do not add to the replayed rates/,
    );
    expect(r.assumptions).toContain(said);
  });

  it('the schema refuses a bad per-quarter rate, naming the field', () => {
    const base = parseScenario(ABM_PRESETS['abm-private-debt']!) as unknown as AbmScenario;
    const quarterly = (income: number[]) => ({
      heldFrom: 'x',
      programmeSpending: [1, 1],
      taxRatesByQuarter: {
        incomeTaxRate: income,
        corporateTaxRate: [0.15, 0.15],
        capitalIncomeTaxRate: [0.15, 0.15],
        wealthTaxRate: [0, 0],
      },
    });
    expect(abmScenarioSchema.safeParse({ ...base, fiscalStance: quarterly([0.25, 0.44]) }).success).toBe(
      true,
    );
    const high = abmScenarioSchema.safeParse({ ...base, fiscalStance: quarterly([0.25, 0.75]) });
    expect(high.error!.issues[0]!.path.join('.')).toBe('fiscalStance.taxRatesByQuarter.incomeTaxRate.1');
    expect(high.error!.issues[0]!.message).toMatch(/at most 0.7/);
    const low = abmScenarioSchema.safeParse({ ...base, fiscalStance: quarterly([0.1, 0.25]) });
    expect(low.error!.issues[0]!.path.join('.')).toBe('fiscalStance.taxRatesByQuarter.incomeTaxRate.0');
    const short = abmScenarioSchema.safeParse({ ...base, fiscalStance: quarterly([0.25]) });
    expect(short.error!.issues[0]!.path.join('.')).toBe('fiscalStance.taxRatesByQuarter.incomeTaxRate');
    expect(short.error!.issues[0]!.message).toMatch(/one rate per quarter of programmeSpending \(2\), not 1/);
    const { wealthTaxRate: _, ...missing } = quarterly([0.25, 0.25]).taxRatesByQuarter;
    const partial = abmScenarioSchema.safeParse({
      ...base,
      fiscalStance: { ...quarterly([0.25, 0.25]), taxRatesByQuarter: missing },
    });
    expect(partial.error!.issues[0]!.path.join('.')).toBe('fiscalStance.taxRatesByQuarter.wealthTaxRate');
    expect(() => parseScenario({ ...base, fiscalStance: quarterly([0.25, Infinity]) })).toThrow(
      /fiscalStance\.taxRatesByQuarter\.incomeTaxRate\.1/,
    );
    expect(() => parseScenario({ ...base, fiscalStance: quarterly([0.25, Infinity]) })).toThrow(
      ScenarioError,
    );
  });
});

describe('same fiscal stance: the start a replaying run is said to have', () => {
  it("is solved at the replayed rates: abm-ubi-money has no steady state of its own, but one at abm-ubi-taxes' rates", () => {
    const own = small('abm-ubi-money');
    expect(scenarioStart(own).clears).toBe(false);
    const { stance } = stanceOf(small('abm-ubi-taxes'));
    const replaying = { ...own, fiscalStance: stance };
    expect(scenarioStart(replaying).clears).toBe(true);
    // The card's note reads the same start a run of the scenario begins from.
    expect(scenarioStart(replaying).excessDemand).toBe(0);
  });
});
