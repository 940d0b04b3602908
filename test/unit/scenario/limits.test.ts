import { describe, expect, it } from 'vitest';
import {
  MAX_SCENARIO_BYTES,
  MAX_SCENARIO_DEPTH,
  getPreset,
  parseScenario,
  parseScenarioText,
  ScenarioError,
} from '../../../models/scenario';

function problems(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    if (e instanceof ScenarioError) return e.problems;
    throw e;
  }
  throw new Error('expected a ScenarioError');
}

const sim = JSON.stringify(getPreset('gl-sim'));
const nestedArrays = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

describe('scenario size and depth limits (app and CLI share parseScenarioText)', () => {
  it('refuses a field nested 4,097 levels deep with a message naming it, without overflowing the stack', () => {
    const text = `{"schemaVersion":1,"model":"gl-sim","name":"x","periods":${nestedArrays(4097)}}`;
    expect(problems(() => parseScenarioText(text))).toEqual([
      `periods: nested more than ${MAX_SCENARIO_DEPTH} levels deep (a scenario is a few levels deep)`,
    ]);
  });

  it('refuses 100,000 levels of objects too, and a file that is nothing but nesting', () => {
    const deepObjects = `{"params":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`;
    expect(problems(() => parseScenarioText(deepObjects))[0]).toMatch(/^params: nested more than 32/);
    expect(problems(() => parseScenarioText(nestedArrays(5000)))[0]).toMatch(/^\(file\): nested more than/);
  });

  it('accepts nesting up to the limit, and brackets inside strings do not count', () => {
    const atLimit = `{"schemaVersion":1,"x":${nestedArrays(MAX_SCENARIO_DEPTH - 1)}}`;
    // Within the limit, the file goes on to the schema, which names the unknown key.
    expect(problems(() => parseScenarioText(atLimit))[0]).not.toMatch(/nested/);
    const inString = sim.replace('"Model SIM"', `"${'['.repeat(60)}\\"${'{'.repeat(60)}"`);
    expect(parseScenarioText(inString).name).toBe(`${'['.repeat(60)}"${'{'.repeat(60)}`);
  });

  it('applies the same depth limit to a scenario that arrives as an object', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 5000; i++) deep = { a: deep };
    expect(problems(() => parseScenario({ schemaVersion: 1, model: 'gl-sim', params: deep }))).toEqual([
      `params: nested more than ${MAX_SCENARIO_DEPTH} levels deep (a scenario is a few levels deep)`,
    ]);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const big = `{"schemaVersion":1,"model":"gl-sim","name":"${'é'.repeat(MAX_SCENARIO_BYTES / 2)}"}`;
    expect(problems(() => parseScenarioText(big))[0]).toMatch(
      /^\(file\): is 5\.0 MB; a scenario file may be at most 5 MB/,
    );
  });

  it('accepts a UTF-8 byte-order mark, as editors on Windows write it', () => {
    expect(parseScenarioText(`\uFEFF${sim}`).model).toBe('gl-sim');
  });
});
