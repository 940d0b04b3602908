/**
 * The Lessons workspace: guided walks through how money is created, step by step on the models'
 * ledger. Teachers present them full screen, print a handout, or duplicate one, edit its text and
 * amounts, and share it as a file.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  LessonError,
  SHIPPED_LESSONS,
  lessonToText,
  parseLesson,
  parseLessonText,
  type LessonInput,
  type LessonRun,
} from '../../../models/lessons';
import { getPreset } from '../../../models/scenario';
import { lessonSlide } from '../../charts/lesson';
import { exportFileName, isoDate, serializeSvg } from '../../export';
import { isDesktop, openScenarioFile, saveFile } from '../../platform';
import { useCommands } from '../common/commands';
import { reportSave } from '../common/exportFigure';
import { useUndoable } from '../common/useUndoable';
import type { WorkspaceProps } from '../workspaces';
import { Editor, type Edit } from './Editor';
import { Handout } from './Handout';
import { LessonStep, type Guess } from './LessonStep';
import { Presenter } from './Presenter';
import { ProblemList } from '../common/ProblemList';

type Parsed = { run: LessonRun; problems: null } | { run: null; problems: string[] };

function tryParse(raw: unknown): Parsed {
  try {
    return { run: parseLesson(raw).run, problems: null };
  } catch (e) {
    return { run: null, problems: e instanceof LessonError ? e.problems : [(e as Error).message] };
  }
}

/** Teachers' lessons (copies and opened files), keyed "mine:N"; shipped ones are "shipped:ID". */
type Mine = Record<string, LessonInput>;

