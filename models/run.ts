/** The one entry point every environment uses: validate, then run the scenario's model. */
import { FormulaError } from './formulas';
import type { RunContext } from './model';
import type { RunResult } from './result';
import { findModel } from './registry';
import { parseScenario, ScenarioError } from './scenario';

export function runScenario(input: unknown, ctx: RunContext): RunResult {
  const scenario = parseScenario(input);
  const model = findModel(scenario.model);
  if (!model) throw new Error(`unreachable: model ${scenario.model} passed validation`);
  try {
    return model.run(scenario, ctx);
  } catch (e) {
    // A formula whose value left its bounds in some period is the scenario's fault: it names the
    // parameter and the period, like any other bad input.
    if (e instanceof FormulaError) throw new ScenarioError([e.message]);
    throw e;
  }
}
