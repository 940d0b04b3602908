import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  compileFormula,
  checkFormula,
  FormulaError,
  numberOrFormula,
  resolveParam,
} from '../../../models/formulas';
import { formatZodIssues } from '../../../models/scenario/errors';

describe('compileFormula', () => {
  it('evaluates conditionals of t once compiled', () => {
    const G = compileFormula('G', 't < 5 ? 20 : 30');
    expect(G({ t: 1 })).toBe(20);
    expect(G({ t: 4 })).toBe(20);
    expect(G({ t: 5 })).toBe(30);
    expect(G.isConstant).toBe(false);
  });

  it('reads model variables (last period) and allowed functions', () => {
    const r = compileFormula('r', 'max(0, 0.02 + 1.5 * (inflation - 0.02) + 0.5 * gap)', [
      'inflation',
      'gap',
    ]);
    expect(r({ t: 3, inflation: 0.04, gap: -0.01 })).toBeCloseTo(0.045, 12);
    expect(r({ t: 3, inflation: -0.05, gap: 0 })).toBe(0);
    expect(r.variablesUsed).toEqual(['inflation', 'gap']);
  });

  it('supports arithmetic, powers, logic, chained comparisons and implicit multiplication', () => {
    expect(compileFormula('x', '2t^2 + sqrt(16) - abs(-1) + exp(0) + log(1)')({ t: 3 })).toBe(22);
    expect(compileFormula('x', '(t > 2 and t <= 4) ? 1 : 0')({ t: 3 })).toBe(1);
    expect(compileFormula('x', '2 < t < 5')({ t: 6 })).toBe(0);
    expect(compileFormula('x', 't mod 4')({ t: 10 })).toBe(2);
    expect(compileFormula('x', 'min(3, t, 7) + floor(2.7) + round(2.5) + ceil(0.1)')({ t: 1 })).toBe(7);
  });

  it('knows a constant formula', () => {
    const f = compileFormula('theta', '0.1 * 2');
    expect(f.isConstant).toBe(true);
    expect(f({ t: 99 })).toBeCloseTo(0.2, 15);
  });

  it('refuses a name that is not a model variable, naming the parameter and the name', () => {
    expect(() => compileFormula('G', 'Y + 1', ['C'])).toThrow(
      /^G: formula "Y \+ 1" is not allowed: it uses the unknown name "Y"/,
    );
  });

  it('reports a non-finite result with the period', () => {
    const f = compileFormula('G', 'log(t - 2)');
    expect(() => f({ t: 2 })).toThrow(FormulaError);
    expect(() => f({ t: 2 })).toThrow(/G: formula "log\(t - 2\)" gave -Infinity in period 2/);
    expect(() => compileFormula('G', '1/(t-1)')({ t: 1 })).toThrow(/in period 1/);
  });

  it('refuses syntax errors, empty and overlong formulas', () => {
    expect(checkFormula('1 +')).toMatch(/does not parse/);
    expect(checkFormula('  ')).toBe('formula is empty');
    expect(checkFormula('1+'.repeat(300) + '1')).toMatch(/longer than 500/);
  });

  it('refuses model variable names that would shadow functions or JS internals', () => {
    expect(() => compileFormula('x', '1', ['constructor'])).toThrow(/model bug/);
    expect(() => compileFormula('x', '1', ['min'])).toThrow(/model bug/);
  });
});

/**
 * Payloads from mathjs's security history: issues #821/#822 (2017, constructor access through
 * functions and `_data`), PR #3255 (2024: import/createUnit/reviver, rawArgs overrides, unsafe
 * property deletion), PR #3656 / GHSA-jvff-x2qm-6286 (2026: property modification through
 * accessor/`set`), plus the documented dangerous functions. Every one must be refused before it runs.
 */
