/**
 * The note beside "Consumption is smoother than output": the transfers households receive whatever
 * output does (citizen's income, unemployment benefits), measured from the runs' own columns, so a
 * citizen's income that smooths consumption below the fact's range says so on the card.
 */
import { describe, expect, it } from 'vitest';
import { ABM_PRESETS, runAbm, type AbmScenario } from '../../../../models/abm';
import {
  buildReportCard,
  measureRun,
  planValidation,
  CHANNEL_BENEFITS,
  CHANNEL_CITIZENS_INCOME,
  type SeedOutcome,
} from '../../../../models/abm/validation';

function small(preset: string, seed: number): AbmScenario {
  return { ...ABM_PRESETS[preset]!, households: 600, firms: 30, banks: 3, periods: 60, seed };
}
const window = { from: 21, to: 60 };

/** Mean over the window of a column over nominal GDP, in % (by hand, from the run's columns). */
function shareOfGdp(cols: Record<string, Float64Array>, name: string): number {
  let sum = 0;
  for (let t = window.from; t <= window.to; t++) sum += cols[name]![t - 1]! / cols.gdp_nominal![t - 1]!;
  return (100 * sum) / (window.to - window.from + 1);
}

describe('report card: what smooths consumption', () => {
  it("measures the citizen's income and benefits as shares of GDP from the run's columns", () => {
    const run = runAbm(small('abm-ubi-taxes', 1));
    const m = measureRun({ columns: run.columns, firms: 30 }, window);
    const ci = m[CHANNEL_CITIZENS_INCOME]!;
    const ub = m[CHANNEL_BENEFITS]!;
    expect(ci.value).toBeCloseTo(shareOfGdp(run.columns, 'citizens_income_paid'), 9);
    expect(ub.value).toBeCloseTo(shareOfGdp(run.columns, 'unemployment_benefits'), 9);
    expect(ci.value!).toBeGreaterThan(10); // a fifth of the average wage to every household
    const base = measureRun({ columns: runAbm(small('abm-private-debt', 1)).columns, firms: 30 }, window);
    expect(base[CHANNEL_CITIZENS_INCOME]!.value).toBe(0);
    expect(base[CHANNEL_BENEFITS]!.value!).toBeGreaterThan(0);
  });

  it('puts the medians over seeds beside the consumption-volatility fact, and nowhere else', () => {
    const seeds: SeedOutcome[] = [12, 18, 15].map((ci, i) => ({
      seed: i + 1,
      measurements: { [CHANNEL_CITIZENS_INCOME]: { value: ci }, [CHANNEL_BENEFITS]: { value: 2 + i } },
    }));
    const card = buildReportCard(planValidation(ABM_PRESETS['abm-ubi-taxes']!, 3), seeds, null);
    const note = card.facts.find((f) => f.id === 'consumption-volatility')!.note!;
    expect(note).toContain("citizen's income 15.0% of GDP, unemployment benefits 3.00% of GDP");
    const others = card.facts.filter(
      (f) => f.id !== 'consumption-volatility' && f.note?.includes("citizen's income"),
    );
    expect(others).toEqual([]);
  });

  it('says nothing when no seed measured the transfers', () => {
    const seeds: SeedOutcome[] = [{ seed: 1, measurements: {} }];
    const card = buildReportCard(planValidation(ABM_PRESETS['abm-private-debt']!, 1), seeds, null);
    const fact = card.facts.find((f) => f.id === 'consumption-volatility')!;
    expect(fact.note ?? '').not.toContain("citizen's income");
  });
});
