/**
 * Presenter mode: the step alone, full screen, in type large enough for the back of a room.
 * → / Space / PageDown go on (first revealing a prediction), ← / PageUp go back, Home and End jump,
 * Esc leaves. Nothing but the step and a counter is on screen.
 */
import { useEffect, useRef } from 'react';
import type { LessonRun } from '../../../models/lessons';
import { LessonStep, type Guess } from './LessonStep';

export function Presenter(props: {
  run: LessonRun;
  step: number;
  revealed: boolean;
  guess: Guess | null;
  onGuess: (g: Guess) => void;
  onNext: () => void;
  onPrev: () => void;
  onFirst: () => void;
  onLast: () => void;
  onExit: () => void;
  /** The last step's hand-over (lesson 7 opens the fiscal workspace). */
  onOpen?: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    const el = ref.current;
    el?.focus();
    // Fullscreen needs a user gesture (the Present button was one); a refusal leaves a full-window view.
    if (el && !document.fullscreenElement) el.requestFullscreen?.().catch(() => {});
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const p = latest.current;
      const act: Record<string, () => void> = {
        ArrowRight: p.onNext,
        ' ': p.onNext,
        PageDown: p.onNext,
        ArrowLeft: p.onPrev,
        PageUp: p.onPrev,
        Home: p.onFirst,
        End: p.onLast,
        Escape: p.onExit,
      };
      const f = act[e.key];
      if (!f) return;
      e.preventDefault();
      e.stopPropagation();
      f();
    };
    // Leaving fullscreen with the browser's own Esc also leaves presenter mode.
    const onFullscreen = () => {
      if (!document.fullscreenElement) latest.current.onExit();
    };
    window.addEventListener('keydown', onKey, true);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener('fullscreenchange', onFullscreen);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    };
  }, []);

  const total = props.run.lesson.steps.length;
  const last = props.run.lesson.steps[props.step]!;
  return (
    <div
      className="presenter"
      ref={ref}
      tabIndex={-1}
      role="dialog"
      aria-modal="true"
      aria-label={`${props.run.lesson.title}: presenter mode`}
      data-testid="presenter"
    >
      <header className="presenter-head">
        <span className="presenter-title">{props.run.lesson.title}</span>
        <span className="presenter-counter" data-testid="step-counter">
          {props.step + 1} / {total}
        </span>
      </header>
      <LessonStep
        run={props.run}
        step={props.step}
        revealed={props.revealed}
        guess={props.guess}
        onGuess={props.onGuess}
        onReveal={props.onNext}
      />
      {last.open && props.step === total - 1 && props.revealed && (
        <button type="button" className="open-workspace" onClick={props.onOpen}>
          {last.open.label} →
        </button>
      )}
      <footer className="presenter-source">Source: {props.run.lesson.source}</footer>
    </div>
  );
}
