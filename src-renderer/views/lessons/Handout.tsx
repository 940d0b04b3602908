/**
 * The printable handout: every step with its text, its prediction and answer, its T-accounts,
 * money stock and balance sheet. Rendered into <body> only while printing; the print stylesheet
 * hides the app and shows this alone.
 */
import { createPortal } from 'react-dom';
import type { LessonRun } from '../../../models/lessons';
import { LessonStep } from './LessonStep';

export function Handout({ run }: { run: LessonRun }) {
  return createPortal(
    <div className="lesson-handout" data-testid="lesson-handout">
      <h1>{run.lesson.title}</h1>
      <p>{run.lesson.summary}</p>
      {run.lesson.steps.map((_, i) => (
        <div key={i} className="handout-step">
          <div className="handout-counter">
            Step {i + 1} of {run.lesson.steps.length}
          </div>
          <LessonStep run={run} step={i} revealed guess={null} print />
        </div>
      ))}
      <p className="handout-source">Source: {run.lesson.source}</p>
    </div>,
    document.body,
  );
}
