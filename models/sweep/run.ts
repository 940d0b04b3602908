/**
 * Running a sweep's tasks on whatever runs scenarios (the app's worker pool, the CLI's thread
 * pool, a plain function in tests): every task is handed over at once and the runner decides how
 * many run together; rows come back as they finish and, at the end, in task order.
 */
import type { RunResult } from '../result';
import type { SweepRow } from './aggregate';
import { taskScenario, type SweepDesign, type Task } from './design';
import { compileMetric, MetricError, shapeOf, type CompiledMetric } from './metrics';

export type RunTask = (scenario: Record<string, unknown>, task: Task) => Promise<RunResult>;

/** A run of the sweep failed: which point and seed, and why (the original error is `cause`). */
export class SweepTaskError extends Error {
  constructor(
    public readonly task: Task,
    public readonly label: string,
    cause: unknown,
  ) {
    super(`${label}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'SweepTaskError';
  }
}

/** A run that left the range where its numbers mean anything (models/divergence names the kinds). */
import { isDivergence } from '../divergence';

export { isDivergence };

export function taskLabel(design: SweepDesign, task: Task): string {
  const values = design.params.map((p, i) => `${p.name}=${task.values[i]}`).join(', ');
  return `point ${task.point + 1} (${values})${task.seed === null ? '' : `, seed ${task.seed}`}`;
}

export interface SweepRunOptions {
  onRow?: (row: SweepRow) => void;
  /** Record a diverged run as a row of NaN metrics (the app) instead of failing the sweep (the CLI). */
  keepDiverged?: boolean;
}

export async function runSweep(
  design: SweepDesign,
  tasks: readonly Task[],
  runTask: RunTask,
  options: SweepRunOptions = {},
): Promise<SweepRow[]> {
  let metrics: CompiledMetric[] | null = null;
  const rows = await Promise.all(
    tasks.map(async (task): Promise<SweepRow> => {
      const base = { task: task.index, point: task.point, values: task.values, seed: task.seed };
      let result: RunResult;
      try {
        result = await runTask(taskScenario(design, task), task);
      } catch (e) {
        if (options.keepDiverged && isDivergence(e)) {
          const row = { ...base, metrics: design.metrics.map(() => NaN), error: (e as Error).message };
          options.onRow?.(row);
          return row;
        }
        throw new SweepTaskError(task, taskLabel(design, task), e);
      }
      // Metrics are checked against the first result: only a run shows which columns a model has.
      metrics ??= design.metrics.map((m) => compileMetric(m, shapeOf(result)));
      let values: number[];
      try {
        values = metrics.map((m) => m.evaluate(result));
      } catch (e) {
        if (e instanceof MetricError) throw e;
        throw new SweepTaskError(task, taskLabel(design, task), e);
      }
      const row = { ...base, metrics: values };
      options.onRow?.(row);
      return row;
    }),
  );
  return rows.sort((a, b) => a.task - b.task);
}

/** Units of each metric, from one result (summary figures carry the model's documented unit). */
export function metricUnits(design: SweepDesign, result: RunResult): Record<string, string> {
  return Object.fromEntries(design.metrics.map((m) => [m.name, compileMetric(m, shapeOf(result)).unit]));
}
