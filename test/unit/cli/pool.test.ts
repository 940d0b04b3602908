import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../models/run';
import { getPreset, ScenarioError } from '../../../models/scenario';
import { loadDataFiles } from '../../../src-main/cli/data';
import { RunPool } from '../../../src-main/cli/pool';

describe('RunPool', () => {
  it(
    'runs scenarios on worker threads, in order, with the same numbers as the main thread',
    { timeout: 120_000 },
    async () => {
      const data = loadDataFiles();
      const scenarios = [0, 0.25, 0.5, 1].map((publicShare) => {
        const s = getPreset('canada-1974');
        return { ...s, params: { ...(s.params as Record<string, unknown>), publicShare } };
      });
      const pool = new RunPool(data, 2);
      try {
        expect(pool.size).toBe(2);
        const timed = await Promise.all(scenarios.map((s) => pool.run(s)));
        for (const t of timed) {
          // Transferred, not copied into plain arrays.
          expect(t.result.index).toBeInstanceOf(Float64Array);
          expect(t.result.columns.counterfactual_debt).toBeInstanceOf(Float64Array);
          expect(t.timeMs).toBeGreaterThan(0);
        }
        const pooled = timed.map((t) => [...(t.result.columns.counterfactual_debt as Float64Array)]);
        const direct = scenarios.map((s) => [
          ...(runScenario(s, { data }).columns.counterfactual_debt as Float64Array),
        ]);
        expect(pooled).toEqual(direct);
        // Different public shares really were different runs, returned in the order asked.
        const finals = pooled.map((c) => c.at(-1) as number);
        expect(finals[0]).toBeGreaterThan(finals[1] as number);
        expect(finals[1]).toBeGreaterThan(finals[2] as number);
        expect(finals[2]).toBeGreaterThan(finals[3] as number);
        const bad = await pool.run({ ...scenarios[0], params: { publicShare: 7 } }).catch((e: unknown) => e);
        expect(bad).toBeInstanceOf(ScenarioError);
        expect((bad as ScenarioError).problems.join('; ')).toMatch(/params\./);
      } finally {
        await pool.close();
      }
    },
  );
});
