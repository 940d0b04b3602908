/** A sweep's figure words (title, sources, assumptions, provenance) and its CSV export, shared by the app and the CLI. */
import type { SweepFile, SweepRow } from '../../models/sweep';
import { sweepToCsv } from '../../models/sweep';
import { csvMetaLines } from './csv';
import type { FigureMeta } from './metadata';

function range(file: SweepFile): string {
  return file.design.params
    .map((p) => `${p.name} ${p.low} to ${p.high}${file.design.kind === 'grid' ? ` in ${p.steps} steps` : ''}`)
    .join('; ');
}

/** Title and words for a sweep's chart of one metric. */
export function sweepFigureMeta(file: SweepFile, metric: number, opts: { date?: string } = {}): FigureMeta {
  const { design } = file;
  const m = design.metrics[metric]!;
  const label = file.labels[m.name] ?? m.name;
  const names = design.params.map((p) => p.name);
  const title =
    design.kind === 'tornado'
      ? `What moves ${label} most: each parameter from low to high, the others at base`
      : `${label} as ${names.join(' and ')} ${names.length > 1 ? 'vary' : 'varies'}`;
  const scenarioName = (design.scenario as { name?: string }).name ?? design.model;
  const seeds = design.seeds;
  const how = [
    `Sensitivity sweep of "${scenarioName}": ${range(file)}${design.kind === 'tornado' ? ' (each alone, the others at their base values)' : ''}.`,
    seeds
      ? `${seeds.length} seed${seeds.length > 1 ? 's' : ''} per point (${seeds[0]}${seeds.length > 1 ? `–${seeds.at(-1)}` : ''}, the same at every point); ${file.statistics}.`
      : 'Deterministic model: one run per point.',
    `Metric ${m.name}${m.formula ? ` = ${m.formula}` : ' (the model’s summary figure)'}${file.units[m.name] ? `, in ${file.units[m.name]}` : ''}.`,
  ];
  return {
    title,
    subtitle: scenarioName,
    sources: file.sources,
    assumptions: [
      ...how,
      `The model's assumptions as stated for ${file.assumptionsOf}; the other points differ only in the varied values:`,
      ...file.assumptions,
    ],
    provenance: file.provenance,
    scenario: design.scenario,
    ...(opts.date ? { date: opts.date } : {}),
    ...(file.preset ? { preset: file.preset } : {}),
  };
}

/** The app's CSV of a sweep: the figure's # lines, then sweep.csv (its units line and table). */
export function sweepCsvWithMeta(meta: FigureMeta, file: SweepFile, rows: readonly SweepRow[]): string {
  return `${csvMetaLines(meta)}\n${sweepToCsv(file.design, rows, file.units)}`;
}
