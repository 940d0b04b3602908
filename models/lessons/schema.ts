/**
 * The lesson file format, version 1. A lesson is plain data: titles, plain text and transactions
 * written as signed entries (+ an asset or a rise in net worth, − a liability or a fall in net
 * worth), so opening a shared lesson can never run code. Structure is checked here; whether the
 * transactions balance is checked by posting them on the ledger (see post.ts).
 */
import { z } from 'zod';

export const LESSON_SCHEMA_VERSION = 1;
/** The instrument id an entry uses for a change in net worth (income, spending, a transfer). */
export const NET_WORTH = 'net worth';

const id = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9-]{0,39}$/, { message: 'must be a short id: letters, digits and -' });
/** Plain text only; length-limited so a shared file cannot bury the screen. */
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: 'must not be empty' })
    .max(max, { message: `must be at most ${max} characters` });

const sector = z.strictObject({
  id,
  label: text(40),
  name: text(60),
});

const instrument = z.strictObject({
  id,
  label: text(40),
  name: text(60),
  kind: z.enum([
    'deposits',
    'loans',
    'reserves',
    'advances',
    'bills',
    'bonds',
    'high-powered money',
    'government account',
    'equity',
  ]),
  /** The sector whose liability it is. */
  issuer: id,
});

const amount = z
  .number({ message: 'must be a number' })
  .refine((v) => Math.abs(v) <= 1e12, { message: 'must be at most 1e12 in size' });

const entry = z.strictObject({
  sector: id,
  /** An instrument id, or "net worth". */
  instrument: z.string().min(1, { message: 'must not be empty' }).max(40),
  amount,
});

const transaction = z.strictObject({
  /** What happened, in a few words; also names the row of the transactions-flow matrix. */
  label: text(80),
  /** Only in lessons with variants: the variant this transaction belongs to (default: all). */
  variant: id.optional(),
  entries: z.array(entry).min(2, { message: 'must have at least 2 entries (double entry)' }).max(24),
});

const account = z.strictObject({ sector: id, instrument: z.string().min(1).max(40) });

const prediction = z.strictObject({
  /** The question put to the class before the step is shown. */
  prompt: text(300),
  /** The accounts the class chooses from; the answer is computed from the step's transactions. */
  options: z.array(account).min(2, { message: 'must offer at least 2 accounts' }).max(8),
});

const step = z.strictObject({
  title: text(120),
  text: text(2000),
  transactions: z.array(transaction).max(12).default([]),
  predict: prediction.optional(),
  /** Show these sectors also as one consolidated column (e.g. the government and its public bank). */
  consolidate: z.strictObject({ label: text(40), sectors: z.array(id).min(2) }).optional(),
  /** The last step may hand over to a workspace with a built-in scenario open. */
  open: z.strictObject({ workspace: z.enum(['fiscal']), preset: id, label: text(80) }).optional(),
});

export const lessonSchema = z.strictObject({
  schemaVersion: z.literal(LESSON_SCHEMA_VERSION, { message: `must be ${LESSON_SCHEMA_VERSION}` }),
  kind: z.literal('lesson', { message: 'must be "lesson"' }),
  id,
  title: text(120),
  summary: text(600),
  /** Where the content comes from, shown on every step and in every export. */
  source: text(400),
  sectors: z.array(sector).min(2).max(8),
  instruments: z.array(instrument).min(1).max(10),
  /** What counts as money: these instruments held by these sectors. */
  money: z.strictObject({
    label: text(100),
    instruments: z.array(id).min(1),
    holders: z.array(id).min(1),
  }),
  /** Holdings before the first step: sector → instrument → signed amount. */
  initial: z.record(z.string(), z.record(z.string(), amount)).default({}),
  /** Two worlds shown side by side (lesson 4): transactions name the variant they belong to. */
  variants: z
    .array(z.strictObject({ id, title: text(60) }))
    .min(2)
    .max(3)
    .optional(),
  steps: z.array(step).min(1).max(40),
});

export type Lesson = z.output<typeof lessonSchema>;
export type LessonStep = Lesson['steps'][number];
export type LessonTransaction = LessonStep['transactions'][number];
export type LessonEntry = LessonTransaction['entries'][number];
export type LessonInput = z.input<typeof lessonSchema>;
