import { parseHTML } from 'linkedom';
import { runScenario } from '../../../models/run';
import { getPreset } from '../../../models/scenario';
import type { TextbookResult } from '../../../src-renderer/charts/textbook';

export const doc = parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

/** Run a textbook preset with some parameters replaced (numbers or formulas). */
export function runPreset(
  name: string,
  params: Record<string, number | string> = {},
  periods?: number,
): TextbookResult {
  const s = getPreset(name) as unknown as { params: Record<string, unknown>; periods: number };
  Object.assign(s.params, params);
  if (periods) s.periods = periods;
  return runScenario(s, { data: {} }) as TextbookResult;
}
