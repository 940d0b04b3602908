/** Big runs say so before they start (stderr, so stdout and the written files stay clean). */
import { describeCost, runCost } from '../../models/cost';
import type { CliIO } from './io';

/** Prints the estimate when the run is above the app's cost cap; returns the line, or null. */
export function noteBigRun(
  scenario: object,
  runs: number,
  workers: number,
  io: Pick<CliIO, 'err'>,
): string | null {
  const cost = runCost([scenario], runs, workers);
  if (!cost.overCap) return null;
  const line = `money-lab: a big run: ${describeCost(cost, workers)} (Ctrl+C stops it)`;
  io.err(line);
  return line;
}
