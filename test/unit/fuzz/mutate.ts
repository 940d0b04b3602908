/**
 * A seeded mutator of scenario files: it takes a valid scenario and breaks it the ways a user, an
 * editor or an attacker would (types swapped, numbers out of range or not numbers at all, deep
 * nesting, unknown keys, hostile formulas, a BOM, a truncated file). Same seed, same files.
 */

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** mulberry32: small, fast and good enough to pick mutations. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NUMBERS = [
  0,
  -0,
  -1,
  1,
  0.5,
  2,
  1e300,
  -1e300,
  1e308,
  -1e308,
  1.7976931348623157e308,
  5e-324,
  -5e-324,
  1e-300,
  Number.MAX_SAFE_INTEGER + 2,
  -Number.MAX_SAFE_INTEGER,
  4294967296,
  2_000_001,
  10_000,
  1e9,
  1e12,
  1e13,
  0.999,
  1.0000001,
  -0.05,
  3.5,
];

/** Text that replaces a number token: JSON's own (1e999 parses to Infinity) and not-JSON at all. */
const NUMBER_TOKENS = [
  '1e999',
  '-1e999',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x10',
  '1_000',
  '.5',
  '01',
  '1e',
  '-',
  '"NaN"',
  '"1e300"',
  '"Infinity"',
];

const FORMULAS = [
  't',
  '-t',
  't^t^t',
  '2^1024',
  '1e300 * t',
  '-1e308',
  '1/0',
  '0/0',
  '-1/0',
  'log(-1)',
  'sqrt(-1)',
  'factorial(200)',
  'avg_wage * 1e300',
  'gdp_nominal ^ 9',
  'inflation',
  'unemployment * 1e9',
  't > 3 ? 1e12 : 0',
  'min(t, 1e9)',
  'max(0, 0.02 + 1.5 * (inflation - 0.02))',
  '0.25 * avg_wage',
  'policy_rate * t',
  'Y * 1e300',
  'G ^ t',
  'theta',
  '1e9 * t^3',
  "import('fs')",
  "evaluate('1+1')",
  'parse("1")',
  'x = 5',
  'f(x) = x^2',
  'constructor',
  '__proto__',
  'toString()',
  'a.b.c',
  '[1, 2, 3]',
  'matrix([1])',
  '"text"',
  'cos',
  'simplify("x")',
  'createUnit("foo")',
  '5 cm',
  'i',
  '1 +',
  ')',
  '',
  '   ',
  't'.repeat(1) + ' + 1'.repeat(150),
  '((((((((((((((((((((t))))))))))))))))))))',
  '('.repeat(300) + 't' + ')'.repeat(300),
];

const KEYS = [
  'foo',
  '__proto__',
  'constructor',
  'prototype',
  'params',
  'model',
  'seed',
  '',
  ' ',
  'households',
  'G',
  'ümlaut',
  'toString',
];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** Every (container, key) in the tree, so a mutation can land anywhere, not only at the top. */
function slots(root: Json): { parent: Json[] | Record<string, Json>; key: string | number }[] {
  const out: { parent: Json[] | Record<string, Json>; key: string | number }[] = [];
  const stack: Json[] = [root];
  while (stack.length) {
    const v = stack.pop()!;
    if (Array.isArray(v)) {
      v.forEach((c, i) => {
        out.push({ parent: v, key: i });
        stack.push(c);
      });
    } else if (v !== null && typeof v === 'object') {
      for (const [k, c] of Object.entries(v)) {
        out.push({ parent: v, key: k });
        stack.push(c);
      }
    }
  }
  return out;
}

function objects(root: Json): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  const stack: Json[] = [root];
  while (stack.length) {
    const v = stack.pop()!;
    if (Array.isArray(v)) stack.push(...v);
    else if (v !== null && typeof v === 'object') {
      out.push(v);
      stack.push(...Object.values(v));
    }
  }
  return out;
}

/**
 * Deep nesting goes in as a marker and is written out as text: a tree thousands of levels deep
 * would overflow this file's own JSON.stringify before the code under test ever saw it.
 */
function nest(r: () => number, depth: number): Json {
  return `__NEST_${depth}_${r() < 0.5 ? 'a' : 'o'}__`;
}

function expandNests(text: string): string {
  return text.replace(/"__NEST_(\d+)_([ao])__"/g, (_, d: string, kind: string) => {
    const depth = Number(d);
    return kind === 'a'
      ? `${'['.repeat(depth)}1${']'.repeat(depth)}`
      : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
  });
}

