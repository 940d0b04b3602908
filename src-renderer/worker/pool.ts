/**
 * A pool of model workers. A run can be cancelled at any moment: a model's period loop is
 * synchronous, so cancelling terminates its worker and starts a fresh one in its place.
 */
import { proxy, releaseProxy, wrap, type Remote } from 'comlink';
import type { ProgressFn, RunResult } from '../../models/result';
import type { AbmScenario } from '../../models/abm';
import type { DrawVerdict, SeedOutcome, ValidationPlan } from '../../models/abm/validation';
import { WORKER_READY, type DataCheck, type WorkerApi } from './api';

export interface RunOptions {
  onProgress?: ProgressFn;
  signal?: AbortSignal;
}

interface Slot {
  worker: Worker;
  // Kept in a long-lived field: comlink drops in-flight calls if the proxy is collected (#692).
  remote: Remote<WorkerApi>;
  /** Resolves when the worker has exposed its API: calls are sent only then, so none can be lost
   * to a worker still loading (simulated workers in tests drop such messages). */
  ready: Promise<void>;
  busy: boolean;
}

/** One call into a worker: what to ask its API, with the progress callback proxied when there is one. */
type Invoke = (remote: Remote<WorkerApi>, progress: ProgressFn | undefined) => Promise<unknown>;

interface Task {
  invoke: Invoke;
  options: RunOptions;
  resolve: (r: unknown) => void;
  reject: (e: unknown) => void;
}

export class CancelledError extends Error {
  constructor() {
    super('Run cancelled');
    this.name = 'CancelledError';
  }
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];

  constructor(
    private readonly createWorker: () => Worker,
    readonly size: number,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.newSlot());
  }

  run(scenario: unknown, options: RunOptions = {}): Promise<RunResult> {
    return this.call((remote, progress) => remote.run(scenario, progress), options);
  }

  /** One seed of a report card (its run and its hiked twin), measured in the worker. */
  validateSeed(plan: ValidationPlan, seed: number, options: RunOptions = {}): Promise<SeedOutcome> {
    return this.call((remote, progress) => remote.validateSeed(plan, seed, progress), options);
  }

  /** One robustness draw of a report card, run in the worker. */
  validateDraw(draw: AbmScenario, options: RunOptions = {}): Promise<DrawVerdict> {
    return this.call((remote) => remote.validateDraw(draw), options);
  }

  private call<T>(invoke: Invoke, options: RunOptions): Promise<T> {
    if (options.signal?.aborted) return Promise.reject(new CancelledError());
    return new Promise<T>((resolve, reject) => {
      const task: Task = { invoke, options, resolve: resolve as (r: unknown) => void, reject };
      options.signal?.addEventListener('abort', () => {
        const queued = this.queue.indexOf(task);
        if (queued >= 0) this.queue.splice(queued, 1);
        reject(new CancelledError());
      });
      this.queue.push(task);
      this.pump();
    });
  }

  /** Every worker loads and checks the data once at start-up, so no user's first run pays for it. */
  async checkData(): Promise<DataCheck> {
    const checks = await Promise.all(this.slots.map((s) => s.ready.then(() => s.remote.checkData())));
    return checks[0]!;
  }

  terminate(): void {
    for (const s of this.slots) {
      s.remote[releaseProxy]();
      s.worker.terminate();
    }
    this.slots.length = 0;
  }

  private newSlot(): Slot {
    const worker = this.createWorker();
    const ready = new Promise<void>((resolve) => {
      const onMessage = (e: MessageEvent) => {
        if (e.data !== WORKER_READY) return;
        worker.removeEventListener('message', onMessage);
        resolve();
      };
      worker.addEventListener('message', onMessage);
    });
    return { worker, remote: wrap<WorkerApi>(worker), ready, busy: false };
  }

  private pump(): void {
    for (let i = 0; i < this.slots.length && this.queue.length > 0; i++) {
      if (this.slots[i]!.busy) continue;
      this.start(i, this.queue.shift()!);
    }
  }

  private start(index: number, task: Task): void {
    const slot = this.slots[index]!;
    slot.busy = true;
    let settled = false;
    const finish = () => {
      settled = true;
      task.options.signal?.removeEventListener('abort', onAbort);
      slot.busy = false;
      this.pump();
    };
    const onAbort = () => {
      if (settled) return;
      settled = true;
      // The only way to stop a synchronous loop: replace the worker.
      slot.worker.terminate();
      const fresh = this.newSlot();
      this.slots[index] = fresh;
      // Warm the replacement now (data parsed once), so the next run does not pay for it.
      fresh.ready.then(() => fresh.remote.checkData()).catch(() => {});
      this.pump();
    };
    task.options.signal?.addEventListener('abort', onAbort);
    const progress = task.options.onProgress ? proxy(task.options.onProgress) : undefined;
    slot.ready
      .then(() => task.invoke(slot.remote, progress))
      .then(
        (r) => {
          if (settled) return;
          finish();
          task.resolve(r);
        },
        (e: unknown) => {
          if (settled) return;
          finish();
          task.reject(e);
        },
      );
  }
}

/** The app's one pool, sized to the machine's cores (at least one, at most four). */
let shared: WorkerPool | undefined;
export function modelPool(): WorkerPool {
  shared ??= new WorkerPool(
    () => new Worker(new URL('./model.worker.ts', import.meta.url), { type: 'module', name: 'model' }),
    Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2)),
  );
  return shared;
}
