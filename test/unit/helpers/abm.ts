import { ABM_PRESETS, type AbmScenario } from '../../../models/abm';

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
