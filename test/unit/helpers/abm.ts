import { ABM_PRESETS, type AbmScenario } from '../../../models/abm';
import { EMP_UNEMPLOYED } from '../../../models/abm/households';
import type { Economy } from '../../../models/abm/state';

/**
 * A preset at a test's scale: `size` (households, firms, banks, periods) first, then the test's own
 * top-level overrides and parameters. A fresh copy each call, so no test can edit a shared preset.
 */
export function presetAt(
  name: string,
  size: Pick<AbmScenario, 'households' | 'firms' | 'banks' | 'periods'>,
  over: Partial<AbmScenario> = {},
  params: Partial<AbmScenario['params']> = {},
): AbmScenario {
  const s = structuredClone(ABM_PRESETS[name]!);
  return { ...s, ...size, ...over, params: { ...s.params, ...params } };
}

/** A renter with a job, given a wage this quarter (for unit tests of the housing market). */
export function renterWithJob(E: Economy): number {
  const Hs = E.housing!;
  for (let h = 0; h < E.H; h++) {
    if (Hs.owns[h] === 0 && Hs.mort[h] === 0 && E.hh.emp[h] !== EMP_UNEMPLOYED) {
      E.hh.inc[h] = E.macro.wage;
      return h;
    }
  }
  throw new Error('no renter with a job');
}
