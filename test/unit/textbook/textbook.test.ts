import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runScenario } from '../../../models/run';
import { getPreset, parseScenario, ScenarioError } from '../../../models/scenario';
import { SfcError } from '../../../models/accounting';
import {
  postingsOf,
  runTextbook,
  SIM_SPEC,
  PC_SPEC,
  BMW_SPEC,
  SIMEX_SPEC,
  type TextbookExtras,
  type TextbookScenario,
} from '../../../models/textbook';
import type { RunResult } from '../../../models/result';

const ctx = { data: {} };
function run(input: unknown): RunResult<TextbookExtras> {
  return runScenario(input, ctx) as RunResult<TextbookExtras>;
}
function scenario(
  model: string,
  periods: number,
  params: Record<string, unknown> = {},
  initial: Record<string, number> = {},
) {
  return { schemaVersion: 1, model, periods, params, initial };
}
const at = (r: RunResult, col: string, period: number) => r.columns[col]![period - 1]!;

describe('model SIM', () => {
  const r = run(scenario('gl-sim', 300));

  it('matches Godley & Lavoie Table 3.4 from all stocks zero with G = 20', () => {
    expect(at(r, 'Y', 1)).toBeCloseTo(38.461538, 6);
    expect(at(r, 'Y', 2)).toBeCloseTo(47.928994, 6);
    expect(at(r, 'Y', 3)).toBeCloseTo(55.939918, 6);
    expect(at(r, 'T', 1)).toBeCloseTo(7.692308, 6);
    expect(at(r, 'H', 1)).toBeCloseTo(12.307692, 6);
  });

  it('reaches the steady state Y = 100, H = 80', () => {
    expect(at(r, 'Y', 300)).toBeCloseTo(100, 9);
    expect(at(r, 'H', 300)).toBeCloseTo(80, 9);
    expect(r.summary.steady_state_Y).toBe(100);
    expect(r.summary.steady_state_H).toBeCloseTo(80, 12);
  });

  it("writes exactly the issue's columns, indexed by period 1..N", () => {
    expect(r.indexName).toBe('period');
    expect(Array.from(r.index.slice(0, 3))).toEqual([1, 2, 3]);
    expect(Object.keys(r.columns)).toEqual(['Y', 'T', 'YD', 'C', 'H', 'sfc_max_error']);
    expect(Math.max(...r.columns.sfc_max_error!)).toBeLessThan(1e-9);
    expect(r.provenance.modelVersion).toBe(SIM_SPEC.version);
    expect(r.summary.water_tight).toBe(true);
  });

  it('puts matrices, postings in plain words and the verdict in extras', () => {
    const p1 = r.extras.periods[0]!;
    expect(r.extras.periods).toHaveLength(300);
    const bs = p1.balanceSheet;
    expect(bs.rows).toEqual(['Money (cash)', 'Net worth']);
    expect(bs.columns).toEqual(['Households', 'Production', 'Government', 'Σ']);
    expect(bs.values[0]).toBeCloseTo(12.307692, 6);
    expect(bs.values[2]).toBeCloseTo(-12.307692, 6);
    const posted = postingsOf(r.extras.postings, 1);
    expect(posted.map((q) => q.row)).toEqual(['Government expenditure', 'Wages', 'Taxes', 'Consumption']);
    expect(posted[0]!.explanation).toBe(
      "the government spent 20 on goods from firms: the government's cash liabilities rose by 20, firms' cash rose by 20",
    );
    expect(p1.verdict.ok).toBe(true);
    expect(p1.verdict.message).toMatch(/^period 1: water-tight/);
    const tfm = p1.transactionsFlow;
    expect(tfm.rows).toEqual(['Consumption', 'Government expenditure', 'Wages', 'Taxes', 'Δ Money (cash)']);
    expect(tfm.values[tfm.rows.indexOf('Δ Money (cash)') * tfm.columns.length]).toBeCloseTo(-12.307692, 6);
    expect(() => structuredClone(r)).not.toThrow();
  });

  it('takes a G shock written as a formula of t', () => {
    const s = run(scenario('gl-sim', 400, { G: 't >= 10 ? 25 : 20' }));
    expect(at(s, 'Y', 9)).toBe(at(r, 'Y', 9));
    expect(at(s, 'Y', 10)).toBeGreaterThan(at(r, 'Y', 10) + 4);
    expect(at(s, 'Y', 400)).toBeCloseTo(125, 6);
    expect(s.summary.steady_state_Y).toBe(125);
  });

  it("lets a formula read last period's variables", () => {
    const s = run(scenario('gl-sim', 3, { G: 't == 1 ? 20 : Y / 5' }));
    const G2 = at(s, 'Y', 1) / 5;
    expect(at(s, 'Y', 2)).toBeCloseTo((G2 + 0.4 * at(s, 'H', 1)) / (1 - 0.6 * 0.8), 12);
  });

  it('starts from given stocks', () => {
    const s = run(scenario('gl-sim', 1, {}, { H: 80 }));
    expect(at(s, 'Y', 1)).toBeCloseTo(100, 12);
    expect(at(s, 'H', 1)).toBeCloseTo(80, 12);
  });
});

