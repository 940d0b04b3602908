/**
 * A sweep's design: which parameters vary over which values, which seeds each point runs, and
 * which metrics each run is measured by. The order of points and seeds is fixed by the design
 * alone, so task k is the same run on every machine and shard I of N is a fixed, disjoint part.
 */
import { parseScenario, ScenarioError } from '../scenario';
import { findSweepParam, listSweepParams, withParam, type SweepParam } from './params';

export const SWEEP_FORMAT = 1;
/** A grid varies one or two parameters; a tornado moves each of any number from low to high alone. */
export type SweepKind = 'grid' | 'tornado';
export const MAX_GRID_PARAMS = 2;
export const MAX_STEPS = 1000;
export const MAX_TASKS = 1_000_000;

export interface VarySpec {
  name: string;
  low: number;
  high: number;
  /** Values from low to high inclusive; a tornado uses only low and high. */
  steps: number;
}

export interface DesignParam extends VarySpec {
  path: string[];
  constant: number | null;
  /** The formula a swept constant belongs to. */
  formula: string | null;
  base: number;
  /** The model accepts only whole numbers here, so grid values are rounded. */
  integer: boolean;
}

export interface MetricSpec {
  name: string;
  /** null: the model's own summary figure of this name; else a metric formula (see metrics.ts). */
  formula: string | null;
}

export interface SweepDesign {
  format: typeof SWEEP_FORMAT;
  kind: SweepKind;
  model: string;
  /** The validated scenario every point starts from (seed included, when the model takes one). */
  scenario: Record<string, unknown>;
  params: DesignParam[];
  /** Seeds each point runs, in order; null for a deterministic model (one run per point). */
  seeds: number[] | null;
  metrics: MetricSpec[];
}

/** A mistake in the sweep's design, naming the flag or field ("--vary policyRate: …"). */
export class SweepInputError extends Error {
  constructor(
    public readonly field: string,
    problem: string,
  ) {
    super(`${field}: ${problem}`);
    this.name = 'SweepInputError';
  }
}

/** Whether the model's schema refuses a fractional value for this parameter (so it wants integers). */
function wantsInteger(scenario: Record<string, unknown>, p: SweepParam, low: number, high: number): boolean {
  if (!Number.isInteger(low) || !Number.isInteger(high) || p.constant !== null) return false;
  const field = `${p.path.join('.')}:`;
  // Problems about this field only: other fields may object to the value too (firms ≤ households).
  const problems = (v: number) => {
    try {
      parseScenario(withParam(scenario, p, v));
      return 0;
    } catch (e) {
      if (e instanceof ScenarioError) return e.problems.filter((l) => l.startsWith(field)).length;
      throw e;
    }
  };
  return problems(low + 0.5) > 0 && (problems(low) === 0 || problems(high) === 0);
}

export interface DesignInput {
  kind: SweepKind;
  scenario: Record<string, unknown>;
  vary: VarySpec[];
  /** Seeds per point; must be 1 for a deterministic model. */
  runs: number;
  /** First seed (seeds are seed, seed+1, …); defaults to the scenario's own seed. */
  seed: number | null;
  metrics: MetricSpec[];
  /** Whether the model takes a seed (its schema accepts one). */
  stochastic: boolean;
}

