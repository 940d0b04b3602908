/**
 * Run a sweep on the app's worker pool: rows arrive as runs finish (the chart redraws with each),
 * Cancel stops the runs in flight and keeps what has arrived. A diverged run is kept as an empty
 * point rather than ending the sweep, and counted.
 */
import { useCallback, useRef, useState } from 'react';
import type { RunResult } from '../../../models/result';
import { designTasks, runSweep, type SweepDesign, type SweepRow, type Task } from '../../../models/sweep';
import { CancelledError, modelPool } from '../../worker/pool';

export interface SweepState {
  design: SweepDesign | null;
  rows: SweepRow[];
  total: number;
  running: boolean;
  /** How the last sweep ended: null while running or before any. */
  outcome: 'done' | 'cancelled' | 'failed' | null;
  error: string | null;
  /** The lowest task's result, for the exports' assumptions and sources. */
  first: { task: Task; result: RunResult } | null;
  seconds: number | null;
}

const IDLE: SweepState = {
  design: null,
  rows: [],
  total: 0,
  running: false,
  outcome: null,
  error: null,
  first: null,
  seconds: null,
};

export function useSweep() {
  const [state, setState] = useState<SweepState>(IDLE);
  const controller = useRef<AbortController | null>(null);

  const start = useCallback((design: SweepDesign) => {
    controller.current?.abort();
    const ac = new AbortController();
    controller.current = ac;
    const tasks = designTasks(design);
    const started = performance.now();
    setState({ ...IDLE, design, total: tasks.length, running: true });
    let first: SweepState['first'] = null;
    const pool = modelPool();
    runSweep(
      design,
      tasks,
      async (scenario, task) => {
        const result = await pool.run(scenario, { signal: ac.signal });
        if (!first || task.index < first.task.index) {
          first = { task, result };
          setState((s) => (controller.current === ac ? { ...s, first } : s));
        }
        return result;
      },
      {
        keepDiverged: true,
        onRow: (row) => {
          if (controller.current === ac) setState((s) => ({ ...s, rows: [...s.rows, row] }));
        },
      },
    ).then(
      () => {
        if (controller.current !== ac) return;
        setState((s) => ({
          ...s,
          running: false,
          outcome: 'done',
          seconds: (performance.now() - started) / 1000,
        }));
      },
      (e: unknown) => {
        if (controller.current !== ac) return;
        ac.abort();
        const cancelled =
          e instanceof CancelledError || (e as { cause?: unknown })?.cause instanceof CancelledError;
        setState((s) => ({
          ...s,
          running: false,
          outcome: cancelled ? 'cancelled' : 'failed',
          error: cancelled ? null : (e as Error).message,
          seconds: (performance.now() - started) / 1000,
        }));
      },
    );
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);

  return { ...state, start, cancel };
}
