/** `money-lab chart SWEEP_DIR`: the sweep's chart as the app's Sensitivity panel draws it. */
import { fileTaskIndex, parseSweepCsv } from '../../../models/sweep';
import { drawSweepChart } from '../../../src-renderer/charts';
import { isoDate, sweepFigureMeta, type FigureMeta } from '../../../src-renderer/export';
import { UsageError } from '../errors';
import type { CliIO } from '../io';
import { readSweepDir } from './sweep';

export function sweepFigure(
  dir: string,
  metricName: string | null,
  io: CliIO,
): { meta: FigureMeta; draw: (doc: Document, size: { width: number; height: number }) => SVGSVGElement } {
  const { file, csv } = readSweepDir(dir, io);
  const names = file.design.metrics.map((m) => m.name);
  const metric = metricName === null ? 0 : names.indexOf(metricName);
  if (metric < 0)
    throw new UsageError(`--metric ${metricName}: not in this sweep (metrics: ${names.join(', ')})`);
  let rows;
  try {
    rows = parseSweepCsv(file.design, csv, `${dir}/sweep.csv`, fileTaskIndex(file));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const meta = sweepFigureMeta(file, metric, { date: isoDate() });
  return {
    meta,
    draw: (doc, size) =>
      drawSweepChart(
        doc,
        { design: file.design, rows, metric, labels: file.labels, units: file.units, title: meta.title },
        size,
      ),
  };
}
