/**
 * The command line in-process: main(argv, io) with its own stdout, stderr and working directory, so
 * each case costs its work, not a Node start. process.test.ts keeps the real process (bin, exit
 * status, pipes, the compiled bundle).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { DOMParser } from 'linkedom';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { listPresets } from '../../../models/scenario';
import { main } from '../../../src-main/cli/main';
import { pngChunks, readPngText } from '../../../src-renderer/export';

const tmp = mkdtempSync(join(tmpdir(), 'money-lab-cli-'));
// Charts and Monte Carlo runs on a busy 2-core machine; this is not a speed test.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** One command, as the process would run it, with relative paths starting at `cwd`. */
async function cli(...args: string[]): Promise<Outcome> {
  return cliIn(tmp, ...args);
}

async function cliIn(cwd: string, ...args: string[]): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    out: (text) => void (stdout += `${text}\n`),
    err: (text) => void (stderr += `${text}\n`),
    cwd,
  });
  return { code, stdout, stderr };
}

function expectUserError(r: Outcome, pattern: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^money-lab: /);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe.concurrent('money-lab presets / preset / --help', () => {
  it('lists presets with name, model and title', async () => {
    const r = await cli('presets');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^NAME\s+MODEL\s+TITLE$/);
    expect(lines.find((l) => l.startsWith('canada-1974 '))).toMatch(
      /^canada-1974\s+fiscal-history\s+Canada from 1974/,
    );
  });

  it('prints a preset as a scenario file that runs unchanged', async () => {
    const r = await cli('preset', 'canada-1974');
    expect(r.code).toBe(0);
    const scenario = JSON.parse(r.stdout);
    expect(scenario).toMatchObject({ schemaVersion: 1, model: 'fiscal-history' });
    writeFileSync(join(tmp, 'canada.json'), r.stdout);
    expect((await cli('run', join(tmp, 'canada.json'), '--out', join(tmp, 'from-file'))).code).toBe(0);
  });

  it('prints usage', async () => {
    const r = await cli('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: money-lab <command>/);
    for (const command of [
      'presets',
      'preset NAME',
      'run <scenario.json|preset:NAME> --out DIR',
      'chart <scenario.json|preset:NAME>',
    ]) {
      expect(r.stdout).toContain(command);
    }
  });
});

/** series.csv's table, after checking its `# units:` line names exactly the header's columns. */
function readSeries(path: string): string[][] {
  const text = readFileSync(path, 'utf8');
  const comments = text.split('\n').filter((l) => l.startsWith('#'));
  const unitsLine = comments.find((l) => l.startsWith('# units: '));
  expect(unitsLine, 'series.csv has a # units: line').toBeDefined();
  const rows = csvParseRows(
    text
      .split('\n')
      .filter((l) => !l.startsWith('#'))
      .join('\n')
      .trimEnd(),
  );
  expect(Object.keys(JSON.parse(unitsLine!.slice('# units: '.length)))).toEqual(rows[0]);
  return rows;
}

describe('paths relative to the working directory given to main', () => {
  it('reads the scenario and writes --out there, and names them as typed', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'money-lab-cwd-'));
    writeFileSync(join(cwd, 'mine.json'), (await cli('preset', 'canada-1974')).stdout);
    const r = await cliIn(cwd, 'run', 'mine.json', '--out', 'results');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /^wrote results\/series\.csv \(61 rows, 14 columns\) and results\/summary\.json/,
    );
    expect(JSON.parse(readFileSync(join(cwd, 'results/summary.json'), 'utf8')).preset).toBeNull();
    expect(readFileSync(join(cwd, 'results/series.csv'), 'utf8')).toMatch(/^year,actual_debt,/m);
    expectUserError(
      await cliIn(cwd, 'run', 'missing.json', '--out', 'results'),
      /^money-lab: cannot read scenario file "missing\.json": no such file$/,
    );
  });
});

