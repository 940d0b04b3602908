import { describe, expect, it } from 'vitest';
import { ABM_PRESETS, abmScenarioSchema, PARAM_DOCS } from '../../../../models/abm';
import { compileFormula } from '../../../../models/formulas';
import { Rng } from '../../../../models/abm/random';
import {
  buildReportCard,
  drawCompleted,
  drawKinds,
  drawParameterSets,
  drawParameterSetsOf,
  FACTS,
  hikedScenario,
  measureRun,
  measureTransmission,
  planValidation,
  seedsRequired,
  type SeedOutcome,
} from '../../../../models/abm/validation';
import type { RunResult } from '../../../../models/result';

/** The baseline with a burn-in of 200 quarters (the card's default when a model has no burnIn). */
const baseline = {
  ...ABM_PRESETS['abm-private-debt']!,
  params: { ...ABM_PRESETS['abm-private-debt']!.params, burnIn: 200 },
};
const withoutBurnIn = () => {
  const { burnIn: _b, ...params } = baseline.params as unknown as Record<string, unknown>;
  return { ...baseline, params } as unknown as typeof baseline;
};

/** A synthetic economy of 400 quarters with a known AR(1) business cycle and textbook co-movements. */
function synthetic(seed = 1, n = 400): Record<string, Float64Array> {
  const r = new Rng(seed, 1);
  const cyc = new Float64Array(n);
  for (let t = 1; t < n; t++) cyc[t] = 0.85 * cyc[t - 1]! + 0.005 * (r.next() - 0.5) * 2;
  const col = (f: (t: number) => number) => Float64Array.from({ length: n }, (_, t) => f(t));
  return {
    gdp_real: col((t) => 100 * Math.exp(0.002 * t + cyc[t]!)),
    investment_real: col((t) => 20 * Math.exp(0.002 * t + 3 * cyc[t]!)),
    consumption_real: col((t) => 60 * Math.exp(0.002 * t + 0.7 * cyc[t]!)),
    price_level: col((t) => Math.pow(1.005, t)),
    private_debt: col((t) => 150 * Math.pow(1.005, t) * Math.exp(0.002 * t + 1.5 * cyc[t]!)),
    unemployment: col((t) => 0.06 - 0.5 * cyc[t]!),
    wage_inflation: col((t) => 0.02 + 2 * cyc[t]!),
    inflation: col(() => 0.02),
    bankruptcies: col((t) => (t % 2 === 0 ? 1 : 0)),
    gov_debt_to_gdp: col((t) => (t < 300 ? 0.6 : 0.63)),
    private_debt_to_gdp: col(() => 1.2),
    markup_mean: col(() => 0.2),
    gini_income: col((t) => (t < 300 ? 0.3 : 0.32)),
  };
}

const window = { from: 201, to: 400 };

