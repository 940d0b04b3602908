/**
 * sweep.json (what the sweep was: scenario, design, units, provenance) and the merge of shards.
 * Merging works on the CSV's lines as text, never re-formatting a number, so the merged sweep.csv
 * is byte for byte the file one unsharded run writes.
 */
import { HIGH, LOW } from '../montecarlo';
import { makeProvenance, type Provenance } from '../provenance';
import type { RunResult } from '../result';
import { metricDoc, paramDoc } from './catalog';
import { compileMetric, shapeOf } from './metrics';
import type { SweepRow } from './aggregate';
import { csvFormatRows } from 'd3-dsv';
import { designKey, designTasks, shardTasks, type Shard, type SweepDesign, type Task } from './design';
import { taskLabel } from './run';
import { splitComments, sweepCsvLines, sweepHeader } from './csv';

export interface SweepFile {
  format: 1;
  /** The base scenario (also inside design.scenario; here for people reading the file). */
  scenario: unknown;
  preset: string | null;
  design: SweepDesign;
  /** This file's part of the design; null for a whole (unsharded or merged) sweep. */
  shard: Shard | null;
  /** Runs in this file / in the whole design. */
  rows: number;
  totalRows: number;
  units: Record<string, string>;
  labels: Record<string, string>;
  statistics: string;
  /** The model's assumptions as stated for one run of the file (the points differ only in the varied values). */
  assumptions: string[];
  /** Which run `assumptions` are stated for, e.g. "point 1 (G=10, theta=0.1)". */
  assumptionsOf: string;
  sources: string[];
  provenance: Provenance;
}

export class MergeError extends Error {
  override name = 'MergeError';
}

export interface ShardInput {
  dir: string;
  file: SweepFile;
  csv: string;
}

/** Join the shards of one sweep; refuses shards of different designs, duplicates and gaps. */
export function mergeShards(inputs: readonly ShardInput[]): { file: SweepFile; csv: string } {
  const [first] = inputs;
  if (!first) throw new MergeError('give at least one sweep directory');
  const key = designKey(first.file.design);
  for (const s of inputs.slice(1)) {
    if (designKey(s.file.design) !== key)
      throw new MergeError(
        `${s.dir} is a shard of a different sweep than ${first.dir} (${describeDifference(first.file.design, s.file.design)}); merge only shards of one design`,
      );
  }
  const count = first.file.shard?.count ?? 1;
  const byIndex = new Map<number, ShardInput>();
  for (const s of inputs) {
    const c = s.file.shard?.count ?? 1;
    if (c !== count)
      throw new MergeError(
        `${s.dir} is shard ${s.file.shard?.index ?? 1}/${c}, ${first.dir} is one of ${count}: merge shards of one split`,
      );
    const i = s.file.shard?.index ?? 1;
    if (byIndex.has(i))
      throw new MergeError(`shard ${i}/${count} given twice (${byIndex.get(i)!.dir} and ${s.dir})`);
    byIndex.set(i, s);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length)
    throw new MergeError(
      `missing shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')}`,
    );

  const design = first.file.design;
  const tasks = designTasks(design);
  const lines: string[] = new Array<string>(tasks.length);
  for (const [index, s] of byIndex) {
    const mine = shardTasks(tasks, { index, count });
    const body = sweepCsvLines(design, s.csv, `${s.dir}/sweep.csv`);
    if (body.length !== mine.length)
      throw new MergeError(
        `${s.dir}/sweep.csv has ${body.length} rows; shard ${index}/${count} of this design has ${mine.length} (was it cut short?)`,
      );
    mine.forEach((t, k) => (lines[t.index] = body[k]!));
  }
  // The units line (identical in every shard of one design) stays above the joined table.
  const { comments } = splitComments(first.csv);
  for (const s of inputs) {
    if (splitComments(s.csv).comments.join('\n') !== comments.join('\n'))
      throw new MergeError(`${s.dir}/sweep.csv: its # lines (units) differ from ${first.dir}/sweep.csv's`);
  }
  const csv = `${[...comments, csvFormatRows([sweepHeader(design)]), ...lines].join('\n')}\n`;
  return { file: { ...first.file, shard: null, rows: tasks.length }, csv };
}

function describeDifference(a: SweepDesign, b: SweepDesign): string {
  for (const k of ['kind', 'model', 'params', 'seeds', 'metrics', 'scenario'] as const) {
    if (JSON.stringify(a[k]) !== JSON.stringify(b[k]))
      return `their ${k === 'params' ? 'varied parameters' : k} differ`;
  }
  return 'their designs differ';
}

/** Which task each row of a file holds, in order. */
export function fileTaskIndex(file: SweepFile): (row: number) => number {
  const tasks = shardTasks(designTasks(file.design), file.shard);
  return (row) => tasks[row]!.index;
}

export type { SweepRow };

/** Units and labels of every column of sweep.csv, from the model's documentation and one result. */
function describeColumns(design: SweepDesign, result: RunResult) {
  const units: Record<string, string> = {};
  const labels: Record<string, string> = {};
  for (const p of design.params) {
    const doc = paramDoc(design.model, p);
    units[p.name] = doc.unit;
    labels[p.name] = doc.label;
  }
  units.seed = design.seeds ? 'seed of the random number generator' : 'none: the model is deterministic';
  labels.seed = 'Seed';
  for (const m of design.metrics) {
    const doc = m.formula === null ? metricDoc(result, m.name) : undefined;
    units[m.name] = doc?.unit ?? compileMetric(m, shapeOf(result)).unit;
    labels[m.name] = doc?.label ?? (m.formula ? `${m.name} = ${m.formula}` : m.name);
  }
  return { units, labels };
}

/** sweep.json for a design and the file's first run (its assumptions and sources). */
export function sweepFile(
  design: SweepDesign,
  preset: string | null,
  shard: SweepFile['shard'],
  rows: number,
  first: RunResult,
  firstTask: Task,
  modelVersion: string,
): SweepFile {
  return {
    format: 1,
    scenario: design.scenario,
    preset,
    design,
    shard,
    rows,
    totalRows: designTasks(design).length,
    ...describeColumns(design, first),
    statistics: `charts show per point the median over seeds and the ${LOW * 100}th–${HIGH * 100}th percentile band`,
    assumptions: first.assumptions,
    assumptionsOf: taskLabel(design, firstTask),
    sources: first.sources,
    provenance: makeProvenance(
      design.model,
      modelVersion,
      design.scenario,
      design.seeds?.[0] ?? null,
      first.provenance.dataSources,
    ),
  };
}
