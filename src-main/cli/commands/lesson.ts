/**
 * `money-lab lesson FILE|lesson:NAME --out DIR`: each step of a lesson as an SVG slide, framed like
 * every exported figure (title, source, assumptions, provenance). A step that asks for a
 * prediction gets two slides: the question alone, then the accounts.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import {
  LESSON_SCHEMA_VERSION,
  SHIPPED_LESSONS,
  getShippedLesson,
  lessonNameOf,
  parseLesson,
  parseLessonText,
  type LessonRun,
} from '../../../models/lessons';
import { makeProvenance } from '../../../models/provenance';
import { drawLessonStep } from '../../../src-renderer/charts/lesson';
import {
  figureLayout,
  frameFigure,
  isoDate,
  serializeSvg,
  type FigureMeta,
} from '../../../src-renderer/export';
import type { Command } from '../args';
import { UsageError } from '../errors';
import type { CliIO } from '../io';
import { writeOutput } from '../write';

type LessonCommand = Extract<Command, { name: 'lesson' }>;

/** 16:9, as slides are. */
export const SLIDE_SIZE = { width: 1600, height: 900 } as const;
const MAX_LESSON_BYTES = 5 * 1024 * 1024;

/** A shipped lesson (`lesson:NAME`, or a bare NAME when no such file exists) or a lesson file. */
export function loadLesson(ref: string, cwd = process.cwd()): { run: LessonRun; shipped: string | null } {
  const path = resolve(cwd, ref);
  const name =
    lessonNameOf(ref) ?? (!existsSync(path) && SHIPPED_LESSONS.some((l) => l.id === ref) ? ref : null);
  if (name !== null) return { run: parseLesson(getShippedLesson(name)).run, shipped: name };
  let text: string;
  try {
    if (statSync(path).size > MAX_LESSON_BYTES)
      throw new UsageError(`lesson file "${ref}" is larger than 5 MB`);
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (code ?? String(e));
    throw new UsageError(`cannot read lesson file "${ref}": ${why}`);
  }
  return { run: parseLessonText(text).run, shipped: null };
}

export function lessonSlideMeta(run: LessonRun, step: number, date: string): FigureMeta {
  const { lesson } = run;
  const s = lesson.steps[step]!;
  const worlds = run.variants.map((v) => v.title).filter(Boolean);
  return {
    title: lesson.title,
    subtitle: `Step ${step + 1} of ${lesson.steps.length}: ${s.title}`,
    sources: [lesson.source],
    assumptions: [
      'Illustrative teaching amounts, posted on the app’s double-entry ledger and checked like every model period',
      'T-accounts show each step’s changes: + an asset, a liability or net worth that rose, − one that fell',
      ...(worlds.length ? [`Side by side: ${worlds.join(' | ')}`] : []),
    ],
    provenance: makeProvenance('lesson', `v${LESSON_SCHEMA_VERSION}`, lesson, null, []),
    scenario: { name: lesson.title, lesson },
    date,
  };
}

/** The framed SVG of one step (its question alone when `reveal` is false). */
export function lessonSlideSvg(run: LessonRun, step: number, reveal: boolean, date = isoDate()): string {
  const doc = parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
  const meta = lessonSlideMeta(run, step, date);
  const plotRect = figureLayout(meta, SLIDE_SIZE).plot;
  // Drawn narrower than the room and scaled up: slide type must be large; tall steps scale less.
  const plot = drawLessonStep(doc, run, step, Math.round(plotRect.width / 1.3), reveal);
  // Content shorter than the room sits at the top; taller content shrinks to fit.
  plot.setAttribute('preserveAspectRatio', 'xMinYMin meet');
  return serializeSvg(frameFigure(doc, plot, meta, SLIDE_SIZE));
}

export function lessonCommand(cmd: LessonCommand, io: CliIO): void {
  const { run } = loadLesson(cmd.ref, io.cwd);
  const files: string[] = [];
  const pad = (i: number) => String(i + 1).padStart(2, '0');
  run.lesson.steps.forEach((s, i) => {
    if (s.predict) {
      const predict = join(cmd.out, `step-${pad(i)}-predict.svg`);
      writeOutput(predict, lessonSlideSvg(run, i, false), io.cwd);
      files.push(predict);
    }
    const path = join(cmd.out, `step-${pad(i)}.svg`);
    writeOutput(path, lessonSlideSvg(run, i, true), io.cwd);
    files.push(path);
  });
  io.out(
    `wrote ${files.length} slides for "${run.lesson.title}" (${run.lesson.steps.length} steps, ${SLIDE_SIZE.width}×${SLIDE_SIZE.height}) to ${cmd.out}`,
  );
}
