/**
 * Lessons: guided walks through how money is created, each step posted on the models' ledger.
 * Parsing (schema + balance checks), the shipped lessons and `lesson:NAME` references.
 */
import { formatZodIssues } from '../scenario/errors';
import { LessonError } from './errors';
import { runLesson, type LessonRun } from './post';
import { lessonSchema, type Lesson } from './schema';
import { SHIPPED_LESSONS } from './shipped';

export { LessonError } from './errors';
export { LESSON_SCHEMA_VERSION, NET_WORTH, lessonSchema } from './schema';
export type { Lesson, LessonEntry, LessonInput, LessonStep, LessonTransaction } from './schema';
export { moneyChangeOf, moneyIn, netChange, runLesson } from './post';
export type { LessonRun, MoneyChange, StepResult, VariantResult } from './post';
export { SHIPPED_LESSONS };

/** zod paths "steps.3.transactions.0" read as code does: steps[3].transactions[0]. */
function bracketed(line: string): string {
  const colon = line.indexOf(': ');
  if (colon < 0) return line;
  const path = line.slice(0, colon);
  if (/\s/.test(path)) return line;
  return path.replace(/\.(\d+)(?=\.|$)/g, '[$1]') + line.slice(colon);
}

/** Structure only (zod); throws LessonError whose lines each name the field. */
export function parseLessonStructure(input: unknown): Lesson {
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    throw new LessonError(['(lesson): must be a JSON object']);
  const parsed = lessonSchema.safeParse(input);
  if (!parsed.success) throw new LessonError(formatZodIssues(parsed.error, input).map(bracketed));
  return parsed.data;
}

/** Structure, references and balance: a lesson returned from here posts cleanly on the ledger. */
export function parseLesson(input: unknown): { lesson: Lesson; run: LessonRun } {
  const lesson = parseLessonStructure(input);
  return { lesson, run: runLesson(lesson) };
}

/** A file's text; JSON syntax errors are LessonErrors too. */
export function parseLessonText(text: string): { lesson: Lesson; run: LessonRun } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new LessonError([`(file): not valid JSON — ${(e as Error).message}`]);
  }
  return parseLesson(json);
}

/** `lesson:NAME` names a shipped lesson; anything else is not a reference. */
export function lessonNameOf(ref: string): string | null {
  return ref.startsWith('lesson:') ? ref.slice('lesson:'.length) : null;
}

export function getShippedLesson(name: string): unknown {
  const found = SHIPPED_LESSONS.find((l) => l.id === name);
  if (!found)
    throw new LessonError([
      `lesson: unknown lesson "${name}" (known: ${SHIPPED_LESSONS.map((l) => l.id).join(', ')})`,
    ]);
  return structuredClone(found);
}

/** The text a lesson is saved as: stable key order, two-space indents, a final newline. */
export function lessonToText(lesson: Lesson): string {
  return `${JSON.stringify(lesson, null, 2)}\n`;
}
