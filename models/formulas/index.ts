/** Locked-down policy formulas, shared by the textbook and agent-based models. */
export { compileFormula, checkFormula, FormulaError, MAX_FORMULA_LENGTH } from './compile';
export type { CompiledFormula, FormulaScope } from './compile';
export { numberOrFormula, resolveParam } from './param';
export type { Bounds, NumberOrFormula, PeriodParam } from './param';
export { ALLOWED_FUNCTIONS, isValidVariableName } from './allowlist';
export { DISABLED_FUNCTIONS } from './instance';
