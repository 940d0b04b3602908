/**
 * Sweep throughput: a 200-point ABM sweep (policyRate 0…5%) × 4 seeds at default scale
 * (preset abm-private-debt) on the CLI's worker pool with 1 worker, then 2: the speed-up and the
 * cost per point. Workers are warmed first so the figures compare running, not loading TypeScript.
 * The full sweep is 800 default-scale runs per pool size; SWEEP_BENCH_POINTS and
 * SWEEP_BENCH_SEEDS shrink it for a quick look (the output says which size ran).
 */
import { availableParallelism, loadavg } from 'node:os';
import { getPreset } from '../../models/scenario';
import { designTasks, makeDesign, runSweep } from '../../models/sweep';
import { loadDataFiles } from '../../src-main/cli/data';
import { RunPool } from '../../src-main/cli/pool';

const POINTS = Number(process.env.SWEEP_BENCH_POINTS ?? 200);
const SEEDS = Number(process.env.SWEEP_BENCH_SEEDS ?? 4);

export default async function sweepBench(): Promise<void> {
  const scenario = getPreset('abm-private-debt');
  const design = makeDesign({
    kind: 'grid',
    scenario,
    vary: [{ name: 'policyRate', low: 0, high: 0.05, steps: POINTS }],
    runs: SEEDS,
    seed: null,
    // The unemployment column is part of the model's interface; the summary figures may be renamed.
    metrics: [{ name: 'u', formula: 'mean(unemployment[end-39:end])' }],
    stochastic: true,
  });
  const tasks = designTasks(design);
  console.log(
    `abm-private-debt (${scenario.households} households, ${scenario.periods} quarters): ${POINTS} points × ${SEEDS} seeds = ${tasks.length} runs per pool size${POINTS === 200 && SEEDS === 4 ? '' : ' (REDUCED from 200 × 4)'}; ${availableParallelism()} cores, load average ${loadavg()[0]?.toFixed(1)}`,
  );
  const walls: number[] = [];
  for (const size of [1, 2]) {
    const pool = new RunPool(loadDataFiles(), size);
    try {
      await Promise.all(Array.from({ length: size }, () => pool.run({ ...scenario, periods: 10 })));
      const runMs: number[] = [];
      const start = performance.now();
      await runSweep(design, tasks, async (s) => {
        const t = await pool.run(s);
        runMs.push(t.timeMs);
        return t.result;
      });
      const wall = performance.now() - start;
      walls.push(wall);
      runMs.sort((a, b) => a - b);
      console.log(
        `  ${size} worker${size > 1 ? 's' : ' '}: ${(wall / 1000).toFixed(1).padStart(7)} s wall, ${(wall / POINTS / 1000).toFixed(2)} s per point (${SEEDS} runs), median run ${runMs[Math.floor(runMs.length / 2)]!.toFixed(0)} ms`,
      );
    } finally {
      await pool.close();
    }
  }
  console.log(
    `  speed-up 2 vs 1 worker: ${(walls[0]! / walls[1]!).toFixed(2)}×; load average now ${loadavg()[0]?.toFixed(1)}`,
  );
}
