/**
 * A lesson posted on the models' own ledger: each step is a period, each transaction a posting
 * (instrument entries become legs, net-worth entries become transactions-flow entries), and each
 * step ends with the validator's check of both matrices. Anything that would not balance is refused
 * with the step and transaction named, before a single number is shown.
 */
import {
  Ledger,
  SfcError,
  balanceSheet,
  layoutOf,
  possessive,
  transactionsFlow,
  validatePeriod,
  type Flow,
  type InstrumentSpec,
  type Matrix,
  type Posting,
  type SectorSpec,
  type Verdict,
} from '../accounting';
import { LessonError } from './errors';
import { NET_WORTH, type Lesson, type LessonTransaction } from './schema';

/** One change of the money stock, and the transaction that made it. */
export interface MoneyChange {
  /** 0-based step index. */
  step: number;
  label: string;
  amount: number;
}

export interface StepResult {
  /** The ledger's postings of this step, with their plain-words explanations. */
  postings: Posting[];
  /** Balance sheet before and after the step (+ assets, − liabilities, −net worth row). */
  before: Matrix;
  after: Matrix;
  /** The step's transactions-flow matrix. */
  flows: Matrix;
  verdict: Verdict;
  moneyBefore: number;
  moneyAfter: number;
  /** Every change of the money stock from the first step up to this one. */
  moneyChanges: MoneyChange[];
}

export interface VariantResult {
  id: string;
  title: string;
  sectors: SectorSpec[];
  instruments: InstrumentSpec[];
  opening: Matrix;
  openingMoney: number;
  steps: StepResult[];
}

export interface LessonRun {
  lesson: Lesson;
  /** One world, or one per variant (side by side). */
  variants: VariantResult[];
}

/** Relative tolerance of the lesson's own checks, as the ledger's. */
const TOLERANCE = 1e-9;

export function sectorSpecs(lesson: Lesson): SectorSpec[] {
  return lesson.sectors.map((s) => ({ id: s.id, label: s.label, name: s.name }));
}

export function instrumentSpecs(lesson: Lesson): InstrumentSpec[] {
  return lesson.instruments.map((i) => ({
    id: i.id,
    label: i.label,
    name: i.name,
    kind: i.kind,
    issuer: i.issuer,
  }));
}

/** Check names and balances (naming the field), then post every step on a ledger per variant. */
export function runLesson(lesson: Lesson): LessonRun {
  checkReferences(lesson);
  lesson.steps.forEach((s, i) => s.transactions.forEach((t, j) => checkBalanced(lesson, t, i, j)));
  const worlds = lesson.variants ?? [{ id: '', title: '' }];
  return { lesson, variants: worlds.map((v) => postVariant(lesson, v)) };
}

/** The money stock in a balance sheet: the money instruments held by the money holders. */
export function moneyIn(lesson: Lesson, bs: Matrix): number {
  const nC = bs.columns.length;
  let total = 0;
  for (const inst of lesson.money.instruments) {
    const r = lesson.instruments.findIndex((i) => i.id === inst);
    for (const holder of lesson.money.holders) {
      const c = lesson.sectors.findIndex((s) => s.id === holder);
      total += bs.values[r * nC + c]!;
    }
  }
  return total;
}

/** How a transaction changes the money stock (from its entries alone). */
export function moneyChangeOf(lesson: Lesson, t: LessonTransaction): number {
  let change = 0;
  for (const e of t.entries) {
    if (lesson.money.instruments.includes(e.instrument) && lesson.money.holders.includes(e.sector))
      change += e.amount;
  }
  return change;
}

function appliesTo(t: LessonTransaction, variant: string): boolean {
  return variant === '' || t.variant === undefined || t.variant === variant;
}

