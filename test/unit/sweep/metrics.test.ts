import { describe, expect, it } from 'vitest';
import { compileMetric, MetricError, metricCatalog, parseMetricArg, shapeOf } from '../../../models/sweep';
import type { RunResult } from '../../../models/result';

const result = {
  model: 'test',
  index: Float64Array.from([1, 2, 3, 4, 5]),
  columns: {
    unemployment: Float64Array.from([0.1, 0.2, 0.3, 0.4, 0.5]),
    Y: Float64Array.from([10, 20, 30, 40, 50]),
  },
  units: { unemployment: 'share of labour force', Y: 'money per period' },
  summary: { finalY: 50, regime: 'x', periods: 5 },
} as unknown as RunResult;

function value(formula: string | null, name = 'm'): number {
  return compileMetric({ name, formula }, shapeOf(result)).evaluate(result);
}

function refusal(formula: string, name = 'm'): string {
  try {
    compileMetric({ name, formula }, shapeOf(result));
  } catch (e) {
    expect(e).toBeInstanceOf(MetricError);
    return (e as Error).message;
  }
  return 'accepted';
}

describe('sweep metrics', () => {
  it('evaluates summary figures and formulas over columns', () => {
    expect(value(null, 'finalY')).toBe(50);
    expect(value('mean(unemployment[2:4])')).toBeCloseTo(0.3, 12);
    expect(value('mean(unemployment[end-1:end])')).toBeCloseTo(0.45, 12);
    expect(value('last(Y) - first(Y)')).toBe(40);
    expect(value('sum(Y) / 10 + finalY')).toBe(65);
    expect(value('Y[3] * 2')).toBe(60);
    expect(value('max(Y[1:2]) + min(unemployment)')).toBeCloseTo(20.1, 12);
    expect(value('median(Y)')).toBe(30);
    expect(value('quantile(Y, 0.9)')).toBeCloseTo(46, 12);
    expect(value('std(Y)')).toBeCloseTo(Math.sqrt(250), 12);
    expect(value('max(mean(Y), 35)')).toBe(35);
    expect(value('mean(Y) > 25 ? 1 : 0')).toBe(1);
    // A run whose formula gives no finite number leaves an empty cell, not a failed sweep.
    expect(value('1 / (first(Y) - 10)')).toBeNaN();
  });

  it('documents units: the column the formula reduces, or says it is a user formula', () => {
    const unit = (f: string) => compileMetric({ name: 'm', formula: f }, shapeOf(result)).unit;
    expect(unit('mean(unemployment[2:4])')).toBe('share of labour force');
    expect(unit('sum(Y)')).toBe('money per period, summed over rows');
    expect(unit('last(Y) / last(unemployment)')).toBe('user formula');
  });

  it('refuses anything outside the allowlist with a message naming the metric', () => {
    expect(refusal('import({})', 'evil')).toMatch(/^metric evil: .*the function "import"/);
    expect(refusal('Y', 'u')).toMatch(/^metric u: the column "Y" is a series; reduce it, e.g. last\(Y\)/);
    expect(refusal('Y[2:3]')).toMatch(/^metric m: the slice "Y\[2:3\]" must be inside an aggregate/);
    expect(refusal('mean(nope)')).toBe(
      'metric m: mean() takes a column, not "nope" (columns: unemployment, Y)',
    );
    expect(refusal('last(Y) + nope')).toMatch(/^metric m: .*unknown name "nope"/);
    expect(refusal('mean(Y[1:2:5])')).toMatch(/^metric m: .*has no step/);
    expect(refusal('a = 1')).toMatch(/^metric m: .*assignment/);
    expect(refusal('"text"')).toMatch(/^metric m: .*constant/);
    expect(refusal('mean(Y')).toMatch(/^metric m: formula "mean\(Y" does not parse/);
    expect(refusal('mean(Y[x:3])')).toMatch(
      /^metric m: index "x" is not allowed: it uses the unknown name "x" \(known: end\)/,
    );
    expect(refusal('quantile(Y, 2)')).toMatch(/^metric m: quantile's probability must be 0…1/);
    expect(refusal('last(Y)', 'bad name')).toMatch(/^metric bad name: a metric name is/);
    expect(() => compileMetric({ name: 'nope', formula: null }, shapeOf(result))).toThrow(
      /^metric nope: not a summary figure of this model \(figures: finalY, periods\)/,
    );
    const m = compileMetric({ name: 'm', formula: 'mean(Y[7:9])' }, shapeOf(result));
    expect(() => m.evaluate(result)).toThrow(/^metric m: Y\[7:9\] selects no rows \(index runs 1…5\)/);
  });

  it('parses --metric NAME and NAME=FORMULA', () => {
    expect(parseMetricArg('finalY')).toEqual({ name: 'finalY', formula: null });
    expect(parseMetricArg('u=mean(unemployment[end-39:end])')).toEqual({
      name: 'u',
      formula: 'mean(unemployment[end-39:end])',
    });
  });

  it('lists documented metrics first, then every numeric summary figure', () => {
    const fiscal = {
      model: 'fiscal-history',
      units: {},
      summary: { final_debt_counterfactual: 1, measure: 'x', cumulative_interest_avoided: 2, other: 3 },
    };
    expect(metricCatalog(fiscal).map((d) => d.name)).toEqual([
      'final_debt_counterfactual',
      'cumulative_interest_avoided',
      'other',
    ]);
    const tb = { model: 'gl-sim', units: { Y: 'money per period' }, summary: { steady_state_Y: 100 } };
    expect(metricCatalog(tb)[0]).toMatchObject({ label: 'Steady state of Y', unit: 'money per period' });
  });
});
