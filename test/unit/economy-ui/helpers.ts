import { parseHTML } from 'linkedom';
import { runAbm, type AbmScenario } from '../../../models/abm';
import { getPreset } from '../../../models/scenario';
import type { AbmResult } from '../../../src-renderer/charts/economy';

export const doc = parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

/** A small economy (fast enough for unit tests) from a preset, with a seed. */
export function smallScenario(preset: string, seed = 1): AbmScenario {
  const s = getPreset(preset) as unknown as AbmScenario;
  return { ...s, households: 300, firms: 15, banks: 2, periods: 24, seed };
}

export function runSmall(preset: string, seed = 1): AbmResult {
  return runAbm(smallScenario(preset, seed)) as AbmResult;
}

/** Every number in an SVG path's d attribute. */
export function pathNumbers(d: string | null): number[] {
  return (d ?? '').match(/-?\d+(\.\d+)?(e-?\d+)?|NaN|Infinity/g)?.map(Number) ?? [];
}
