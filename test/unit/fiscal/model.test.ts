import { describe, expect, it } from 'vitest';
import { counterfactualPaths } from '../../../models/fiscal/counterfactual';
import type { DebtTable } from '../../../models/fiscal/data';
import { decompose, decomposeBySpan } from '../../../models/fiscal/decompose';
import { runScenario } from '../../../models/run';
import { getPreset, ScenarioError } from '../../../models/scenario';
import { shippedData } from '../helpers/data';

const data = shippedData();
const run = (params: Record<string, unknown>) => {
  const s = getPreset('canada-1974');
  Object.assign(s.params as object, params);
  return runScenario(s, { data });
};

/** A hand-made table small enough to check by pencil. */
function tinyTable(): DebtTable {
  return {
    measure: 'accumulated-deficit',
    years: [2000, 2001, 2002, 2003],
    debt: Float64Array.of(100, 110, 118, 126),
    interest: Float64Array.of(0, 10, 11, 12),
    primaryBalance: Float64Array.of(0, 0, 3, 2),
    residual: Float64Array.of(0, 0, 0, -2),
    effectiveRate: Float64Array.of(0, 0.08, 0.09, 0.1),
    gdp: Float64Array.of(1000, 1000, 1000, 1000),
    cpi: Float64Array.of(100, 100, 100, 100),
    cpiByYear: new Map(),
    lastFlowYear: 2003,
    sources: [],
  };
}

describe('counterfactual formulas', () => {
  const base = { firstCounterfactualYear: 2001, endYear: 2003, publicRate: 0 } as const;

  it('average-rate: interest_cf = max(0, PDC − i(D−Dcf) − s(i−r_pb)Dcf), by hand', () => {
    const p = counterfactualPaths(tinyTable(), { ...base, publicShare: 0.5, method: 'average-rate' });
    // 2001: 10 − 0.08·0 − 0.5·0.08·100 = 6; Dcf = 100 + 6 − 0 + 0 = 106
    expect(p.counterfactualInterest[1]).toBeCloseTo(6, 12);
    expect(p.counterfactualDebt[1]).toBeCloseTo(106, 12);
    // 2002: 11 − 0.09·(110−106) − 0.5·0.09·106 = 11 − 0.36 − 4.77 = 5.87; Dcf = 106 + 5.87 − 3 = 108.87
    expect(p.counterfactualInterest[2]).toBeCloseTo(5.87, 12);
    expect(p.counterfactualDebt[2]).toBeCloseTo(108.87, 12);
    // 2003: 12 − 0.1·(118−108.87) − 0.5·0.1·108.87 = 12 − 0.913 − 5.4435 = 5.6435; Dcf = 108.87+5.6435−2−2
    expect(p.counterfactualInterest[3]).toBeCloseTo(5.6435, 12);
    expect(p.counterfactualDebt[3]).toBeCloseTo(110.5135, 12);
  });

  it('proportional: interest_cf = ((1−s)·PDC/D[t−1] + s·r_pb)·Dcf[t−1], by hand', () => {
    const p = counterfactualPaths(tinyTable(), {
      ...base,
      publicShare: 0.5,
      publicRate: 0.02,
      method: 'proportional',
    });
    // 2001: (0.5·0.1 + 0.5·0.02)·100 = 6
    expect(p.counterfactualInterest[1]).toBeCloseTo(6, 12);
    expect(p.counterfactualInterestToPublicBank[1]).toBeCloseTo(1, 12);
    // 2002: r = 11/110 = 0.1 → (0.05 + 0.01)·106 = 6.36; Dcf = 106 + 6.36 − 3 = 109.36
    expect(p.counterfactualDebt[2]).toBeCloseTo(109.36, 12);
  });

  it('the interest can never be negative, and a negative debt earns nothing', () => {
    const t = tinyTable();
    t.primaryBalance = Float64Array.of(0, 500, 0, 0);
    const p = counterfactualPaths(t, { ...base, publicShare: 1, method: 'average-rate' });
    expect(p.counterfactualDebt[1]).toBeLessThan(0);
    expect(Math.min(...p.counterfactualInterest)).toBeGreaterThanOrEqual(0);
  });
});