function randomValue(r: () => number): Json {
  switch (Math.floor(r() * 9)) {
    case 0:
      return pick(r, NUMBERS);
    case 1:
      return pick(r, FORMULAS);
    case 2:
      return r() < 0.5;
    case 3:
      return null;
    case 4:
      return [];
    case 5:
      return {};
    case 6:
      return [pick(r, NUMBERS), 'x'];
    case 7:
      return { value: pick(r, NUMBERS) };
    default:
      return 'x'.repeat(Math.floor(r() * 3000));
  }
}

/** One structural mutation, in place; returns the (possibly new) root. */
function mutateValue(r: () => number, root: Json): Json {
  const all = slots(root);
  const at = all.length ? pick(r, all) : null;
  const set = (v: Json) => {
    if (at) (at.parent as Record<string | number, Json>)[at.key] = v;
  };
  const current = at ? (at.parent as Record<string | number, Json>)[at.key] : undefined;
  switch (Math.floor(r() * 10)) {
    case 0: // type swap
      set(randomValue(r));
      break;
    case 1: // out-of-range numbers, where numbers are
    case 2: {
      const nums = all.filter((s) => typeof (s.parent as Record<string | number, Json>)[s.key] === 'number');
      const s = nums.length ? pick(r, nums) : at;
      if (s) (s.parent as Record<string | number, Json>)[s.key] = pick(r, NUMBERS) * (r() < 0.2 ? -1 : 1);
      break;
    }
    case 3: // formula strings in number places
    case 4: {
      const nums = all.filter((s) => typeof (s.parent as Record<string | number, Json>)[s.key] === 'number');
      const s = nums.length ? pick(r, nums) : at;
      if (s) (s.parent as Record<string | number, Json>)[s.key] = pick(r, FORMULAS);
      break;
    }
    case 5: {
      // unknown keys
      const targets = objects(root);
      if (targets.length) pick(r, targets)[pick(r, KEYS)] = randomValue(r);
      break;
    }
    case 6: // deep nesting, around the limit and far beyond it
      set(nest(r, pick(r, [2, 30, 31, 32, 33, 100, 4097, 100_000])));
      break;
    case 7: // a required key deleted
      if (at && !Array.isArray(at.parent)) delete at.parent[at.key as string];
      break;
    case 8: // the whole file is not an object
      return randomValue(r);
    default: // a string where a number was, spelled like a number
      set(typeof current === 'object' && current !== null ? '[object]' : String(current));
  }
  return root;
}

/** Text-level damage: what editors, encodings and interrupted copies do to a file. */
function mutateText(r: () => number, text: string): string {
  switch (Math.floor(r() * 7)) {
    case 0:
      return `\uFEFF${text}`;
    case 1:
      return text.slice(0, Math.floor(r() * text.length));
    case 2: {
      const numbers = [...text.matchAll(/-?\d+(\.\d+)?(e[+-]?\d+)?/gi)];
      if (!numbers.length) return text;
      const m = pick(r, numbers);
      return text.slice(0, m.index) + pick(r, NUMBER_TOKENS) + text.slice(m.index! + m[0].length);
    }
    case 3: {
      const i = Math.floor(r() * text.length);
      return (
        text.slice(0, i) +
        pick(r, ['{', '}', '[', ']', '"', ',', ':', '\\', '\u0000', '\uD800', 'é']) +
        text.slice(i)
      );
    }
    case 4: {
      // Deep nesting written by hand: no object holds it, only the text does.
      const depth = pick(r, [33, 500, 4097, 100_000]);
      return `{"schemaVersion":1,"params":${'['.repeat(depth)}1${']'.repeat(depth)}}`;
    }
    case 5:
      return `\uFEFF\uFEFF${text}`;
    default:
      return text.replace(/"/g, "'");
  }
}

/** The n-th mutated file for a base scenario: 1–3 structural mutations, then text damage 1 time in 4. */
export function mutatedFile(base: unknown, seed: number): string {
  const r = rng(seed);
  let root = structuredClone(base) as Json;
  const count = r() < 0.5 ? 1 : r() < 0.6 ? 2 : 3;
  for (let i = 0; i < count; i++) root = mutateValue(r, root);
  const text = expandNests(JSON.stringify(root, null, r() < 0.5 ? 2 : undefined));
  return r() < 0.25 ? mutateText(r, text) : text;
}
