/**
 * Sweep metrics: one number per run. A metric is either one of the model's own summary figures
 * (named as in its summary) or a formula over the run's columns, e.g.
 *   mean(unemployment[end-39:end])      mean of the last 40 rows
 *   last(counterfactual_debt) / 1000    the final value, in thousands
 *   max(inflation[100:200])             rows whose period (or year) is 100…200, inclusive
 *   quantile(gini_income, 0.9)          the 90th percentile over all rows
 *   Y[50]                               the value in period (or year) 50
 * Aggregates (mean, median, sum, min, max, std, first, last, quantile) take a column, optionally
 * sliced by index value with [a:b] or [a] (`end` = the last index value). Everything else is a
 * policy formula (numbers, + − × ÷ ^, comparisons, min, max, abs, exp, log, …) over those
 * aggregates and the model's numeric summary figures, checked by the same allowlist and evaluated
 * by the same locked-down mathjs instance (models/formulas). Anything else is refused with a
 * message naming the metric.
 */
import type { MathNode } from 'mathjs';
import { quantile } from 'd3-array';
import { compileFormula, FormulaError, isValidVariableName, type CompiledFormula } from '../formulas';
import { parseFormulaSource } from '../formulas/instance';
import type { RunResult } from '../result';
import type { MetricSpec } from './design';

export const AGGREGATES = [
  'mean',
  'median',
  'sum',
  'min',
  'max',
  'std',
  'first',
  'last',
  'quantile',
] as const;
type Aggregate = (typeof AGGREGATES)[number];
const AGGREGATE_SET: ReadonlySet<string> = new Set(AGGREGATES);

/** A metric that cannot be defined or evaluated; the message names the metric. */
export class MetricError extends Error {
  constructor(
    public readonly metric: string,
    problem: string,
  ) {
    super(`metric ${metric}: ${problem}`);
    this.name = 'MetricError';
  }
}

/** What a metric can read: a run's columns (by name) and its numeric summary figures. */
export interface MetricShape {
  columns: readonly string[];
  summary: readonly string[];
  units: Readonly<Record<string, string>>;
  /** Unit of each summary figure, as the model states it. */
  summaryUnits?: Readonly<Record<string, string>>;
}

export function shapeOf(
  result: Pick<RunResult, 'columns' | 'summary' | 'units'> & { summaryUnits?: Record<string, string> },
): MetricShape {
  return {
    columns: Object.keys(result.columns),
    summary: Object.entries(result.summary)
      .filter(([, v]) => typeof v === 'number')
      .map(([k]) => k),
    units: result.units,
    ...(result.summaryUnits ? { summaryUnits: result.summaryUnits } : {}),
  };
}

type Slice =
  | { kind: 'all' }
  | { kind: 'range'; from: CompiledFormula; to: CompiledFormula }
  | { kind: 'at'; at: CompiledFormula };

interface Reduction {
  placeholder: string;
  fn: Aggregate | 'at';
  column: string;
  slice: Slice;
  /** quantile's probability. */
  p: number | null;
}

export interface CompiledMetric {
  name: string;
  formula: string | null;
  unit: string;
  evaluate(result: Pick<RunResult, 'index' | 'columns' | 'summary'>): number;
}

function node<T = Record<string, unknown>>(n: MathNode): T & { type: string } {
  return n as unknown as T & { type: string };
}

/** `column` or `column[...]`: the column name and slice, or null when the node is neither. */
function columnRef(
  metric: string,
  n: MathNode,
  columns: ReadonlySet<string>,
): { column: string; slice: Slice } | null {
  const x = node<{ name?: string; object?: MathNode; index?: MathNode }>(n);
  if (x.type === 'SymbolNode' && x.name !== undefined && columns.has(x.name))
    return { column: x.name, slice: { kind: 'all' } };
  if (x.type !== 'AccessorNode' || !x.object || !x.index) return null;
  const obj = node<{ name?: string }>(x.object);
  if (obj.type !== 'SymbolNode' || obj.name === undefined || !columns.has(obj.name)) return null;
  const dims = node<{ dimensions?: MathNode[] }>(x.index).dimensions ?? [];
  if (dims.length !== 1)
    throw new MetricError(metric, `"${safe(n)}": a column takes one index, [a:b] or [a]`);
  const dim = node<{ start?: MathNode; end?: MathNode; step?: MathNode | null }>(dims[0]!);
  const bound = (b: MathNode) => compileBound(metric, b);
  if (dim.type === 'RangeNode') {
    if (dim.step) throw new MetricError(metric, `"${safe(n)}": a slice has no step; write [a:b]`);
    return { column: obj.name, slice: { kind: 'range', from: bound(dim.start!), to: bound(dim.end!) } };
  }
  return { column: obj.name, slice: { kind: 'at', at: bound(dims[0]!) } };
}

