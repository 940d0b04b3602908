/**
 * Time of one pure run (no worker) of the textbook models at 100 periods, median over many runs.
 * The UI's budget is 16 ms including a worker round trip (~0.05 ms, TOOLCHAIN.md), so the pure
 * run should be well under that.
 */
import { runScenario } from '../../models/run';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function timeRuns(model: string, periods: number, runs: number): { median: number; p90: number } {
  const scenario = { schemaVersion: 1, model, periods };
  for (let i = 0; i < 20; i++) runScenario(scenario, { data: {} });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    runScenario(scenario, { data: {} });
    times.push(performance.now() - t0);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { median: median(times), p90: sorted[Math.floor(sorted.length * 0.9)]! };
}

export default async function bench(): Promise<void> {
  for (const model of ['gl-sim', 'gl-pc', 'gl-simex', 'gl-bmw']) {
    const { median: m, p90 } = timeRuns(model, 100, 200);
    console.log(
      `${model.padEnd(9)} 100 periods: median ${m.toFixed(2)} ms, p90 ${p90.toFixed(2)} ms (200 runs, pure run incl. validation and extras)`,
    );
  }
  const sim1000 = timeRuns('gl-sim', 1000, 30);
  console.log(`gl-sim    1000 periods: median ${sim1000.median.toFixed(2)} ms`);
}
