import { describe, expect, it } from 'vitest';
import { getPreset, parseScenario } from '../../../models/scenario';
import {
  designPoints,
  designTasks,
  findSweepParam,
  listSweepParams,
  makeDesign,
  mergeShards,
  parseShard,
  runSweep,
  shardTasks,
  SweepInputError,
  sweepToCsv,
  taskScenario,
  tornado,
  pointStats,
  withParam,
  type SweepDesign,
  type SweepFile,
} from '../../../models/sweep';
import { runScenario } from '../../../models/run';
import { shippedData } from '../helpers/data';

const abm = getPreset('abm-ubi-money');
const sim = getPreset('gl-sim');

function design(over: Partial<Parameters<typeof makeDesign>[0]> = {}): SweepDesign {
  return makeDesign({
    kind: 'grid',
    scenario: abm,
    vary: [
      { name: 'policyRate', low: 0, high: 0.04, steps: 3 },
      { name: 'households', low: 100, high: 200, steps: 2 },
    ],
    runs: 2,
    seed: 5,
    metrics: [{ name: 'm', formula: 'last(unemployment)' }],
    stochastic: true,
    ...over,
  });
}

describe('sweep parameters', () => {
  it('finds every number and every formula constant of any model, by key or path', () => {
    const names = listSweepParams(abm).map((p) => p.name);
    expect(names).toContain('households');
    expect(names).toContain('policyRate');
    expect(names).toContain('citizensIncome#1');
    expect(names).not.toContain('seed');
    expect(names).not.toContain('schemaVersion');
    const ci = findSweepParam(listSweepParams(abm), 'params.citizensIncome#1')!;
    expect(ci.base).toBe(0.2);
    expect(withParam(abm, ci, 0.35).params).toMatchObject({ citizensIncome: '0.35 * avg_wage' });
    // The original is untouched; negative constants keep their meaning when printed.
    expect((abm.params as Record<string, unknown>).citizensIncome).toBe('0.2 * avg_wage');
    expect(parseScenario(withParam(abm, ci, -0.1))).toBeTruthy();
    expect((withParam(abm, ci, -0.1).params as Record<string, string>).citizensIncome).toBe(
      '(-0.1) * avg_wage',
    );
    const simNames = listSweepParams(sim).map((p) => p.name);
    expect(simNames).toEqual(expect.arrayContaining(['periods', 'G', 'theta', 'alpha1', 'alpha2']));
    const fiscal = listSweepParams(getPreset('canada-1974')).map((p) => p.name);
    expect(fiscal).toEqual(expect.arrayContaining(['publicShare', 'publicRate', 'endYear']));
  });
});