function compileBound(metric: string, b: MathNode): CompiledFormula {
  try {
    // mathjs reserves `end` in a scope, so the bound reads it under another name.
    const renamed = b.transform((n) =>
      node<{ name?: string }>(n).type === 'SymbolNode' && node<{ name?: string }>(n).name === 'end'
        ? parseFormulaSource(END)
        : n,
    );
    return compileFormula(metric, renamed.toString(), [END]);
  } catch (e) {
    if (e instanceof FormulaError)
      throw new MetricError(
        metric,
        `index ${e.problem
          .replace(/^formula /, '')
          .replaceAll(END, 'end')
          .replace('(known: t, end)', '(known: end)')}`,
      );
    throw e;
  }
}

const END = 'last_index';

function safe(n: MathNode): string {
  try {
    return n.toString().slice(0, 60);
  } catch {
    return '(unprintable)';
  }
}

/** Parse, check and compile a metric for runs of this shape; throws MetricError naming the metric. */
export function compileMetric(spec: MetricSpec, shape: MetricShape): CompiledMetric {
  const { name } = spec;
  if (spec.formula === null) {
    if (!shape.summary.includes(name))
      throw new MetricError(
        name,
        `not a summary figure of this model (figures: ${shape.summary.join(', ') || 'none'}); define it as NAME=FORMULA, e.g. ${name}=last(${shape.columns[0] ?? 'column'})`,
      );
    return {
      name,
      formula: null,
      unit: shape.summaryUnits?.[name] ?? '',
      evaluate: (r) => {
        const v = r.summary[name];
        return typeof v === 'number' ? v : NaN;
      },
    };
  }
  if (!isValidVariableName(name))
    throw new MetricError(name, 'a metric name is letters, digits and _ and starts with a letter or _');
  let tree: MathNode;
  try {
    tree = parseFormulaSource(spec.formula);
  } catch (e) {
    throw new MetricError(name, `formula "${spec.formula}" does not parse: ${(e as Error).message}`);
  }
  const columns = new Set(shape.columns.filter(isValidVariableName));
  const reductions: Reduction[] = [];
  const rewritten = tree.transform((n) => {
    const x = node<{ fn?: MathNode; args?: MathNode[] }>(n);
    if (x.type === 'FunctionNode' && x.fn && x.args) {
      const fnName = node<{ name?: string }>(x.fn).name ?? '';
      const ref = x.args[0] ? columnRef(name, x.args[0], columns) : null;
      if (AGGREGATE_SET.has(fnName) && ref) {
        const want = fnName === 'quantile' ? 2 : 1;
        if (x.args.length !== want)
          throw new MetricError(
            name,
            `${fnName}() takes ${want === 1 ? 'one column' : 'a column and a probability'}`,
          );
        let p: number | null = null;
        if (fnName === 'quantile') {
          p = compileBound(name, x.args[1]!)({});
          if (!(p >= 0 && p <= 1))
            throw new MetricError(name, `quantile's probability must be 0…1 (got ${p})`);
        }
        return placeholder(reductions, { fn: fnName as Aggregate, ...ref, p });
      }
      if (AGGREGATE_SET.has(fnName) && fnName !== 'min' && fnName !== 'max')
        throw new MetricError(
          name,
          `${fnName}() takes a column, not "${x.args[0] ? safe(x.args[0]) : ''}" (columns: ${[...columns].join(', ')})`,
        );
    }
    if (x.type === 'AccessorNode') {
      const ref = columnRef(name, n, columns);
      if (ref?.slice.kind === 'at') return placeholder(reductions, { fn: 'at', ...ref, p: null });
      if (ref)
        throw new MetricError(
          name,
          `the slice "${safe(n)}" must be inside an aggregate, e.g. mean(${safe(n)})`,
        );
    }
    return n;
  });
  // A column left bare is a series, not a number: say how to make it one.
  rewritten.traverse((n) => {
    const x = node<{ name?: string }>(n);
    const bare = x.type === 'SymbolNode' && x.name !== undefined && columns.has(x.name);
    if (bare && !shape.summary.includes(x.name!) && !AGGREGATE_SET.has(x.name!))
      throw new MetricError(
        name,
        `the column "${x.name}" is a series; reduce it, e.g. last(${x.name}) or mean(${x.name})`,
      );
  });
  const scalars = shape.summary.filter(isValidVariableName);
  let compiled: CompiledFormula;
  try {
    compiled = compileFormula(name, rewritten.toString(), [
      ...reductions.map((r) => r.placeholder),
      ...scalars,
    ]);
  } catch (e) {
    if (e instanceof FormulaError) {
      const problem = e.problem
        .replace(rewritten.toString(), spec.formula)
        .replace(/\b__r\d+\b/g, 'an aggregate');
      throw new MetricError(name, `${problem} (aggregates over columns: ${AGGREGATES.join(', ')})`);
    }
    throw e;
  }
  const used = new Set(reductions.map((r) => r.column));
  const onlyColumn = used.size === 1 ? [...used][0]! : null;
  const unit =
    onlyColumn && reductions.every((r) => r.fn !== 'sum')
      ? (shape.units[onlyColumn] ?? '')
      : onlyColumn
        ? `${shape.units[onlyColumn] ?? ''}, summed over rows`
        : 'user formula';
  return {
    name,
    formula: spec.formula,
    unit,
    evaluate(result) {
      const scope: Record<string, number> = {};
      for (const k of scalars) scope[k] = result.summary[k] as number;
      for (const r of reductions) scope[r.placeholder] = reduce(name, r, result);
      try {
        return compiled(scope);
      } catch (e) {
        // A formula that gives no finite number for one run (0/0…) leaves that cell empty, not the sweep.
        if (e instanceof FormulaError) return NaN;
        throw e;
      }
    },
  };
}

