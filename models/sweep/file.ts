/**
 * sweep.json (what the sweep was: scenario, design, units, provenance) and the merge of shards.
 * Merging works on the CSV's lines as text, never re-formatting a number, so the merged sweep.csv
 * is byte for byte the file one unsharded run writes.
 */
import type { Provenance } from '../provenance';
import type { SweepRow } from './aggregate';
import { csvFormatRows } from 'd3-dsv';
import { designKey, designTasks, shardTasks, type Shard, type SweepDesign } from './design';
import { sweepCsvLines, sweepHeader } from './csv';

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
  assumptions: string[];
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
  const csv = `${[csvFormatRows([sweepHeader(design)]), ...lines].join('\n')}\n`;
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