const EXPLOITS: Array<[string, RegExp]> = [
  ['cos.constructor("return process")()', /does not parse|property|call/],
  ['cos.constructor', /property or index access/],
  ['min.constructor("return 1")', /property or index access|call/],
  ['f = min.constructor; f("return 1")', /more than one expression|assignment/],
  [
    '["//","a/*\\nreturn process.mainModule.require"]._data.map(cos.constructor)[1]()("child_process").execSync("ps >&2")',
    /call|property|array/,
  ],
  [
    'import({matrix:cos.constructor},{override:1});x=["process.mainModule.require(\\"child_process\\").execSync(\\"ps >&2\\")"];x()',
    /more than one expression/,
  ],
  ['import({matrix: 1}, {override: true})', /the function "import"/],
  ['a=["x"]._data;a.isRange=true;x={subset:cos.constructor}[a];x()', /more than one expression/],
  ['{}.constructor.assign(cos.constructor, {binding: cos.bind})', /property or index access|call/],
  ['[].constructor.constructor("return this")()', /call|property|does not parse/],
  ['createUnit("foo")', /the function "createUnit"/],
  ['evaluate("1+1")', /the function "evaluate"/],
  ['parse("1")', /the function "parse"/],
  ['compile("1")', /the function "compile"/],
  ['simplify("x+x")', /the function "simplify"/],
  ['derivative("x^2", "x")', /the function "derivative"/],
  ['resolve(1)', /the function "resolve"/],
  ['chain(3)', /the function "chain"/],
  ['reviver("x")', /the function "reviver"/],
  ['typed("f", {})', /the function "typed"/],
  ['config({number: "BigNumber"})', /the function "config"/],
  ['cos(1)', /the function "cos"/],
  ['toString = cos.constructor', /assignment/],
  ['x = 1', /assignment/],
  ['f(x) = x', /assignment/],
  ['{toString: cos.constructor}', /the object/],
  ['{valueOf: 1} + 1', /the object/],
  ['"abc"', /the constant/],
  ['"abc".constructor', /property or index access/],
  ['min["constructor"]', /property or index access/],
  ['t["constructor"]', /property or index access/],
  ['t.constructor', /property or index access/],
  ['t.toString', /property or index access/],
  ['__proto__', /unknown name "__proto__"/],
  ['constructor', /unknown name "constructor"/],
  ['[1, 2]', /the array/],
  ['1:3', /the range/],
  ['5 cm', /unknown name "cm"/],
  ['t!', /operator "!"/],
  ["t'", /operator "'"/],
  ['Infinity', /non-finite/],
  ['NaN', /non-finite/],
  ['1; 2', /more than one expression/],
  ['1\n2', /more than one expression/],
  ['(min)(1, 2)', /call|does not parse/],
  ['(cos.constructor)("return 1")', /property or index access|call/],
];

describe('formula allowlist refuses known mathjs exploit payloads', () => {
  it.each(EXPLOITS)('refuses %s', (payload, reason) => {
    const problem = checkFormula(payload, ['Y']);
    expect(problem).not.toBeNull();
    expect(problem).toMatch(reason);
    expect(() => compileFormula('G', payload, ['Y'])).toThrow(/^G: /);
  });
});

describe('numberOrFormula (zod) and resolveParam', () => {
  const schema = z.strictObject({
    params: z.strictObject({
      G: numberOrFormula(['Y'], { min: 0 }),
      theta: numberOrFormula([], { min: 0, max: 1 }),
    }),
  });

  it('accepts numbers and allowed formulas', () => {
    expect(schema.parse({ params: { G: 't >= 10 ? 25 : 20', theta: 0.2 } }).params.G).toBe(
      't >= 10 ? 25 : 20',
    );
  });

  it('names the field and the offending part', () => {
    const input = { params: { G: 'cos.constructor("x")', theta: 1.5 } };
    const r = schema.safeParse(input);
    expect(r.success).toBe(false);
    const lines = formatZodIssues(r.error!, input);
    expect(
      lines.some(
        (l) =>
          l.startsWith('params.G: formula "cos.constructor') &&
          /only calls of allowed functions by name/.test(l),
      ),
    ).toBe(true);
    expect(lines).toContain('params.theta: must be at most 1 (got 1.5)');
  });

  it('checks bounds on every value a formula gives', () => {
    const theta = resolveParam('params.theta', 't > 2 ? 1.5 : 0.2', [], { min: 0, max: 1 });
    expect(theta.at({ t: 1 })).toBe(0.2);
    expect(() => theta.at({ t: 3 })).toThrow(
      'params.theta: must be at most 1 (formula "t > 2 ? 1.5 : 0.2" gave 1.5 in period 3)',
    );
    const G = resolveParam('params.G', 20, []);
    expect(G.isConstant).toBe(true);
    expect(G.at({ t: 7 })).toBe(20);
  });
});

describe('the restricted mathjs instance (second lock)', () => {
  it('throws from every disabled function even if a tree reached it', async () => {
    const { parseFormulaSource, DISABLED_FUNCTIONS } = await import('../../../models/formulas/instance');
    for (const name of [
      'evaluate',
      'parse',
      'import',
      'createUnit',
      'compile',
      'simplify',
      'derivative',
      'resolve',
      'reviver',
      'chain',
    ]) {
      expect(DISABLED_FUNCTIONS).toContain(name);
      expect(() => parseFormulaSource(`${name}("1")`).compile().evaluate({})).toThrow();
    }
    // Functions outside the factory list do not exist at all in this instance.
    expect(() => parseFormulaSource('cos(1)').compile().evaluate({})).toThrow();
  });

  it('provides every allowed function', () => {
    expect(compileFormula('x', 'pow(2, 3) + sign(-2) + mod(7, 3) + max(1, 2)')({ t: 1 })).toBe(10);
  });
});
