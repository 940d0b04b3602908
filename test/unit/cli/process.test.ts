/**
 * The command line as a real process, through bin/money-lab.mjs and the compiled bundle in out/cli/
 * (built fresh here): what only a process shows, exit statuses, pipes, the worker threads of `--runs`,
 * and the message when the bundle is missing. Everything else is tested in-process in cli.test.ts.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvParseRows } from 'd3-dsv';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getPreset } from '../../../models/scenario';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(root, 'bin/money-lab.mjs');
const tmp = mkdtempSync(join(tmpdir(), 'money-lab-process-'));
// Real processes on a busy 2-core machine can take seconds each; this is not a speed test.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(script: string, ...args: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [script, ...args],
      { cwd: tmp, encoding: 'utf8' },
      (_err, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
}
const cli = (...args: string[]) => run(bin, ...args);

beforeAll(() => {
  // The bundle under test is the one built from the source under test.
  execFileSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { cwd: root, stdio: 'pipe' });
});

describe.concurrent('money-lab as a process', () => {
  it('starts from the bin, lists presets and exits 0', async () => {
    const r = await cli('presets');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[0]).toMatch(/^NAME\s+MODEL\s+TITLE$/);
    expect(r.stdout).toMatch(/^canada-1974\s+fiscal-history\s+Canada from 1974/m);
  });

  it('exits 2 with one line on stderr for bad input, nothing on stdout', async () => {
    const r = await cli('run', 'preset:nope', '--out', 'x');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^money-lab: preset: unknown preset "nope" \(known: .*\)\n$/);
  });

  it('stops quietly when the reader of its output goes away (money-lab presets | head -1)', async () => {
    const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [bin, 'presets'], { cwd: tmp });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      // Like `head -1` finishing before the rest is written: the pipe's reading end is closed
      // before the first write, so every write meets EPIPE.
      child.stdout.destroy();
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('runs --runs on the compiled worker threads and writes the median with p10 and p90', async () => {
    const scenario = { ...getPreset('abm-private-debt'), households: 200, firms: 20, banks: 2, periods: 8 };
    writeFileSync(join(tmp, 'small.json'), JSON.stringify(scenario));
    const r = await cli('run', 'small.json', '--runs', '3', '--seed', '4', '--out', 'mc');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^wrote mc\/series\.csv .*: 3 runs on \d+ workers in [\d.]+ ms\n$/);
    const text = readFileSync(join(tmp, 'mc/series.csv'), 'utf8');
    const [unitsLine, ...table] = text.trimEnd().split('\n');
    const rows = csvParseRows(table.join('\n'));
    const header = rows[0] ?? [];
    expect(header[0]).toBe('period');
    // The units line names every column, percentiles with their column's unit.
    const units = JSON.parse(unitsLine!.replace(/^# units: /, ''));
    expect(Object.keys(units)).toEqual(header);
    expect(units[`${header[1]}_p10`]).toBe(`${units[header[1]!]}; 10th percentile across runs`);
    expect(header.slice(1, 4)).toEqual([header[1], `${header[1]}_p10`, `${header[1]}_p90`]);
    expect(rows).toHaveLength(9);
    const summary = JSON.parse(readFileSync(join(tmp, 'mc/summary.json'), 'utf8'));
    expect(summary.runs.seeds).toEqual([4, 5, 6]);
  });

  it('says to build it, in one line, when the compiled bundle is missing', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'money-lab-unbuilt-'));
    mkdirSync(join(copy, 'bin'));
    copyFileSync(bin, join(copy, 'bin/money-lab.mjs'));
    const r = await run(join(copy, 'bin/money-lab.mjs'), 'presets');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('money-lab: the command line is not built yet: run `npm run build:cli` first\n');
  });
});