describe('model SIMEX', () => {
  const r = run(scenario('gl-simex', 300));
  it("spends out of last period's income: period 1 from zero has C = 0, Y = G", () => {
    expect([at(r, 'C', 1), at(r, 'Y', 1), at(r, 'T', 1), at(r, 'YD', 1), at(r, 'H', 1)]).toEqual([
      0, 20, 4, 16, 16,
    ]);
    expect(at(r, 'C', 2)).toBeCloseTo(0.6 * 16 + 0.4 * 16, 12);
    expect(at(r, 'Y', 2)).toBeCloseTo(36, 12);
  });
  it('reaches the same steady state as SIM', () => {
    expect(at(r, 'Y', 300)).toBeCloseTo(100, 8);
    expect(at(r, 'H', 300)).toBeCloseTo(80, 8);
    expect(Object.keys(r.columns)).toEqual(['Y', 'T', 'YD', 'C', 'H', 'sfc_max_error']);
  });
});

/** PC steady state from the book's equations: C = YD, balanced budget, Bh = b·YD. */
function pcSteadyY(p: {
  G: number;
  theta: number;
  alpha1: number;
  alpha2: number;
  lambda0: number;
  lambda1: number;
  lambda2: number;
  r: number;
}) {
  const b = ((p.lambda0 + p.lambda1 * p.r) * (1 - p.alpha1)) / p.alpha2 - p.lambda2;
  const YD = ((1 - p.theta) * p.G) / (1 - (1 - p.theta) * (1 + p.r * b));
  return { Y: YD + p.G, YD, V: ((1 - p.alpha1) * YD) / p.alpha2, Bh: b * YD };
}
const BOOK_PC = {
  G: 20,
  theta: 0.2,
  alpha1: 0.6,
  alpha2: 0.4,
  lambda0: 0.635,
  lambda1: 5,
  lambda2: 0.01,
  r: 0.025,
};

describe('model PC', () => {
  const r = run(scenario('gl-pc', 400));

  it('period 1 from zero: SIM-like income, wealth split by the portfolio equation', () => {
    const YD = (0.8 * 20) / (1 - 0.6 * 0.8);
    expect(at(r, 'YD', 1)).toBeCloseTo(YD, 12);
    expect(at(r, 'V', 1)).toBeCloseTo(0.4 * YD, 12);
    expect(at(r, 'Bh', 1)).toBeCloseTo(0.4 * YD * (0.635 + 5 * 0.025) - 0.01 * YD, 12);
    expect(at(r, 'Hh', 1)).toBeCloseTo(at(r, 'V', 1) - at(r, 'Bh', 1), 12);
  });

  it('reaches the closed-form steady state (Y ≈ 106.49)', () => {
    const ss = pcSteadyY(BOOK_PC);
    expect(ss.Y).toBeCloseTo(106.486486, 5);
    expect(at(r, 'Y', 400)).toBeCloseTo(ss.Y, 8);
    expect(at(r, 'V', 400)).toBeCloseTo(ss.V, 8);
    expect(at(r, 'Bh', 400)).toBeCloseTo(ss.Bh, 8);
  });

  it('keeps the hidden equation and the balance sheet identities every period', () => {
    for (let t = 1; t <= 400; t++) {
      expect(Math.abs(at(r, 'Hh', t) - at(r, 'Hs', t))).toBeLessThan(1e-9);
      expect(at(r, 'Bs', t)).toBeCloseTo(at(r, 'Bh', t) + at(r, 'Bcb', t), 9);
      expect(at(r, 'Hs', t)).toBeCloseTo(at(r, 'Bcb', t), 9);
    }
    expect(Object.keys(r.columns)).toEqual([
      'r',
      'Y',
      'YD',
      'T',
      'C',
      'V',
      'Hh',
      'Hs',
      'Bh',
      'Bcb',
      'Bs',
      'sfc_max_error',
    ]);
    expect(Math.max(...r.columns.sfc_max_error!)).toBeLessThan(1e-9);
  });

  it('a rate rise from period 20 (a formula) moves to the new closed-form steady state', () => {
    const s = run(scenario('gl-pc', 500, { r: 't >= 20 ? 0.035 : 0.025' }));
    expect(at(s, 'r', 19)).toBe(0.025);
    expect(at(s, 'r', 20)).toBe(0.035);
    expect(at(s, 'Y', 500)).toBeCloseTo(pcSteadyY({ ...BOOK_PC, r: 0.035 }).Y, 6);
    expect(pcSteadyY({ ...BOOK_PC, r: 0.035 }).Y).toBeGreaterThan(pcSteadyY(BOOK_PC).Y);
  });

  it('refuses inconsistent starting stocks, naming the field', () => {
    expect(() => parseScenario(scenario('gl-pc', 5, {}, { Hh: 10, Hs: 12 }))).toThrow(
      /initial\.Hs: must equal Hh = 10/,
    );
    const ok = run(scenario('gl-pc', 2, {}, { Hh: 21.6216216216216, Bh: 64.8648648648649 }));
    expect(at(ok, 'Bcb', 1)).toBeCloseTo(21.62, 1);
  });
});