export function makeDesign(input: DesignInput): SweepDesign {
  const { kind, scenario } = input;
  const model = String(scenario.model);
  if (input.vary.length === 0) throw new SweepInputError('--vary', 'give at least one parameter to vary');
  if (kind === 'grid' && input.vary.length > MAX_GRID_PARAMS)
    throw new SweepInputError(
      '--vary',
      `a grid varies one or two parameters (got ${input.vary.length}); use --tornado to rank more`,
    );
  const available = listSweepParams(scenario);
  const seen = new Set<string>();
  const params = input.vary.map((v): DesignParam => {
    const field = `--vary ${v.name}`;
    const p = findSweepParam(available, v.name);
    if (!p)
      throw new SweepInputError(
        field,
        `model ${model} has no numeric parameter "${v.name}" (some: ${available
          .slice(0, 12)
          .map((a) => a.name)
          .join(', ')}${available.length > 12 ? ', …' : ''})`,
      );
    if (seen.has(p.name)) throw new SweepInputError(field, 'is varied twice');
    seen.add(p.name);
    if (!Number.isFinite(v.low) || !Number.isFinite(v.high))
      throw new SweepInputError(field, 'LOW and HIGH must be finite numbers');
    if (!(v.low < v.high)) throw new SweepInputError(field, `LOW (${v.low}) must be below HIGH (${v.high})`);
    if (!Number.isInteger(v.steps) || v.steps < 2 || v.steps > MAX_STEPS)
      throw new SweepInputError(
        field,
        `STEPS must be a whole number from 2 to ${MAX_STEPS} (got ${v.steps})`,
      );
    const integer = wantsInteger(scenario, p, v.low, v.high);
    return {
      ...v,
      name: p.name,
      path: p.path,
      constant: p.constant,
      formula: p.formula,
      base: p.base,
      integer,
    };
  });
  if (input.runs < 1 || !Number.isInteger(input.runs))
    throw new SweepInputError('--runs', `must be a whole number of at least 1 (got ${input.runs})`);
  if (!input.stochastic && input.runs > 1)
    throw new SweepInputError(
      '--runs',
      `model ${model} is deterministic (its scenarios have no seed), so every seed gives the same run; use 1`,
    );
  if (!input.stochastic && input.seed !== null)
    throw new SweepInputError('--seed', `model ${model} is deterministic (its scenarios have no seed)`);
  if (input.metrics.length === 0) throw new SweepInputError('--metric', 'give at least one metric');
  const names = new Set([...params.map((p) => p.name), 'seed']);
  for (const m of input.metrics) {
    if (names.has(m.name))
      throw new SweepInputError(`--metric ${m.name}`, 'repeats a column name (a parameter, seed or metric)');
    names.add(m.name);
  }
  const first = input.seed ?? (typeof scenario.seed === 'number' ? scenario.seed : 1);
  const seeds = input.stochastic ? Array.from({ length: input.runs }, (_, i) => first + i) : null;
  const base = input.stochastic ? { ...scenario, seed: first } : scenario;
  const design: SweepDesign = {
    format: SWEEP_FORMAT,
    kind,
    model,
    scenario: base,
    params,
    seeds,
    metrics: input.metrics,
  };
  const tasks = taskCount(design);
  if (tasks > MAX_TASKS)
    throw new SweepInputError('--vary', `the design has ${tasks} runs; at most ${MAX_TASKS} are allowed`);
  return design;
}

/** The values a parameter takes in a grid, low to high, evenly spaced (rounded if it must be whole). */
export function gridValues(p: DesignParam): number[] {
  const values = Array.from({ length: p.steps }, (_, i) =>
    i === p.steps - 1 ? p.high : p.low + ((p.high - p.low) * i) / (p.steps - 1),
  );
  return p.integer ? [...new Set(values.map((v) => Math.round(v)))] : values;
}

/** One point: each varied parameter's value, in design order. */
export type Point = number[];

/**
 * Grid: the first parameter varies slowest. Tornado: the base point, then each parameter at its
 * low and at its high with the others at base.
 */
export function designPoints(design: SweepDesign): Point[] {
  const { params } = design;
  if (design.kind === 'tornado') {
    const base = params.map((p) => p.base);
    const points: Point[] = [base];
    params.forEach((p, i) => {
      for (const v of [p.low, p.high]) points.push(base.map((b, j) => (j === i ? v : b)));
    });
    return points;
  }
  let points: Point[] = [[]];
  for (const p of params) points = points.flatMap((pt) => gridValues(p).map((v) => [...pt, v]));
  return points;
}

export function seedsOf(design: SweepDesign): (number | null)[] {
  return design.seeds ?? [null];
}

export function taskCount(design: SweepDesign): number {
  return designPoints(design).length * seedsOf(design).length;
}

export interface Task {
  /** Position in the whole design: point × seeds + seed index. */
  index: number;
  point: number;
  values: Point;
  seed: number | null;
}

/** Every task in design order: points in order, each point's seeds in order. */
export function designTasks(design: SweepDesign): Task[] {
  const seeds = seedsOf(design);
  return designPoints(design).flatMap((values, point) =>
    seeds.map((seed, s) => ({ index: point * seeds.length + s, point, values, seed })),
  );
}

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** Parse "I/N" (I from 1 to N). */
export function parseShard(text: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count)
    throw new SweepInputError('--shard', `must be I/N with 1 ≤ I ≤ N, e.g. 2/8 (got "${text}")`);
  return { index, count };
}

/**
 * Shard I of N takes tasks I−1, I−1+N, I−1+2N…: dealt like cards rather than cut in blocks, so
 * each shard gets a share of the expensive corners of the grid. Disjoint, and together complete.
 */
export function shardTasks(tasks: readonly Task[], shard: Shard | null): Task[] {
  if (!shard || shard.count === 1) return [...tasks];
  return tasks.filter((t) => t.index % shard.count === shard.index - 1);
}

/** The scenario of one task: the base with the point's values and the seed applied. */
export function taskScenario(
  design: SweepDesign,
  task: Pick<Task, 'values' | 'seed'>,
): Record<string, unknown> {
  let s = design.scenario;
  design.params.forEach((p, i) => (s = withParam(s, p, task.values[i]!)));
  return task.seed === null ? s : { ...s, seed: task.seed };
}

/** A stable text of the design, for checking that shards belong to the same sweep. */
export function designKey(design: SweepDesign): string {
  return JSON.stringify(design);
}
