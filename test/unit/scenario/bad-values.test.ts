/** Numbers and formulas no economy has are bad input naming the field (and the period), not a crash. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ModelDivergenceError } from '../../../models/divergence';
import { runScenario } from '../../../models/run';
import { getPreset, MAX_SCENARIO_BYTES, ScenarioError } from '../../../models/scenario';
import { loadScenario } from '../../../src-main/cli/scenario';

function refusal(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    if (e instanceof ScenarioError) return e.problems;
    throw e;
  }
  throw new Error('expected a ScenarioError');
}

const abm = (params: Record<string, unknown>) => {
  const s = getPreset('abm-ubi-money') as Record<string, unknown>;
  return {
    ...s,
    households: 50,
    firms: 5,
    banks: 2,
    periods: 4,
    params: { ...(s.params as object), ...params },
  };
};

describe('out-of-range numbers and formula results', () => {
  it('ABM: a number out of range names the field (citizensIncome: 1e300)', () => {
    expect(refusal(() => runScenario(abm({ citizensIncome: 1e300 }), { data: {} }))).toEqual([
      'params.citizensIncome: must be at most 1000000 (got 1e+300)',
    ]);
  });

  it('ABM: a formula whose value leaves the bounds names the parameter, the value and the period', () => {
    expect(refusal(() => runScenario(abm({ citizensIncome: '1e300 * t' }), { data: {} }))).toEqual([
      'params.citizensIncome: must be at most one average wage, 10000 (formula "1e300 * t" gave 1e+300 in period 1)',
    ]);
    // The bound moves with the wage: a formula of 1.5 wages is refused whatever the price level.
    expect(refusal(() => runScenario(abm({ citizensIncome: '1.5 * avg_wage' }), { data: {} }))).toEqual([
      'params.citizensIncome: must be at most one average wage, 10000 (formula "1.5 * avg_wage" gave 15000 at the start)',
    ]);
    expect(refusal(() => runScenario(abm({ policyRate: 't / 5' }), { data: {} }))).toEqual([
      'params.policyRate: must be at most 0.25 (formula "t / 5" gave 0.4 in period 2)',
    ]);
  });

  it('textbook: G = 1e308 and an initial stock of 1e300 are refused naming the field', () => {
    const sim = getPreset('gl-sim');
    expect(refusal(() => runScenario({ ...sim, params: { G: 1e308 } }, { data: {} }))).toEqual([
      'params.G: must be at most 1000000000000 (got 1e+308)',
    ]);
    expect(refusal(() => runScenario({ ...sim, initial: { H: -1e300 } }, { data: {} }))).toEqual([
      'initial.H: must be at least -1000000000000 (got -1e+300)',
    ]);
  });

  it('textbook: a run whose numbers overflow is a divergence naming the period and the variable', () => {
    const bmw = { schemaVersion: 1, model: 'gl-bmw', periods: 5, params: { pr: 5e-324 } };
    expect(() => runScenario(bmw, { data: {} })).toThrow(ModelDivergenceError);
    expect(() => runScenario(bmw, { data: {} })).toThrow(/^The run diverged in period 1: N became Infinity/);
  });

  it('the CLI refuses a scenario file over the size limit before reading it', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'money-lab-size-')), 'big.json');
    writeFileSync(path, ' '.repeat(MAX_SCENARIO_BYTES + 1));
    expect(refusal(() => loadScenario(path, null))).toEqual([
      `"${path}": is 5.0 MB; a scenario file may be at most 5 MB`,
    ]);
  });
});
