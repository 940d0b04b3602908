import { describe, expect, it } from 'vitest';
import { diffScenarios } from '../../models/scenario/diff';
import { getPreset } from '../../models/scenario';

describe('diffScenarios', () => {
  it("lists each changed fiscal parameter in words, in the file's order", () => {
    const a = getPreset('canada-1974');
    const b = structuredClone(a);
    Object.assign(b.params as object, { publicShare: 0.8, method: 'proportional' });
    expect(diffScenarios(a, b).map((c) => c.text)).toEqual([
      'publicShare: 0.5 → 0.8 (share of debt held by the public bank)',
      'method: "average-rate" → "proportional" (interest on the rest of the debt)',
    ]);
  });

  it('finds nothing between a scenario and its copy, and names keys only one side has', () => {
    const a = getPreset('canada-1974');
    expect(diffScenarios(a, structuredClone(a))).toEqual([]);
    const b = { ...structuredClone(a), description: 'mine' };
    expect(diffScenarios(a, b)).toEqual([
      expect.objectContaining({ path: 'description', text: 'description: (not set) → "mine" (description)' }),
    ]);
  });

  it('compares presets across fiscal measures and names', () => {
    const lines = diffScenarios(getPreset('canada-1974'), getPreset('canada-net-debt-1974')).map(
      (c) => c.path,
    );
    expect(lines).toEqual(['name', 'params.measure', 'params.endYear', 'params.view']);
  });

  it('describes ABM parameters with their documented label and unit, and top-level sizes', () => {
    const a = getPreset('abm-private-debt');
    const b = getPreset('abm-public-bank');
    const changes = diffScenarios(a, b);
    const regime = changes.find((c) => c.key === 'moneyRegime' || c.path.endsWith('Regime'));
    expect(regime?.text).toMatch(/→/);
    expect(regime?.meaning).toBeTruthy();
    const c = structuredClone(a) as Record<string, unknown>;
    c.seed = 99;
    expect(diffScenarios(a, c).map((x) => x.text)).toEqual([`seed: ${String(a.seed)} → 99 (random seed)`]);
  });

  it('shows numbers without binary noise', () => {
    const a = { model: 'fiscal-history', params: { publicRate: 0.1 + 0.2 } };
    const b = { model: 'fiscal-history', params: { publicRate: 0.3 + 1e-9 } };
    expect(diffScenarios(a, b)[0]!.text).toBe(
      "publicRate: 0.3 → 0.300000001 (public bank's net interest rate)",
    );
  });
});
