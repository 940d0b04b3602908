/** The one entry point every environment uses: validate, then run the scenario's model. */
import type { RunContext } from './model';
import type { RunResult } from './result';
import { findModel } from './registry';
import { parseScenario } from './scenario';

export function runScenario(input: unknown, ctx: RunContext): RunResult {
  const scenario = parseScenario(input);
  const model = findModel(scenario.model);
  if (!model) throw new Error(`unreachable: model ${scenario.model} passed validation`);
  return model.run(scenario, ctx);
}
