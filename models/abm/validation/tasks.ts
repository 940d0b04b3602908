/**
 * The work of a report card as independent tasks, so any pool (CLI worker threads, the app's web
 * workers) can run them in parallel and cancel between them: one task per seed (its run and its
 * hiked twin, measured where they ran, so only a few numbers travel back) and one per robustness draw.
 */
import type { RunResult } from '../../result';
import type { AbmScenario } from '../params';
import {
  buildReportCard,
  hikedScenario,
  measureSeed,
  type ReportCard,
  type SeedOutcome,
  type ValidationPlan,
} from './card';
import { drawCompleted, drawParameterSets, tallyRobustness, type DrawVerdict } from './robustness';

export type RunFn = (scenario: AbmScenario) => RunResult;

const attempt = (run: RunFn, s: AbmScenario): RunResult | Error => {
  try {
    return run(s);
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
};

/** One seed: the run and its twin with the policy rate 2 points higher from quarter burnIn, measured. */
export function runSeedTask(plan: ValidationPlan, seed: number, run: RunFn): SeedOutcome {
  const s = { ...plan.scenario, seed };
  return measureSeed(plan, seed, attempt(run, s), attempt(run, hikedScenario(s, plan.burnIn)));
}

/** One robustness draw: did it complete every quarter with every invariant held? */
export function runDrawTask(draw: AbmScenario, run: RunFn): DrawVerdict {
  return drawCompleted(attempt(run, draw), draw.periods);
}

/** Run every task through `map` (which may run them in parallel) and build the card. */
export async function computeReportCard(
  plan: ValidationPlan,
  draws: number,
  runSeed: (seed: number) => Promise<SeedOutcome>,
  runDraw: (draw: AbmScenario) => Promise<DrawVerdict>,
): Promise<ReportCard> {
  const drawn = drawParameterSets(plan.scenario, draws, plan.scenario.seed);
  const [seeds, verdicts] = await Promise.all([
    Promise.all(plan.seeds.map(runSeed)),
    Promise.all(drawn.map(runDraw)),
  ]);
  return buildReportCard(plan, seeds, draws > 0 ? tallyRobustness(verdicts, drawn) : null);
}
