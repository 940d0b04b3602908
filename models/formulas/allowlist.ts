/**
 * The allowlist a parsed formula must pass before it is compiled. Everything not named here is
 * refused: property access, indexing, assignment, function definitions, arrays, objects, ranges,
 * strings, units, and every function but the few below.
 */
import type { MathNode } from 'mathjs';

export const ALLOWED_FUNCTIONS: ReadonlySet<string> = new Set([
  'min',
  'max',
  'abs',
  'exp',
  'log',
  'sqrt',
  'floor',
  'ceil',
  'round',
  'sign',
  'pow',
  'mod',
]);

/** Operator functions the parser emits for + - * / ^ mod, comparisons and logic. */
const ALLOWED_OPERATORS: ReadonlySet<string> = new Set([
  'add',
  'subtract',
  'multiply',
  'divide',
  'pow',
  'mod',
  'unaryMinus',
  'unaryPlus',
  'smaller',
  'smallerEq',
  'larger',
  'largerEq',
  'equal',
  'unequal',
  'and',
  'or',
  'xor',
  'not',
]);

const ALLOWED_RELATIONS: ReadonlySet<string> = new Set([
  'smaller',
  'smallerEq',
  'larger',
  'largerEq',
  'equal',
  'unequal',
]);

/** Names a model may not use for its variables: they would shadow a function or reach JS internals. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  ...ALLOWED_FUNCTIONS,
  'constructor',
  'prototype',
  '__proto__',
  'toString',
  'valueOf',
  'true',
  'false',
  'null',
  'undefined',
  'Infinity',
  'NaN',
]);

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function isValidVariableName(name: string): boolean {
  return NAME.test(name) && !RESERVED_NAMES.has(name);
}

/** Returns null when the tree is allowed, else the offending part in plain words. */
export function findDisallowed(
  node: MathNode,
  variables: ReadonlySet<string>,
  used: Set<string> = new Set(),
): string | null {
  // Cast once: mathjs's node union does not narrow on `type`, and we read only documented fields.
  const n = node as unknown as {
    type: string;
    value?: unknown;
    name?: string;
    fn?: unknown;
    op?: string;
    args?: MathNode[];
    content?: MathNode;
    condition?: MathNode;
    trueExpr?: MathNode;
    falseExpr?: MathNode;
    conditionals?: string[];
    params?: MathNode[];
  };
  const shown = safeToString(node);
  switch (n.type) {
    case 'ConstantNode':
      if (typeof n.value === 'number') {
        return Number.isFinite(n.value) ? null : `the non-finite number "${shown}"`;
      }
      if (typeof n.value === 'boolean') return null;
      return `the constant ${shown} (only numbers are allowed)`;
    case 'SymbolNode':
      if (n.name !== undefined && variables.has(n.name)) {
        used.add(n.name);
        return null;
      }
      return `the unknown name "${n.name}" (known: ${[...variables].join(', ') || 'none'})`;
    case 'ParenthesisNode':
      return n.content ? findDisallowed(n.content, variables, used) : 'an empty parenthesis';
    case 'ConditionalNode':
      for (const part of [n.condition, n.trueExpr, n.falseExpr]) {
        const bad = part ? findDisallowed(part, variables, used) : 'an incomplete conditional';
        if (bad) return bad;
      }
      return null;
    case 'OperatorNode': {
      if (typeof n.fn !== 'string' || !ALLOWED_OPERATORS.has(n.fn)) {
        return `the operator "${n.op ?? String(n.fn)}"`;
      }
      return findInAll(n.args ?? [], variables, used);
    }
    case 'RelationalNode': {
      const bad = (n.conditionals ?? []).find((c) => !ALLOWED_RELATIONS.has(c));
      if (bad) return `the comparison "${bad}"`;
      return findInAll(n.params ?? [], variables, used);
    }
    case 'FunctionNode': {
      const fn = n.fn as { type?: string; name?: string } | undefined;
      if (!fn || fn.type !== 'SymbolNode' || typeof fn.name !== 'string') {
        return `the call "${shown}" (only calls of allowed functions by name)`;
      }
      if (!ALLOWED_FUNCTIONS.has(fn.name)) {
        return `the function "${fn.name}" (allowed: ${[...ALLOWED_FUNCTIONS].join(', ')})`;
      }
      return findInAll(n.args ?? [], variables, used);
    }
    case 'AccessorNode':
      return `the property or index access "${shown}"`;
    case 'AssignmentNode':
    case 'FunctionAssignmentNode':
      return `the assignment "${shown}"`;
    case 'ArrayNode':
      return `the array "${shown}"`;
    case 'ObjectNode':
      return `the object "${shown}"`;
    case 'RangeNode':
      return `the range "${shown}"`;
    case 'BlockNode':
      return 'more than one expression (";" or a line break)';
    case 'IndexNode':
      return `the index "${shown}"`;
    default:
      return `the expression part "${shown}" (${n.type})`;
  }
}

function findInAll(
  nodes: readonly MathNode[],
  variables: ReadonlySet<string>,
  used: Set<string>,
): string | null {
  for (const child of nodes) {
    const bad = findDisallowed(child, variables, used);
    if (bad) return bad;
  }
  return null;
}

function safeToString(node: MathNode): string {
  try {
    return node.toString().slice(0, 60);
  } catch {
    return '(unprintable)';
  }
}