describe('model BMW', () => {
  const r = run(scenario('gl-bmw', 400));

  it('from zero: period 1 is autonomous consumption, period 2 starts investment', () => {
    expect(at(r, 'Y', 1)).toBeCloseTo(80, 12);
    expect(at(r, 'I', 1)).toBe(0);
    expect(at(r, 'I', 2)).toBeCloseTo(0.15 * 80, 12);
    expect(at(r, 'C', 2)).toBeCloseTo((20 + 0.75 * 12) / 0.25, 12);
    expect(at(r, 'L', 2)).toBeCloseTo(12, 12);
    expect(at(r, 'M', 2)).toBeCloseTo(12, 12);
  });

  it('loans create deposits: M = L every period, and the steady state Y = 160, K = 160, C = 144', () => {
    for (let t = 1; t <= 400; t++) expect(Math.abs(at(r, 'M', t) - at(r, 'L', t))).toBeLessThan(1e-9);
    expect(at(r, 'Y', 400)).toBeCloseTo(160, 6);
    expect(at(r, 'K', 400)).toBeCloseTo(160, 6);
    expect(at(r, 'C', 400)).toBeCloseTo(144, 6);
    expect(r.summary.steady_state_Y).toBeCloseTo(160, 12);
    expect(Object.keys(r.columns).slice(0, 6)).toEqual(['Y', 'C', 'I', 'K', 'L', 'M']);
    expect(Object.keys(r.columns).at(-1)).toBe('sfc_max_error');
  });

  it('packs every period’s postings in typed arrays and gives them back period by period', () => {
    const t = r.extras.postings;
    expect(t.periodStart).toHaveLength(r.extras.periods.length + 1);
    expect(t.entryAmount).toBeInstanceOf(Float64Array);
    const all = r.extras.periods.flatMap((p) => postingsOf(t, p.period));
    expect(all).toHaveLength(t.row.length);
    // Every posting balances: its entries sum to zero across sectors.
    for (const p of all) expect(Math.abs(p.entries.reduce((a, e) => a + e.amount, 0))).toBeLessThan(1e-9);
    expect(postingsOf(t, 0)).toEqual([]);
    expect(postingsOf(t, r.extras.periods.length + 1)).toEqual([]);
  });

  it('shows the loan that creates the deposit in plain words', () => {
    const wages = postingsOf(r.extras.postings, 2).find((q) => q.row === 'Wages')!;
    expect(wages.explanation).toMatch(
      /^firms paid wages of 128, borrowing the money from banks: firms' loans liabilities rose by 128, banks' loans rose by 128, banks' deposits liabilities rose by 128, households' deposits rose by 128$/,
    );
  });

  it('stays water-tight when rm differs from rl (bank profits paid to households)', () => {
    const s = run(scenario('gl-bmw', 200, { rm: 0.01, rl: 0.05 }, { K: 100, L: 100, M: 100, Y: 100 }));
    expect(Math.max(...s.columns.sfc_max_error!)).toBeLessThan(1e-9);
  });
});

