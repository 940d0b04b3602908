/**
 * Parameters that are "a number or a formula": the zod schema that accepts either (checking the
 * formula at parse time, so the error names the field), and the resolver that turns either into
 * one per-period function with the same bounds checked on every value a formula produces.
 */
import { z } from 'zod';
import { checkFormula, compileFormula, FormulaError, type FormulaScope } from './compile';

export type NumberOrFormula = number | string;

export interface Bounds {
  min?: number;
  max?: number;
  /** Exclusive lower bound, e.g. a productivity that must be above 0. */
  gt?: number;
}

/** zod schema for a param that is a finite number within bounds, or an allowed formula. */
export function numberOrFormula(allowedVariables: readonly string[], bounds: Bounds = {}) {
  let num = z.number({ message: 'must be a number or a formula string' }).finite();
  if (bounds.min !== undefined) num = num.min(bounds.min, { message: `must be at least ${bounds.min}` });
  if (bounds.max !== undefined) num = num.max(bounds.max, { message: `must be at most ${bounds.max}` });
  if (bounds.gt !== undefined) num = num.gt(bounds.gt, { message: `must be more than ${bounds.gt}` });
  const formula = z.string().superRefine((source, ctx) => {
    const problem = checkFormula(source, allowedVariables);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
  return z.union([num, formula], { message: 'must be a number or a formula string' });
}

/** One parameter resolved for a run: its value in any period, bounds-checked. */
export interface PeriodParam {
  readonly name: string;
  readonly isConstant: boolean;
  at(scope: FormulaScope): number;
}

export function resolveParam(
  name: string,
  value: NumberOrFormula,
  allowedVariables: readonly string[],
  bounds: Bounds = {},
): PeriodParam {
  if (typeof value === 'number') {
    checkBounds(name, value, bounds, null);
    return { name, isConstant: true, at: () => value };
  }
  const f = compileFormula(name, value, allowedVariables);
  return {
    name,
    isConstant: f.isConstant,
    at(scope) {
      const v = f(scope);
      checkBounds(name, v, bounds, scope.t ?? null, value);
      return v;
    },
  };
}

function checkBounds(name: string, v: number, b: Bounds, t: number | null, source?: string): void {
  const where = t === null ? '' : ` in period ${t}`;
  const what = source === undefined ? `${v}` : `formula "${source}" gave ${v}${where}`;
  if (b.min !== undefined && v < b.min) throw new FormulaError(name, `must be at least ${b.min} (${what})`);
  if (b.max !== undefined && v > b.max) throw new FormulaError(name, `must be at most ${b.max} (${what})`);
  if (b.gt !== undefined && !(v > b.gt)) throw new FormulaError(name, `must be more than ${b.gt} (${what})`);
}
