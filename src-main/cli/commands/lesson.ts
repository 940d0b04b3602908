/**
 * `money-lab lesson FILE|lesson:NAME --out DIR`: each step of a lesson as an SVG slide, framed like
 * every exported figure (title, source, assumptions, provenance). A step that asks for a
 * prediction gets two slides: the question alone, then the accounts.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import {
  SHIPPED_LESSONS,
  getShippedLesson,
  lessonNameOf,
  parseLesson,
  parseLessonText,
  type LessonRun,
} from '../../../models/lessons';
import { SLIDE_SIZE, lessonSlide } from '../../../src-renderer/charts/lesson';
import { isoDate, serializeSvg } from '../../../src-renderer/export';
import type { Command } from '../args';
import { UsageError } from '../errors';
import type { CliIO } from '../io';
import { writeOutput } from '../write';

type LessonCommand = Extract<Command, { name: 'lesson' }>;

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

/** The framed SVG of one step (its question alone when `reveal` is false). */
export function lessonSlideSvg(run: LessonRun, step: number, reveal: boolean, date = isoDate()): string {
  const doc = parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
  return serializeSvg(lessonSlide(doc, run, step, reveal, date));
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
