/**
 * The report card: every fact of FACTS measured over seeds, with the pass rule stated in the card
 * itself. Pure: the caller runs the scenarios (worker pool, CLI pool or in-process) and hands the
 * results in, so the app, the CLI and the tests compute the same card.
 */
import type { RunResult } from '../../result';
import type { AbmScenario } from '../params';
import { excessDemandPhrase, scenarioStart, type ScenarioStart } from '../start';
import { FACTS, inRange, targetText, type FactDef } from './facts';
import { formatValue } from './format';
import {
  CHANNEL_BENEFITS,
  CHANNEL_CITIZENS_INCOME,
  CHANNEL_CONSUMPTION,
  CHANNEL_PUBLIC_INTEREST,
  measureRun,
  measureTransmission,
  TRANSMISSION_QUARTERS,
  type Measurement,
  type RunColumns,
  type Window,
} from './measure';
import { quantile, wilsonInterval } from './stats';

export const DEFAULT_BURN_IN = 200;
/** A validation run lasts at least this many quarters (issue 7: facts on quarters 200–400). */
export const VALIDATION_PERIODS = 400;
export const DEFAULT_SEEDS = 8;
/** Share of seeds that must be in range (7 of 8). */
export const SEED_SHARE = 7 / 8;
/** Policy-rate rise of the monetary-transmission experiment (annual). */
export const RATE_HIKE = 0.02;

export const PASS_RULE =
  'A fact passes when the median over seeds is inside the target range AND at least 7 of every 8 seeds (⌈7n/8⌉ of n) are inside it; a seed that diverged or cannot be measured counts as outside. Robustness passes when at least 95% of the parameter draws complete.';

export interface ValidationPlan {
  /** The scenario as validated: periods extended to at least 400. */
  scenario: AbmScenario;
  burnIn: number;
  window: Window;
  seeds: number[];
}

export class ValidationInputError extends Error {
  override name = 'ValidationInputError';
}

/** The scenario's own burn-in (params.burnIn, when the model has one), else 200 quarters. */
export function burnInOf(s: AbmScenario): number {
  const b = (s.params as unknown as Record<string, unknown>).burnIn;
  return typeof b === 'number' && Number.isInteger(b) && b >= 0 ? b : DEFAULT_BURN_IN;
}

export function planValidation(s: AbmScenario, seeds = DEFAULT_SEEDS): ValidationPlan {
  if (!Number.isInteger(seeds) || seeds < 1)
    throw new ValidationInputError(`seeds: must be an integer ≥ 1 (got ${seeds})`);
  const burnIn = burnInOf(s);
  const periods = Math.max(s.periods, VALIDATION_PERIODS, burnIn + TRANSMISSION_QUARTERS);
  const scenario = { ...s, periods };
  return {
    scenario,
    burnIn,
    window: { from: burnIn + 1, to: periods },
    seeds: Array.from({ length: seeds }, (_, i) => s.seed + i),
  };
}

/** The same scenario with the policy rate 2 points higher from quarter `burnIn` on (a formula). */
export function hikedScenario(s: AbmScenario, burnIn: number): AbmScenario {
  const r = s.params.policyRate;
  const policyRate =
    typeof r === 'number'
      ? `t >= ${burnIn} ? ${r + RATE_HIKE} : ${r}`
      : `(${r}) + (t >= ${burnIn} ? ${RATE_HIKE} : 0)`;
  return { ...s, params: { ...s.params, policyRate } };
}

/**
 * What the card reads from a run result: its columns, the firm count and per-firm sales if any.
 * Per-firm sales come as extras.firmSales, either the array itself or { units } (the model's form:
 * units sold by each consumption-goods firm in the last quarter).
 */
export function runColumnsOf(
  result: Pick<RunResult, 'columns' | 'extras'>,
  scenario: AbmScenario,
): RunColumns {
  const extras = (result.extras ?? {}) as {
    firmCounts?: Record<string, number>;
    firmSales?: ArrayLike<number> | { units: ArrayLike<number> };
  };
  const counted = extras.firmCounts ? Object.values(extras.firmCounts).reduce((a, b) => a + b, 0) : 0;
  const sales = extras.firmSales;
  const firmSales = sales && 'units' in sales ? sales.units : (sales ?? null);
  return { columns: result.columns, firms: counted > 0 ? counted : scenario.firms, firmSales };
}

export interface SeedOutcome {
  seed: number;
  measurements: Record<string, Measurement>;
  /** Why the base run failed (divergence, invariant), when it did: every fact of the seed is then out of range. */
  error?: string;
}

const firstLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!;