describe('money-lab run', () => {
  const out = join(tmp, 'canada');
  let run: Outcome;
  beforeAll(async () => {
    run = await cli('run', 'preset:canada-1974', '--out', out);
  });

  it('writes series.csv: year then the model columns, one row per year', async () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/series\.csv \(61 rows, 14 columns\)/);
    const rows = readSeries(join(out, 'series.csv'));
    const header = rows[0] ?? [];
    expect(header.slice(0, 5)).toEqual([
      'year',
      'actual_debt',
      'counterfactual_debt',
      'actual_interest',
      'counterfactual_interest',
    ]);
    expect(rows).toHaveLength(62);
    const years = rows.slice(1).map((r) => Number(r[0]));
    expect(years[0]).toBe(1962);
    expect(years.at(-1)).toBe(2022);
    expect(years.every((y, i) => i === 0 || y === (years[i - 1] as number) + 1)).toBe(true);
    for (const row of rows) expect(row).toHaveLength(header.length);
  });

  it('writes summary.json with scenario, summary, assumptions, sources, provenance and run time', async () => {
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(Object.keys(summary).sort()).toEqual([
      'assumptions',
      'columnUnits',
      'preset',
      'provenance',
      'runTimeMs',
      'scenario',
      'sources',
      'summary',
      'units',
    ]);
    expect(Object.keys(summary.units).sort()).toEqual(Object.keys(summary.summary).sort());
    expect(summary.units.final_debt_counterfactual).toMatch(/^CAD millions/);
    expect(summary.columnUnits.counterfactual_debt).toBe('CAD millions');
    expect(summary.preset).toBe('canada-1974');
    expect(summary.scenario.params.publicShare).toBe(0.5);
    expect(summary.provenance).toMatchObject({
      app: 'Public Money Lab',
      model: 'fiscal-history',
      seed: null,
    });
    expect(summary.provenance.scenario).toEqual(summary.scenario);
    expect(summary.sources.length).toBeGreaterThan(0);
    expect(summary.assumptions.length).toBeGreaterThan(0);
    expect(summary.runTimeMs).toBeGreaterThan(0);
    // The summary agrees with the series: final counterfactual debt is the CSV's last value.
    const rows = readSeries(join(out, 'series.csv'));
    const col = rows[0]?.indexOf('counterfactual_debt') ?? -1;
    expect(Number(rows.at(-1)?.[col])).toBe(summary.summary.final_debt_counterfactual);
  });
});

// The agent-based model is the first with a seed; until it is registered there is nothing to sample.
const hasAbm = listPresets().some((p) => p.name === 'abm-private-debt');

describe.skipIf(!hasAbm)('money-lab run --runs (Monte Carlo on the worker pool)', () => {
  const out = join(tmp, 'mc');
  let run: Outcome;
  beforeAll(async () => {
    // A small economy, so five runs take seconds: the aggregation, not the model, is under test.
    const scenario = JSON.parse((await cli('preset', 'abm-private-debt')).stdout);
    Object.assign(scenario, { households: 300, firms: 30, banks: 3, periods: 16 });
    writeFileSync(join(tmp, 'small-abm.json'), JSON.stringify(scenario));
    run = await cli('run', join(tmp, 'small-abm.json'), '--runs', '5', '--seed', '10', '--out', out);
  });

  it('writes each column as the median with _p10 and _p90 beside it, p10 ≤ median ≤ p90', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/5 runs on \d+ workers/);
    const rows = readSeries(join(out, 'series.csv'));
    const header = rows[0] ?? [];
    expect(header[0]).toBe('period');
    expect(rows).toHaveLength(17);
    const bases = header.slice(1).filter((_, i) => i % 3 === 0);
    expect(bases.length).toBeGreaterThan(3);
    expect(header.slice(1)).toEqual(bases.flatMap((c) => [c, `${c}_p10`, `${c}_p90`]));
    for (const row of rows.slice(1)) {
      for (let j = 1; j < header.length; j += 3) {
        if (row[j] === '') continue;
        const [m, lo, hi] = [Number(row[j]), Number(row[j + 1]), Number(row[j + 2])];
        expect(lo, header[j]).toBeLessThanOrEqual(m);
        expect(m, header[j]).toBeLessThanOrEqual(hi);
      }
    }
  });

  it("keeps every run: its seed, time and final values, whose median is the series' last row", () => {
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(Object.keys(summary).sort()).toEqual(
      [
        'assumptions',
        'columnUnits',
        'perRun',
        'preset',
        'provenance',
        'runTimeMs',
        'runs',
        'scenario',
        'sources',
        'statistics',
        'units',
      ].sort(),
    );
    expect(Object.keys(summary.units).sort()).toEqual(Object.keys(summary.perRun[0].summary).sort());
    expect(summary.runs.seeds).toEqual([10, 11, 12, 13, 14]);
    expect(summary.scenario.seed).toBe(10);
    expect(summary.provenance.seed).toBe(10);
    expect(summary.perRun.map((r: { seed: number }) => r.seed)).toEqual([10, 11, 12, 13, 14]);
    for (const r of summary.perRun) expect(r.timeMs).toBeGreaterThan(0);
    const rows = readSeries(join(out, 'series.csv'));
    const header = rows[0] ?? [];
    const last = rows.at(-1) ?? [];
    const finals = (c: string) =>
      summary.perRun.map((r: { final: Record<string, number | null> }) => r.final[c]);
    const column = header[1] as string;
    expect(Object.keys(summary.perRun[0].final)).toContain(column);
    const sorted = [...finals(column)].sort((a, b) => a - b);
    expect(Number(last[1])).toBeCloseTo(sorted[2], 9);
    // Different seeds gave different economies (otherwise the percentiles would be meaningless).
    expect(new Set(finals(column)).size).toBeGreaterThan(1);
  });
});

