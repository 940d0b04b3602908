/**
 * A mathjs instance built from only the factories a policy formula needs (number arithmetic,
 * comparisons, logic and a few functions), with every documented dangerous function replaced by
 * one that throws. The allowlist walk in ./allowlist.ts is the first lock; this is the second, so a
 * bug in one does not open the door.
 */
import {
  absDependencies,
  addDependencies,
  andDependencies,
  ceilDependencies,
  create,
  divideDependencies,
  equalDependencies,
  expDependencies,
  floorDependencies,
  largerDependencies,
  largerEqDependencies,
  logDependencies,
  maxDependencies,
  minDependencies,
  modDependencies,
  multiplyDependencies,
  notDependencies,
  orDependencies,
  parseDependencies,
  powDependencies,
  roundDependencies,
  signDependencies,
  smallerDependencies,
  smallerEqDependencies,
  sqrtDependencies,
  subtractDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
  unequalDependencies,
  xorDependencies,
} from 'mathjs/number';
import type { FactoryFunctionMap, MathNode } from 'mathjs';

// The names stand twice (import and object) on purpose: a namespace import looked up by name defeats
// tree-shaking and adds about 310 KB of mathjs to the CLI bundle (2.02 MB -> 2.33 MB, measured).
const factories = {
  parseDependencies,
  absDependencies,
  addDependencies,
  andDependencies,
  ceilDependencies,
  divideDependencies,
  equalDependencies,
  expDependencies,
  floorDependencies,
  largerDependencies,
  largerEqDependencies,
  logDependencies,
  maxDependencies,
  minDependencies,
  modDependencies,
  multiplyDependencies,
  notDependencies,
  orDependencies,
  powDependencies,
  roundDependencies,
  signDependencies,
  smallerDependencies,
  smallerEqDependencies,
  sqrtDependencies,
  subtractDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
  unequalDependencies,
  xorDependencies,
};
for (const [name, f] of Object.entries(factories)) {
  if (!f) throw new Error(`mathjs/number lacks ${name}: the formula instance cannot be built`);
}

/** The functions mathjs's security page names as risky, plus the ones that reach the namespace. */
export const DISABLED_FUNCTIONS = [
  'import',
  'createUnit',
  'reviver',
  'evaluate',
  'parse',
  'simplify',
  'simplifyConstant',
  'simplifyCore',
  'derivative',
  'resolve',
  'compile',
  'chain',
  'rationalize',
  'leafCount',
  'symbolicEqual',
  'help',
  'parser',
] as const;
// `typed`, `config`, `create` and `factory` stay: mathjs builds its lazy functions with them. The
// allowlist walk never lets a formula name them, since only ALLOWED_FUNCTIONS may be called.

function disabled(name: string) {
  return () => {
    throw new Error(`function ${name} is disabled in policy formulas`);
  };
}

/** Built on first use, not at import: every model imports this module, and building the instance is
 * most of the start-up of a command that never parses a formula (`money-lab presets`). */
function buildParse(): (source: string) => MathNode {
  const math = create(factories as Record<string, FactoryFunctionMap>, {});
  // Keep a private reference before the public names are disabled below.
  const privateParse = math.parse.bind(math) as (source: string) => MathNode;
  const importFn = math.import.bind(math) as (
    obj: Record<string, unknown>,
    opts: { override: boolean },
  ) => void;
  importFn(Object.fromEntries(DISABLED_FUNCTIONS.map((name) => [name, disabled(name)])), { override: true });
  return privateParse;
}

let parse: ((source: string) => MathNode) | undefined;

export function parseFormulaSource(source: string): MathNode {
  parse ??= buildParse();
  return parse(source);
}