function postVariant(lesson: Lesson, variant: { id: string; title: string }): VariantResult {
  const sectors = sectorSpecs(lesson);
  const instruments = instrumentSpecs(lesson);
  const rows = [...new Set(lesson.steps.flatMap((s) => s.transactions.map((t) => t.label)))];
  let ledger: Ledger;
  try {
    ledger = new Ledger({ sectors, instruments, transactionRows: rows }, lesson.initial);
  } catch (e) {
    throw new LessonError([`initial: ${(e as Error).message}`]);
  }
  const layout = layoutOf(ledger);
  const opening = balanceSheet(ledger, layout);
  const openingMoney = moneyIn(lesson, opening);
  const moneyChanges: MoneyChange[] = [];
  let before = opening;
  const steps = lesson.steps.map((step, i): StepResult => {
    ledger.beginPeriod(i + 1);
    const where = `steps[${i}]${variant.id ? ` (${variant.title})` : ''}`;
    try {
      for (const t of step.transactions) {
        if (!appliesTo(t, variant.id)) continue;
        ledger.post({
          row: t.label,
          lead: t.label,
          entries: t.entries
            .filter((e) => e.instrument === NET_WORTH)
            .map((e) => ({ sector: e.sector, amount: e.amount as Flow })),
          legs: t.entries
            .filter((e) => e.instrument !== NET_WORTH)
            .map((e) => ({ sector: e.sector, instrument: e.instrument, delta: e.amount as Flow })),
        });
        const change = moneyChangeOf(lesson, t);
        if (change !== 0) moneyChanges.push({ step: i, label: t.label, amount: change });
      }
      const after = balanceSheet(ledger, layout);
      const flows = transactionsFlow(ledger, layout);
      const verdict = validatePeriod(ledger, after, flows);
      const result: StepResult = {
        postings: [...ledger.postings],
        before,
        after,
        flows,
        verdict,
        moneyBefore: moneyIn(lesson, before),
        moneyAfter: moneyIn(lesson, after),
        moneyChanges: [...moneyChanges],
      };
      before = after;
      return result;
    } catch (e) {
      if (e instanceof SfcError) throw new LessonError([`${where}: ${e.message}`]);
      throw e;
    }
  });
  return { id: variant.id, title: variant.title, sectors, instruments, opening, openingMoney, steps };
}

function checkReferences(lesson: Lesson): void {
  const problems: string[] = [];
  const sectors = new Set(lesson.sectors.map((s) => s.id));
  const instruments = new Set(lesson.instruments.map((i) => i.id));
  const variants = new Set((lesson.variants ?? []).map((v) => v.id));
  const known = (set: Set<string>) => [...set].join(', ');
  const dup = (ids: string[], field: string) => {
    const seen = new Set<string>();
    ids.forEach((x, k) => {
      if (seen.has(x)) problems.push(`${field}[${k}].id: "${x}" is used twice`);
      seen.add(x);
    });
  };
  dup(
    lesson.sectors.map((s) => s.id),
    'sectors',
  );
  dup(
    lesson.instruments.map((s) => s.id),
    'instruments',
  );
  const sector = (x: string, field: string) => {
    if (!sectors.has(x)) problems.push(`${field}: unknown sector "${x}" (known: ${known(sectors)})`);
  };
  const inst = (x: string, field: string, netWorthAllowed: boolean) => {
    if (instruments.has(x) || (netWorthAllowed && x === NET_WORTH)) return;
    problems.push(
      `${field}: unknown instrument "${x}" (known: ${known(instruments)}${netWorthAllowed ? `, ${NET_WORTH}` : ''})`,
    );
  };
  lesson.instruments.forEach((i, k) => sector(i.issuer, `instruments[${k}].issuer`));
  lesson.money.instruments.forEach((x, k) => inst(x, `money.instruments[${k}]`, false));
  lesson.money.holders.forEach((x, k) => sector(x, `money.holders[${k}]`));
  for (const [s, row] of Object.entries(lesson.initial)) {
    sector(s, `initial.${s}`);
    for (const i of Object.keys(row)) inst(i, `initial.${s}.${i}`, false);
  }
  lesson.steps.forEach((step, i) => {
    step.transactions.forEach((t, j) => {
      const at = `steps[${i}].transactions[${j}]`;
      if (t.variant !== undefined && !variants.has(t.variant))
        problems.push(
          `${at}.variant: ${variants.size ? `unknown variant "${t.variant}" (known: ${known(variants)})` : 'this lesson has no variants'}`,
        );
      t.entries.forEach((e, k) => {
        sector(e.sector, `${at}.entries[${k}].sector`);
        inst(e.instrument, `${at}.entries[${k}].instrument`, true);
      });
    });
    step.predict?.options.forEach((o, k) => {
      sector(o.sector, `steps[${i}].predict.options[${k}].sector`);
      inst(o.instrument, `steps[${i}].predict.options[${k}].instrument`, true);
    });
    step.consolidate?.sectors.forEach((x, k) => sector(x, `steps[${i}].consolidate.sectors[${k}]`));
    if (step.open && i !== lesson.steps.length - 1)
      problems.push(`steps[${i}].open: only the last step can open another workspace`);
    if (step.predict && !step.predict.options.some((o) => stepMoves(step.transactions, o)))
      problems.push(`steps[${i}].predict.options: none of these accounts moves in this step`);
  });
  if (problems.length) throw new LessonError(problems);
}

