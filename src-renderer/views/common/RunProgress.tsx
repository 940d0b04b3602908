/**
 * Progress and Cancel for workspaces that re-run on every change. Most runs take a few ms, so the
 * bar appears only once a run has gone on for SHOW_AFTER_MS: quick runs do not flicker, long ones
 * (a 10,000-period textbook run takes seconds) can be stopped.
 */
import { useEffect, useState } from 'react';

export const SHOW_AFTER_MS = 200;

export function RunProgress(props: {
  running: boolean;
  progress: number;
  cancelled: boolean;
  /** Whether earlier results are still on screen after a cancel. */
  hasResults: boolean;
  onCancel: () => void;
}) {
  const { running } = props;
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    setSlow(false);
    if (!running) return;
    const timer = setTimeout(() => setSlow(true), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, [running]);

  if (running && slow) {
    return (
      <p className="run-bar">
        <progress className="run-progress" value={props.progress} max={1} aria-label="Run progress" />
        <span className="muted small">Running… {Math.round(props.progress * 100)}%</span>
        <button
          type="button"
          onClick={props.onCancel}
          title="Stop this run; the charts keep the last results"
        >
          Cancel
        </button>
      </p>
    );
  }
  if (props.cancelled) {
    return (
      <p className="muted small" data-testid="run-cancelled">
        {props.hasResults
          ? 'Run cancelled; the charts show the last completed results. Change a setting to run again.'
          : 'Run cancelled. Change a setting to run again.'}
      </p>
    );
  }
  return null;
}

/**
 * The status line under a workspace's header: progress and Cancel while a run is slow, then what
 * went wrong (the run, or the last export), announced to screen readers.
 */
export function RunStatus(props: {
  run: { running: boolean; progress: number; cancelled: boolean; error: string | null; cancel(): void };
  hasResults: boolean;
  exportError?: string | null;
}) {
  const { run } = props;
  return (
    <div className="run-status" aria-live="polite">
      <RunProgress
        running={run.running}
        progress={run.progress}
        cancelled={run.cancelled}
        hasResults={props.hasResults}
        onCancel={run.cancel}
      />
      {run.error && (
        <p className="error" role="alert">
          Could not run: {run.error}
        </p>
      )}
      {props.exportError && (
        <p className="error" role="alert">
          Export failed: {props.exportError}
        </p>
      )}
    </div>
  );
}