describe('per-run measurements on a synthetic economy', () => {
  const m = measureRun({ columns: synthetic(), firms: 100, firmSales: [1, 1, 1, 2, 2, 3, 9, 40] }, window);
  const v = (id: string) => (m[id] as { value: number }).value;

  it('finds the co-movements it was built with', () => {
    expect(v('okun')).toBeLessThan(-0.3);
    expect(v('phillips')).toBeLessThan(-0.99);
    expect(v('investment-procyclical')).toBeGreaterThan(0.99);
    expect(v('investment-volatility')).toBeCloseTo(3, 5);
    expect(v('consumption-volatility')).toBeCloseTo(0.7, 5);
    expect(v('credit-procyclical')).toBeGreaterThan(0.99);
    expect(v('gdp-cycle-persistence')).toBeGreaterThan(0.5);
    expect(v('gdp-cycle-persistence')).toBeLessThan(0.95);
    expect(v('gdp-cycle-sd')).toBeGreaterThan(0.2);
    expect(v('firm-size-skew')).toBeGreaterThan(2);
  });

  it('computes means and drifts exactly', () => {
    expect(v('unemployment-mean')).toBeCloseTo(100 * (0.06 - 0.5 * 0), 0);
    expect(v('inflation-mean')).toBeCloseTo(2, 12);
    expect(v('bankruptcy-rate')).toBeCloseTo(0.5, 12); // one firm in two quarters of 100 firms
    expect(v('stationary-gov-debt')).toBeCloseTo(5, 10); // 0.6 → 0.63 between the halves
    expect(v('stationary-private-debt')).toBe(0);
    expect(v('stationary-gini')).toBeCloseTo(0.02, 12);
    expect(v('stationary-inflation')).toBe(0);
  });

  it('says "not measurable" with the reason when a column is missing, never a number', () => {
    const cols = synthetic();
    delete cols.investment_real;
    delete cols.markup_mean;
    const missing = measureRun({ columns: cols, firms: 100 }, window);
    expect(missing['investment-procyclical']).toEqual({
      value: null,
      reason: expect.stringMatching(/investment_real/),
    });
    expect(missing['stationary-markup']).toEqual({
      value: null,
      reason: expect.stringMatching(/markup_mean/),
    });
    expect(missing['firm-size-skew']).toEqual({
      value: null,
      reason: expect.stringMatching(/per-firm sales/),
    });
    expect(missing.okun!.value).not.toBeNull();
  });

  it('derives wage inflation from avg_wage when the model has no wage_inflation column', () => {
    const cols = synthetic();
    const wi = cols.wage_inflation!;
    delete cols.wage_inflation;
    const w = new Float64Array(400);
    w[0] = 100;
    for (let t = 1; t < 400; t++) w[t] = w[t - 1]! * Math.pow(1 + wi[t]!, 0.25);
    cols.avg_wage = w;
    expect(
      (measureRun({ columns: cols, firms: 1 }, window).phillips as { value: number }).value,
    ).toBeLessThan(-0.99);
  });

  it('monetary transmission: hiked minus base over quarters burnIn+1 … burnIn+60', () => {
    const b = synthetic();
    const h = {
      ...b,
      unemployment: b.unemployment!.map((u, t) => (t >= 200 ? u + 0.01 : u)),
      investment_real: b.investment_real!.map((x, t) => (t >= 200 ? 0.9 * x : x)),
    };
    const r = measureTransmission({ columns: b, firms: 1 }, { columns: h, firms: 1 }, 200);
    expect((r['transmission-unemployment'] as { value: number }).value).toBeCloseTo(1, 10);
    expect((r['transmission-investment'] as { value: number }).value).toBeCloseTo(-10, 10);
  });

  it('measures how the hike worked (consumption, public interest to private in points of GDP) and says it under the jobs fact', () => {
    const n = 400;
    const flat = (v: number) => new Float64Array(n).fill(v);
    const b = {
      ...synthetic(),
      consumption_real: flat(60),
      gdp_nominal: flat(100),
      public_interest_to_private: flat(1.5),
    };
    const h = {
      ...b,
      consumption_real: b.consumption_real.map((x, t) => (t >= 200 ? 1.01 * x : x)),
      public_interest_to_private: b.public_interest_to_private.map((x, t) => (t >= 200 ? x + 1.2 : x)),
    };
    const r = measureTransmission({ columns: b, firms: 1 }, { columns: h, firms: 1 }, 200);
    expect((r['transmission-consumption'] as { value: number }).value).toBeCloseTo(1, 10);
    expect((r['transmission-public-interest'] as { value: number }).value).toBeCloseTo(1.2, 10);
    const card = buildReportCard(
      planValidation(baseline, 8),
      Array.from({ length: 8 }, (_, i) => ({ seed: i + 1, measurements: { ...r } })),
      null,
    );
    const jobs = card.facts.find((f) => f.id === 'transmission-unemployment')!;
    expect(jobs.note).toMatch(/real consumption \+1\.00%/);
    expect(jobs.note).toMatch(/\+1\.20 points of GDP/);
    // Channels are reported, not judged: the card still has exactly its facts.
    expect(card.facts.map((f) => f.id)).not.toContain('transmission-consumption');
    // Without the columns there is no channel note (never a made-up figure).
    const bare = measureTransmission(
      { columns: synthetic(), firms: 1 },
      { columns: synthetic(), firms: 1 },
      200,
    );
    expect(bare['transmission-public-interest']!.value).toBeNull();
  });
});

function outcomes(values: (number | null)[]): SeedOutcome[] {
  return values.map((v, i) => ({
    seed: i + 1,
    measurements: { 'unemployment-mean': v === null ? { value: null, reason: 'diverged' } : { value: v } },
  }));
}