export function LessonsView(props: WorkspaceProps) {
  const mine = useUndoable<Mine>({});
  const [key, setKey] = useState(`shipped:${SHIPPED_LESSONS[0]!.id}`);
  const [step, setStep] = useState(0);
  const [revealed, setRevealed] = useState<Set<number>>(new Set());
  const [guess, setGuess] = useState<Guess | null>(null);
  const [presenting, setPresenting] = useState(false);
  const [printing, setPrinting] = useState(false);
  const [problems, setProblems] = useState<{ title: string; lines: string[] } | null>(null);
  const counter = useRef(0);

  const raw: unknown = key.startsWith('shipped:')
    ? SHIPPED_LESSONS.find((l) => `shipped:${l.id}` === key)
    : mine.value[key];
  const parsed = useMemo(() => tryParse(raw), [raw]);
  // While an edit leaves the lesson unbalanced, the last balanced version stays on screen.
  const lastGood = useRef<{ key: string; run: LessonRun } | null>(null);
  if (parsed.run) lastGood.current = { key, run: parsed.run };
  const run = parsed.run ?? (lastGood.current?.key === key ? lastGood.current.run : null);
  const editable = key.startsWith('mine:') && mine.value[key] !== undefined;
  const nSteps = run?.lesson.steps.length ?? 1;
  const shown = Math.min(step, nSteps - 1);
  const current = run?.lesson.steps[shown];
  const isRevealed = !current?.predict || revealed.has(shown);

  const goTo = (i: number) => {
    setStep(Math.max(0, Math.min(nSteps - 1, i)));
    setGuess(null);
  };
  const next = () => {
    if (!isRevealed) setRevealed((r) => new Set(r).add(shown));
    else goTo(shown + 1);
  };
  const choose = (k: string) => {
    setKey(k);
    setStep(0);
    setRevealed(new Set());
    setGuess(null);
  };

  const addMine = (lesson: LessonInput): string => {
    const k = `mine:${++counter.current}`;
    mine.set({ ...mine.value, [k]: lesson });
    return k;
  };
  const edit: Edit = (mutate, editKey) => {
    const draft = structuredClone(mine.value[key]!);
    mutate(draft);
    mine.set({ ...mine.value, [key]: draft }, `${key}.${editKey}`);
  };

  const duplicate = () => {
    if (!run) return;
    const copy = structuredClone(run.lesson) as LessonInput;
    copy.id = `${copy.id}-copy`.slice(0, 40);
    copy.title = `${copy.title} (my copy)`.slice(0, 120);
    choose(addMine(copy));
    props.onStatus(`Duplicated "${run.lesson.title}": edit it, then Save lesson to share the file`);
  };

  const open = async () => {
    try {
      const file = await openScenarioFile();
      if (!file) return;
      const { lesson } = parseLessonText(file.text);
      setProblems(null);
      choose(addMine(lesson));
      props.onStatus(`Opened lesson ${file.fileName}`);
    } catch (e) {
      const lines = e instanceof LessonError ? e.problems : [(e as Error).message];
      setProblems({ title: 'This lesson file could not be opened; nothing was changed', lines });
    }
  };

  const save = async () => {
    if (!parsed.run) return;
    const lesson = parsed.run.lesson;
    await reportSave(
      () =>
        saveFile(
          'json',
          exportFileName(lesson.title, 'json').replace('.json', '.lesson.json'),
          lessonToText(lesson),
        ),
      props.onStatus,
      props.onStatus,
    );
  };

  const print = async () => {
    if (!run) return;
    const desktop = isDesktop() ? window.moneyLab : undefined;
    setPrinting(true);
    // Let the handout render before the page is printed.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
    try {
      if (desktop) {
        await reportSave(
          () =>
            desktop.printToPdf({
              suggestedName: exportFileName(run.lesson.title, 'pdf').replace(/\.pdf$/, '-handout.pdf'),
            }),
          props.onStatus,
          props.onStatus,
        );
      } else {
        window.print();
      }
    } finally {
      setPrinting(false);
    }
  };

  // The same slide `money-lab lesson` writes, drawn in this document.
  const exportStep = async () => {
    if (!run) return;
    const svg = serializeSvg(lessonSlide(document, run, shown, isRevealed, isoDate()));
    await reportSave(
      () => saveFile('svg', exportFileName(`${run.lesson.title} step ${shown + 1}`, 'svg'), svg),
      props.onStatus,
      props.onStatus,
    );
  };

  const openWorkspace = () => {
    const o = current?.open;
    if (!o || !props.openScenario) return;
    setPresenting(false);
    props.openScenario(getPreset(o.preset));
  };

  useCommands((action) => {
    if (!props.active || presenting) return;
    if (action === 'undo') mine.undo();
    else if (action === 'redo') mine.redo();
    else if (action === 'save-scenario') void save();
    else if (action === 'export-svg') void exportStep();
    else if (action === 'open-scenario') return;
  });

  // Arrow keys step through the lesson outside presenter mode too, unless a field has the focus.
  useEffect(() => {
    if (!props.active || presenting) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.target instanceof HTMLElement && /^(input|textarea|select)$/i.test(e.target.tagName)) return;
      if (e.key === 'ArrowRight') next();
      else if (e.key === 'ArrowLeft') goTo(shown - 1);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const lessonChoices = [
    ...SHIPPED_LESSONS.map((l, i) => ({ key: `shipped:${l.id}`, title: `${i + 1}. ${l.title}` })),
    ...Object.entries(mine.value).map(([k, l]) => ({ key: k, title: `Mine: ${l.title}` })),
  ];

  return (
    <div className="lessons workspace">
      <aside className="lesson-list" aria-label="Lessons">
        <h2>Lessons</h2>
        <ol>
          {lessonChoices.map((c) => (
            <li key={c.key}>
              <button
                type="button"
                className={c.key === key ? 'selected' : undefined}
                aria-current={c.key === key ? 'true' : undefined}
                onClick={() => choose(c.key)}
              >
                {c.title}
              </button>
            </li>
          ))}
        </ol>
        <div className="button-row lesson-actions">
          <button
            type="button"
            onClick={duplicate}
            disabled={!run}
            title="Make an editable copy of this lesson"
          >
            Duplicate to edit
          </button>
          <button type="button" onClick={() => void open()} title="Open a lesson file someone shared">
            Open lesson…
          </button>
          <button
            type="button"
            onClick={() => void save()}
            disabled={!parsed.run}
            title="Save this lesson as a JSON file to share (Ctrl+S)"
          >
            Save lesson…
          </button>
          {editable && (
            <>
              <button type="button" onClick={mine.undo} disabled={!mine.canUndo} title="Undo (Ctrl+Z)">
                Undo
              </button>
              <button type="button" onClick={mine.redo} disabled={!mine.canRedo} title="Redo (Ctrl+Shift+Z)">
                Redo
              </button>
            </>
          )}
        </div>
      </aside>
      <section className="lesson-main">
        {problems && (
          <ProblemList title={problems.title} lines={problems.lines} onDismiss={() => setProblems(null)} />
        )}
        {parsed.problems && (
          <ProblemList
            title="This lesson does not balance yet; the last balanced version is shown"
            lines={parsed.problems}
            testId="lesson-problems"
          />
        )}
        {run && (
          <>
            <header className="lesson-head">
              <div>
                <h2 data-testid="lesson-title">{run.lesson.title}</h2>
                <p className="lesson-summary">{run.lesson.summary}</p>
              </div>
              <div className="button-row">
                <button
                  type="button"
                  className="primary"
                  onClick={() => setPresenting(true)}
                  title="Full screen, large type; → ← Space Home End to move, Esc to leave"
                >
                  Present
                </button>
                <button
                  type="button"
                  onClick={() => void exportStep()}
                  title="This step as a 1600×900 SVG slide with title and source (as money-lab lesson writes)"
                >
                  Step as SVG…
                </button>
                <button
                  type="button"
                  onClick={() => void print()}
                  title="Print each step's text and T-accounts"
                >
                  {isDesktop() ? 'Handout as PDF…' : 'Print handout…'}
                </button>
              </div>
            </header>
            <nav className="step-nav" aria-label="Steps">
              <button
                type="button"
                onClick={() => goTo(shown - 1)}
                disabled={shown === 0}
                title="Previous step (←)"
              >
                ← Back
              </button>
              <span className="step-counter" data-testid="step-counter">
                Step {shown + 1} of {nSteps}
              </span>
              <button
                type="button"
                onClick={next}
                disabled={shown === nSteps - 1 && isRevealed}
                title={isRevealed ? 'Next step (→)' : 'Reveal the answer (→)'}
              >
                {isRevealed ? 'Next →' : 'Reveal →'}
              </button>
            </nav>
            <LessonStep
              run={run}
              step={shown}
              revealed={isRevealed}
              guess={guess}
              onGuess={setGuess}
              onReveal={next}
            />
            {current?.open && isRevealed && (
              <button type="button" className="open-workspace" onClick={openWorkspace}>
                {current.open.label} →
              </button>
            )}
            <p className="lesson-source">Source: {run.lesson.source}</p>
            {editable && (
              <Editor draft={mine.value[key]!} step={shown} onEdit={edit} problems={parsed.problems} />
            )}
          </>
        )}
      </section>
      {presenting && run && (
        <Presenter
          run={run}
          step={shown}
          revealed={isRevealed}
          guess={guess}
          onGuess={setGuess}
          onNext={next}
          onPrev={() => goTo(shown - 1)}
          onFirst={() => goTo(0)}
          onLast={() => goTo(nSteps - 1)}
          onExit={() => setPresenting(false)}
          onOpen={openWorkspace}
        />
      )}
      {printing && run && <Handout run={run} />}
    </div>
  );
}
