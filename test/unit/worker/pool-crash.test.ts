/**
 * Workers that fail: a fake Worker (a MessageChannel with the real worker API on its far end) that
 * can fail to load, never say it is ready, or die mid-run, as a real one does, by events.
 */
import { expose } from 'comlink';
import { describe, expect, it } from 'vitest';
import { getPreset } from '../../../models/scenario';
import { createWorkerApi, WORKER_READY, type WorkerApi } from '../../../src-renderer/worker/api';
import { MAX_LOAD_FAILURES, WorkerCrashedError, WorkerPool } from '../../../src-renderer/worker/pool';
import { shippedData } from '../helpers/data';

type Mode = 'ok' | 'hangs-in-run' | 'load-error' | 'never-ready';

const realApi = createWorkerApi(shippedData());
const preset = getPreset('gl-sim');

class FakeWorker extends EventTarget {
  private readonly port: MessagePort;
  private readonly inner: MessagePort;
  terminated = false;

  constructor(mode: Mode) {
    super();
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.inner = port2;
    port1.addEventListener('message', (e) =>
      this.dispatchEvent(new MessageEvent('message', { data: e.data })),
    );
    port1.start();
    if (mode === 'load-error') {
      setTimeout(() => this.fail('error', "SyntaxError: Unexpected token '<'"), 5);
      return;
    }
    if (mode === 'never-ready') return;
    const api: WorkerApi =
      mode === 'hangs-in-run' ? { ...realApi, run: () => new Promise<never>(() => {}) as never } : realApi;
    expose(api, port2);
    port2.postMessage(WORKER_READY);
  }

  /** What the browser does when a worker's script throws or a message cannot be deserialised. */
  fail(type: 'error' | 'messageerror', message = ''): void {
    this.dispatchEvent(Object.assign(new Event(type, { cancelable: true }), { message }));
  }

  postMessage(message: unknown, transfer: Transferable[] = []): void {
    if (!this.terminated) this.port.postMessage(message, transfer as never);
  }

  terminate(): void {
    this.terminated = true;
    this.port.close();
    this.inner.close();
  }
}

function poolOf(modes: Mode[], loadTimeoutMs?: number) {
  const made: FakeWorker[] = [];
  const pool = new WorkerPool(
    () => {
      const w = new FakeWorker(modes[Math.min(made.length, modes.length - 1)]!);
      made.push(w);
      return w as unknown as Worker;
    },
    1,
    loadTimeoutMs,
  );
  return { pool, made };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function failsWithin(p: Promise<unknown>, ms: number): Promise<Error> {
  const start = performance.now();
  const e = await p.then(
    () => {
      throw new Error('expected the run to fail');
    },
    (err: Error) => err,
  );
  expect(performance.now() - start).toBeLessThan(ms);
  return e;
}

describe('worker pool: failed workers are detected, replaced, and their runs fail with a message', () => {
  for (const event of ['error', 'messageerror'] as const) {
    it(`a worker that dies mid-run (${event} event) fails that run within 1 s; the next run works`, async () => {
      const { pool, made } = poolOf(['hangs-in-run', 'ok']);
      const run = pool.run(preset);
      await sleep(50); // the run is now in the worker
      const t0 = performance.now();
      made[0]!.fail(event, 'RangeError: Maximum call stack size exceeded');
      const e = await failsWithin(run, 1000);
      expect(performance.now() - t0).toBeLessThan(1000);
      expect(e).toBeInstanceOf(WorkerCrashedError);
      expect(e.message).toMatch(/^The model worker stopped unexpectedly \(/);
      if (event === 'error') expect(e.message).toContain('Maximum call stack size exceeded');
      expect(made[0]!.terminated).toBe(true);
      expect(made).toHaveLength(2);
      const again = await pool.run(preset);
      expect(again.columns.Y![again.columns.Y!.length - 1]).toBeCloseTo(100, 0);
      pool.terminate();
    });
  }

  it('a worker whose script fails to load fails the waiting run at once and is restarted', async () => {
    const { pool, made } = poolOf(['load-error', 'ok']);
    const e = await failsWithin(pool.run(preset), 1000);
    expect(e.message).toContain("SyntaxError: Unexpected token '<'");
    expect(made).toHaveLength(2);
    expect((await pool.run(preset)).model).toBe('gl-sim');
    expect((await pool.checkData()).ok).toBe(true);
    pool.terminate();
  });

  it('a worker that never says it is ready is given up after the load timeout', async () => {
    const { pool, made } = poolOf(['never-ready', 'ok'], 300);
    const e = await failsWithin(pool.run(preset), 1000);
    expect(e.message).toMatch(/did not start within 0\.3 s/);
    expect(made[0]!.terminated).toBe(true);
    expect((await pool.run(preset)).model).toBe('gl-sim');
    pool.terminate();
  });

  it(`stops restarting after ${MAX_LOAD_FAILURES} load failures in a row, and says so to every caller`, async () => {
    const { pool, made } = poolOf(['load-error']);
    const first = await failsWithin(pool.run(preset), 1000);
    expect(first).toBeInstanceOf(WorkerCrashedError);
    await expect(pool.checkData()).rejects.toThrow();
    await sleep(100);
    const later = await failsWithin(pool.run(preset), 1000);
    expect(later.message).toMatch(
      /^The model worker could not start \(error: SyntaxError.*\)\. Reload the app\.$/,
    );
    expect(made).toHaveLength(MAX_LOAD_FAILURES);
    pool.terminate();
  });
});