describe('the pass rule: median in range and at least 7 of 8 seeds in range', () => {
  const plan = planValidation(baseline, 8);
  const fact = (values: (number | null)[]) =>
    buildReportCard(plan, outcomes(values), null).facts.find((f) => f.id === 'unemployment-mean')!;

  it('needs ⌈7n/8⌉ seeds', () => {
    expect([1, 2, 7, 8, 10, 16].map(seedsRequired)).toEqual([1, 2, 7, 7, 9, 14]);
  });

  it('passes with 7 of 8 in range, fails with 6 or with a median outside', () => {
    const seven = fact([5, 6, 7, 8, 9, 10, 11, 20]);
    expect(seven).toMatchObject({ pass: true, inRange: 7, of: 8, median: 8.5 });
    expect(seven.p10).toBeCloseTo(5.7, 10);
    expect(seven.p90).toBeCloseTo(13.7, 10);
    expect(fact([5, 6, 7, 8, 9, 10, 20, 20]).pass).toBe(false);
    expect(fact([1, 1, 1, 1, 1, 6, 7, 8]).pass).toBe(false);
  });

  it('a seed that cannot be measured counts as outside the range', () => {
    expect(fact([5, 6, 7, 8, 9, 10, 11, null])).toMatchObject({ pass: true, inRange: 7 });
    expect(fact([5, 6, 7, 8, 9, 10, null, null])).toMatchObject({ pass: false, inRange: 6 });
    const none = fact([null, null, null, null, null, null, null, null]);
    expect(none).toMatchObject({ pass: false, median: null });
    expect(none.note).toMatch(/not measurable: diverged/);
  });

  it('lists every fact once, states the rule, and fails robustness when it was not run', () => {
    const card = buildReportCard(plan, outcomes([5, 5, 5, 5, 5, 5, 5, 5]), null);
    expect(card.facts.map((f) => f.id)).toEqual(FACTS.map((f) => f.id));
    expect(card.rule).toMatch(/median.*7 of every 8 seeds/);
    expect(card.facts.find((f) => f.id === 'robustness')).toMatchObject({
      pass: false,
      note: expect.stringMatching(/not run/),
    });
    expect(card.allPass).toBe(false);
    expect(card.passed).toBe(1);
  });

  it('robustness passes at 95% of draws and names the reduced scale', () => {
    const scale = { households: 1000, firms: 50, banks: 5, periods: 400 };
    const card = (completed: number) =>
      buildReportCard(plan, [], { draws: 200, completed, failures: ['draw 3: x'], scale }).facts.find(
        (f) => f.id === 'robustness',
      )!;
    expect(card(190)).toMatchObject({ pass: true, median: 95 });
    expect(card(189).pass).toBe(false);
    expect(card(190).note).toMatch(/1000 households, 50 firms, 5 banks/);
    // The sample's own uncertainty: 193 of 200 is consistent with rates from 93.0% to 98.3%.
    expect(card(193).note).toMatch(/sampling interval of the rate \(95%\): 93\.0–98\.3%/);
  });
});