describe('sweep design', () => {
  it('orders points with the first parameter slowest and seeds within each point', () => {
    const d = design();
    expect(designPoints(d)).toEqual(
      [
        [0, 100],
        [0, 200],
        [0.02, 200 / 2 + 100 - 100],
        [0.02, 200],
        [0.04, 100],
        [0.04, 200],
      ].map(([a, b], i) => (i === 2 ? [0.02, 100] : [a, b])),
    );
    const tasks = designTasks(d);
    expect(tasks).toHaveLength(12);
    expect(tasks.map((t) => t.seed)).toEqual([5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6]);
    expect(tasks.map((t) => t.index)).toEqual([...tasks.keys()]);
    expect(taskScenario(d, tasks[3]!)).toMatchObject({ households: 200, seed: 6, params: { policyRate: 0 } });
  });

  it('rounds whole-number parameters the model requires, found from its schema', () => {
    const d = design({ vary: [{ name: 'households', low: 100, high: 110, steps: 4 }] });
    expect(d.params[0]!.integer).toBe(true);
    expect(designPoints(d).map((p) => p[0])).toEqual([100, 103, 107, 110]);
    expect(design({ vary: [{ name: 'publicShare', low: 0, high: 1, steps: 3 }] }).params[0]!.integer).toBe(
      false,
    );
  });

  it('deals tasks to shards: disjoint, complete, fixed', () => {
    const tasks = designTasks(design());
    for (const n of [1, 2, 3, 5, 12, 13]) {
      const parts = Array.from({ length: n }, (_, i) => shardTasks(tasks, { index: i + 1, count: n }));
      const all = parts
        .flat()
        .map((t) => t.index)
        .sort((a, b) => a - b);
      expect(all).toEqual([...tasks.keys()]);
      expect(parts[0]!.map((t) => t.index)).toEqual(
        tasks.filter((t) => t.index % n === 0).map((t) => t.index),
      );
    }
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    for (const bad of ['0/3', '4/3', '1', 'a/b', '1/0']) expect(() => parseShard(bad)).toThrow(/--shard/);
  });

  it('tornado: base, then each parameter low and high with the others at base', () => {
    const d = design({
      kind: 'tornado',
      vary: [
        { name: 'policyRate', low: 0, high: 0.05, steps: 2 },
        { name: 'incomeTaxRate', low: 0.1, high: 0.3, steps: 2 },
        { name: 'citizensIncome#1', low: 0.1, high: 0.3, steps: 2 },
      ],
    });
    const b = d.params.map((p) => p.base);
    expect(designPoints(d)).toEqual([
      b,
      [0, b[1], b[2]],
      [0.05, b[1], b[2]],
      [b[0], 0.1, b[2]],
      [b[0], 0.3, b[2]],
      [b[0], b[1], 0.1],
      [b[0], b[1], 0.3],
    ]);
  });

  it('refuses a bad design naming the flag', () => {
    const msg = (over: Partial<Parameters<typeof makeDesign>[0]>) => {
      try {
        design(over);
      } catch (e) {
        expect(e).toBeInstanceOf(SweepInputError);
        return (e as Error).message;
      }
      return 'no error';
    };
    expect(msg({ vary: [{ name: 'nope', low: 0, high: 1, steps: 2 }] })).toMatch(
      /^--vary nope: model abm has no numeric parameter "nope"/,
    );
    expect(msg({ vary: [{ name: 'policyRate', low: 1, high: 0, steps: 2 }] })).toMatch(
      /^--vary policyRate: LOW \(1\) must be below HIGH/,
    );
    expect(msg({ vary: [{ name: 'policyRate', low: 0, high: 1, steps: 1 }] })).toMatch(
      /^--vary policyRate: STEPS/,
    );
    const three = ['policyRate', 'incomeTaxRate', 'households'].map((name) => ({
      name,
      low: 1,
      high: 2,
      steps: 2,
    }));
    expect(msg({ vary: three })).toMatch(/^--vary: a grid varies one or two parameters \(got 3\)/);
    expect(msg({ metrics: [{ name: 'seed', formula: null }] })).toMatch(
      /^--metric seed: repeats a column name/,
    );
    expect(
      (() => {
        try {
          makeDesign({
            kind: 'grid',
            scenario: sim,
            vary: [{ name: 'G', low: 10, high: 30, steps: 3 }],
            runs: 3,
            seed: null,
            metrics: [{ name: 'steady_state_Y', formula: null }],
            stochastic: false,
          });
        } catch (e) {
          return (e as Error).message;
        }
      })(),
    ).toMatch(/^--runs: model gl-sim is deterministic/);
  });
});

