/** Synthetic runs with a known business cycle, for testing the report card without the model. */
import { Rng } from '../../../../models/abm/random';
import type { AbmScenario } from '../../../../models/abm';
import type { RunResult } from '../../../../models/result';

/**
 * 400 quarters of an economy built to pass every fact: an AR(1) cycle (φ = 0.85) drives output,
 * investment (3× as volatile), consumption (0.7×), real credit, unemployment and wage inflation;
 * means and ratios are flat. `hikedFrom` shifts unemployment up a point and investment down 10%
 * from that quarter on, as a rate rise should.
 */
export function syntheticColumns(
  seed = 1,
  n = 400,
  hikedFrom: number | null = null,
): Record<string, Float64Array> {
  const r = new Rng(seed, 1);
  const cyc = new Float64Array(n);
  for (let t = 1; t < n; t++) cyc[t] = 0.85 * cyc[t - 1]! + 0.02 * (r.next() - 0.5);
  // Index t is quarter t + 1: the hike shows from its first quarter on.
  const after = (t: number) => hikedFrom !== null && t + 1 >= hikedFrom;
  const col = (f: (t: number) => number) => Float64Array.from({ length: n }, (_, t) => f(t));
  return {
    gdp_real: col((t) => 100 * Math.exp(0.002 * t + cyc[t]!)),
    investment_real: col((t) => (after(t) ? 0.9 : 1) * 20 * Math.exp(0.002 * t + 3 * cyc[t]!)),
    consumption_real: col((t) => 60 * Math.exp(0.002 * t + 0.7 * cyc[t]!)),
    price_level: col((t) => Math.pow(1.005, t)),
    private_debt: col((t) => 150 * Math.pow(1.005, t) * Math.exp(0.002 * t + 1.5 * cyc[t]!)),
    unemployment: col((t) => 0.06 - 0.5 * cyc[t]! + (after(t) ? 0.01 : 0)),
    wage_inflation: col((t) => 0.02 + 2 * cyc[t]!),
    inflation: col(() => 0.02),
    bankruptcies: col(() => 5),
    gov_debt_to_gdp: col(() => 0.6),
    private_debt_to_gdp: col(() => 1.2),
    markup_mean: col(() => 0.2),
    gini_income: col(() => 0.3),
  };
}

/** A RunResult around synthetic columns for `scenario` (hiked from quarter N when its policy rate is `t >= N ? …`). */
export function syntheticResult(scenario: AbmScenario): RunResult {
  const hike = /t >= (\d+)/.exec(String(scenario.params.policyRate));
  const columns = syntheticColumns(scenario.seed, scenario.periods, hike ? Number(hike[1]) : null);
  const sales = Float64Array.from({ length: 50 }, (_, i) => Math.exp(i / 10));
  return {
    model: 'abm',
    indexName: 'period',
    index: Float64Array.from({ length: scenario.periods }, (_, i) => i + 1),
    columns,
    units: {},
    summaryUnits: {},
    summary: {},
    assumptions: [],
    sources: [],
    provenance: {} as RunResult['provenance'],
    extras: {
      firmCounts: { private: 500, cooperative: 0, social: 0 },
      firmSales: sales,
      invariants: { passed: new Uint8Array(scenario.periods).fill(1) },
    },
  };
}
