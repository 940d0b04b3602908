/**
 * The parameters a sweep can vary, found by walking any model's scenario rather than by a list of
 * names, so a model that gains or renames parameters is swept without changes here:
 * - every finite number in the scenario (top-level scale keys, `params.*`, `initial.*`…) except
 *   the envelope (`schemaVersion`) and `seed`, which the sweep sets itself;
 * - every numeric constant inside a formula parameter, numbered from 1 in reading order
 *   (`citizensIncome#1` is the 0.2 in "0.2 * avg_wage").
 * A parameter is addressed by its key when that key is unique in the scenario, else by its dotted path.
 */
import type { MathNode } from 'mathjs';
import { parseFormulaSource } from '../formulas/instance';

export interface SweepParam {
  /** What the user types and what the CSV column is called: the key, or the dotted path if the key repeats. */
  name: string;
  /** Keys from the scenario's root to the value. */
  path: string[];
  /** For a formula constant: which numeric constant of the formula (1-based); else null. */
  constant: number | null;
  /** The value in the scenario the sweep starts from. */
  base: number;
  /** The formula a constant belongs to, for labels ("0.2 in 0.2 * avg_wage"). */
  formula: string | null;
}

const SKIP_ROOT = new Set(['schemaVersion', 'seed']);

function formulaConstants(source: string): number[] {
  let tree: MathNode;
  try {
    tree = parseFormulaSource(source);
  } catch {
    return [];
  }
  const found: number[] = [];
  tree.traverse((node) => {
    const n = node as unknown as { type: string; value?: unknown };
    if (n.type === 'ConstantNode' && typeof n.value === 'number') found.push(n.value);
  });
  return found;
}

/** Every sweepable parameter of a scenario, in the scenario's own key order. */
export function listSweepParams(scenario: Record<string, unknown>): SweepParam[] {
  const raw: Omit<SweepParam, 'name'>[] = [];
  const walk = (value: unknown, path: string[]) => {
    if (typeof value === 'number') {
      if (Number.isFinite(value)) raw.push({ path, constant: null, base: value, formula: null });
    } else if (typeof value === 'string') {
      if (path.length < 2) return; // name, description, model: text, not formulas
      formulaConstants(value).forEach((c, i) => raw.push({ path, constant: i + 1, base: c, formula: value }));
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) {
        if (path.length === 0 && SKIP_ROOT.has(k)) continue;
        walk(v, [...path, k]);
      }
    }
  };
  walk(scenario, []);
  const leafCount = new Map<string, number>();
  for (const p of raw) leafCount.set(p.path.at(-1)!, (leafCount.get(p.path.at(-1)!) ?? 0) + 1);
  return raw.map((p) => {
    const leaf = p.path.at(-1)!;
    const stem = leafCount.get(leaf) === 1 ? leaf : p.path.join('.');
    return { ...p, name: p.constant === null ? stem : `${stem}#${p.constant}` };
  });
}

/** Find a parameter by its short name or its full dotted path (with `#k` for a formula constant). */
export function findSweepParam(params: readonly SweepParam[], name: string): SweepParam | undefined {
  return params.find(
    (p) =>
      p.name === name ||
      (p.constant === null ? p.path.join('.') : `${p.path.join('.')}#${p.constant}`) === name,
  );
}

function replaceConstant(source: string, k: number, value: number): string {
  let seen = 0;
  const tree = parseFormulaSource(source).transform((node) => {
    const n = node as unknown as { type: string; value?: unknown; clone(): MathNode };
    if (n.type !== 'ConstantNode' || typeof n.value !== 'number') return node;
    seen++;
    if (seen !== k) return node;
    const copy = n.clone() as unknown as { value: number };
    copy.value = value;
    return copy as unknown as MathNode;
  });
  // Parenthesise negatives so "x - -0.2" or "2 ^ -1" keep their meaning when printed.
  return tree.toString({
    handler: (node: MathNode) => {
      const n = node as unknown as { type: string; value?: unknown };
      if (n.type === 'ConstantNode' && typeof n.value === 'number' && n.value < 0) return `(${n.value})`;
      return undefined;
    },
  } as never);
}

/** A copy of the scenario with one parameter set to `value` (the scenario itself is not changed). */
export function withParam(
  scenario: Record<string, unknown>,
  param: Pick<SweepParam, 'path' | 'constant'>,
  value: number,
): Record<string, unknown> {
  const copy = structuredClone(scenario);
  let node: Record<string, unknown> = copy;
  for (const key of param.path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const leaf = param.path.at(-1)!;
  node[leaf] = param.constant === null ? value : replaceConstant(String(node[leaf]), param.constant, value);
  return copy;
}
