/**
 * Monte Carlo throughput of the CLI's worker pool: 20 runs of the default economy (preset
 * abm-private-debt) on 1 worker, then on 2. Goal: ≥ 1.7× on 2 cores. Workers are warmed with one
 * run each first, so the figures compare running, not loading TypeScript into each thread.
 */
import { availableParallelism, loadavg } from 'node:os';
import { getPreset, listPresets, type AnyScenario } from '../../models/scenario';
import { loadDataFiles } from '../../src-main/cli/data';
import { RunPool } from '../../src-main/cli/pool';

const RUNS = 20;
const GOAL = 1.7;
const PREFERRED = 'abm-private-debt';
const FALLBACK = 'canada-1974';

async function timeRuns(
  workers: number,
  scenarios: AnyScenario[],
): Promise<{ startMs: number; wallMs: number; medianRunMs: number }> {
  const t0 = performance.now();
  const pool = new RunPool(loadDataFiles(), workers);
  try {
    await Promise.all(Array.from({ length: workers }, () => pool.run(scenarios[0])));
    const t1 = performance.now();
    const timed = await Promise.all(scenarios.map((s) => pool.run(s)));
    const wallMs = performance.now() - t1;
    const times = timed.map((t) => t.timeMs).sort((a, b) => a - b);
    return { startMs: t1 - t0, wallMs, medianRunMs: times[Math.floor(times.length / 2)] as number };
  } finally {
    await pool.close();
  }
}

async function compare(preset: string): Promise<void> {
  const base = getPreset(preset);
  const seed = typeof base.seed === 'number' ? base.seed : null;
  const scenarios = Array.from({ length: RUNS }, (_, i) => (seed === null ? base : { ...base, seed: seed + i }));
  console.log(`preset ${preset}, ${RUNS} runs, ${availableParallelism()} cores, load average ${loadavg()[0]?.toFixed(1)}`);
  const one = await timeRuns(1, scenarios);
  const two = await timeRuns(2, scenarios);
  for (const [n, r] of [[1, one], [2, two]] as const) {
    console.log(
      `  ${n} worker${n > 1 ? 's' : ' '}: ${r.wallMs.toFixed(0).padStart(6)} ms wall (median run ${r.medianRunMs.toFixed(1)} ms; pool start ${r.startMs.toFixed(0)} ms, not counted)`,
    );
  }
  const speedUp = one.wallMs / two.wallMs;
  console.log(`  speed-up ${speedUp.toFixed(2)}× (goal ≥ ${GOAL}×: ${speedUp >= GOAL ? 'met' : 'NOT met'})`);
}

export default async function montecarloBench(): Promise<void> {
  if (!listPresets().some((p) => p.name === PREFERRED)) {
    console.log(`abm model not available yet: timing preset ${FALLBACK} instead (a ~30 ms model: this measures the pool more than a model)`);
  } else {
    try {
      return await compare(PREFERRED);
    } catch (e) {
      console.log(`preset ${PREFERRED} failed (${(e as Error).message}): timing preset ${FALLBACK} instead`);
    }
  }
  await compare(FALLBACK);
}
