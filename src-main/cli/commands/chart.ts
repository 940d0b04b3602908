/** `money-lab chart`: the app's own chart, framed for export, as SVG or PNG. */
import { statSync } from 'node:fs';
import { extname } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { parseHTML } from 'linkedom';
import { findModel } from '../../../models/registry';
import { runScenario } from '../../../models/run';
import { drawResultChart } from '../../../src-renderer/charts';
import {
  FIGURE_METADATA_KEY,
  FIGURE_SIZES,
  figureLayout,
  figureMetadataJson,
  frameFigure,
  insertPngText,
  isoDate,
  serializeSvg,
  type FigureMeta,
} from '../../../src-renderer/export';
import type { Command } from '../args';
import { loadDataFiles, PACKAGE_ROOT } from '../data';
import { inCwd, type CliIO } from '../io';
import { UsageError } from '../errors';
import { noteBigRun } from '../cost';
import { loadScenario } from '../scenario';
import { writeOutput } from '../write';
import { sweepFigure } from './sweepChart';

type ChartCommand = Extract<Command, { name: 'chart' }>;

const FONT_DIR = `${PACKAGE_ROOT}assets/fonts/`;
/** Screen exports are drawn at 2× for high-density displays; the social card is used at its exact size. */
const PNG_ZOOM = { screen: 2, card: 1 } as const;

/** Rasterise one of the app's SVGs with the fonts it is laid out for (DejaVu Sans). */
export function renderPng(svg: string, zoom: number): Uint8Array {
  return new Resvg(svg, {
    fitTo: { mode: 'zoom', value: zoom },
    font: {
      loadSystemFonts: false,
      fontFiles: [`${FONT_DIR}DejaVuSans.ttf`, `${FONT_DIR}DejaVuSans-Bold.ttf`],
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
  })
    .render()
    .asPng();
}

export function chartCommand(cmd: ChartCommand, io: CliIO): void {
  const format = extname(cmd.out).toLowerCase();
  if (format !== '.svg' && format !== '.png')
    throw new UsageError(`--out: must end in .svg or .png (got "${cmd.out}")`);
  // A directory is a sweep (it holds sweep.json), drawn as the app's Sensitivity panel draws it.
  if (isDirectory(inCwd(io, cmd.ref))) {
    if (cmd.seed !== null)
      throw new UsageError('--seed: does not apply to a sweep (its seeds are in sweep.json)');
    const { meta, draw } = sweepFigure(cmd.ref, cmd.metric ?? null, io);
    writeFigure(cmd, io, meta, draw);
    return;
  }
  if (cmd.metric !== undefined) throw new UsageError('--metric: applies only to a sweep directory');
  const { scenario, preset } = loadScenario(cmd.ref, cmd.seed, undefined, io.cwd);
  noteBigRun(scenario, 1, 1, io);
  const result = runScenario(scenario, { data: loadDataFiles() });
  const meta: FigureMeta = {
    title: scenario.name ?? findModel(scenario.model)?.title ?? scenario.model,
    subtitle: findModel(scenario.model)?.title,
    sources: result.sources,
    assumptions: result.assumptions,
    provenance: result.provenance,
    scenario,
    date: isoDate(),
    ...(preset ? { preset } : {}),
  };
  writeFigure(cmd, io, meta, (doc, size) => drawResultChart(doc, result, size));
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Frame the plot with the figure's words and write it as SVG or PNG (fonts embedded from assets/). */
function writeFigure(
  cmd: ChartCommand,
  io: CliIO,
  meta: FigureMeta,
  draw: (doc: Document, size: { width: number; height: number }) => SVGSVGElement,
): void {
  const format = extname(cmd.out).toLowerCase();
  const doc = parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
  const size = FIGURE_SIZES[cmd.size];
  const svg = serializeSvg(frameFigure(doc, draw(doc, figureLayout(meta, size).plot), meta, size));
  if (format === '.svg') {
    writeOutput(cmd.out, svg, io.cwd);
  } else {
    const png = renderPng(svg, PNG_ZOOM[cmd.size]);
    writeOutput(cmd.out, insertPngText(png, FIGURE_METADATA_KEY, figureMetadataJson(meta)), io.cwd);
  }
  io.out(
    `wrote ${cmd.out} (${cmd.size}, ${size.width}×${size.height}${format === '.png' ? ` at ${PNG_ZOOM[cmd.size]}×` : ''})`,
  );
}