describe('the validation plan and its experiments', () => {
  it('extends runs to 400 quarters, windows 201–400 and numbers the seeds from the scenario seed', () => {
    const plan = planValidation({ ...baseline, seed: 5 }, 3);
    expect(plan.scenario.periods).toBe(400);
    expect(plan.window).toEqual({ from: 201, to: 400 });
    expect(plan.seeds).toEqual([5, 6, 7]);
    expect(() => planValidation(baseline, 0)).toThrow(/seeds/);
  });

  it('uses params.burnIn when the model has one, else 200 quarters', () => {
    const s = { ...baseline, params: { ...baseline.params, burnIn: 100 } } as typeof baseline;
    expect(planValidation(s).window).toEqual({ from: 101, to: 400 });
    expect(planValidation(withoutBurnIn()).window).toEqual({ from: 201, to: 400 });
  });

  it('hikes the policy rate by 2 points from quarter burnIn, for a number or a formula', () => {
    const hiked = hikedScenario({ ...baseline, params: { ...baseline.params, policyRate: 0.025 } }, 200);
    expect(abmScenarioSchema.safeParse(hiked).success).toBe(true);
    const f = compileFormula('policyRate', hiked.params.policyRate as string);
    expect(f({ t: 199 })).toBeCloseTo(0.025, 12);
    expect(f({ t: 200 })).toBeCloseTo(0.045, 12);
    const taylor = hikedScenario(
      { ...baseline, params: { ...baseline.params, policyRate: '0.02 + 1.5 * inflation' } },
      200,
    );
    const g = compileFormula('policyRate', taylor.params.policyRate as string, ['inflation']);
    expect(g({ t: 250, inflation: 0.02 })).toBeCloseTo(0.07, 12);
    expect(g({ t: 10, inflation: 0.02 })).toBeCloseTo(0.05, 12);
  });

  it('draws valid parameter sets uniformly within bounds, reproducibly', () => {
    const a = drawParameterSets(baseline, 30, 7);
    expect(a).toEqual(drawParameterSets(baseline, 30, 7));
    expect(a).not.toEqual(drawParameterSets(baseline, 30, 8));
    for (const s of a) {
      expect(abmScenarioSchema.safeParse(s).success).toBe(true);
      expect(s).toMatchObject({ households: 1000, firms: 50, banks: 5, periods: 400 });
      for (const [k, doc] of Object.entries(PARAM_DOCS)) {
        const v = (s.params as unknown as Record<string, unknown>)[k];
        if (typeof v === 'number') {
          expect(v).toBeGreaterThanOrEqual(doc.min);
          expect(v).toBeLessThanOrEqual(doc.max);
        }
      }
    }
    // Parameters really vary: the tax rate spans most of its range over 30 draws, and the policy
    // rate most of the range the schema allows a constant rate (−2% to 6%), never beyond it.
    const taxes = a.map((s) => s.params.incomeTaxRate);
    const tax = PARAM_DOCS.incomeTaxRate;
    expect(Math.max(...taxes) - Math.min(...taxes)).toBeGreaterThan(0.6 * (tax.max - tax.min));
    const rates = a.map((s) => s.params.policyRate as number);
    expect(Math.max(...rates)).toBeLessThanOrEqual(0.06);
    expect(Math.max(...rates) - Math.min(...rates)).toBeGreaterThan(0.6 * (0.06 - PARAM_DOCS.policyRate.min));
    expect(new Set(a.map((s) => s.params.moneyRegime)).size).toBeGreaterThan(1);
  });

  it('draws each set from its own streams: a draw the schema refuses and draws again moves no other draw', () => {
    // With the policy rate drawn, a constant rate above 6% is refused and that draw is drawn again;
    // without it nothing is refused. The draws accepted at their first attempt agree on every other
    // parameter (about a third); with streams shared across draws, all would differ after the first refusal.
    const how = drawKinds(baseline);
    const { policyRate: _rate, ...withoutRate } = how;
    const a = drawParameterSetsOf(how, baseline, 100, 3);
    const b = drawParameterSetsOf(withoutRate, baseline, 100, 3);
    const others = (s: (typeof a)[number]) => {
      const { policyRate: _p, ...rest } = s.params;
      return JSON.stringify(rest);
    };
    const same = a.filter((s, d) => others(s) === others(b[d]!)).length;
    expect(same).toBeGreaterThanOrEqual(25);
    expect(same).toBeLessThan(100);
  });

  it("draws each parameter from its own stream: adding a parameter leaves the others' draws as they were", () => {
    const how = drawKinds(baseline);
    const { depositPassThrough: _new, ...older } = how;
    const all = drawParameterSetsOf(how, baseline, 40, 3);
    const without = drawParameterSetsOf(older, baseline, 40, 3);
    // The same draws whenever the schema took the first attempt of both (the new key cannot be refused).
    for (let d = 0; d < 40; d++) {
      const { depositPassThrough: x, ...rest } = all[d]!.params;
      const { depositPassThrough: y, ...restWithout } = without[d]!.params;
      expect(restWithout).toEqual(rest);
      expect(y).toBe(baseline.params.depositPassThrough);
      expect(x).not.toBe(y);
    }
  });

  it('a draw completes only with every quarter run and every invariant held', () => {
    const run = (n: number, passed: number[]) =>
      ({
        index: new Float64Array(n),
        extras: { invariants: { passed: Uint8Array.from(passed) } },
      }) as unknown as RunResult;
    expect(drawCompleted(run(3, [1, 1, 1]), 3)).toEqual({ ok: true });
    expect(drawCompleted(run(2, [1, 1]), 3)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/2 of 3/),
    });
    expect(drawCompleted(run(3, [1, 0, 1]), 3)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/quarter 2/),
    });
    expect(drawCompleted(new Error('diverged in period 9\nstack'), 3)).toEqual({
      ok: false,
      reason: 'diverged in period 9',
    });
  });
});