/** One seed's measurements from its base run and its hiked twin (either may be an error). */
export function measureSeed(
  plan: ValidationPlan,
  seed: number,
  base: RunResult | Error,
  hiked: RunResult | Error,
): SeedOutcome {
  const scenario = { ...plan.scenario, seed };
  if (base instanceof Error) {
    const reason = `seed ${seed} did not complete: ${firstLine(base)}`;
    return {
      seed,
      error: firstLine(base),
      measurements: Object.fromEntries(
        FACTS.filter((f) => f.kind !== 'robustness').map((f) => [f.id, { value: null, reason }]),
      ),
    };
  }
  const b = runColumnsOf(base, scenario);
  const measurements = measureRun(b, plan.window);
  if (hiked instanceof Error) {
    const reason = `the hiked run of seed ${seed} did not complete: ${firstLine(hiked)}`;
    for (const f of FACTS) if (f.kind === 'transmission') measurements[f.id] = { value: null, reason };
  } else Object.assign(measurements, measureTransmission(b, runColumnsOf(hiked, scenario), plan.burnIn));
  return { seed, measurements };
}

export interface RobustnessOutcome {
  draws: number;
  completed: number;
  /** The first few failures, "draw 17: …", to reproduce them. */
  failures: string[];
  /** The scale the draws ran at (smaller than the default, to keep 200 runs affordable). */
  scale: { households: number; firms: number; banks: number; periods: number };
}

export interface FactResult {
  id: string;
  name: string;
  meaning: string;
  kind: FactDef['kind'];
  unit: string;
  target: string;
  min: number | null;
  max: number | null;
  median: number | null;
  p10: number | null;
  p90: number | null;
  /** Seeds (or draws, for robustness) measured and in range. */
  inRange: number;
  of: number;
  pass: boolean;
  /** Why the fact is not measurable or how it was measured, when that needs saying. */
  note: string | null;
}

export interface ReportCard {
  scenarioName: string;
  seeds: number[];
  burnIn: number;
  window: Window;
  rule: string;
  facts: FactResult[];
  passed: number;
  allPass: boolean;
  robustness: RobustnessOutcome | null;
  /** Seeds whose run did not complete (they count as outside the range for every fact). */
  failedSeeds: { seed: number; error: string }[];
  /**
   * Only when the scenario's parameters have no steady state: its start (excessDemand is null in
   * JSON when demand would exceed capacity without limit) and the one note that says so above the
   * facts. Absent otherwise, so a card of a scenario with a steady state reads as it always did.
   */
  start?: ScenarioStart;
  scenarioNote?: string;
}

/** Seeds that must be in range out of n: ⌈7n/8⌉. */
export function seedsRequired(n: number): number {
  return Math.ceil(SEED_SHARE * n - 1e-9);
}

function seedFact(def: FactDef, seeds: readonly SeedOutcome[]): FactResult {
  const values: number[] = [];
  const reasons = new Set<string>();
  for (const s of seeds) {
    const m = s.measurements[def.id];
    if (m && m.value !== null) values.push(m.value);
    // A seed that did not complete is named once in the card (failedSeeds), not under every fact.
    else if (!s.error) reasons.add(m ? (m as { reason: string }).reason : 'not measured');
  }
  const failed = seeds.filter((s) => s.error).length;
  const inside = values.filter((v) => inRange(v, def.target)).length;
  const median = values.length ? quantile(values, 0.5) : null;
  const pass = median !== null && inRange(median, def.target) && inside >= seedsRequired(seeds.length);
  return {
    ...base(def),
    median,
    p10: values.length ? quantile(values, 0.1) : null,
    p90: values.length ? quantile(values, 0.9) : null,
    inRange: inside,
    of: seeds.length,
    pass,
    note:
      values.length === 0
        ? `not measurable: ${reasons.size ? [...reasons][0] : 'no seed completed'}`
        : reasons.size
          ? `${seeds.length - values.length - failed} seed(s) not measurable: ${[...reasons][0]}`
          : null,
  };
}

function base(def: FactDef) {
  return {
    id: def.id,
    name: def.name,
    meaning: def.meaning,
    kind: def.kind,
    unit: def.unit,
    target: targetText(def.target, def.unit),
    min: def.target.min,
    max: def.target.max,
  };
}

function robustnessFact(def: FactDef, r: RobustnessOutcome | null): FactResult {
  if (!r || r.draws === 0) {
    return {
      ...base(def),
      median: null,
      p10: null,
      p90: null,
      inRange: 0,
      of: 0,
      pass: false,
      note: 'not run (0 parameter draws)',
    };
  }
  const share = (100 * r.completed) / r.draws;
  const s = r.scale;
  // One sample of draws estimates the completion rate; its interval says how far chance can move it.
  const [lo, hi] = wilsonInterval(r.completed, r.draws);
  return {
    ...base(def),
    median: share,
    p10: null,
    p90: null,
    inRange: r.completed,
    of: r.draws,
    pass: inRange(share, def.target),
    note: `${r.completed} of ${r.draws} draws completed ${s.periods} quarters at a reduced scale (${s.households} households, ${s.firms} firms, ${s.banks} banks); sampling interval of the rate (95%): ${(100 * lo).toFixed(1)}–${(100 * hi).toFixed(1)}%${r.failures.length ? `; first failure: ${r.failures[0]}` : ''}`,
  };
}