describe('running and merging a sweep', () => {
  const data = shippedData();
  const simDesign = makeDesign({
    kind: 'grid',
    scenario: sim,
    vary: [
      { name: 'G', low: 10, high: 30, steps: 3 },
      { name: 'theta', low: 0.1, high: 0.3, steps: 2 },
    ],
    runs: 1,
    seed: null,
    metrics: [
      { name: 'steady_state_Y', formula: null },
      { name: 'y_end', formula: 'last(Y)' },
      { name: 'y_mid', formula: 'mean(Y[end-9:end]) / 2' },
    ],
    stochastic: false,
  });
  const run = async (s: Record<string, unknown>) => runScenario(s, { data });

  it('measures each run by the metrics: SIM steady state Y = G/θ', async () => {
    const rows = await runSweep(simDesign, designTasks(simDesign), run);
    expect(rows).toHaveLength(6);
    for (const r of rows) {
      const [g, theta] = r.values as [number, number];
      expect(r.metrics[0]).toBeCloseTo(g / theta, 9);
      expect(Math.abs(r.metrics[1]! / (g / theta) - 1)).toBeLessThan(0.01);
      expect(Math.abs(r.metrics[2]! / (g / theta / 2) - 1)).toBeLessThan(0.01);
    }
    const stats = pointStats(simDesign, rows, 0);
    expect(stats.map((s) => s.median)).toEqual(rows.map((r) => r.metrics[0]));
  });

  it('merged shards are byte-identical to the whole sweep, in any order; other designs are refused', async () => {
    const all = designTasks(simDesign);
    const whole = sweepToCsv(simDesign, await runSweep(simDesign, all, run));
    const file = (shard: { index: number; count: number } | null, d = simDesign) =>
      ({ design: d, shard }) as unknown as SweepFile;
    const shards = await Promise.all(
      [3, 1, 2].map(async (index) => {
        const shard = { index, count: 3 };
        const csv = sweepToCsv(simDesign, await runSweep(simDesign, shardTasks(all, shard), run));
        return { dir: `s${index}`, file: file(shard), csv };
      }),
    );
    expect(mergeShards(shards).csv).toBe(whole);
    expect(() => mergeShards(shards.slice(1))).toThrow(/missing shard 3\/3/);
    expect(() => mergeShards([...shards, shards[0]!])).toThrow(/shard 3\/3 given twice/);
    const other = makeDesign({ ...simDesignInput(), runs: 1 });
    const alien = {
      dir: 'x',
      file: file({ index: 1, count: 3 }, { ...other, metrics: [{ name: 'q', formula: 'last(Y)' }] }),
      csv: '',
    };
    expect(() => mergeShards([shards[0]!, alien])).toThrow(
      /x is a shard of a different sweep than s3 \(their varied parameters differ\)/,
    );
    const cut = { ...shards[0]!, csv: shards[0]!.csv.split('\n').slice(0, 2).join('\n') + '\n' };
    expect(() => mergeShards([cut, shards[1]!, shards[2]!])).toThrow(
      /has 1 rows; shard 3\/3 of this design has 2/,
    );
  });

  it('ranks a tornado by swing', async () => {
    const d = makeDesign({
      ...simDesignInput(),
      kind: 'tornado',
      vary: [
        { name: 'alpha2', low: 0.3, high: 0.5, steps: 2 },
        { name: 'G', low: 10, high: 30, steps: 2 },
        { name: 'theta', low: 0.15, high: 0.25, steps: 2 },
      ],
    });
    const t = tornado(d, await runSweep(d, designTasks(d), run), 0);
    // Y* = G/θ: G 10→30 moves it 133, θ 0.15→0.25 moves it 53, α2 not at all.
    expect(t.bars.map((b) => b.param)).toEqual(['G', 'theta', 'alpha2']);
    expect(t.base).toBeCloseTo(100, 9);
    expect(t.bars[0]!.swing).toBeCloseTo(200 / 0.2 - 200 / 0.2 + 100, 6);
    expect(t.bars[2]!.swing).toBeCloseTo(0, 9);
  });

  function simDesignInput() {
    return {
      kind: 'grid' as const,
      scenario: sim,
      vary: [{ name: 'G', low: 10, high: 30, steps: 3 }],
      runs: 1,
      seed: null,
      metrics: [{ name: 'steady_state_Y', formula: null }],
      stochastic: false,
    };
  }
});
