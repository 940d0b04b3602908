/**
 * Exit statuses for bad input (2) and a diverged run (3): one line, no stack. In-process through
 * main(argv, io), as the other CLI tests; process.test.ts checks the real process's exit status.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getPreset } from '../../../models/scenario';
import { main } from '../../../src-main/cli/main';

const tmp = mkdtempSync(join(tmpdir(), 'money-lab-bad-input-'));

function file(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}

async function run(scenario: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['run', scenario, '--out', join(tmp, `out-${Math.random()}`)], {
    out: (text) => void (stdout += `${text}\n`),
    err: (text) => void (stderr += `${text}\n`),
    cwd: tmp,
  });
  return { code, stdout, stderr };
}

function oneLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.trimEnd().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

describe('money-lab run: bad input and divergence', () => {
  it('accepts a UTF-8 byte-order mark, as the app does', async () => {
    const r = await run(file('bom.json', `\uFEFF${JSON.stringify({ ...getPreset('gl-sim'), periods: 5 })}`));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('refuses a field nested 4,097 levels deep: exit 2 naming it', async () => {
    const deep = `{"schemaVersion":1,"model":"gl-sim","params":${'['.repeat(4097)}1${']'.repeat(4097)}}`;
    const r = await run(file('deep.json', deep));
    expect(r.code).toBe(2);
    oneLine(r.stderr, /^money-lab: params: nested more than 32 levels deep/);
  });

  it('a run that diverges exits 3 with one line naming the period and the variable', async () => {
    const s = { schemaVersion: 1, model: 'gl-bmw', periods: 5, params: { pr: 5e-324 } };
    const r = await run(file('diverge.json', JSON.stringify(s)));
    expect(r.code).toBe(3);
    oneLine(r.stderr, /^money-lab: The run diverged in period 1: N became Infinity\./);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
