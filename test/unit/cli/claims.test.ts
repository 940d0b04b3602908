/** `money-lab claims [--json] [--out DIR]`: exit status, the same verdicts as the model, the images. */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkClaims } from '../../../models/claims';
import { parseCommand } from '../../../src-main/cli/args';
import { main } from '../../../src-main/cli/main';
import { shippedData } from '../helpers/data';

vi.setConfig({ testTimeout: 120_000 });

/** The command in-process, as the other CLI tests run it: main(argv, io). */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    out: (text) => void (stdout += `${text}\n`),
    err: (text) => void (stderr += `${text}\n`),
    cwd: tmpdir(),
  });
  return { code, stdout, stderr };
}

describe('money-lab claims', () => {
  it('parses claims and --json; other flags do not apply', () => {
    expect(parseCommand(['claims'])).toEqual({ name: 'claims', json: false, out: null });
    expect(parseCommand(['claims', '--json'])).toEqual({ name: 'claims', json: true, out: null });
    expect(parseCommand(['claims', '--out', 'x'])).toEqual({ name: 'claims', json: false, out: 'x' });
    expect(() => parseCommand(['claims', '--size', 'card'])).toThrow('claims: --size does not apply');
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

describe('money-lab claims --out', () => {
  it('writes each claim’s figure and its three cards, drawn by the app’s code, with alt text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'money-lab-claims-'));
    const r = await cli('claims', '--json', '--out', dir);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).claims).toHaveLength(5);
    expect(r.stderr).toBe(`wrote 35 files to ${dir}\n`);
    const files = readdirSync(dir);
    expect(files.filter((f) => f.endsWith('.svg'))).toHaveLength(5);
    const png = readFileSync(join(dir, 'claim-3-over-1-trillion-of-interest-card-1080x1350.png'));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1080, 1350]);
    const alt = readFileSync(join(dir, 'claim-3-over-1-trillion-of-interest-card-1080x1350.alt.txt'), 'utf8');
    expect(alt).toMatch(/^Headline card\. \$1,500B of federal debt charges/);
    const svg = readFileSync(join(dir, 'claim-5-interest-free-money-1935-1974.svg'), 'utf8');
    expect(svg).toContain('<desc>Claim 5, verdict: cannot be checked with these data.');
    expect(svg).toContain('Verdict rule: Checkable only with');
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
