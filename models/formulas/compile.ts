/**
 * Policy formulas: a parameter written as an expression of the period `t` (1 in the first period)
 * and of model variables (their values in the previous period). Parsed and checked once, evaluated
 * per period. Never `eval` or `new Function`: mathjs builds closures from the checked tree.
 */
import { findDisallowed, isValidVariableName } from './allowlist';
import { parseFormulaSource } from './instance';

/** Values visible to a formula in one period: `t` plus the model's variables (last period's values). */
export type FormulaScope = Readonly<Record<string, number>>;

export type CompiledFormula = ((scope: FormulaScope) => number) & {
  readonly paramName: string;
  readonly source: string;
  /** True when the formula mentions neither `t` nor any variable, so it is the same every period. */
  readonly isConstant: boolean;
  /** The names (t and model variables) the formula reads. */
  readonly variablesUsed: readonly string[];
};

/** A formula the user wrote that cannot be accepted or gave a non-number; names the parameter. */
export class FormulaError extends Error {
  constructor(
    public readonly paramName: string,
    /** The problem without the parameter name, for messages that put the name elsewhere. */
    public readonly problem: string,
  ) {
    super(`${paramName}: ${problem}`);
    this.name = 'FormulaError';
  }
}

export const MAX_FORMULA_LENGTH = 500;

/**
 * Compile `source` for parameter `paramName`. `allowedVariables` are the model's variable names a
 * formula may read; `t` is always allowed. Throws FormulaError naming the offending part.
 */
export function compileFormula(
  paramName: string,
  source: string,
  allowedVariables: readonly string[] = [],
): CompiledFormula {
  const used = new Set<string>();
  const problem = checkFormula(source, allowedVariables, used);
  if (problem) throw new FormulaError(paramName, problem);
  const code = parseFormulaSource(source).compile();
  const fn = (scope: FormulaScope): number => {
    let value: unknown;
    try {
      value = code.evaluate({ ...scope });
    } catch (e) {
      throw new FormulaError(paramName, `formula "${source}" failed: ${(e as Error).message}`);
    }
    if (typeof value === 'boolean') return value ? 1 : 0;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      const where = scope.t === undefined ? '' : ` in period ${scope.t}`;
      throw new FormulaError(
        paramName,
        `formula "${source}" gave ${String(value)}${where}, not a finite number`,
      );
    }
    return value;
  };
  return Object.assign(fn, { paramName, source, isConstant: used.size === 0, variablesUsed: [...used] });
}

/** The problem with a formula in plain words, or null when it is allowed. */
export function checkFormula(
  source: string,
  allowedVariables: readonly string[] = [],
  used: Set<string> = new Set(),
): string | null {
  if (typeof source !== 'string' || source.trim() === '') return 'formula is empty';
  if (source.length > MAX_FORMULA_LENGTH) return `formula is longer than ${MAX_FORMULA_LENGTH} characters`;
  for (const v of allowedVariables) {
    if (!isValidVariableName(v)) throw new Error(`model bug: "${v}" cannot be a formula variable`);
  }
  let tree;
  try {
    tree = parseFormulaSource(source);
  } catch (e) {
    return `formula "${source}" does not parse: ${(e as Error).message}`;
  }
  const bad = findDisallowed(tree, new Set(['t', ...allowedVariables]), used);
  return bad ? `formula "${source}" is not allowed: it uses ${bad}` : null;
}