describe.concurrent('money-lab chart', () => {
  it('writes an SVG with the framed chart and the scenario in <metadata>', async () => {
    const file = join(tmp, 'chart.svg');
    const r = await cli('chart', 'preset:canada-1974', '--out', file);
    expect(r.code, r.stderr).toBe(0);
    const doc = new DOMParser().parseFromString(
      readFileSync(file, 'utf8'),
      'image/svg+xml',
    ) as unknown as Document;
    const root = doc.documentElement;
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual(['960', '600']);
    const text = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    expect(text).toContain('Canada from 1974');
    expect(text).toContain('Sources: ');
    expect(text).toContain('Assumptions: ');
    expect(text).toContain('(preset:canada-1974)');
    expect(root.querySelectorAll('svg').length).toBeGreaterThan(0);
    expect(root.querySelectorAll('path').length).toBeGreaterThan(1);
    const embedded = JSON.parse(doc.getElementById('public-money-lab')?.textContent ?? '');
    expect(embedded.scenario).toEqual(JSON.parse((await cli('preset', 'canada-1974')).stdout));
  });

  for (const [size, width, height] of [
    ['screen', 1920, 1200],
    ['card', 1200, 675],
  ] as const) {
    it(`writes a ${width}×${height} PNG for --size ${size} carrying the scenario in an iTXt chunk`, async () => {
      const file = join(tmp, `chart-${size}.png`);
      const r = await cli('chart', 'preset:canada-1974', '--out', file, '--size', size);
      expect(r.code, r.stderr).toBe(0);
      const png = new Uint8Array(readFileSync(file));
      const ihdr = pngChunks(png)[0];
      const view = new DataView(ihdr!.data.buffer, ihdr!.data.byteOffset);
      expect([view.getUint32(0), view.getUint32(4)]).toEqual([width, height]);
      const embedded = JSON.parse(readPngText(png)['public-money-lab'] ?? '{}');
      expect(embedded.scenario?.params?.publicShare).toBe(0.5);
      expect(embedded.provenance?.model).toBe('fiscal-history');
    });
  }
});

describe.concurrent('bad input: exit 2 and one line naming the problem', () => {
  it('unknown preset', async () =>
    expectUserError(
      await cli('run', 'preset:nope', '--out', tmp),
      /preset: unknown preset "nope" \(known: .*canada-1974/,
    ));

  it('malformed JSON', async () => {
    writeFileSync(join(tmp, 'broken.json'), '{"schemaVersion": 1,');
    expectUserError(
      await cli('run', join(tmp, 'broken.json'), '--out', tmp),
      /^money-lab: .*broken\.json: not valid JSON at line 1, column 21: /,
    );
  });

  it('schema error names the field', async () => {
    const scenario = JSON.parse((await cli('preset', 'canada-1974')).stdout);
    scenario.params.publicShare = 1.5;
    writeFileSync(join(tmp, 'bad.json'), JSON.stringify(scenario));
    expectUserError(
      await cli('chart', join(tmp, 'bad.json'), '--out', join(tmp, 'bad.svg')),
      /^money-lab: params\.publicShare: .*1 \(got 1\.5\)$/,
    );
  });

  it('missing file', async () =>
    expectUserError(
      await cli('run', join(tmp, 'none.json'), '--out', tmp),
      /cannot read scenario file ".*none\.json": no such file/,
    ));
  it('unknown flag', async () =>
    expectUserError(
      await cli('run', 'preset:canada-1974', '--out', tmp, '--fast'),
      /Unknown option '--fast'/,
    ));
  it('missing --out', async () =>
    expectUserError(await cli('run', 'preset:canada-1974'), /^money-lab: run: missing --out DIR$/));
  it('unknown command', async () => expectUserError(await cli('plot'), /unknown command "plot"/));
  it('wrong chart format', async () =>
    expectUserError(
      await cli('chart', 'preset:canada-1974', '--out', 'x.jpg'),
      /--out: must end in \.svg or \.png/,
    ));
  it('--out that cannot be written', async () => {
    writeFileSync(join(tmp, 'a-file'), 'x');
    expectUserError(
      await cli('run', 'preset:canada-1974', '--out', join(tmp, 'a-file')),
      /--out: cannot write ".*a-file\/series\.csv": a parent of it is a file/,
    );
  });
  it('--runs on a model without a seed', async () =>
    expectUserError(
      await cli('run', 'preset:canada-1974', '--out', tmp, '--runs', '4'),
      /--runs 4: model fiscal-history is deterministic/,
    ));
  it('--seed on a model without a seed', async () =>
    expectUserError(
      await cli('run', 'preset:canada-1974', '--out', tmp, '--seed', '9'),
      /--seed: model fiscal-history is deterministic/,
    ));
});
