/**
 * What a run of the agent-based economy costs, before it starts: its work grows with households ×
 * quarters × runs. Above the cap the app asks before starting, and the CLI prints an estimate.
 */

/** Household-quarters a run may simulate without asking: the default comparison is 4 million. */
export const COST_CAP_HOUSEHOLD_QUARTERS = 20_000_000;

/**
 * Throughput of one worker, household-quarters per second: measured on the 2-core development
 * machine under load (10,000 households × 200 quarters in 8 s); a quiet desktop is 2–3× faster,
 * so estimates err long.
 */
export const HOUSEHOLD_QUARTERS_PER_SECOND = 250_000;

export interface RunCost {
  /** households × quarters, summed over every run. */
  householdQuarters: number;
  /** Wall-clock estimate with `workers` runs in parallel. */
  seconds: number;
  overCap: boolean;
  /** "10,000 households × 200 quarters × 12 runs" (or the sum, when scenarios differ in size). */
  breakdown: string;
}

interface Sized {
  households?: unknown;
  periods?: unknown;
}

const n = (x: number) => x.toLocaleString('en-US');

/** Cost of running each scenario `runs` times on `workers` workers; scenarios without households cost 0. */
export function runCost(scenarios: readonly object[], runs: number, workers: number): RunCost {
  const sizes = (scenarios as readonly Sized[])
    .filter((s) => typeof s.households === 'number' && typeof s.periods === 'number')
    .map((s) => ({ h: s.households as number, q: s.periods as number }));
  const householdQuarters = sizes.reduce((sum, s) => sum + s.h * s.q * runs, 0);
  const same = sizes.every((s) => s.h === sizes[0]!.h && s.q === sizes[0]!.q);
  const totalRuns = sizes.length * runs;
  const breakdown =
    sizes.length === 0
      ? 'no households'
      : same
        ? `${n(sizes[0]!.h)} households × ${n(sizes[0]!.q)} quarters × ${n(totalRuns)} run${totalRuns === 1 ? '' : 's'}`
        : `${sizes.map((s) => `${n(s.h)} households × ${n(s.q)} quarters`).join(' + ')}, ${n(runs)} run${runs === 1 ? '' : 's'} each`;
  // Runs go to workers whole: a single run cannot use more than one.
  const parallel = Math.max(1, Math.min(workers, totalRuns));
  return {
    householdQuarters,
    seconds: householdQuarters / HOUSEHOLD_QUARTERS_PER_SECOND / parallel,
    overCap: householdQuarters > COST_CAP_HOUSEHOLD_QUARTERS,
    breakdown,
  };
}

/** "about 40 s", "about 3 min", "about 1.2 h". */
export function formatDuration(seconds: number): string {
  if (seconds < 90) return `about ${Math.max(1, Math.round(seconds))} s`;
  if (seconds < 5400) return `about ${Math.round(seconds / 60)} min`;
  return `about ${(seconds / 3600).toFixed(1)} h`;
}

/** One sentence for a confirm dialog or the CLI's stderr. */
export function describeCost(cost: RunCost, workers: number): string {
  return `${n(cost.householdQuarters)} household-quarters (${cost.breakdown}): ${formatDuration(cost.seconds)} on ${workers} worker${workers === 1 ? '' : 's'}`;
}
