/**
 * `money-lab validate`: the report card of issue 7 §3. Runs the scenario over seeds (and each seed
 * again with the policy rate 2 points higher) plus the robustness draws on the worker pool, then
 * prints fact | target | measured median (p10–p90) | pass. Exit 0 when every fact passes, 1 otherwise.
 */
import { availableParallelism } from 'node:os';
import type { AbmScenario } from '../../../models/abm';
import {
  computeReportCard,
  drawCompleted,
  hikedScenario,
  measuredText,
  measureSeed,
  planValidation,
  ValidationInputError,
  type ReportCard,
  type ValidationPlan,
} from '../../../models/abm/validation';
import type { RunResult } from '../../../models/result';
import type { Command } from '../args';
import type { CliIO } from '../io';
import { loadDataFiles } from '../data';
import { UsageError } from '../errors';
import { RunPool } from '../pool';
import { loadScenario } from '../scenario';

type ValidateCommand = Extract<Command, { name: 'validate' }>;

/** Runs one scenario; a run that fails (divergence, invariant) resolves to its Error. */
export type RunOne = (scenario: AbmScenario) => Promise<RunResult | Error>;

/** Errors that mean the pool itself broke, not that a model run failed: those stop the command. */
const POOL_FAILURE = /^(run worker exited unexpectedly|RunPool is closed)/;

function poolRunner(pool: RunPool): RunOne {
  return (s) =>
    pool.run(s).then(
      (r) => r.result,
      (e: unknown) => {
        const err = e instanceof Error ? e : new Error(String(e));
        if (POOL_FAILURE.test(err.message)) throw err;
        return err;
      },
    );
}

/** The report card of a plan: seeds and draws on `runOne` (in parallel as far as it allows). */
export async function reportCard(
  plan: ValidationPlan,
  draws: number,
  runOne: RunOne,
  onDone: (done: number, total: number) => void = () => {},
): Promise<ReportCard> {
  const total = 2 * plan.seeds.length + draws;
  let done = 0;
  const tick = <T>(x: T): T => (onDone(++done, total), x);
  return computeReportCard(
    plan,
    draws,
    async (seed) => {
      const s = { ...plan.scenario, seed };
      const [base, hiked] = await Promise.all([
        runOne(s).then(tick),
        runOne(hikedScenario(s, plan.burnIn)).then(tick),
      ]);
      return measureSeed(plan, seed, base, hiked);
    },
    async (draw) => drawCompleted(tick(await runOne(draw)), draw.periods),
  );
}

/** A pool as wide as the machine (and no wider than the work), closed when `use` is done. */
export async function withPool<T>(tasks: number, use: (runOne: RunOne) => Promise<T>): Promise<T> {
  const pool = new RunPool(loadDataFiles(), Math.max(1, Math.min(tasks, availableParallelism())));
  try {
    return await use(poolRunner(pool));
  } finally {
    await pool.close();
  }
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...r[c]!].length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => cell + ' '.repeat(widths[c]! - [...cell].length))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function formatCard(card: ReportCard): string {
  const rows = [
    ['fact', 'target', 'measured median (p10–p90)', 'pass'],
    ...card.facts.map((f) => [f.name, f.target, measuredText(f), f.pass ? 'pass' : 'FAIL']),
  ];
  const notes = card.facts.filter((f) => f.note).map((f) => `  ${f.name}: ${f.note}`);
  return [
    `Report card: ${card.scenarioName}`,
    `Quarters ${card.window.from}–${card.window.to} (burn-in ${card.burnIn}); seeds ${card.seeds.join(', ')}; HP filter λ = 1600.`,
    '',
    ...(card.scenarioNote ? [`Note on this scenario: ${card.scenarioNote}`, ''] : []),
    table(rows),
    '',
    `${card.passed} of ${card.facts.length} facts pass.`,
    ...card.failedSeeds.map(
      (f) => `Seed ${f.seed} did not complete (counts as outside every range): ${f.error}`,
    ),
    `Rule: ${card.rule}`,
    ...(notes.length ? ['Notes:', ...notes] : []),
  ].join('\n');
}

export async function validateCommand(cmd: ValidateCommand, io: CliIO, runOne?: RunOne): Promise<number> {
  const { scenario, preset } = loadScenario(cmd.ref, null, undefined, io.cwd);
  if (scenario.model !== 'abm') {
    throw new UsageError(
      `validate: the report card is for the agent-based economy (model abm); ${cmd.ref} is model ${scenario.model}`,
    );
  }
  let plan: ValidationPlan;
  try {
    plan = planValidation(scenario as unknown as AbmScenario, cmd.seeds);
  } catch (e) {
    if (e instanceof ValidationInputError) throw new UsageError(`validate: ${e.message}`);
    throw e;
  }
  const tty = process.stderr.isTTY === true;
  const progress = (done: number, total: number) => {
    if (tty) process.stderr.write(`\rvalidate: ${done} of ${total} runs`);
  };
  const tasks = 2 * cmd.seeds + cmd.draws;
  const card = runOne
    ? await reportCard(plan, cmd.draws, runOne, progress)
    : await withPool(tasks, (run) => reportCard(plan, cmd.draws, run, progress));
  if (tty) process.stderr.write('\n');
  if (cmd.json) io.out(JSON.stringify({ preset, scenario: plan.scenario, ...card }, null, 2));
  else io.out(formatCard(card));
  return card.allPass ? 0 : 1;
}
