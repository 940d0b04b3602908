/**
 * A pool of model workers. A run can be cancelled at any moment: a model's period loop is
 * synchronous, so cancelling terminates its worker and starts a fresh one in its place.
 * A worker that fails to load (an error event, or no ready signal in time) or dies mid-run (an
 * error or messageerror event) is replaced the same way, and its run fails at once with a message
 * saying so, instead of leaving the app waiting forever.
 */
import { proxy, releaseProxy, wrap, type Remote } from 'comlink';
import type { ClaimsReport } from '../../models/claims';
import type { ProgressFn, RunResult } from '../../models/result';
import type { AbmScenario } from '../../models/abm';
import type { DrawVerdict, SeedOutcome, ValidationPlan } from '../../models/abm/validation';
import { WORKER_READY, type DataCheck, type TableInfo, type WorkerApi } from './api';

export interface RunOptions {
  onProgress?: ProgressFn;
  signal?: AbortSignal;
}

interface Slot {
  worker: Worker;
  // Kept in a long-lived field: comlink drops in-flight calls if the proxy is collected (#692).
  remote: Remote<WorkerApi>;
  /** Resolves when the worker has exposed its API: calls are sent only then, so none can be lost
   * to a worker still loading (simulated workers in tests drop such messages). Rejects if it fails. */
  ready: Promise<void>;
  loaded: boolean;
  busy: boolean;
  /** Settles the slot's current run or load with an error: set while one is pending. */
  fail: ((e: Error) => void)[];
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

/** The worker running a model failed; the pool has started a fresh one. */
export class WorkerCrashedError extends Error {
  constructor(detail: string) {
    super(`The model worker stopped unexpectedly (${detail}); a fresh one has been started. Run again.`);
    this.name = 'WorkerCrashedError';
  }
}

/** A worker that has not said it is ready by then failed to load (it takes ~0.1–0.5 s on a loaded machine). */
export const LOAD_TIMEOUT_MS = 5000;
/** After this many workers in a row fail to load, the pool stops restarting them: the script is broken. */
export const MAX_LOAD_FAILURES = 3;

function describeError(e: Event): string {
  const message = (e as ErrorEvent).message;
  return message ? `error: ${message}` : 'it failed to load or crashed';
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private loadFailures = 0;
  private broken: Error | null = null;
  /** Imported country tables, replayed into every worker started later (after a Cancel or a crash). */
  private readonly tables = new Map<string, string>();

  constructor(
    private readonly createWorker: () => Worker,
    readonly size: number,
    private readonly loadTimeoutMs = LOAD_TIMEOUT_MS,
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
    if (this.broken) return Promise.reject(this.broken);
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

  /** Validate a country table in one worker (rejects with its TableError message), then give it to all. */
  async addTable(key: string, text: string): Promise<TableInfo> {
    const [first, ...rest] = this.slots;
    if (!first) throw this.broken ?? new Error('The model worker is not running. Reload the app.');
    const info = await first.ready.then(() => first.remote.addTable(key, text));
    this.tables.set(key, text);
    await Promise.all(rest.map((s) => s.ready.then(() => s.remote.addTable(key, text))));
    return info;
  }

  /** The claims report, from the first worker ready (it is computed in milliseconds). */
  async claims(): Promise<ClaimsReport> {
    const slot = await Promise.any(this.slots.map((s) => s.ready.then(() => s)));
    return slot.remote.claims();
  }

  terminate(): void {
    for (const s of this.slots) this.dispose(s);
    this.slots.length = 0;
  }

  private dispose(slot: Slot): void {
    slot.remote[releaseProxy]();
    slot.worker.terminate();
  }

  private newSlot(): Slot {
    const worker = this.createWorker();
    const slot: Slot = {
      worker,
      remote: wrap<WorkerApi>(worker),
      ready: Promise.resolve(),
      loaded: false,
      busy: false,
      fail: [],
    };
    slot.ready = new Promise<void>((resolve, reject) => {
      // A timer that fires late means this thread was busy; the worker's "ready" may be queued behind
      // it, so wait one more period rather than replace a worker that did start.
      const armed = Date.now();
      const onTimeout = (retried: boolean) => {
        if (!retried && Date.now() - armed > 2 * this.loadTimeoutMs) {
          timer = setTimeout(() => onTimeout(true), this.loadTimeoutMs);
          return;
        }
        this.crashed(slot, `it did not start within ${this.loadTimeoutMs / 1000} s`);
      };
      let timer = setTimeout(() => onTimeout(false), this.loadTimeoutMs);
      const onMessage = (e: MessageEvent) => {
        if (e.data !== WORKER_READY) return;
        worker.removeEventListener('message', onMessage);
        clearTimeout(timer);
        slot.loaded = true;
        this.loadFailures = 0;
        resolve();
      };
      worker.addEventListener('message', onMessage);
      slot.fail.push((e) => {
        clearTimeout(timer);
        reject(e);
      });
    });
    // A replacement worker gets the imported tables before any run reaches it.
    slot.ready = slot.ready.then(async () => {
      for (const [key, text] of this.tables) await slot.remote.addTable(key, text);
    });
    // Nobody may be waiting on `ready` yet: failures reach the user through runs and checkData.
    slot.ready.catch(() => {});
    worker.addEventListener('error', (e) => {
      e.preventDefault(); // handled here; not an uncaught error in the page too
      this.crashed(slot, describeError(e));
    });
    worker.addEventListener('messageerror', () => this.crashed(slot, 'a message from it could not be read'));
    return slot;
  }

  /** A failed worker: fail what waited on it, replace it, and hand queued runs to the replacement. */
  private crashed(slot: Slot, detail: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return; // already replaced (cancelled, or a second event for the same failure)
    if (!slot.loaded) this.loadFailures++;
    this.dispose(slot);
    if (this.loadFailures >= MAX_LOAD_FAILURES) {
      this.broken = new Error(`The model worker could not start (${detail}). Reload the app.`);
      for (const f of slot.fail.splice(0)) f(this.broken);
      this.slots.splice(index, 1);
      if (this.slots.length === 0) for (const t of this.queue.splice(0)) t.reject(this.broken);
      return;
    }
    const error = new WorkerCrashedError(detail);
    this.slots[index] = this.newSlot();
    for (const f of slot.fail.splice(0)) f(error);
    this.pump();
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
    const settle = () => {
      settled = true;
      task.options.signal?.removeEventListener('abort', onAbort);
      slot.fail = slot.fail.filter((f) => f !== onCrash);
    };
    const finish = () => {
      settle();
      slot.busy = false;
      this.pump();
    };
    const onCrash = (e: Error) => {
      if (settled) return;
      settle();
      task.reject(e);
    };
    const onAbort = () => {
      if (settled) return;
      settle();
      // The only way to stop a synchronous loop: replace the worker.
      this.dispose(slot);
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      const fresh = this.newSlot();
      this.slots[i] = fresh;
      // Warm the replacement now (data parsed once), so the next run does not pay for it.
      fresh.ready.then(() => fresh.remote.checkData()).catch(() => {});
      this.pump();
    };
    slot.fail.push(onCrash);
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
