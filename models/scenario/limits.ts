/**
 * Limits every scenario file passes before anything parses or walks it, in the app and the CLI
 * alike: a scenario is a few kB and four levels deep, so a 5 MB file or one nested 4,000 levels
 * (which overflows recursive code further on) is refused with a message instead.
 */
import { ScenarioError } from './errors';

/** Largest scenario file accepted, in bytes of UTF-8. */
export const MAX_SCENARIO_BYTES = 5 * 1024 * 1024;
/** Deepest nesting of objects and arrays accepted; the deepest real scenario field is 3 levels down. */
export const MAX_SCENARIO_DEPTH = 32;

const BOM = '\uFEFF';

/** A refusal when a file of `bytes` bytes is too large to be a scenario, else null (before reading it). */
export function scenarioSizeProblem(bytes: number, fileName = '(file)'): string | null {
  if (bytes <= MAX_SCENARIO_BYTES) return null;
  return `${fileName}: is ${(bytes / 1024 / 1024).toFixed(1)} MB; a scenario file may be at most ${MAX_SCENARIO_BYTES / 1024 / 1024} MB`;
}

/** UTF-8 length without allocating an encoded copy. */
function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * The top-level key under which nesting first goes deeper than `limit` ("" at the top itself), or
 * null when it never does. One pass over the text, skipping strings; no recursion.
 */
function tooDeepUnder(text: string, limit: number): string | null {
  let depth = 0;
  let stringStart = -1;
  let lastString = '';
  let topKey = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (stringStart >= 0) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) {
        if (depth === 1) lastString = text.slice(stringStart + 1, Math.min(i, stringStart + 61));
        stringStart = -1;
      }
    } else if (c === 0x22) stringStart = i;
    else if (c === 0x3a && depth === 1)
      topKey = lastString; // a string followed by ':' is a key
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return depth === 1 ? '' : topKey;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return null;
}

/**
 * The scenario text as JSON.parse should see it: without a UTF-8 byte-order mark (editors on
 * Windows write one; browsers and the app's decoder drop it), and within the size and depth limits.
 */
export function checkScenarioText(text: string, fileName = '(file)'): string {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  // A UTF-16 unit is at most 3 bytes of UTF-8, so short texts need no count.
  const size = scenarioSizeProblem(body.length > MAX_SCENARIO_BYTES / 3 ? utf8Length(body) : 0, fileName);
  if (size) throw new ScenarioError([size]);
  const deep = tooDeepUnder(body, MAX_SCENARIO_DEPTH);
  if (deep !== null) throw new ScenarioError([tooDeep(deep || fileName)]);
  return body;
}

/** The same depth limit for a scenario that arrives as an object (pasted, or sent to a worker). */
export function checkScenarioDepth(input: unknown): void {
  const stack: [unknown, number, string][] = [[input, 1, '(scenario)']];
  const seen = new Set<object>();
  while (stack.length) {
    const [v, depth, top] = stack.pop()!;
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    if (depth > MAX_SCENARIO_DEPTH) throw new ScenarioError([tooDeep(top)]);
    seen.add(v);
    for (const [k, child] of Object.entries(v)) stack.push([child, depth + 1, depth === 1 ? k : top]);
  }
}

function tooDeep(field: string): string {
  return `${field}: nested more than ${MAX_SCENARIO_DEPTH} levels deep (a scenario is a few levels deep)`;
}
