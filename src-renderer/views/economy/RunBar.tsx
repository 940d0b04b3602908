/** Run, Cancel and what the runs are doing: a progress bar while they go, the outcome when they stop. */
import type { RunStatus } from './useEconomyRuns';

export function RunBar(props: {
  status: RunStatus;
  progress: number;
  total: number;
  message: string | null;
  ms: number | null;
  stale: boolean;
  onRun: () => void;
  onCancel: () => void;
}) {
  const running = props.status === 'running';
  return (
    <div className="run-bar" aria-live="polite">
      <button
        type="button"
        className="primary"
        onClick={props.onRun}
        title="Run every scenario with every seed in the background workers"
      >
        {running ? 'Restart run' : 'Run'}
      </button>
      <button
        type="button"
        onClick={props.onCancel}
        disabled={!running}
        title="Stop the runs; the charts keep the last results"
      >
        Cancel
      </button>
      {running && (
        <>
          <progress className="run-progress" value={props.progress} max={1} data-testid="econ-progress" />
          <span className="muted small">
            {props.total} run{props.total === 1 ? '' : 's'}, {Math.round(props.progress * 100)}%
          </span>
        </>
      )}
      <span className="run-outcome small" data-testid="econ-run-status">
        {props.status === 'done' &&
          props.ms !== null &&
          `Done: ${props.total} run${props.total === 1 ? '' : 's'} in ${(props.ms / 1000).toFixed(1)} s.`}
        {props.status === 'cancelled' && 'Run cancelled; the charts show the last completed results.'}
        {props.status === 'error' && <span className="error">Run failed: {props.message}</span>}
        {props.stale && !running && ' Settings changed since these results: press Run to update.'}
      </span>
    </div>
  );
}
