import { describe, expect, it } from 'vitest';
import {
  LessonError,
  NET_WORTH,
  SHIPPED_LESSONS,
  getShippedLesson,
  lessonNameOf,
  lessonToText,
  parseLesson,
  parseLessonText,
  type Lesson,
} from '../../../models/lessons';

const shipped = SHIPPED_LESSONS.map((raw) => parseLesson(raw));

/** Money from the file alone: opening holdings plus every applicable entry, never the ledger's numbers. */
function moneyFromFile(lesson: Lesson, variant: string, upToStep: number): number {
  const isMoney = (sector: string, instrument: string) =>
    lesson.money.holders.includes(sector) && lesson.money.instruments.includes(instrument);
  let total = 0;
  for (const [sector, row] of Object.entries(lesson.initial))
    for (const [instrument, v] of Object.entries(row)) if (isMoney(sector, instrument)) total += v;
  lesson.steps.slice(0, upToStep + 1).forEach((step) => {
    for (const t of step.transactions) {
      if (variant && t.variant !== undefined && t.variant !== variant) continue;
      for (const e of t.entries) if (isMoney(e.sector, e.instrument)) total += e.amount;
    }
  });
  return total;
}

function problemsOf(input: unknown): string[] {
  try {
    parseLesson(input);
  } catch (e) {
    if (e instanceof LessonError) return e.problems;
    throw e;
  }
  throw new Error('the lesson was accepted');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- malformed on purpose, field by field
const base = () => structuredClone(getShippedLesson('loan-creates-deposit')) as Record<string, any>;

describe('shipped lessons', () => {
  it('ships the seven lessons of the course, in order', () => {
    expect(SHIPPED_LESSONS.map((l) => l.id)).toEqual([
      'loan-creates-deposit',
      'reserves-settle-payments',
      'deficit-bonds-banks',
      'deficit-public-bank',
      'tiered-rates',
      'citizens-income',
      'canada-1974',
    ]);
    for (const { lesson } of shipped) expect(lesson.source).toMatch(/Money creation in the modern economy/);
  });

  it.each(shipped.map((s) => [s.lesson.id, s] as const))(
    '%s: every transaction balances along every row and for every sector, and every step passes the validator',
    (_id, { lesson, run }) => {
      for (const step of lesson.steps) {
        for (const t of step.transactions) {
          const rows = new Map<string, number>();
          const sectors = new Map<string, number>();
          for (const e of t.entries) {
            rows.set(e.instrument, (rows.get(e.instrument) ?? 0) + e.amount);
            const sign = e.instrument === NET_WORTH ? -1 : 1;
            sectors.set(e.sector, (sectors.get(e.sector) ?? 0) + sign * e.amount);
          }
          for (const sum of [...rows.values(), ...sectors.values()]) expect(Math.abs(sum)).toBeLessThan(1e-9);
        }
      }
      for (const v of run.variants) {
        expect(v.steps).toHaveLength(lesson.steps.length);
        for (const s of v.steps) {
          expect(s.verdict.ok).toBe(true);
          // The balance sheet's columns and rows sum to zero (assets − liabilities = net worth).
          const nC = s.after.columns.length;
          for (let c = 0; c < nC; c++) {
            let col = 0;
            for (let r = 0; r < s.after.rows.length; r++) col += s.after.values[r * nC + c]!;
            expect(Math.abs(col)).toBeLessThan(1e-9);
          }
        }
      }
    },
  );

  it.each(shipped.map((s) => [s.lesson.id, s] as const))(
    '%s: the money stock after each step follows from the transactions in the file',
    (_id, { lesson, run }) => {
      for (const v of run.variants) {
        v.steps.forEach((s, i) => {
          expect(s.moneyAfter).toBeCloseTo(moneyFromFile(lesson, v.id, i), 9);
          // What created it: the listed changes add up to the change since the start.
          const explained = s.moneyChanges.reduce((a, c) => a + c.amount, 0);
          expect(explained).toBeCloseTo(s.moneyAfter - v.openingMoney, 9);
        });
      }
    },
  );

  it('tells the story the lessons promise (figures computed from the postings)', () => {
    const money = (id: string) =>
      shipped
        .find((s) => s.lesson.id === id)!
        .run.variants.map((v) => [v.id, v.steps.map((s) => s.moneyAfter)] as const);
    // A loan creates 100, interest removes 5, the bank's spending returns it, repayment destroys it all.
    expect(money('loan-creates-deposit')).toEqual([['', [0, 100, 100, 100, 95, 100, 0]]]);
    // Interbank payments leave the money stock alone; a loan adds to it without touching reserves.
    expect(money('reserves-settle-payments')).toEqual([['', [60, 60, 60, 110]]]);
    // Taxes: back where it started; bonds and new money: 50 more.
    expect(money('citizens-income').map(([id, m]) => [id, m.at(-1)])).toEqual([
      ['taxes', 100],
      ['bonds', 150],
      ['money', 150],
    ]);
    // Interest over the loans' lives: 5 for the cooperative, 30 for the firm.
    const tiered = shipped.find((s) => s.lesson.id === 'tiered-rates')!.run.variants[0]!;
    const interest = tiered.steps[2]!.moneyChanges.filter((c) => c.step === 2).map((c) => c.amount);
    expect(interest).toEqual([-5, -30]);
  });

  it('lesson 4: the bond and the debt-free credit differ in the parts, not in the consolidated public sector', () => {
    const { run } = shipped.find((s) => s.lesson.id === 'deficit-public-bank')!;
    const [bond, credit] = run.variants.map((v) => v.steps.at(-1)!.after);
    const cell = (m: typeof bond, row: string, col: string) =>
      m!.values[m!.rows.indexOf(row) * m!.columns.length + m!.columns.indexOf(col)]!;
    expect(cell(bond, 'Government bonds', 'Government')).toBe(-100);
    expect(cell(credit, 'Government bonds', 'Government')).toBe(0);
    const consolidated = (m: typeof bond) =>
      m!.rows.map((r) => cell(m, r, 'Government') + cell(m, r, 'Public bank'));
    expect(consolidated(bond)).toEqual(consolidated(credit));
    expect(consolidated(bond)[bond!.rows.indexOf('Reserves')]).toBe(-100);
  });

  it('lesson 7 ends on the fiscal workspace with canada-1974 open', () => {
    const { lesson } = shipped.find((s) => s.lesson.id === 'canada-1974')!;
    expect(lesson.steps).toHaveLength(3);
    expect(lesson.steps.at(-1)!.open).toMatchObject({ workspace: 'fiscal', preset: 'canada-1974' });
  });

  it('round-trips through its saved text', () => {
    for (const { lesson } of shipped) expect(parseLessonText(lessonToText(lesson)).lesson).toEqual(lesson);
  });

  it('names shipped lessons as lesson:NAME', () => {
    expect(lessonNameOf('lesson:tiered-rates')).toBe('tiered-rates');
    expect(lessonNameOf('tiered-rates.json')).toBeNull();
    expect(() => getShippedLesson('nope')).toThrow(/unknown lesson "nope" \(known: loan-creates-deposit/);
  });
});

describe('malformed lessons are refused, naming the field or the step', () => {
  it('a non-number amount', () => {
    const l = base();
    l.steps[3].transactions[0].entries[1].amount = '60';
    expect(problemsOf(l)).toContain(
      'steps[3].transactions[0].entries[1].amount: must be a number (got "60")',
    );
  });

  it('a transaction whose instrument row does not sum to zero', () => {
    const l = base();
    l.steps[1].transactions[0].entries[1].amount = 90;
    const problems = problemsOf(l);
    expect(problems[0]).toMatch(
      /^steps\[1\]\.transactions\[0\] \("Bank lends 100"\): the Bank deposits row sums to −10, not 0 — money would appear or vanish$/,
    );
  });

  it('a transaction whose net worth does not balance for a sector', () => {
    const l = base();
    // Households' deposits fall by 60 but their net worth by 50; the shops' the other way round.
    const t = l.steps[2].transactions[0];
    t.entries[1].amount = -50;
    t.entries[3].amount = 50;
    const problems = problemsOf(l);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^steps\[2\]\.transactions\[0\] .*Households' assets − liabilities change by −10 more than its net worth/,
    );
  });

  it('unknown sectors and instruments, with what is known', () => {
    const l = base();
    l.steps[1].transactions[0].entries[0].sector = 'housholds';
    l.steps[1].transactions[0].entries[2].instrument = 'gold';
    expect(problemsOf(l)).toEqual([
      'steps[1].transactions[0].entries[0].sector: unknown sector "housholds" (known: households, shops, banks)',
      'steps[1].transactions[0].entries[2].instrument: unknown instrument "gold" (known: deposits, loans, net worth)',
    ]);
  });

  it('missing or wrong top-level fields', () => {
    const l = base();
    delete l.title;
    l.schemaVersion = 2;
    l.steps[0].html = '<b>x</b>';
    expect(problemsOf(l)).toEqual([
      'schemaVersion: must be 1 (got 2)',
      'title: is required',
      'steps[0]: unknown key "html"',
    ]);
  });

  it('a single-entry transaction, an empty lesson, a variant the lesson does not have', () => {
    const l = base();
    l.steps[1].transactions[0].entries = [l.steps[1].transactions[0].entries[0]];
    expect(problemsOf(l)[0]).toMatch(/^steps\[1\]\.transactions\[0\]\.entries: must be at least 2/);
    const empty = base();
    empty.steps = [];
    expect(problemsOf(empty)[0]).toMatch(/^steps: must be at least 1/);
    const v = base();
    v.steps[1].transactions[0].variant = 'bond';
    expect(problemsOf(v)).toEqual(['steps[1].transactions[0].variant: this lesson has no variants']);
  });

  it('a prediction none of whose accounts moves', () => {
    const l = base();
    l.steps[1].predict.options = [
      { sector: 'shops', instrument: 'deposits' },
      { sector: 'shops', instrument: 'loans' },
    ];
    expect(problemsOf(l)).toEqual(['steps[1].predict.options: none of these accounts moves in this step']);
  });

  it('opening holdings that do not balance', () => {
    const l = base();
    l.initial = { households: { deposits: 10 } };
    expect(problemsOf(l)[0]).toMatch(/^initial: .*Bank deposits/);
  });

  it('text that is not JSON, or not an object', () => {
    expect(() => parseLessonText('{"title": ')).toThrow(/^\(file\): not valid JSON/);
    expect(problemsOf([1, 2])).toEqual(['(lesson): must be a JSON object']);
  });

  it('keeps text as given: markup is plain characters, never interpreted here', () => {
    const l = base();
    l.steps[0].text = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    expect(parseLesson(l).lesson.steps[0]!.text).toBe(
      '<script>alert(1)</script><img src=x onerror=alert(2)>',
    );
  });
});
