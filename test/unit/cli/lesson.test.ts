/** `money-lab lesson`: slides drawn from the ledger's postings, framed like every figure; bad input exits 2. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { getShippedLesson, parseLesson } from '../../../models/lessons';
import { parseCommand } from '../../../src-main/cli/args';
import { loadLesson, lessonSlideSvg } from '../../../src-main/cli/commands/lesson';
import { main } from '../../../src-main/cli/main';
import { FIGURE_METADATA_KEY } from '../../../src-renderer/export';

const tmp = mkdtempSync(join(tmpdir(), 'money-lab-lesson-'));
vi.setConfig({ testTimeout: 120_000 });

/** The command line in-process (as cli.test.ts runs it), relative paths starting at `tmp`. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    out: (text) => void (stdout += `${text}\n`),
    err: (text) => void (stderr += `${text}\n`),
    cwd: tmp,
  });
  return { code, stdout, stderr };
}

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

describe('lesson slides', () => {
  const { run } = loadLesson('lesson:loan-creates-deposit');

  it('draws a step with title, step, source, provenance and the T-account amounts of the postings', () => {
    const doc = parse(lessonSlideSvg(run, 1, true, '2026-01-01'));
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    const role = (r: string) =>
      [...doc.querySelectorAll(`text[data-role="${r}"]`)].map((t) => t.textContent).join(' ');
    expect(role('title')).toBe('A bank loan creates a deposit');
    expect(role('subtitle')).toBe('Step 2 of 7: The bank makes a loan');
    expect(role('sources')).toMatch(/Money creation in the modern economy/);
    expect(role('provenance')).toMatch(/model lesson v1 .* 2026-01-01/);
    expect(texts).toEqual(expect.arrayContaining(['Households', 'Banks', 'Bank deposits', 'Loans']));
    // Four lines (two per T-account): every amount is the posting's 100, none invented.
    const amounts = [...doc.querySelectorAll('text[data-amount]')].map((t) =>
      Number(t.getAttribute('data-amount')),
    );
    expect(amounts).toEqual([100, 100, 100, 100]);
    expect(role('money')).toBe('Money (bank deposits held by households and shops): 100 (+100 in this step)');
    // The lesson travels in the file, so the slide can be traced back to it.
    const meta = JSON.parse(doc.querySelector(`metadata#${FIGURE_METADATA_KEY}`)!.textContent!) as {
      scenario: { lesson: { id: string } };
    };
    expect(meta.scenario.lesson.id).toBe('loan-creates-deposit');
  });

  it('a prediction slide asks without giving the answer away', () => {
    const doc = parse(lessonSlideSvg(run, 1, false, '2026-01-01'));
    expect(doc.querySelectorAll('text[data-amount]').length).toBe(0);
    expect([...doc.querySelectorAll('text')].some((t) => t.textContent?.startsWith('Predict first:'))).toBe(
      true,
    );
  });

  it('follows an edited lesson: its amounts, not the shipped ones', () => {
    const raw = getShippedLesson('loan-creates-deposit') as {
      steps: { transactions: { entries: { amount: number }[] }[] }[];
    };
    for (const e of raw.steps[1]!.transactions[0]!.entries) e.amount = Math.sign(e.amount) * 250;
    const doc = parse(lessonSlideSvg(parseLesson(raw).run, 1, true, '2026-01-01'));
    const amounts = [...doc.querySelectorAll('text[data-amount]')].map((t) =>
      Number(t.getAttribute('data-amount')),
    );
    expect(amounts).toEqual([250, 250, 250, 250]);
  });

  it('parses the command: a lesson and --out DIR, nothing else', () => {
    expect(parseCommand(['lesson', 'lesson:tiered-rates', '--out', 'd'])).toEqual({
      name: 'lesson',
      ref: 'lesson:tiered-rates',
      out: 'd',
    });
    expect(() => parseCommand(['lesson', 'x.json'])).toThrow('lesson: missing --out DIR');
    expect(() => parseCommand(['lesson', 'x.json', '--out', 'd', '--seed', '1'])).toThrow(
      'lesson: --seed does not apply',
    );
  });

  it('writes one SVG per step (and a question slide per prediction) in-process, relative to the working directory', async () => {
    const out = join(tmp, 'slides');
    const r = await cli('lesson', 'lesson:loan-creates-deposit', '--out', 'slides');
    expect(r.code, r.stderr).toBe(0);
    const files = readdirSync(out).sort();
    const predictions = run.lesson.steps.filter((s) => s.predict).length;
    expect(files).toHaveLength(run.lesson.steps.length + predictions);
    expect(files).toContain('step-02-predict.svg');
    const svg = parse(readFileSync(join(out, 'step-07.svg'), 'utf8')).querySelector('svg')!;
    expect([svg.getAttribute('width'), svg.getAttribute('height')]).toEqual(['1600', '900']);
  });

  it('refuses a lesson that does not balance with exit 2 and one line naming the step', async () => {
    const raw = getShippedLesson('loan-creates-deposit') as {
      steps: { transactions: { entries: { amount: number }[] }[] }[];
    };
    raw.steps[2]!.transactions[0]!.entries[0]!.amount = -61;
    const file = join(tmp, 'bad.lesson.json');
    writeFileSync(file, JSON.stringify(raw));
    const [bad, missing] = await Promise.all([
      cli('lesson', 'bad.lesson.json', '--out', 'never'),
      cli('lesson', 'nope.json', '--out', 'never'),
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(
      /^money-lab: steps\[2\]\.transactions\[0\] \("Households buy goods for 60"\): the Bank deposits row sums to −1/,
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such file/);
  });
});
