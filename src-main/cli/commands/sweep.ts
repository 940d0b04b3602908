/** `money-lab sweep` and `money-lab merge`: sensitivity sweeps on the worker-thread pool, sharded. */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { findModel } from '../../../models/registry';
import type { RunResult } from '../../../models/result';
import {
  defaultMetric,
  designPoints,
  designTasks,
  makeDesign,
  mergeShards,
  MergeError,
  parseMetricArg,
  parseShard,
  runSweep,
  shardTasks,
  SweepInputError,
  sweepFile,
  sweepToCsv,
  type SweepDesign,
  type SweepFile,
  type VarySpec,
} from '../../../models/sweep';
import type { Command } from '../args';
import { inCwd, type CliIO } from '../io';
import { loadDataFiles } from '../data';
import { UsageError } from '../errors';
import { RunPool } from '../pool';
import { loadScenario, takesSeed } from '../scenario';
import { writeJson, writeOutput } from '../write';

type SweepCommand = Extract<Command, { name: 'sweep' }>;
type MergeCommand = Extract<Command, { name: 'merge' }>;

/** `NAME=LOW:HIGH:STEPS` (a tornado needs only `NAME=LOW:HIGH`). */
export function parseVary(text: string, tornado: boolean): VarySpec {
  const m = /^([^=]+)=([^:]+):([^:]+)(?::([^:]+))?$/.exec(text.trim());
  const name = m?.[1]?.trim() ?? text.split('=')[0] ?? text;
  if (!m || (!tornado && m[4] === undefined))
    throw new UsageError(
      `--vary ${name}: must be NAME=LOW:HIGH:STEPS, e.g. policyRate=0:0.05:11 (got "${text}")`,
    );
  const num = (s: string, what: string) => {
    const v = Number(s);
    if (s.trim() === '' || !Number.isFinite(v))
      throw new UsageError(`--vary ${name}: ${what} must be a number (got "${s}")`);
    return v;
  };
  const steps = m[4] === undefined ? 2 : num(m[4], 'STEPS');
  return { name: m[1]!.trim(), low: num(m[2]!, 'LOW'), high: num(m[3]!, 'HIGH'), steps };
}

function buildDesign(cmd: SweepCommand, io: CliIO): { design: SweepDesign; preset: string | null } {
  const { scenario, preset } = loadScenario(cmd.ref, null, undefined, io.cwd);
  const model = scenario.model;
  const metricArgs = cmd.metrics.length ? cmd.metrics : [defaultMetric(model)].filter((m) => m !== null);
  try {
    const design = makeDesign({
      kind: cmd.tornado ? 'tornado' : 'grid',
      scenario,
      vary: cmd.vary.map((v) => parseVary(v, cmd.tornado)),
      runs: cmd.runs,
      seed: cmd.seed,
      metrics: metricArgs.map(parseMetricArg),
      stochastic: takesSeed(scenario),
    });
    return { design, preset };
  } catch (e) {
    if (e instanceof SweepInputError) throw new UsageError(e.message);
    throw e;
  }
}

export async function sweepCommand(cmd: SweepCommand, io: CliIO): Promise<void> {
  const { design, preset } = buildDesign(cmd, io);
  let shard = null;
  try {
    shard = cmd.shard === null ? null : parseShard(cmd.shard);
  } catch (e) {
    if (e instanceof SweepInputError) throw new UsageError(e.message);
    throw e;
  }
  const tasks = shardTasks(designTasks(design), shard);
  const workers = Math.max(1, Math.min(tasks.length, cmd.workers ?? availableParallelism()));
  const start = performance.now();
  // Assumptions and sources come from the file's first task: task 0 for a whole sweep and for
  // shard 1, so a merged sweep.json says what the unsharded one says.
  let first: { task: number; result: RunResult } | null = null;
  let done = 0;
  const pool = new RunPool(loadDataFiles(), workers);
  const rows = await runSweep(
    design,
    tasks,
    async (scenario, task) => {
      const { result } = await pool.run(scenario);
      if (!first || task.index < first.task) first = { task: task.index, result };
      return result;
    },
    {
      onRow: () => {
        done++;
        if (process.stderr.isTTY) process.stderr.write(`\r${done}/${tasks.length} runs`);
      },
    },
  ).finally(() => {
    if (process.stderr.isTTY) process.stderr.write('\n');
    return pool.close();
  });
  const seconds = (performance.now() - start) / 1000;
  if (!first) throw new UsageError('--shard: this shard has no runs (more shards than runs in the design)');
  const firstResult = (first as { result: RunResult }).result;
  const file = sweepFile(
    design,
    preset,
    shard,
    rows.length,
    firstResult,
    designTasks(design)[(first as { task: number }).task]!,
    findModel(design.model)?.version ?? '',
  );
  writeOutput(join(cmd.out, 'sweep.csv'), sweepToCsv(design, rows, file.units), io.cwd);
  const run = {
    workers,
    seconds: Math.round(seconds * 100) / 100,
    msPerRun: Math.round((seconds * 1000) / rows.length),
  };
  writeJson(join(cmd.out, 'sweep.json'), { ...file, run }, io.cwd);
  const points = designPoints(design).length;
  const seeds = design.seeds?.length ?? 1;
  io.out(
    `wrote ${join(cmd.out, 'sweep.csv')} (${rows.length} rows${shard ? ` of ${points * seeds}, shard ${shard.index}/${shard.count}` : `: ${points} points × ${seeds} seed${seeds > 1 ? 's' : ''}`}) and ${join(cmd.out, 'sweep.json')} in ${seconds.toFixed(1)} s on ${workers} worker${workers > 1 ? 's' : ''}`,
  );
}

function readSweepDir(dir: string, io: CliIO): { file: SweepFile; csv: string } {
  const read = (name: string) => {
    try {
      return readFileSync(inCwd(io, join(dir, name)), 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UsageError(
        `${dir}: cannot read ${name} (${code === 'ENOENT' ? 'no such file; is it a sweep directory?' : code})`,
      );
    }
  };
  let file: SweepFile;
  try {
    file = JSON.parse(read('sweep.json')) as SweepFile;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${dir}/sweep.json: not valid JSON — ${(e as Error).message}`);
  }
  if (file?.format !== 1 || !file.design || !Array.isArray(file.design.params))
    throw new UsageError(`${dir}/sweep.json: not a sweep file (format 1 with a design)`);
  return { file, csv: read('sweep.csv') };
}

export { readSweepDir };

export function mergeCommand(cmd: MergeCommand, io: CliIO): void {
  const inputs = cmd.dirs.map((dir) => ({ dir, ...readSweepDir(dir, io) }));
  let merged;
  try {
    merged = mergeShards(inputs);
  } catch (e) {
    if (e instanceof MergeError || e instanceof Error) throw new UsageError(`merge: ${e.message}`);
    throw e;
  }
  const { run: _run, ...file } = merged.file as SweepFile & { run?: unknown };
  void _run;
  writeOutput(join(cmd.out, 'sweep.csv'), merged.csv, io.cwd);
  writeJson(join(cmd.out, 'sweep.json'), file, io.cwd);
  io.out(
    `wrote ${join(cmd.out, 'sweep.csv')} (${file.rows} rows from ${inputs.length} shard${inputs.length > 1 ? 's' : ''}) and ${join(cmd.out, 'sweep.json')}`,
  );
}
