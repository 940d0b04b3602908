import { useEffect, useRef, useState } from 'react';
import type { RunResult } from '../../../models/result';
import { CancelledError, modelPool } from '../../worker/pool';

export interface RunState<R> {
  results: R[] | null;
  error: string | null;
  running: boolean;
  /** The user stopped the last run; the results are those of the run before. */
  cancelled: boolean;
  progress: number;
  /** Milliseconds from request to result of the last completed run (worker round trip included). */
  lastMs: number | null;
}

/**
 * Run a set of scenarios in the worker pool whenever they change. A slider moves faster than runs
 * finish, so a newer request cancels the one in flight: the chart follows the latest value.
 */
export function useLatestRun<R extends RunResult>(scenarios: unknown[]): RunState<R> & { cancel(): void } {
  const [state, setState] = useState<RunState<R>>({
    results: null,
    error: null,
    running: false,
    cancelled: false,
    progress: 0,
    lastMs: null,
  });
  const controller = useRef<AbortController | null>(null);
  const key = JSON.stringify(scenarios);

  useEffect(() => {
    controller.current?.abort();
    const ac = new AbortController();
    controller.current = ac;
    const started = performance.now();
    setState((s) => ({ ...s, running: true, cancelled: false, progress: 0 }));
    const pool = modelPool();
    const parsed = JSON.parse(key) as unknown[];
    const progress = new Array<number>(parsed.length).fill(0);
    Promise.all(
      parsed.map((s, i) =>
        pool.run(s, {
          signal: ac.signal,
          onProgress: (f) => {
            progress[i] = f;
            if (!ac.signal.aborted)
              setState((st) => ({ ...st, progress: progress.reduce((a, b) => a + b, 0) / parsed.length }));
          },
        }),
      ),
    ).then(
      (results) => {
        if (ac.signal.aborted) return;
        setState({
          results: results as R[],
          error: null,
          running: false,
          cancelled: false,
          progress: 1,
          lastMs: performance.now() - started,
        });
      },
      (e: unknown) => {
        if (e instanceof CancelledError || ac.signal.aborted) return;
        // Keep the last good results on screen: a bad value must not wipe the chart.
        setState((s) => ({ ...s, error: (e as Error).message, running: false }));
      },
    );
    return () => ac.abort();
  }, [key]);

  const cancel = () => {
    if (!controller.current || controller.current.signal.aborted) return;
    controller.current.abort();
    setState((s) => (s.running ? { ...s, running: false, cancelled: true } : s));
  };
  return { ...state, cancel };
}
