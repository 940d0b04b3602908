/** A malformed scenario file is reported with its name, line and column (issue 9 §3). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseScenarioText, ScenarioError } from '../../../models/scenario';
import { lineColumn } from '../../../models/scenario/json';
import { loadScenario } from '../../../src-main/cli/scenario';

// A missing comma after "publicShare": 0.5 on line 6 ("publicRate" starts at column 5).
const BROKEN = `{
  "schemaVersion": 1,
  "model": "fiscal-history",
  "params": {
    "publicShare": 0.5
    "publicRate": 0
  }
}
`;

function problem(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioError);
    return (e as ScenarioError).problems.join('\n');
  }
  throw new Error('no error');
}

describe('JSON syntax errors', () => {
  it('counts lines and columns from 1, columns in characters', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('é€\r\nx', 4)).toEqual({ line: 2, column: 1 });
  });

  it('the app (parseScenarioText with the picked file’s name) names the file, line and column', () => {
    const msg = problem(() => parseScenarioText(BROKEN, 'half.json'));
    expect(msg).toMatch(/^half\.json: not valid JSON at line 6, column 5: \S/);
    expect(msg).not.toMatch(/position/);
  });

  it('a file cut short is placed at its end', () => {
    expect(problem(() => parseScenarioText('{"schemaVersion": 1,\n  "model": ', 'cut.json'))).toMatch(
      /^cut\.json: not valid JSON at line 2, column 12: /,
    );
  });

  describe('the CLI', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pml-json-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    it('names the path it was given, with line and column', () => {
      const path = join(dir, 'broken scenario.json');
      writeFileSync(path, BROKEN);
      const msg = problem(() => loadScenario(path, null));
      expect(msg).toBe(`${path}: not valid JSON at line 6, column 5: ${msg.split(': ').slice(2).join(': ')}`);
      expect(msg).toContain(': not valid JSON at line 6, column 5: ');
    });
  });
});
