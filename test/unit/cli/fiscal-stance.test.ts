/**
 * `money-lab run B --same-fiscal-stance-as A`: B replays A's programme spending and the tax rates in
 * force in each of A's quarters.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it, vi } from 'vitest';
import { ABM_PRESETS } from '../../../models/abm';
import { main } from '../../../src-main/cli/main';

vi.setConfig({ testTimeout: 60_000 });
const tmp = mkdtempSync(join(tmpdir(), 'money-lab-stance-'));

async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    out: (t) => void (stdout += `${t}\n`),
    err: (t) => void (stderr += `${t}\n`),
    cwd: tmp,
  });
  return { code, stdout, stderr };
}

function write(
  name: string,
  params: Record<string, unknown>,
  households = 1000,
  periods = 30,
  preset = 'abm-private-debt',
): void {
  const s = { ...ABM_PRESETS[preset]!, name, households, firms: 60, banks: 3, periods };
  writeFileSync(join(tmp, `${name}.json`), JSON.stringify({ ...s, params: { ...s.params, ...params } }));
}

const column = (dir: string, k: string) =>
  csvParse(readFileSync(join(tmp, dir, 'series.csv'), 'utf8').replace(/^#.*\n/gm, '')).map((r) =>
    Number(r[k]),
  );

describe('run --same-fiscal-stance-as', () => {
  it('replays the reference’s programme spending and tax rates, and summary.json says what was held equal', async () => {
    write('a', {});
    write('b', { moneyRegime: 'public-bank-interest-free', corporateTaxRate: 0.4 });
    expect((await cli('run', 'a.json', '--out', 'ra')).code).toBe(0);
    expect((await cli('run', 'b.json', '--out', 'rb', '--same-fiscal-stance-as', 'a.json')).code).toBe(0);
    const a = column('ra', 'programme_spending');
    const b = column('rb', 'programme_spending');
    expect(a.length).toBe(30);
    for (let i = 0; i < 30; i++) expect(Math.abs(b[i]! / a[i]! - 1)).toBeLessThan(1e-6);
    const summary = JSON.parse(readFileSync(join(tmp, 'rb', 'summary.json'), 'utf8'));
    expect(summary.summary.fiscalStanceHeldEqual).toMatch(/Same fiscal stance as “a”.*corporate 15%/);
    expect(summary.assumptions.join(' ')).toMatch(/Not held equal/);
  });

  it("replays the tax rates in force in each of the reference's quarters, its citizen's-income surcharge included", async () => {
    write('ubi-taxes', {}, 600, 12, 'abm-ubi-taxes');
    write('ubi-money', {}, 600, 12, 'abm-ubi-money');
    expect((await cli('run', 'ubi-taxes.json', '--out', 'rt')).code).toBe(0);
    const r = await cli('run', 'ubi-money.json', '--out', 'rm', '--same-fiscal-stance-as', 'ubi-taxes.json');
    expect(r.code).toBe(0);
    for (const k of ['tax_rate_income', 'tax_rate_corporate', 'tax_rate_capital_income', 'tax_rate_wealth']) {
      const a = column('rt', k);
      const b = column('rm', k);
      expect(b).toHaveLength(12);
      for (let i = 0; i < 12; i++) expect(Math.abs(b[i]! - a[i]!)).toBeLessThanOrEqual(1e-12);
    }
    // The reference's surcharge is in the replayed rates; the replaying run adds none of its own.
    expect(Math.min(...column('rm', 'tax_rate_income'))).toBeGreaterThan(0.35);
    expect(column('rm', 'citizens_income_surcharge').every((x) => x === 0)).toBe(true);
    const summary = JSON.parse(readFileSync(join(tmp, 'rm', 'summary.json'), 'utf8'));
    expect(summary.summary.fiscalStanceHeldEqual).toMatch(
      /surcharges included \(income \d+\.\d–\d+\.\d%, corporate 47%.*replayed quarter by quarter/,
    );
    expect(summary.assumptions).toContain(summary.summary.fiscalStanceHeldEqual);
  });

  it('refuses a reference of another size or another model, in one line naming the flag (exit 2)', async () => {
    write('big', {}, 2000);
    write('c', {});
    const r = await cli('run', 'c.json', '--out', 'rc', '--same-fiscal-stance-as', 'big.json');
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--same-fiscal-stance-as: households: 1000 here, 2000/);
    const m = await cli('run', 'c.json', '--out', 'rc', '--same-fiscal-stance-as', 'preset:gl-sim');
    expect(m.code).toBe(2);
    expect(m.stderr).toMatch(/--same-fiscal-stance-as/);
    const s = await cli(
      'sweep',
      'c.json',
      '--out',
      'x',
      '--vary',
      'publicShare=0:1:2',
      '--same-fiscal-stance-as',
      'c.json',
    );
    expect(s.code).toBe(2);
    expect(s.stderr).toMatch(/--same-fiscal-stance-as does not apply/);
  });

  it('refuses a reference shorter than the run: its spending would not cover the later quarters (exit 2)', async () => {
    write('short', {}, 1000, 10);
    write('d', {});
    const r = await cli('run', 'd.json', '--out', 'rd', '--same-fiscal-stance-as', 'short.json');
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--same-fiscal-stance-as: periods: 30 here, 10 in the scenario whose stance/);
    // A longer reference covers every quarter of the run.
    write('long', {}, 1000, 40);
    expect((await cli('run', 'd.json', '--out', 'rd', '--same-fiscal-stance-as', 'long.json')).code).toBe(0);
  });
});
