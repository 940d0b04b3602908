/**
 * A pool of worker threads that run scenarios, one per core by default: Monte Carlo runs are
 * independent, so N cores give close to N× throughput. Results come back by transfer, not copy.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DataFiles } from '../../models/model';
import type { RunResult } from '../../models/result';
import { ScenarioError } from '../../models/scenario';

export interface TaskMessage {
  id: number;
  scenario: unknown;
}

export type ReplyMessage =
  | { id: number; ok: true; result: RunResult; timeMs: number }
  | {
      id: number;
      ok: false;
      error: { name: string; message: string; stack: string; problems: string[] | null };
    };

export interface TimedResult {
  result: RunResult;
  /** Time the model took inside its worker, without queueing or transfer. */
  timeMs: number;
}

interface Pending {
  scenario: unknown;
  resolve: (r: TimedResult) => void;
  reject: (e: Error) => void;
}

const WORKER_URL = new URL('./run-worker.mjs', import.meta.url);

function rebuildError(error: Extract<ReplyMessage, { ok: false }>['error']): Error {
  if (error.problems) return new ScenarioError(error.problems);
  const e = new Error(error.message);
  e.name = error.name;
  e.stack = error.stack;
  return e;
}

export class RunPool {
  readonly size: number;
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: (Pending & { id: number })[] = [];
  private readonly running = new Map<Worker, Pending & { id: number }>();
  private nextId = 0;
  private closed = false;

  constructor(data: DataFiles, size: number = availableParallelism()) {
    this.size = Math.max(1, Math.floor(size));
    for (let i = 0; i < this.size; i++) {
      const worker = new Worker(WORKER_URL, { workerData: data });
      worker.on('message', (reply: ReplyMessage) => this.settle(worker, reply));
      worker.on('error', (e) => this.fail(e));
      worker.on('exit', (code) => {
        if (!this.closed) this.fail(new Error(`run worker exited unexpectedly (code ${code})`));
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  run(scenario: unknown): Promise<TimedResult> {
    if (this.closed) return Promise.reject(new Error('RunPool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, scenario, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.pop() as Worker;
      const task = this.queue.shift() as Pending & { id: number };
      this.running.set(worker, task);
      worker.postMessage({ id: task.id, scenario: task.scenario } satisfies TaskMessage);
    }
  }

  private settle(worker: Worker, reply: ReplyMessage): void {
    const task = this.running.get(worker);
    if (!task || task.id !== reply.id) return;
    this.running.delete(worker);
    this.idle.push(worker);
    if (reply.ok) task.resolve({ result: reply.result, timeMs: reply.timeMs });
    else task.reject(rebuildError(reply.error));
    this.dispatch();
  }

  /** A crashed worker fails every task, running or queued: the pool cannot promise to finish them. */
  private fail(error: Error): void {
    this.closed = true;
    for (const task of [...this.running.values(), ...this.queue.splice(0)]) task.reject(error);
    this.running.clear();
    void this.close();
  }
}