function placeholder(reductions: Reduction[], r: Omit<Reduction, 'placeholder'>): MathNode {
  const p = `__r${reductions.length}`;
  reductions.push({ ...r, placeholder: p });
  return parseFormulaSource(p);
}

function reduce(metric: string, r: Reduction, result: Pick<RunResult, 'index' | 'columns'>): number {
  const { index } = result;
  const col = result.columns[r.column]!;
  const end = index[index.length - 1] ?? NaN;
  const values: number[] = [];
  if (r.slice.kind === 'all') values.push(...col);
  else if (r.slice.kind === 'range') {
    const from = r.slice.from({ [END]: end });
    const to = r.slice.to({ [END]: end });
    for (let i = 0; i < index.length; i++) if (index[i]! >= from && index[i]! <= to) values.push(col[i]!);
    if (!values.length)
      throw new MetricError(
        metric,
        `${r.column}[${from}:${to}] selects no rows (index runs ${index[0]}…${end})`,
      );
  } else {
    const at = r.slice.at({ [END]: end });
    const i = index.indexOf(at);
    if (i < 0)
      throw new MetricError(
        metric,
        `${r.column}[${at}]: no row with index ${at} (index runs ${index[0]}…${end})`,
      );
    values.push(col[i]!);
  }
  switch (r.fn) {
    case 'at':
    case 'first':
      return values[0]!;
    case 'last':
      return values[values.length - 1]!;
    case 'sum':
      return values.reduce((a, b) => a + b, 0);
    case 'mean':
      return values.reduce((a, b) => a + b, 0) / values.length;
    case 'min':
      return Math.min(...values);
    case 'max':
      return Math.max(...values);
    case 'median':
      return quantile(values, 0.5) ?? NaN;
    case 'quantile':
      return quantile(values, r.p!) ?? NaN;
    case 'std': {
      const m = values.reduce((a, b) => a + b, 0) / values.length;
      return Math.sqrt(values.reduce((a, b) => a + (b - m) ** 2, 0) / Math.max(1, values.length - 1));
    }
  }
}

/** `NAME` or `NAME=FORMULA` as typed after --metric. */
export function parseMetricArg(text: string): MetricSpec {
  const eq = text.indexOf('=');
  if (eq < 0) return { name: text.trim(), formula: null };
  return { name: text.slice(0, eq).trim(), formula: text.slice(eq + 1).trim() };
}