describe('fiscal-history model on the real data', () => {
  for (const measure of ['accumulated-deficit', 'net-debt'] as const) {
    for (const method of ['average-rate', 'proportional'] as const) {
      it(`s = 0 reproduces history exactly (${measure}, ${method})`, () => {
        const endYear = measure === 'net-debt' ? 2019 : 2022;
        const r = run({ publicShare: 0, measure, method, endYear, publicRate: 0.03 });
        const a = r.columns.actual_debt!;
        const c = r.columns.counterfactual_debt!;
        for (let i = 0; i < a.length; i++) expect(Math.abs(c[i]! - a[i]!)).toBeLessThan(1e-6);
        expect(r.summary.cumulative_interest_avoided).toBeCloseTo(0, 6);
      });
    }
  }

  it('decomposes 1974→2013: +583.2B = 1,150.7B interest − 567.5B primary surplus + 0.0B', () => {
    const r = run({});
    const years = Array.from(r.index);
    const d = decompose(
      {
        years,
        debt: r.columns.actual_debt!,
        interest: r.columns.actual_interest!,
        primaryBalance: r.columns.primary_balance!,
        residual: r.columns.identity_residual!,
      },
      1974,
      2013,
    );
    expect((d.change / 1000).toFixed(1)).toBe('583.2');
    expect((d.interest / 1000).toFixed(1)).toBe('1150.7');
    expect((d.primaryBalance / 1000).toFixed(1)).toBe('567.5');
    expect((d.restatements / 1000).toFixed(1)).toBe('0.0');
    expect(d.interest - d.primaryBalance + d.restatements).toBeCloseTo(d.change, 6);
  });

  it('decades partition the span and add up to the whole', () => {
    const r = run({});
    const c = {
      years: Array.from(r.index),
      debt: r.columns.actual_debt!,
      interest: r.columns.actual_interest!,
      primaryBalance: r.columns.primary_balance!,
      residual: r.columns.identity_residual!,
    };
    const spans = decomposeBySpan(c, 1974, 2022, 10);
    expect(spans.map((s) => [s.from, s.to])).toEqual([
      [1974, 1984],
      [1984, 1994],
      [1994, 2004],
      [2004, 2014],
      [2014, 2022],
    ]);
    const total = decompose(c, 1974, 2022);
    expect(spans.reduce((a, s) => a + s.interest, 0)).toBeCloseTo(total.interest, 6);
    expect(spans.reduce((a, s) => a + s.change, 0)).toBeCloseTo(total.change, 6);
  });

  it('a larger public share means less interest and less debt, monotonically', () => {
    const finals = [0, 0.25, 0.5, 0.75, 1].map(
      (s) => run({ publicShare: s }).summary.final_debt_counterfactual as number,
    );
    for (let i = 1; i < finals.length; i++) expect(finals[i]!).toBeLessThan(finals[i - 1]!);
    const half = run({ publicShare: 0.5 });
    expect(half.summary.cumulative_interest_avoided as number).toBeGreaterThan(0);
    expect(half.summary.cumulative_interest_actual).toBeCloseTo(
      (half.summary.cumulative_interest_counterfactual as number) +
        (half.summary.cumulative_interest_avoided as number),
      3,
    );
  });

  it('reports the debt identity residual instead of hiding it', () => {
    const r = run({});
    expect(r.summary.max_abs_identity_residual).toBe(16500);
    expect(r.summary.max_abs_identity_residual_year).toBe(2017);
    expect(r.assumptions.join(' ')).toMatch(/No macroeconomic feedback/);
    expect(r.sources.join(' ')).toMatch(/Fiscal Reference Tables/);
  });
});

describe('fiscal scenario validation', () => {
  const bad = (params: Record<string, unknown>) => {
    try {
      run(params);
    } catch (e) {
      expect(e).toBeInstanceOf(ScenarioError);
      return (e as ScenarioError).message;
    }
    throw new Error('expected a ScenarioError');
  };
  it('names the field of an out-of-range value', () => {
    expect(bad({ publicShare: 1.5 })).toMatch(/^params\.publicShare: .*1.*\(got 1\.5\)/);
    expect(bad({ endYear: 2030 })).toMatch(
      /^params\.endYear: must be between firstCounterfactualYear \(1975\) and 2022/,
    );
    expect(bad({ firstCounterfactualYear: 1960 })).toMatch(
      /params\.firstCounterfactualYear: must be between 1963 and 2022/,
    );
    expect(bad({ method: 'magic' })).toMatch(/^params\.method: /);
  });
  it('refuses unknown keys and unknown models', () => {
    expect(bad({ publicShre: 0.5 })).toMatch(/params: unknown key "publicShre"/);
    expect(() => runScenario({ schemaVersion: 1, model: 'nope' }, { data })).toThrow(
      /model: unknown model "nope"/,
    );
    expect(() => runScenario({ schemaVersion: 2, model: 'fiscal-history' }, { data })).toThrow(
      /schemaVersion: must be 1/,
    );
  });
});

describe('scenario error wording', () => {
  const msg = (params: Record<string, unknown>) => {
    try {
      runScenario({ schemaVersion: 1, model: 'fiscal-history', params }, { data });
    } catch (e) {
      return (e as ScenarioError).problems;
    }
    return [];
  };
  it('speaks plainly: bounds, choices, whole numbers, required fields', () => {
    expect(msg({ country: 'canada', publicShare: 1.5 })).toEqual([
      'params.publicShare: must be at most 1 (got 1.5)',
    ]);
    expect(msg({ country: 'canada', publicRate: -0.1 })).toEqual([
      'params.publicRate: must be at least 0 (got -0.1)',
    ]);
    expect(msg({ country: 'canada', method: 'x' })).toEqual([
      'params.method: must be one of "average-rate", "proportional" (got "x")',
    ]);
    expect(msg({ country: 'canada', endYear: 2000.5 })).toEqual([
      'params.endYear: must be a whole number (got 2000.5)',
    ]);
    expect(msg({})).toEqual(['params.country: is required ("canada")']);
    expect(msg({ country: 'canada', publicShare: 'half' })).toEqual([
      'params.publicShare: must be a number (got "half")',
    ]);
  });
});
