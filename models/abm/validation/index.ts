/**
 * Validation as a feature (issue 7 §3): does this model behave like an economy? The stylised facts,
 * the statistics and filter they need, and the report card with its pass rule. Pure TypeScript.
 */
export { hpFilter, HP_LAMBDA_QUARTERLY, type HpResult } from './hp';
export { autocorrelation, correlation, diff, mean, quantile, sd, skewness } from './stats';
export { FACTS, inRange, targetText, type FactDef, type Target } from './facts';
export {
  CHANNEL_BENEFITS,
  CHANNEL_CITIZENS_INCOME,
  measureRun,
  measureTransmission,
  TRANSMISSION_QUARTERS,
  type Measurement,
  type RunColumns,
  type Window,
} from './measure';
export {
  buildReportCard,
  burnInOf,
  DEFAULT_BURN_IN,
  DEFAULT_SEEDS,
  hikedScenario,
  measureSeed,
  PASS_RULE,
  planValidation,
  RATE_HIKE,
  runColumnsOf,
  scenarioNote,
  seedsRequired,
  VALIDATION_PERIODS,
  ValidationInputError,
  type FactResult,
  type ReportCard,
  type RobustnessOutcome,
  type SeedOutcome,
  type ValidationPlan,
} from './card';
export {
  DEFAULT_DRAWS,
  drawCompleted,
  drawKinds,
  drawParameterSets,
  drawParameterSetsOf,
  ROBUSTNESS_SCALE,
  tallyRobustness,
} from './robustness';
export { computeReportCard, runDrawTask, runSeedTask, type RunFn } from './tasks';
export type { DrawVerdict } from './robustness';
export { formatValue, measuredText } from './format';
