/** `money-lab claims [--json]`: a real process, its exit status and the same verdicts as the model. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { checkClaims } from '../../../models/claims';
import { parseCommand } from '../../../src-main/cli/args';
import { shippedData } from '../helpers/data';

const root = fileURLToPath(new URL('../../../', import.meta.url));
vi.setConfig({ testTimeout: 120_000 });

function cli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['bin/money-lab.mjs', ...args],
      { cwd: root, encoding: 'utf8' },
      (_err, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
}

describe('money-lab claims', () => {
  it('parses claims and --json; other flags do not apply', () => {
    expect(parseCommand(['claims'])).toEqual({ name: 'claims', json: false });
    expect(parseCommand(['claims', '--json'])).toEqual({ name: 'claims', json: true });
    expect(() => parseCommand(['claims', '--out', 'x'])).toThrow('claims: --out does not apply');
    expect(() => parseCommand(['run', 'x', '--out', 'o', '--json'])).toThrow('run: --json does not apply');
  });

  it.concurrent('prints each claim with its verdict, rule and figures, exit 0', async () => {
    const r = await cli('claims');
    expect(r.code, r.stderr).toBe(0);
    const expected = checkClaims(shippedData());
    for (const c of expected.claims) {
      expect(r.stdout).toContain(`${c.id}  ${c.verdict.toUpperCase()}  ${c.short}`);
      expect(r.stdout).toContain(`Rule: ${c.rule}`);
      for (const f of c.figures)
        expect(r.stdout).toMatch(new RegExp(`${escape(f.text)}  ${escape(f.unit)}; `));
    }
    expect(r.stdout).toContain('1  HOLDS IN PART  A flat line to 1974');
    expect(r.stdout).toContain('5  CANNOT BE CHECKED WITH THESE DATA');
  });

  it.concurrent('--json gives the same report as the model, NaN as null', async () => {
    const r = await cli('claims', '--json');
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    const expected = checkClaims(shippedData());
    expect(json.claims.map((c: { verdict: string }) => c.verdict)).toEqual(
      expected.claims.map((c) => c.verdict),
    );
    expect(json.claims[0].figures[0]).toMatchObject({
      id: 'net-debt-1974',
      value: 21.58,
      years: 'FY1973–74',
    });
    // Claim 4's chart has years without a defence value.
    expect(json.claims[3].chart.series.find((s: { id: string }) => s.id === 'defence').values).toContain(
      null,
    );
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
