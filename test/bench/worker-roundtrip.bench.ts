/**
 * One re-run of a textbook model as the app does it when a slider moves: the scenario goes to a
 * worker through comlink, the worker validates and runs it (matrices, postings, verdicts for every
 * period), and the result comes back (typed arrays transferred, the rest structured-cloned).
 * Here the worker is a Node worker thread speaking comlink through its Node adapter, running the
 * app's own worker API (src-renderer/worker/api.ts). Budget: well under one 16 ms frame.
 *
 * This file is also the worker's entry: in a worker thread it exposes the API instead of timing.
 */
import { wrap, expose, releaseProxy, type Remote } from 'comlink';
// The adapter's typings sit beside its UMD build; the ESM build has none.
import nodeEndpoint from 'comlink/dist/umd/node-adapter.js';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { collectTransferables } from '../../models/result';
import { runScenario } from '../../models/run';
import { getPreset } from '../../models/scenario';
import { createWorkerApi, type WorkerApi } from '../../src-renderer/worker/api';

const RUNS = 200;
const WARMUP = 30;

if (!isMainThread && parentPort) {
  // Textbook models read no data files.
  expose(createWorkerApi({}), nodeEndpoint(parentPort));
}

function stats(times: number[]): { median: number; p95: number } {
  const s = [...times].sort((a, b) => a - b);
  return {
    median: s[Math.floor(s.length / 2)]!,
    p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]!,
  };
}

function startWorker(): Worker {
  // Node 20 worker threads ignore tsx's --import hooks: load this TypeScript file through tsx's API.
  const self = fileURLToPath(import.meta.url);
  const code = `import('tsx/esm/api').then((m) => m.tsImport(${JSON.stringify(self)}, ${JSON.stringify(import.meta.url)}));`;
  return new Worker(code, { eval: true });
}

/** A scenario that differs each time, as a moving slider's would, so nothing can be cached. */
function scenarioAt(model: string, i: number): unknown {
  const s = getPreset(model) as unknown as { periods: number; params: Record<string, number> };
  s.periods = 100;
  s.params.G = 20 + (i % 10);
  return s;
}

async function timeRoundTrips(remote: Remote<WorkerApi>, model: string) {
  for (let i = 0; i < WARMUP; i++) await remote.run(scenarioAt(model, i));
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const scenario = scenarioAt(model, i);
    const t0 = performance.now();
    const r = await remote.run(scenario);
    times.push(performance.now() - t0);
    if (r.index.length !== 100) throw new Error(`${model}: expected 100 periods, got ${r.index.length}`);
  }
  return stats(times);
}

/** The parts of a round trip measurable in one thread: the run, finding its buffers, cloning it. */
function timeParts(model: string) {
  const time = (f: (i: number) => void) => {
    for (let i = 0; i < WARMUP; i++) f(i);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      f(i);
      times.push(performance.now() - t0);
    }
    return stats(times);
  };
  const result = runScenario(scenarioAt(model, 0), { data: {} });
  return {
    run: time((i) => runScenario(scenarioAt(model, i), { data: {} })),
    collect: time(() => collectTransferables(result)),
    clone: time(() => structuredClone(result)),
  };
}

export default async function bench(): Promise<void> {
  const worker = startWorker();
  const remote = wrap<WorkerApi>(nodeEndpoint(worker));
  try {
    for (const model of ['gl-sim', 'gl-pc']) {
      const trip = await timeRoundTrips(remote, model);
      const parts = timeParts(model);
      const ms = (x: { median: number }) => `${x.median.toFixed(2)} ms`;
      console.log(
        `${model.padEnd(7)} 100 periods via worker + comlink: median ${trip.median.toFixed(2)} ms, p95 ${trip.p95.toFixed(2)} ms ` +
          `(${RUNS} runs; budget 16 ms)\n` +
          `        medians of the parts, in one thread: run ${ms(parts.run)}, collectTransferables ${ms(parts.collect)}, ` +
          `structuredClone of the result ${ms(parts.clone)}`,
      );
    }
  } finally {
    remote[releaseProxy]();
    await worker.terminate();
  }
}
