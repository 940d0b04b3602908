/**
 * Exports from the app: the same framed figure the CLI writes (title, chart, sources, assumptions,
 * provenance; the scenario embedded), as SVG, 2× PNG or a 1200×675 social card, and data as CSV.
 */
import type { RunResult } from '../../../models/result';
import {
  CARD_SIZES,
  FIGURE_METADATA_KEY,
  FIGURE_SIZES,
  cardSvg,
  figureAlt,
  exportFileName,
  figureLayout,
  figureMetadataJson,
  frameFigure,
  insertPngText,
  csvWithMeta,
  serializeSvg,
  type CardMeta,
  type CardSize,
  type FigureMeta,
  type FigureSize,
} from '../../export';
import { saveFile, type SaveOutcome } from '../../platform';

export type ChartExportKind = 'svg' | 'png' | 'card';
export type DrawPlot = (doc: Document, size: { width: number; height: number }) => SVGSVGElement;

export function figureSvg(draw: DrawPlot, meta: FigureMeta, size: FigureSize): string {
  const plot = figureLayout(meta, size).plot;
  const svg = frameFigure(
    document,
    draw(document, { width: Math.round(plot.width), height: Math.round(plot.height) }),
    meta,
    size,
  );
  return serializeSvg(svg);
}

async function svgToPng(svgText: string, size: FigureSize, scale: number): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(size.width * scale);
    canvas.height = Math.round(size.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx)
      throw new Error(
        'This browser cannot draw to a canvas, so PNG export is unavailable; export SVG instead.',
      );
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((res) => canvas.toBlob(res, 'image/png'));
    if (!blob) throw new Error('The browser could not encode the PNG; export SVG instead.');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function exportChart(
  kind: ChartExportKind,
  draw: DrawPlot,
  meta: FigureMeta,
  baseName: string,
  /** The screen-size figure's size, when the default 960×600 leaves too little room for its text. */
  screenSize: FigureSize = FIGURE_SIZES.screen,
): Promise<SaveOutcome> {
  const size = kind === 'card' ? FIGURE_SIZES.card : screenSize;
  const svg = figureSvg(draw, meta, size);
  if (kind === 'svg') return saveFile('svg', exportFileName(baseName, 'svg'), svg);
  const png = await svgToPng(svg, size, kind === 'card' ? 1 : 2);
  return savePngWithAlt(
    png,
    meta,
    exportFileName(baseName, 'png', new Date(), kind === 'card' ? 'card' : undefined),
  );
}

/** A PNG carries its scenario in a text chunk, and its alt text is offered as a .txt beside it
 * (a PNG cannot hold alt text a platform would use; the reader pastes it into the post). */
async function savePngWithAlt(png: Uint8Array, meta: FigureMeta, fileName: string): Promise<SaveOutcome> {
  const outcome = await saveFile(
    'png',
    fileName,
    insertPngText(png, FIGURE_METADATA_KEY, figureMetadataJson(meta)),
  );
  if (!outcome.saved) return outcome;
  const altName = outcome.fileName.replace(/\.png$/i, '') + '.alt.txt';
  await saveFile('txt', altName, `${figureAlt(meta)}\n`);
  return outcome;
}

/** The headline card at one of its sizes, as SVG or as a PNG at exactly that size. */
export async function exportCard(
  format: 'svg' | 'png',
  sizeName: CardSize,
  draw: DrawPlot,
  meta: CardMeta,
  baseName: string,
): Promise<SaveOutcome> {
  const size = CARD_SIZES[sizeName];
  const svg = cardSvg(document, draw, meta, size);
  const suffix = `card-${size.width}x${size.height}`;
  if (format === 'svg') return saveFile('svg', exportFileName(baseName, 'svg', new Date(), suffix), svg);
  const png = await svgToPng(svg, size, 1);
  return savePngWithAlt(png, meta, exportFileName(baseName, 'png', new Date(), suffix));
}

/** The run's table with the figure's words above it (see csvWithMeta). */
export function exportCsv(result: RunResult, meta: FigureMeta, baseName: string): Promise<SaveOutcome> {
  return saveFile('csv', exportFileName(baseName, 'csv'), csvWithMeta(meta, result, result.notes));
}

/**
 * Runs a save and tells the user how it went: "Saved NAME" on the status line, and a failure —
 * the dialog's or one thrown while drawing — through `onError`. A cancelled dialog says nothing.
 */
export async function reportSave(
  save: () => Promise<SaveOutcome>,
  onSaved: (status: string) => void,
  onError: (message: string) => void,
): Promise<void> {
  try {
    const outcome = await save();
    if (outcome.saved) onSaved(`Saved ${outcome.fileName}`);
    else if (outcome.reason === 'error') onError(outcome.message);
  } catch (e) {
    onError((e as Error).message);
  }
}
