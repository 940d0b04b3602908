/** Model 3, the agent-based economy: households, three kinds of firms, private banks, a public bank and the government. */
import type { ModelDefinition, RunContext } from '../model';
import { makeProvenance } from '../provenance';
import type { RunResult } from '../result';
import { COLUMN_NAMES, COLUMN_UNITS, runEconomy, type AbmExtras, type RunOptions } from './economy';
import { withStanceTaxes } from './fiscalRule';
import { ABM_MODEL_VERSION, abmScenarioSchema, type AbmScenario } from './params';
import { ABM_PRESETS } from './presets';
import { abmAssumptions, abmSummary, SUMMARY_UNITS } from './report';
import { excessDemandPhrase } from './start';

export {
  ABM_MODEL_VERSION,
  PARAM_DOCS,
  DEFAULT_PARAMS,
  FORMULA_VARIABLES,
  MONEY_REGIMES,
  MONEY_REGIME_LABELS,
  FISCAL_RULES,
  FISCAL_RULE_LABELS,
  FISCAL_RULE_DEBTS,
  FISCAL_RULE_DEBT_LABELS,
  STANCE_TAX_KEYS,
  abmScenarioSchema,
  RESERVE_REMUNERATIONS,
  RESERVE_REMUNERATION_LABELS,
  CITIZENS_INCOME_FINANCINGS,
  CITIZENS_INCOME_FINANCING_LABELS,
  CITIZENS_INCOME_TAX_MIXES,
  CITIZENS_INCOME_TAX_MIX_LABELS,
} from './params';
export type { AbmParams, AbmScenario, FiscalStance, ParamDoc } from './params';
export { fiscalStanceFrom, stanceMismatch } from './fiscalRule';
export { financingViewsStatement, stanceStatement } from './report';
export { ABM_PRESETS, PRESET_LEVERS } from './presets';
export { reservesPayback, reservesPaybackSentence, type ReservesPayback } from './report';
export { AbmDivergenceError, COLUMN_NAMES, COLUMN_UNITS } from './economy';
export type { AbmExtras } from './economy';
export { excessDemandPhrase, scenarioStart, type ScenarioStart } from './start';

/** Run with test/bench options (fault injection); the app calls abmModel.run. */
export function runAbm(scenario: AbmScenario, opts: RunOptions = {}): RunResult<AbmExtras> {
  const raw = runEconomy(scenario, opts);
  // The report states the tax rates the run used: a replayed stance's, if any.
  const effective = withStanceTaxes(scenario);
  const index = new Float64Array(raw.periods);
  for (let i = 0; i < raw.periods; i++) index[i] = i + 1;
  const columns: Record<string, Float64Array> = {};
  const units: Record<string, string> = { period: 'quarter (1 = first simulated quarter)' };
  for (const c of COLUMN_NAMES) {
    columns[c] = raw.columns[c];
    units[c] = COLUMN_UNITS[c];
  }
  return {
    model: 'abm',
    indexName: 'period',
    index,
    columns,
    units,
    summary: abmSummary(effective, raw),
    summaryUnits: SUMMARY_UNITS,
    assumptions: [...abmAssumptions(effective), ...startNote(raw.extras.start)],
    sources: [
      'Simulated economy: no external data. Behavioural rules and defaults are documented in models/abm and PARAM_DOCS.',
    ],
    provenance: makeProvenance('abm', ABM_MODEL_VERSION, scenario, scenario.seed, []),
    extras: raw.extras,
  };
}

/** Said in every export when the parameters have no steady state (steadyState.ts), so a drift from the start is not read as a result. */
function startNote(start: AbmExtras['start']): string[] {
  if (start.clears) return [];
  return [
    `These parameters have no steady state: even at full employment, with the inflation the wage rule then gives, demand for consumption goods would exceed what the economy can make ${excessDemandPhrase(start.excessDemand)} (the government's spending and transfers exceed what its taxes take back from that income). The run starts at full employment with prices growing at the inflation target and is not stationary: its first quarters are the economy adjusting, not the policy's effect.`,
  ];
}

export const abmModel: ModelDefinition<AbmScenario> = {
  id: 'abm',
  version: ABM_MODEL_VERSION,
  title: 'Agent-based economy: public money vs private debt',
  schema: abmScenarioSchema as unknown as ModelDefinition<AbmScenario>['schema'],
  presets: ABM_PRESETS,
  dataFiles: [],
  run(scenario: AbmScenario, ctx: RunContext): RunResult {
    return runAbm(scenario, { onProgress: ctx.onProgress });
  },
};