describe('scenario errors name the field', () => {
  const problems = (input: unknown) => {
    try {
      parseScenario(input);
    } catch (e) {
      return (e as ScenarioError).problems;
    }
    return [];
  };
  it('bounds, unknown keys and bad formulas', () => {
    expect(problems(scenario('gl-sim', 10, { theta: 1.5 }))).toContain(
      'params.theta: must be at most 1 (got 1.5)',
    );
    expect(problems(scenario('gl-sim', 10, { Gx: 1 }))).toContain('params: unknown key "Gx"');
    expect(problems(scenario('gl-sim', 10, {}, { K: 1 }))).toContain('initial: unknown key "K"');
    expect(problems(scenario('gl-sim', 0))).toContain('periods: must be at least 1 (got 0)');
    expect(problems(scenario('gl-sim', 10, { G: 'import({}, {})' }))[0]).toMatch(
      /^params\.G: formula "import\(\{\}, \{\}\)" is not allowed: it uses the function "import"/,
    );
    expect(problems(scenario('gl-sim', 10, { G: 'K + 1' }))[0]).toMatch(/^params\.G: .*unknown name "K"/);
  });
  it('a formula that leaves its bounds mid-run stops with the field and period', () => {
    expect(() => run(scenario('gl-sim', 10, { theta: 't > 3 ? 1.5 : 0.2' }))).toThrow(
      'params.theta: must be at most 1 (formula "t > 3 ? 1.5 : 0.2" gave 1.5 in period 4)',
    );
  });
});

describe('presets', () => {
  it.each(['gl-sim', 'gl-simex', 'gl-pc', 'gl-bmw'])('%s parses and runs water-tight', (name) => {
    const preset = getPreset(name);
    expect(preset.model).toBe(name);
    const r = run(preset);
    expect(r.index.length).toBeGreaterThanOrEqual(60);
    expect(r.summary.water_tight).toBe(true);
  });
  it('gl-sim is named "Model SIM"', () => {
    expect(getPreset('gl-sim').name).toBe('Model SIM');
  });
});

describe('the validator stops a broken model', () => {
  it('names the period and the hidden equation', () => {
    const broken = {
      ...SIM_SPEC,
      step: (i: Parameters<typeof SIM_SPEC.step>[0]) => {
        const o = SIM_SPEC.step(i);
        if (i.t === 3) o.hidden[0]!.lhs += 0.5;
        return o;
      },
    };
    const s = parseScenario(scenario('gl-sim', 5)) as unknown as TextbookScenario;
    let err: unknown;
    try {
      runTextbook(broken, s);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SfcError);
    expect((err as SfcError).period).toBe(3);
    expect((err as Error).message).toMatch(
      /^SFC check failed in period 3: hidden equation Hs = Hh .* is off by 0\.5/,
    );
  });
});

describe('random parameters and starting stocks stay water-tight (property)', () => {
  const share = (lo = 0, hi = 1) => fc.double({ min: lo, max: hi, noNaN: true });
  it('SIM and SIMEX', () => {
    fc.assert(
      fc.property(
        share(0, 100),
        share(0.01, 1),
        share(0, 0.95),
        share(0.01, 1),
        share(0, 1000),
        (G, theta, alpha1, alpha2, H) => {
          for (const spec of [SIM_SPEC, SIMEX_SPEC]) {
            const r = runTextbook(spec, {
              schemaVersion: 1,
              model: spec.id,
              periods: 30,
              params: { G, theta, alpha1, alpha2, W: 1 },
              initial: { H },
            });
            expect(r.summary.water_tight).toBe(true);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
  it('PC', () => {
    fc.assert(
      fc.property(
        share(0, 100),
        share(0.01, 1),
        share(0, 0.95),
        share(0.01, 1),
        share(0, 1),
        share(0, 10),
        share(0, 0.1),
        share(0, 0.1),
        share(0, 500),
        share(0, 500),
        (G, theta, alpha1, alpha2, lambda0, lambda1, lambda2, r, Hh, Bh) => {
          const res = runTextbook(PC_SPEC, {
            schemaVersion: 1,
            model: 'gl-pc',
            periods: 30,
            params: { G, theta, alpha1, alpha2, lambda0, lambda1, lambda2, r },
            initial: { Hh, Bh },
          });
          expect(Math.max(...res.columns.sfc_max_error!)).toBeLessThanOrEqual(
            1e-9 * Math.max(1, ...res.columns.Bs!.map(Math.abs), ...res.columns.Y!.map(Math.abs)),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
  it('BMW', () => {
    fc.assert(
      fc.property(
        share(0, 50),
        share(0, 0.9),
        share(0, 0.3),
        share(0, 0.3),
        share(0, 0.5),
        share(0, 3),
        share(0.1, 5),
        share(0, 0.1),
        share(0, 0.1),
        share(0, 300),
        share(0, 300),
        share(0, 300),
        (alpha0, alpha1, alpha2, delta, gamma, kappa, pr, rl, rm, K, L, M) => {
          const res = runTextbook(BMW_SPEC, {
            schemaVersion: 1,
            model: 'gl-bmw',
            periods: 30,
            params: { alpha0, alpha1, alpha2, delta, gamma, kappa, pr, rl, rm },
            initial: { K, L, M },
          });
          expect(res.summary.water_tight).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});