export function buildReportCard(
  plan: ValidationPlan,
  seeds: readonly SeedOutcome[],
  robustness: RobustnessOutcome | null,
): ReportCard {
  const facts = FACTS.map((def) =>
    def.kind === 'robustness' ? robustnessFact(def, robustness) : seedFact(def, seeds),
  );
  addNote(facts, 'transmission-unemployment', channelNote(seeds));
  addNote(facts, 'consumption-volatility', smoothingNote(seeds));
  const passed = facts.filter((f) => f.pass).length;
  return {
    scenarioName: plan.scenario.name ?? 'scenario',
    seeds: seeds.map((s) => s.seed),
    burnIn: plan.burnIn,
    window: plan.window,
    rule: PASS_RULE,
    facts,
    passed,
    allPass: passed === facts.length,
    robustness,
    failedSeeds: seeds.flatMap((s) => (s.error ? [{ seed: s.seed, error: s.error }] : [])),
    ...noSteadyState(plan.scenario, facts),
  };
}

/**
 * Without a steady state the economy runs at full employment with the wage rule's inflation, so
 * the facts of a cycling economy cannot hold; the card says so once, with the measured excess,
 * rather than leave a wall of failures to be read as a broken model. Computed once from the
 * parameters (every seed starts from the same steady state, and it is known even if every run
 * diverges); pass/fail rules and values are untouched.
 */
function noSteadyState(
  scenario: AbmScenario,
  facts: readonly FactResult[],
): { start: ScenarioStart; scenarioNote: string } | Record<string, never> {
  let start: ScenarioStart;
  try {
    start = scenarioStart(scenario);
  } catch {
    return {}; // parameters no run can start from: every seed's failure already says why
  }
  return start.clears ? {} : { start, scenarioNote: scenarioNote(start, facts) };
}

export function scenarioNote(start: ScenarioStart, facts: readonly FactResult[]): string {
  const median = (id: string) => facts.find((f) => f.id === id)?.median ?? null;
  const u = median('unemployment-mean');
  const i = median('inflation-mean');
  const measured =
    u !== null && i !== null
      ? ` (measured here: unemployment ${formatValue(u)}%, inflation ${formatValue(i)}% a year, medians over seeds)`
      : '';
  return `These parameters have no steady state: at full employment, demand would exceed what the economy can make ${excessDemandPhrase(start.excessDemand)} (spending and transfers exceed what taxes take back). The economy runs at full employment with the inflation the wage rule gives${measured}, so the facts of a cycling economy cannot hold: the failures below are this scenario's result, not a fault of the model.`;
}

function addNote(facts: FactResult[], id: string, note: string | null): void {
  const fact = facts.find((f) => f.id === id);
  if (fact && note) fact.note = fact.note ? `${fact.note}; ${note}` : note;
}

/** Median over seeds of a measurement that is not a fact, or null when no seed has it. */
function medianOf(seeds: readonly SeedOutcome[], id: string): number | null {
  const v = seeds.flatMap((s) => {
    const m = s.measurements[id];
    return m && m.value !== null ? [m.value] : [];
  });
  return v.length ? quantile(v, 0.5) : null;
}

/** Medians over seeds of the transfers households receive whatever output does: a large one (a
 * citizen's income) makes consumption smoother than output, which is its effect, not a fault. */
function smoothingNote(seeds: readonly SeedOutcome[]): string | null {
  const ci = medianOf(seeds, CHANNEL_CITIZENS_INCOME);
  const ub = medianOf(seeds, CHANNEL_BENEFITS);
  if (ci === null || ub === null) return null;
  return `income that does not fall with output (medians): citizen's income ${formatValue(ci)}% of GDP, unemployment benefits ${formatValue(ub)}% of GDP; households spend it whatever the cycle does, so the larger it is, the smoother consumption`;
}

/** Medians over seeds of how the hike worked: what it did to consumption and to the interest the
 * public sector pays the private sector (an income that can offset the dearer credit). */
function channelNote(seeds: readonly SeedOutcome[]): string | null {
  const c = medianOf(seeds, CHANNEL_CONSUMPTION);
  const i = medianOf(seeds, CHANNEL_PUBLIC_INTEREST);
  if (c === null || i === null) return null;
  const signed = (x: number) => `${x > 0 ? '+' : ''}${formatValue(x)}`;
  return `how the hike worked (medians): real consumption ${signed(c)}%; interest the public sector pays the private sector (coupons to private holders and interest on reserves, less advances) ${signed(i)} points of GDP, an income its receivers partly spend`;
}