function stepMoves(
  transactions: readonly LessonTransaction[],
  o: { sector: string; instrument: string },
): boolean {
  return Math.abs(netChange(transactions, o.sector, o.instrument)) > TOLERANCE;
}

/** The summed change of one account over a step's transactions (optionally one variant's). */
export function netChange(
  transactions: readonly LessonTransaction[],
  sector: string,
  instrument: string,
  variant = '',
): number {
  let total = 0;
  for (const t of transactions) {
    if (!appliesTo(t, variant)) continue;
    for (const e of t.entries) if (e.sector === sector && e.instrument === instrument) total += e.amount;
  }
  return total;
}

/**
 * The checks the matrices pass, with words a teacher can act on: every instrument's row and the
 * net-worth row sum to zero, and each sector's entries on instruments equal its change in net worth.
 */
function checkBalanced(lesson: Lesson, t: LessonTransaction, i: number, j: number): void {
  const at = `steps[${i}].transactions[${j}] ("${t.label}")`;
  const scale = Math.max(1, ...t.entries.map((e) => Math.abs(e.amount)));
  const tol = TOLERANCE * scale;
  const byRow = new Map<string, number>();
  const bySector = new Map<string, number>();
  for (const e of t.entries) {
    byRow.set(e.instrument, (byRow.get(e.instrument) ?? 0) + e.amount);
    // An instrument entry adds to the sector's assets − liabilities, a net-worth entry to its net worth.
    const sign = e.instrument === NET_WORTH ? -1 : 1;
    bySector.set(e.sector, (bySector.get(e.sector) ?? 0) + sign * e.amount);
  }
  const problems: string[] = [];
  for (const [row, sum] of byRow) {
    if (Math.abs(sum) <= tol) continue;
    const label =
      row === NET_WORTH
        ? 'the net-worth row'
        : `the ${lesson.instruments.find((x) => x.id === row)?.label} row`;
    problems.push(
      `${at}: ${label} sums to ${signed(sum)}, not 0 — ${row === NET_WORTH ? 'an income nobody pays' : 'money would appear or vanish'}`,
    );
  }
  for (const [s, gap] of bySector) {
    if (Math.abs(gap) <= tol) continue;
    const name = lesson.sectors.find((x) => x.id === s)?.label ?? s;
    problems.push(
      `${at}: ${possessive(name)} assets − liabilities change by ${signed(gap)} more than its net worth — net worth must balance per sector`,
    );
  }
  if (problems.length) throw new LessonError(problems);
}

function signed(x: number): string {
  return `${x < 0 ? '−' : '+'}${Math.abs(x).toLocaleString('en-US', { maximumFractionDigits: 4 })}`;
}
