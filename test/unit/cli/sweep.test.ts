/** `money-lab sweep`, `merge` and `chart DIR` as a user meets them: real processes, files and exit codes. */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it, vi } from 'vitest';
import { getPreset } from '../../../models/scenario';
import { main } from '../../../src-main/cli/main';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'money-lab-sweep-'));
// Real processes (each loads TypeScript, as do its worker threads) on a shared 2-core machine:
// run one at a time, and allow for a slow machine; this is not a speed test.
vi.setConfig({ testTimeout: 600_000, hookTimeout: 600_000 });

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(file: string, args: string[], env: Record<string, string> = {}): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = execFile(
      file,
      args,
      { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } },
      (_e, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
}
const cli = (...args: string[]) => run(process.execPath, ['bin/money-lab.mjs', ...args]);

function expectOneLine(r: Outcome, code: number, pattern: RegExp): void {
  expect(r.code, r.stderr).toBe(code);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

const SIM = [
  'preset:gl-sim',
  '--vary',
  'G=10:30:5',
  '--vary',
  'theta=0.1:0.3:3',
  '--metric',
  'steady_state_Y',
  '--metric',
  'y_end=last(Y)',
];
const csv = (dir: string) => readFileSync(join(dir, 'sweep.csv'), 'utf8');
/** The table without its `# units:` line. */
const table = (dir: string) => csvParseRows(csv(dir).replace(/^#.*\n/gm, ''));

describe('money-lab sweep and merge', () => {
  it('writes a tidy sweep.csv and sweep.json; merged shards are byte-identical to it', async () => {
    const whole = join(tmp, 'whole');
    const shards = [1, 2, 3].map((i) => join(tmp, `shard-${i}`));
    const results = [await cli('sweep', ...SIM, '--out', whole)];
    for (const [i, dir] of shards.entries())
      results.push(await cli('sweep', ...SIM, '--shard', `${i + 1}/3`, '--workers', '1', '--out', dir));
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    expect(results[1]!.stdout).toMatch(/^wrote .*shard-1\/sweep.csv \(5 rows of 15, shard 1\/3\)/);
    expect(csv(whole).split('\n')[0]).toMatch(
      /^# units: \{"G":"","theta":"","seed":"none: the model is deterministic","steady_state_Y":"money per period \(GDP\)"/,
    );
    const rows = table(whole);
    expect(rows[0]).toEqual(['G', 'theta', 'seed', 'steady_state_Y', 'y_end']);
    expect(rows).toHaveLength(1 + 15);
    // First parameter slowest; deterministic model: empty seed; SIM's steady state is G/θ.
    expect(rows.slice(1, 4).map((r) => r.slice(0, 3))).toEqual([
      ['10', '0.1', ''],
      ['10', '0.2', ''],
      ['10', '0.3', ''],
    ]);
    for (const r of rows.slice(1)) expect(Number(r[3])).toBeCloseTo(Number(r[0]) / Number(r[1]), 9);
    const json = JSON.parse(readFileSync(join(whole, 'sweep.json'), 'utf8'));
    expect(json).toMatchObject({ preset: 'gl-sim', shard: null, rows: 15, totalRows: 15 });
    expect(json.units).toMatchObject({
      steady_state_Y: expect.stringMatching(/money per period/),
      y_end: expect.stringMatching(/money per period/),
    });
    expect(json.provenance).toMatchObject({ model: 'gl-sim', app: expect.any(String) });
    expect(json.design.params.map((p: { name: string }) => p.name)).toEqual(['G', 'theta']);
    expect(shards.map((d) => table(d).length - 1)).toEqual([5, 5, 5]);

    const merged = join(tmp, 'merged');
    // Shards in any order on the command line.
    const m = await cli('merge', shards[2]!, shards[0]!, shards[1]!, '--out', merged);
    expect(m.code, m.stderr).toBe(0);
    expect(csv(merged)).toBe(csv(whole));
    expect(JSON.parse(readFileSync(join(merged, 'sweep.json'), 'utf8')).design).toEqual(json.design);

    // The merged directory draws as the app draws it: a heat map with one cell per point.
    const svgFile = join(tmp, 'sim.svg');
    const c = await cli('chart', merged, '--metric', 'y_end', '--out', svgFile);
    expect(c.code, c.stderr).toBe(0);
    const svg = readFileSync(svgFile, 'utf8');
    expect(svg.match(/<rect [^>]*class="cell"/g)).toHaveLength(15);
    expect(svg).toContain('y_end = last(Y) as G and theta vary');
    expect(svg).toMatch(/<metadata id="public-money-lab"[^>]*>[^<]*gl-sim/);
    expectOneLine(
      await cli('chart', merged, '--metric', 'nope', '--out', svgFile),
      2,
      /^money-lab: --metric nope: not in this sweep \(metrics: steady_state_Y, y_end\)$/,
    );
    // A shard of another design: shard 2's files with one more step of theta.
    const other = join(tmp, 'other');
    const otherJson = JSON.parse(readFileSync(join(shards[1]!, 'sweep.json'), 'utf8'));
    otherJson.design.params[1].steps = 4;
    mkdirSync(other);
    writeFileSync(join(other, 'sweep.json'), JSON.stringify(otherJson));
    writeFileSync(join(other, 'sweep.csv'), csv(shards[1]!));
    expectOneLine(
      await cli('merge', shards[0]!, other, shards[2]!, '--out', join(tmp, 'bad')),
      2,
      /^money-lab: merge: .*other is a shard of a different sweep than .*shard-1 \(their varied parameters differ\)/,
    );
    expectOneLine(
      await cli('merge', shards[0]!, shards[1]!, '--out', join(tmp, 'bad')),
      2,
      /missing shard 3\/3/,
    );
    expect(existsSync(join(tmp, 'bad'))).toBe(false);
  });

  it('runs seeds per point for a stochastic model, in a fixed order', async () => {
    const scenario = { ...getPreset('abm-private-debt'), households: 100, firms: 10, banks: 2, periods: 12 };
    const file = join(tmp, 'small-abm.json');
    writeFileSync(file, JSON.stringify(scenario));
    const out = join(tmp, 'abm');
    const r = await cli(
      'sweep',
      file,
      '--vary',
      'policyRate=0:0.04:2',
      '--runs',
      '2',
      '--seed',
      '7',
      '--metric',
      'u=mean(unemployment[end-3:end])',
      '--out',
      out,
    );
    expect(r.code, r.stderr).toBe(0);
    const rows = table(out);
    expect(rows.map((x) => x.slice(0, 3))).toEqual([
      ['policyRate', 'seed', 'u'].slice(0, 3),
      ['0', '7', rows[1]![2]!],
      ['0', '8', rows[2]![2]!],
      ['0.04', '7', rows[3]![2]!],
      ['0.04', '8', rows[4]![2]!],
    ]);
    for (const x of rows.slice(1)) expect(Number(x[2])).toBeGreaterThanOrEqual(0);
  });

  it('exit 2 for bad input, naming the flag in one line', async () => {
    // Two as real processes (exit status, one stderr line); the rest through main() in-process.
    expectOneLine(
      await cli('sweep', 'preset:gl-sim', '--vary', 'nope=0:1:3', '--out', join(tmp, 'x')),
      2,
      /^money-lab: --vary nope: model gl-sim has no numeric parameter "nope"/,
    );
    expectOneLine(
      await cli(
        'sweep',
        'preset:gl-sim',
        '--vary',
        'G=1:3:2',
        '--metric',
        'evil=import(1)',
        '--out',
        join(tmp, 'x'),
      ),
      2,
      /^money-lab: --metric evil: .*the function "import"/,
    );
    const cases: [string[], RegExp][] = [
      [['sweep', 'preset:gl-sim', '--out', 'x'], /^sweep: missing --vary NAME=LOW:HIGH:STEPS$/],
      [['sweep', 'preset:gl-sim', '--vary', 'G=0:1', '--out', 'x'], /^--vary G: must be NAME=LOW:HIGH:STEPS/],
      [
        ['sweep', 'preset:gl-sim', '--vary', 'G=a:1:3', '--out', 'x'],
        /^--vary G: LOW must be a number \(got "a"\)/,
      ],
      [
        ['sweep', 'preset:gl-sim', '--vary', 'G=1:3:3', '--shard', '4/3', '--out', 'x'],
        /^--shard: must be I\/N/,
      ],
      [
        ['sweep', 'preset:gl-sim', '--vary', 'G=1:3:3', '--runs', '3', '--out', 'x'],
        /^--runs: model gl-sim is deterministic/,
      ],
      [
        ['sweep', 'preset:gl-sim', '--vary', 'G=1:3:3', '--seed', '3', '--out', 'x'],
        /^--seed: model gl-sim is deterministic/,
      ],
      [
        [
          'sweep',
          'preset:gl-sim',
          '--vary',
          'G=1:3:3',
          '--vary',
          'theta=0.1:0.2:2',
          '--vary',
          'alpha1=0.1:0.2:2',
          '--out',
          'x',
        ],
        /^--vary: a grid varies one or two parameters \(got 3\); use --tornado/,
      ],
      [['merge', join(tmp, 'nowhere'), '--out', 'x'], /nowhere: cannot read sweep.json/],
    ];
    for (const [args, pattern] of cases) {
      const err: string[] = [];
      const code = await main(args, { out: () => {}, err: (t) => err.push(t), cwd: tmp });
      expect(code, args.join(' ')).toBe(2);
      expect(err, args.join(' ')).toHaveLength(1);
      expect(err[0]!.replace(/^money-lab: /, ''), args.join(' ')).toMatch(pattern);
    }
  });

  it('exit 3 when a run diverges, naming the point, the period and what broke', async () => {
    const scenario = { ...getPreset('gl-pc'), periods: 600 };
    const file = join(tmp, 'pc.json');
    writeFileSync(file, JSON.stringify(scenario));
    expectOneLine(
      await cli('sweep', file, '--vary', 'r=0.9:1:2', '--out', join(tmp, 'div')),
      3,
      /^money-lab: diverged: point \d \(r=(0.9|1)\): The run diverged in period \d+: .+ became infinite or not a number/,
    );
  });

  it('the GNU parallel recipe (docs/batch) gives the same sweep.csv as one run', async () => {
    const haveParallel = (await run('/bin/sh', ['-c', 'command -v parallel'])).code === 0;
    // Without GNU parallel (not installed by .ci/run), the xargs -P recipe is tested instead.
    const recipe = haveParallel ? 'docs/batch/parallel.sh' : 'docs/batch/xargs.sh';
    const out = join(tmp, 'recipe');
    const r = await run(join(root, recipe), SIM, {
      COUNT: '3',
      OUT: out,
      MONEY_LAB: join(root, 'bin/money-lab.mjs'),
    });
    expect(r.code, r.stderr).toBe(0);
    // The unsharded run of the first test.
    expect(csv(out)).toBe(csv(join(tmp, 'whole')));
    expect(existsSync(join(out, 'shard-3', 'sweep.csv'))).toBe(true);
  });
});