describe('tasks: a seed (run + hiked twin) and a draw, run in-process', () => {
  it('a seed task measures its run and its hiked twin; a failing run is an outcome, not a throw', async () => {
    const { runSeedTask, runDrawTask, computeReportCard } = await import('../../../../models/abm/validation');
    const { syntheticResult } = await import('./synthetic');
    const plan = planValidation(baseline, 2);
    const seen: string[] = [];
    const outcome = runSeedTask(plan, 4, (s) => (seen.push(String(s.params.policyRate)), syntheticResult(s)));
    expect(seen).toEqual(['0.025', 't >= 200 ? 0.045 : 0.025']);
    expect((outcome.measurements['transmission-unemployment'] as { value: number }).value).toBeCloseTo(1, 6);
    const failed = runSeedTask(plan, 4, () => {
      throw new Error('The economy diverged in period 12: x');
    });
    expect(failed.error).toMatch(/period 12/);
    const withFailure = buildReportCard(plan, [outcome, failed], null);
    expect(withFailure.failedSeeds).toEqual([{ seed: 4, error: 'The economy diverged in period 12: x' }]);
    const okun = withFailure.facts.find((f) => f.id === 'okun')!;
    expect(okun).toMatchObject({ inRange: 1, of: 2, pass: false, note: null });
    expect(failed.measurements.okun).toEqual({
      value: null,
      reason: expect.stringMatching(/seed 4 did not complete/),
    });
    expect(runDrawTask({ ...baseline, periods: 400 }, syntheticResult)).toEqual({ ok: true });
    const card = await computeReportCard(
      plan,
      3,
      async (seed) => runSeedTask(plan, seed, syntheticResult),
      async (d) => runDrawTask(d, syntheticResult),
    );
    expect(card.allPass).toBe(true);
    expect(card.facts.every((f) => f.median !== null)).toBe(true);
    expect(card.robustness).toMatchObject({ draws: 3, completed: 3 });
  });
});

describe('reading a run result', () => {
  it('takes per-firm sales as an array or as the model’s { units }, and counts firms from firmCounts', async () => {
    const { runColumnsOf } = await import('../../../../models/abm/validation');
    const units = Float64Array.of(1, 2, 30);
    const a = runColumnsOf(
      {
        columns: {},
        extras: { firmSales: { period: 400, units }, firmCounts: { private: 7, cooperative: 2, social: 1 } },
      },
      baseline,
    );
    expect(a.firmSales).toBe(units);
    expect(a.firms).toBe(10);
    const b = runColumnsOf({ columns: {}, extras: { firmSales: units } }, baseline);
    expect(b).toMatchObject({ firmSales: units, firms: baseline.firms });
    expect(runColumnsOf({ columns: {}, extras: undefined }, baseline).firmSales).toBeNull();
  });
});

describe('notes', () => {
  it('counts unmeasurable seeds apart from seeds that did not complete', () => {
    const plan = planValidation(baseline, 3);
    const card = buildReportCard(
      plan,
      [
        { seed: 1, measurements: { okun: { value: -0.5 } } },
        { seed: 2, measurements: { okun: { value: null, reason: 'constant series' } } },
        {
          seed: 3,
          error: 'diverged',
          measurements: { okun: { value: null, reason: 'seed 3 did not complete' } },
        },
      ],
      null,
    );
    expect(card.facts.find((f) => f.id === 'okun')!.note).toBe('1 seed(s) not measurable: constant series');
    const none = buildReportCard(plan, [{ seed: 1, error: 'x', measurements: {} }], null);
    expect(none.facts.find((f) => f.id === 'okun')!.note).toBe('not measurable: no seed completed');
  });
});
