/** `money-lab run`: one run, or a Monte Carlo over seeds on the worker pool; writes series.csv and summary.json. */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { runScenario } from '../../../models/run';
import { resultSummaryJson, csvUnits, seriesCsv, summaryUnits } from '../../../src-renderer/export';
import { aggregateRuns, finalValues, HIGH, LOW } from '../../../models/montecarlo';
import type { Command } from '../args';
import { noteBigRun } from '../cost';
import type { CliIO } from '../io';
import { UsageError } from '../errors';
import { RunPool } from '../pool';
import { loadScenario, seedOf, takesSeed } from '../scenario';
import { withCountryTable, type RunInput } from '../table';
import { stanceReference, withStance } from '../fiscalStance';
import type { AbmScenario } from '../../../models/abm';
import { writeJson, writeOutput } from '../write';

type RunCommand = Extract<Command, { name: 'run' }>;

const ms = (t: number) => Math.round(t * 10) / 10;

function report(io: CliIO, out: string, rows: number, columns: number, what: string): void {
  io.out(
    `wrote ${join(out, 'series.csv')} (${rows} rows, ${columns} columns) and ${join(out, 'summary.json')}: ${what}`,
  );
}

function single(
  { scenario: own, preset, data }: RunInput,
  out: string,
  io: CliIO,
  reference: AbmScenario | null,
): void {
  const start = performance.now();
  // Same fiscal stance: the reference runs first, with the same seed.
  const seed = seedOf(own) ?? 0;
  const scenario = reference
    ? withStance(own, reference, seed, runScenario({ ...reference, seed }, { data }).columns)
    : own;
  const result = runScenario(scenario, { data });
  const runTimeMs = ms(performance.now() - start);
  writeOutput(join(out, 'series.csv'), seriesCsv(result, result.notes), io.cwd);
  writeJson(join(out, 'summary.json'), { ...resultSummaryJson(result), preset, runTimeMs }, io.cwd);
  report(io, out, result.index.length, Object.keys(result.columns).length + 1, `1 run in ${runTimeMs} ms`);
}

async function monteCarlo(
  { scenario, preset, data }: RunInput,
  out: string,
  runs: number,
  io: CliIO,
  reference: AbmScenario | null,
): Promise<void> {
  if (!takesSeed(scenario)) {
    throw new UsageError(
      `--runs ${runs}: model ${scenario.model} is deterministic (its scenarios have no seed), so every run would be identical; use --runs 1`,
    );
  }
  const base = seedOf(scenario) ?? 0;
  const seeds = Array.from({ length: runs }, (_, i) => base + i);
  const start = performance.now();
  const pool = new RunPool(data, Math.min(runs, availableParallelism()));
  const timed = await Promise.all(
    seeds.map((seed) =>
      (reference
        ? pool
            .run({ ...reference, seed })
            .then((ref) => pool.run(withStance(scenario, reference, seed, ref.result.columns)))
        : pool.run({ ...scenario, seed })
      ).catch((e: unknown) => {
        // Name the seed so the failing run can be reproduced alone with --seed.
        if (e instanceof Error) e.message = `seed ${seed}: ${e.message}`;
        throw e;
      }),
    ),
  ).finally(() => pool.close());
  const runTimeMs = ms(performance.now() - start);

  const first = (timed[0] as (typeof timed)[number]).result;
  const aggregate = aggregateRuns(timed.map((t) => t.result));
  const table = { indexName: first.indexName, ...aggregate, units: first.units };
  writeOutput(join(out, 'series.csv'), seriesCsv(table, first.notes), io.cwd);
  writeJson(
    join(out, 'summary.json'),
    {
      scenario,
      preset,
      runs: { count: runs, seeds, workers: pool.size },
      // Every run of one scenario has the same summary keys; their units are the model's.
      units: summaryUnits(first),
      columnUnits: csvUnits(table),
      statistics: `each column is the median across runs; <column>_p${LOW * 100} and <column>_p${HIGH * 100} are the 10th and 90th percentiles (linear interpolation)`,
      assumptions: first.assumptions,
      sources: first.sources,
      provenance: first.provenance,
      runTimeMs,
      perRun: timed.map((t, i) => ({
        seed: seeds[i],
        timeMs: ms(t.timeMs),
        final: finalValues(t.result.columns),
        summary: t.result.summary,
      })),
    },
    io.cwd,
  );
  report(
    io,
    out,
    aggregate.index.length,
    Object.keys(aggregate.columns).length + 1,
    `${runs} runs on ${pool.size} workers in ${runTimeMs} ms`,
  );
}

export async function runCommand(cmd: RunCommand, io: CliIO): Promise<void> {
  const loaded = withCountryTable(
    loadScenario(cmd.ref, cmd.seed, undefined, io.cwd),
    cmd.ref,
    cmd.data ?? null,
    io.cwd,
  );
  noteBigRun(loaded.scenario, cmd.runs, cmd.runs > 1 ? Math.min(cmd.runs, availableParallelism()) : 1, io);
  const reference =
    cmd.sameFiscalStanceAs === undefined
      ? null
      : stanceReference(cmd.sameFiscalStanceAs, loaded.scenario, io.cwd);
  if (cmd.runs > 1) await monteCarlo(loaded, cmd.out, cmd.runs, io, reference);
  else single(loaded, cmd.out, io, reference);
}
