/**
 * The robustness experiment: parameter sets drawn uniformly within the bounds the schema itself
 * allows (seeded), each run for 400 quarters. A draw the schema refuses as a whole (e.g. co-op and
 * social shares summing above 1) is drawn again, so the sample is uniform over the valid region.
 */
import type { RunResult } from '../../result';
import { abmScenarioSchema, DEFAULT_PARAMS, PARAM_DOCS, type AbmParams, type AbmScenario } from '../params';
import { Rng } from '../random';
import { VALIDATION_PERIODS, type RobustnessOutcome } from './card';

export const DEFAULT_DRAWS = 200;
/** Draws run at a tenth of the default scale: 200 runs of 400 quarters at full scale take too long
 * for a test suite; the facts measured per seed run at full scale. */
export const ROBUSTNESS_SCALE = { households: 1_000, firms: 50, banks: 5 } as const;
/** Stream ids far from the model's own streams (random.ts), so drawing never shifts a run's numbers. */
const ROBUSTNESS_STREAM = 9_001;

/**
 * Each parameter draws from its own stream, named by its key (FNV-1a of the name), so adding a
 * parameter to the schema leaves every other parameter's draws as they were, and each draw has its
 * own streams (seeded by the draw's number), so a draw the schema refuses and draws again moves no
 * other draw: a mechanism or a new bound and its control are compared on the same draws, except the
 * draws the new bound refuses.
 */
function streamFor(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (ROBUSTNESS_STREAM + (h >>> 8)) | 0;
}
const MAX_ATTEMPTS = 1_000;

type Kind = 'number' | 'int' | 'bool' | 'enum' | 'formula';
export type DrawKinds = Record<string, { kind: Kind; values?: string[] }>;

/** How to draw each parameter, read from the schema (so new parameters are drawn without edits here). */
export function drawKinds(base: AbmScenario): DrawKinds {
  const out: DrawKinds = {};
  const accepts = (key: string, value: unknown) =>
    abmScenarioSchema
      .safeParse({ ...base, params: { ...DEFAULT_PARAMS, [key]: value } })
      .error?.issues.every((i) => i.path[1] !== key) ?? true;
  for (const [key, def] of Object.entries(DEFAULT_PARAMS as unknown as Record<string, unknown>)) {
    if (typeof def === 'boolean') out[key] = { kind: 'bool' };
    else if (typeof def === 'string') {
      // An enum: probe which of its documented values the schema takes by asking it.
      const probe = abmScenarioSchema.safeParse({ ...base, params: { ...DEFAULT_PARAMS, [key]: '\u0000' } });
      const issue = probe.error?.issues.find((i) => i.path[1] === key) as
        { values?: unknown[]; options?: unknown[] } | undefined;
      const values = (issue?.values ?? issue?.options ?? [def]).map(String);
      out[key] = { kind: 'enum', values };
    } else if (typeof def === 'number') {
      const doc = (PARAM_DOCS as Record<string, { min: number; max: number }>)[key];
      if (!doc) continue;
      out[key] = { kind: accepts(key, doc.min + 0.5) || doc.max - doc.min < 1 ? 'number' : 'int' };
    }
  }
  return out;
}

/** `count` scenarios like `base` (at the robustness scale, 400 quarters) with every parameter drawn uniformly in its bounds. */
export function drawParameterSets(base: AbmScenario, count: number, seed: number): AbmScenario[] {
  return drawParameterSetsOf(drawKinds(base), base, count, seed);
}

/** The same, drawing only the parameters in `how` (the rest keep `base`'s values). */
export function drawParameterSetsOf(
  how: DrawKinds,
  base: AbmScenario,
  count: number,
  seed: number,
): AbmScenario[] {
  const scenarios: AbmScenario[] = [];
  for (let d = 0; d < count; d++) {
    const drawSeed = (Math.imul(seed, 0x9e3779b1) + d) | 0;
    const streams = new Map(Object.keys(how).map((key) => [key, new Rng(drawSeed, streamFor(key))]));
    for (let attempt = 0; ; attempt++) {
      if (attempt >= MAX_ATTEMPTS)
        throw new Error(`drawParameterSets: no valid draw in ${MAX_ATTEMPTS} attempts`);
      const params: Record<string, unknown> = { ...base.params };
      for (const [key, k] of Object.entries(how)) {
        const rng = streams.get(key)!;
        const doc = (PARAM_DOCS as Record<string, { min: number; max: number }>)[key]!;
        if (k.kind === 'bool') params[key] = rng.next() < 0.5;
        else if (k.kind === 'enum') params[key] = k.values![rng.int(k.values!.length)];
        else if (k.kind === 'int') params[key] = doc.min + rng.int(doc.max - doc.min + 1);
        else params[key] = doc.min + rng.next() * (doc.max - doc.min);
      }
      const candidate = {
        ...base,
        ...ROBUSTNESS_SCALE,
        banks: Math.min(ROBUSTNESS_SCALE.banks, base.banks),
        periods: VALIDATION_PERIODS,
        seed: base.seed + d,
        name: `robustness draw ${d + 1}`,
        params: params as unknown as AbmParams,
      };
      const parsed = abmScenarioSchema.safeParse(candidate);
      if (parsed.success) {
        scenarios.push(parsed.data as AbmScenario);
        break;
      }
    }
  }
  return scenarios;
}

/** Whether a draw's run counts as completed: every quarter run and every invariant held. */
export function drawCompleted(
  result: RunResult | Error,
  periods: number,
): { ok: true } | { ok: false; reason: string } {
  if (result instanceof Error) return { ok: false, reason: result.message.split('\n')[0]! };
  if (result.index.length !== periods)
    return { ok: false, reason: `stopped after ${result.index.length} of ${periods} quarters` };
  const inv = (result.extras as { invariants?: { passed?: ArrayLike<number> } } | undefined)?.invariants
    ?.passed;
  if (inv) {
    for (let i = 0; i < inv.length; i++)
      if (inv[i] !== 1) return { ok: false, reason: `an invariant failed in quarter ${i + 1}` };
  }
  return { ok: true };
}

export type DrawVerdict = { ok: true } | { ok: false; reason: string };

/** Tally draw verdicts (in draw order) into the card's robustness outcome. */
export function tallyRobustness(
  verdicts: readonly DrawVerdict[],
  scenarios: readonly AbmScenario[],
): RobustnessOutcome {
  const failures: string[] = [];
  let completed = 0;
  verdicts.forEach((v, d) => {
    if (v.ok) completed++;
    else if (failures.length < 5) failures.push(`draw ${d + 1} (seed ${scenarios[d]!.seed}): ${v.reason}`);
  });
  const first = scenarios[0];
  return {
    draws: verdicts.length,
    completed,
    failures,
    scale: {
      households: first?.households ?? ROBUSTNESS_SCALE.households,
      firms: first?.firms ?? ROBUSTNESS_SCALE.firms,
      banks: first?.banks ?? ROBUSTNESS_SCALE.banks,
      periods: first?.periods ?? VALIDATION_PERIODS,
    },
  };
}
