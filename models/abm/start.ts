/**
 * Whether a scenario's parameters have a steady state (steadyState.ts), read from the start every
 * run of the scenario begins from, and the words that say so when they do not.
 */
import type { AbmScenario } from './params';
import { withStanceTaxes } from './fiscalRule';
import { createEconomy } from './state';

export interface ScenarioStart {
  /** Whether the goods market clears at some employment: the parameters have a steady state. */
  clears: boolean;
  /** When it does not: demand at full employment above what the economy can make, as a share of that output (Infinity: without limit). */
  excessDemand: number;
}

/**
 * The start of every run of `s`, whatever its seed: the steady state is solved from the parameters
 * and the scale before any random draw, by the same code a run uses (so it is the run's own figure).
 */
export function scenarioStart(s: AbmScenario): ScenarioStart {
  // The start a run of `s` makes: with a replayed stance, at its tax rates (as runAbm does).
  const { clears, excessDemand } = createEconomy(withStanceTaxes(s)).steady;
  return { clears, excessDemand };
}

/** "by 16.2%", or "without limit" (households would consume without limit). */
export function excessDemandPhrase(excessDemand: number): string {
  return Number.isFinite(excessDemand) ? `by ${(100 * excessDemand).toFixed(1)}%` : 'without limit';
}
