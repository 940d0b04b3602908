/** `money-lab chart`: the app's own chart, framed for export, as SVG or PNG. */
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
import type { CliIO } from '../io';
import { UsageError } from '../errors';
import { noteBigRun } from '../cost';
import { loadScenario } from '../scenario';
import { writeOutput } from '../write';

type ChartCommand = Extract<Command, { name: 'chart' }>;

const FONT_DIR = `${PACKAGE_ROOT}assets/fonts/`;
/** Screen exports are drawn at 2× for high-density displays; the social card is used at its exact size. */
const PNG_ZOOM = { screen: 2, card: 1 } as const;

export function chartCommand(cmd: ChartCommand, io: CliIO): void {
  const format = extname(cmd.out).toLowerCase();
  if (format !== '.svg' && format !== '.png')
    throw new UsageError(`--out: must end in .svg or .png (got "${cmd.out}")`);
  const { scenario, preset } = loadScenario(cmd.ref, cmd.seed, undefined, io.cwd);
  noteBigRun(scenario, 1, 1, io);
  const result = runScenario(scenario, { data: loadDataFiles() });

  const doc = parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

  const size = FIGURE_SIZES[cmd.size];
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
  const plot = drawResultChart(doc, result, figureLayout(meta, size).plot);
  const svg = serializeSvg(frameFigure(doc, plot, meta, size));
  if (format === '.svg') {
    writeOutput(cmd.out, svg, io.cwd);
  } else {
    const png = new Resvg(svg, {
      fitTo: { mode: 'zoom', value: PNG_ZOOM[cmd.size] },
      font: {
        loadSystemFonts: false,
        fontFiles: [`${FONT_DIR}DejaVuSans.ttf`, `${FONT_DIR}DejaVuSans-Bold.ttf`],
        defaultFontFamily: 'DejaVu Sans',
        sansSerifFamily: 'DejaVu Sans',
      },
    })
      .render()
      .asPng();
    writeOutput(cmd.out, insertPngText(png, FIGURE_METADATA_KEY, figureMetadataJson(meta)), io.cwd);
  }
  io.out(
    `wrote ${cmd.out} (${cmd.size}, ${size.width}×${size.height}${format === '.png' ? ` at ${PNG_ZOOM[cmd.size]}×` : ''})`,
  );
}
