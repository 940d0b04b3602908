/** `--data PATH` and `"country": "file:PATH"` on the command line, in-process. */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it, vi } from 'vitest';
import { getPreset } from '../../../models/scenario';
import { main } from '../../../src-main/cli/main';

vi.setConfig({ testTimeout: 60_000 });
const EXAMPLE = resolve(__dirname, '../../../models/data/template/SYNTHETIC_example_country_table.csv');
const tmp = mkdtempSync(join(tmpdir(), 'money-lab-table-'));

async function cli(cwd: string, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    out: (t) => void (stdout += `${t}\n`),
    err: (t) => void (stderr += `${t}\n`),
    cwd,
  });
  return { code, stdout, stderr };
}

function debtColumn(dir: string): number[] {
  const rows = csvParse(readFileSync(join(dir, 'series.csv'), 'utf8').replace(/^#.*\n/gm, ''));
  return rows.map((r) => Number(r.counterfactual_debt));
}

describe('country tables on the command line', () => {
  it('--data PATH (relative to the working directory) runs a preset on the table', async () => {
    copyFileSync(EXAMPLE, join(tmp, 'synthetic.csv'));
    const r = await cli(
      tmp,
      'run',
      'preset:canada-1974',
      '--data',
      'synthetic.csv',
      '--out',
      'out-data',
      '--seed',
      '1',
    );
    expect(r.code, r.stderr).toBe(2); // fiscal is deterministic: --seed is refused, naming the flag
    expect(r.stderr).toMatch(/--seed/);
    const ok = await cli(tmp, 'run', 'preset:canada-1974', '--data', 'synthetic.csv', '--out', 'out-data');
    expect(ok.code, ok.stderr).toBe(0);
    const summary = JSON.parse(readFileSync(join(tmp, 'out-data', 'summary.json'), 'utf8'));
    expect(summary.scenario.params.country).toBe(`file:${join(tmp, 'synthetic.csv')}`);
    // The preset's Canadian name does not label another country's table.
    expect(summary.scenario.name).toBe('synthetic.csv: 50% of the debt held by a public bank from 1975');
    expect(summary.sources[0]).toContain('data supplied by the user: synthetic example generated');
    expect(debtColumn(join(tmp, 'out-data'))).toHaveLength(2022 - 1970 + 1);
  });

  it('"file:PATH" in a scenario is relative to the scenario file\'s folder, not the working directory', async () => {
    const dir = join(tmp, 'scenarios', 'nested');
    mkdirSync(join(dir, 'tables'), { recursive: true });
    copyFileSync(EXAMPLE, join(dir, 'tables', 'synthetic.csv'));
    const s = getPreset('canada-1974');
    Object.assign(s.params as object, {
      country: 'file:tables/synthetic.csv',
      publicShare: 0,
      endYear: 2023,
    });
    writeFileSync(join(dir, 's.json'), JSON.stringify(s));
    // The working directory is tmp, two folders above the scenario.
    const r = await cli(tmp, 'run', 'scenarios/nested/s.json', '--out', 'out-file');
    expect(r.code, r.stderr).toBe(0);
    const rows = csvParse(readFileSync(EXAMPLE, 'utf8').replace(/^#.*\n/gm, ''));
    // s = 0 reproduces the table's debt.
    const debt = debtColumn(join(tmp, 'out-file'));
    expect(debt).toHaveLength(rows.length);
    rows.forEach((x, i) => expect(debt[i]).toBeCloseTo(Number(x.debt), 6));
    const chart = await cli(tmp, 'chart', 'scenarios/nested/s.json', '--out', 'c.svg');
    expect(chart.code, chart.stderr).toBe(0);
    const svg = readFileSync(join(tmp, 'c.svg'), 'utf8');
    expect(svg).toContain('data supplied by the user');
    expect(svg).toContain('Syntheticland');
  });

  it('exits 2 with one line naming file, line and column for a bad table', async () => {
    const bad = readFileSync(EXAMPLE, 'utf8').replace('1971,102848.8', '1971,10x848.8');
    writeFileSync(join(tmp, 'bad.csv'), bad);
    const r = await cli(tmp, 'run', 'preset:canada-1974', '--data', 'bad.csv', '--out', 'o');
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/bad\.csv, line 9, column debt: not a number: "10x848\.8"/);
    const noSource = readFileSync(EXAMPLE, 'utf8').replace(/# source:.*\n/, '');
    writeFileSync(join(tmp, 'nosource.csv'), noSource);
    const r2 = await cli(tmp, 'chart', 'preset:canada-1974', '--data', 'nosource.csv', '--out', 'x.svg');
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/nosource\.csv: missing the "# source:" line/);
  });

  it('exits 2 naming the field for a missing table, and for --data on another model', async () => {
    const missing = await cli(tmp, 'run', 'preset:canada-1974', '--data', 'nope.csv', '--out', 'o');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /^money-lab: --data: cannot read the country table "nope\.csv" .*no such file/,
    );
    const s = getPreset('canada-1974');
    Object.assign(s.params as object, { country: 'file:gone.csv' });
    writeFileSync(join(tmp, 'gone.json'), JSON.stringify(s));
    const gone = await cli(tmp, 'run', 'gone.json', '--out', 'o');
    expect(gone.code).toBe(2);
    expect(gone.stderr).toMatch(/^money-lab: params\.country: cannot read the country table "gone\.csv"/);
    const abm = await cli(tmp, 'run', 'preset:abm-private-debt', '--data', 'synthetic.csv', '--out', 'o');
    expect(abm.code).toBe(2);
    expect(abm.stderr).toMatch(/--data: applies to fiscal-history scenarios only/);
  });
});
