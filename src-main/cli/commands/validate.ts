/**
 * `money-lab validate`: the report card of issue 7 §3. Runs the scenario over seeds (and each seed
 * again with the policy rate 2 points higher) plus the robustness draws on the worker pool, then
 * prints fact | target | measured median (p10–p90) | pass. Exit 0 when every fact passes, 1 otherwise.
 */
import { availableParallelism } from 'node:os';
import type { AbmScenario } from '../../../models/abm';
import {
  buildReportCard,
  drawParameterSets,
  hikedScenario,
  measureSeed,
  planValidation,
  tallyRobustness,
  ValidationInputError,
  type FactResult,
  type ReportCard,
} from '../../../models/abm/validation';
import type { RunResult } from '../../../models/result';
import type { Command } from '../args';
import { loadDataFiles } from '../data';
import { UsageError } from '../errors';
import { RunPool } from '../pool';
import { loadScenario } from '../scenario';

type ValidateCommand = Extract<Command, { name: 'validate' }>;

/** Runs scenarios; a run that fails (divergence, invariant) comes back as its Error, in order. */
export type RunMany = (
  scenarios: readonly AbmScenario[],
  onDone: () => void,
) => Promise<(RunResult | Error)[]>;

/** Errors that mean the pool itself broke, not that a model run failed: those stop the command. */
const POOL_FAILURE = /^(run worker exited unexpectedly|RunPool is closed)/;

async function poolRunMany(
  scenarios: readonly AbmScenario[],
  onDone: () => void,
): Promise<(RunResult | Error)[]> {
  const pool = new RunPool(loadDataFiles(), Math.min(scenarios.length, availableParallelism()));
  try {
    return await Promise.all(
      scenarios.map((s) =>
        pool.run(s).then(
          (r) => (onDone(), r.result),
          (e: unknown) => {
            const err = e instanceof Error ? e : new Error(String(e));
            if (POOL_FAILURE.test(err.message)) throw err;
            onDone();
            return err;
          },
        ),
      ),
    );
  } finally {
    await pool.close();
  }
}

function fmt(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return '—';
  const a = Math.abs(v);
  const s =
    a >= 100 ? v.toFixed(0) : a >= 10 ? v.toFixed(1) : a >= 0.1 || a === 0 ? v.toFixed(2) : v.toPrecision(2);
  return s.replace(/^-/, '−');
}

/** "8.50 (5.70–13.7)", the robustness share alone, or "not measurable". */
export function measuredText(f: FactResult): string {
  if (f.median === null) return 'not measurable';
  if (f.p10 === null || f.p90 === null) return `${fmt(f.median)}`;
  return `${fmt(f.median)} (${fmt(f.p10)}–${fmt(f.p90)})`;
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
    table(rows),
    '',
    `${card.passed} of ${card.facts.length} facts pass.`,
    `Rule: ${card.rule}`,
    ...(notes.length ? ['Notes:', ...notes] : []),
  ].join('\n');
}

export async function validateCommand(cmd: ValidateCommand, runMany: RunMany = poolRunMany): Promise<number> {
  const { scenario, preset } = loadScenario(cmd.ref, null);
  if (scenario.model !== 'abm') {
    throw new UsageError(
      `validate: the report card is for the agent-based economy (model abm); ${cmd.ref} is model ${scenario.model}`,
    );
  }
  let plan;
  try {
    plan = planValidation(scenario as unknown as AbmScenario, cmd.seeds);
  } catch (e) {
    if (e instanceof ValidationInputError) throw new UsageError(`validate: ${e.message}`);
    throw e;
  }
  const seeded = plan.seeds.map((seed) => ({ ...plan.scenario, seed }));
  const hiked = seeded.map((s) => hikedScenario(s, plan.burnIn));
  const draws = drawParameterSets(plan.scenario, cmd.draws, plan.scenario.seed);
  const all = [...seeded, ...hiked, ...draws];

  let done = 0;
  const tty = process.stderr.isTTY === true;
  const onDone = () => {
    done++;
    if (tty) process.stderr.write(`\rvalidate: ${done} of ${all.length} runs`);
  };
  const results = await runMany(all, onDone);
  if (tty) process.stderr.write('\n');

  const n = seeded.length;
  const outcomes = plan.seeds.map((seed, i) => measureSeed(plan, seed, results[i]!, results[n + i]!));
  const robustness = cmd.draws > 0 ? tallyRobustness(results.slice(2 * n), draws) : null;
  const card = buildReportCard(plan, outcomes, robustness);
  if (cmd.json) console.log(JSON.stringify({ preset, scenario: plan.scenario, ...card }, null, 2));
  else console.log(formatCard(card));
  return card.allPass ? 0 : 1;
}
