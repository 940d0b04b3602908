/**
 * The headline card: one number in large type over a small chart, a plain-words assumption line
 * and the source line, at the sizes social platforms show whole. Text is never below 18 px at 1×;
 * what cannot fit is cut and ends with "full assumptions:" and a reference a reader can follow
 * (app, scenario, date), because platforms strip the PNG's metadata.
 */
import { isoDate } from './dates';
import { figureCanvas, serializeSvg } from './figure';
import { ASCENT, DESCENT, type FigureSize, type Rect } from './layout';
import { figureMetadataJson, type FigureMeta } from './metadata';
import { textWidth, wrapText } from './text-metrics';

export const CARD_SIZES = {
  landscape: { width: 1200, height: 675 },
  square: { width: 1080, height: 1080 },
  portrait: { width: 1080, height: 1350 },
} as const satisfies Record<string, FigureSize>;
export type CardSize = keyof typeof CARD_SIZES;

/** No text on a card is smaller than this, at 1×. */
export const MIN_CARD_FONT = 18;
/** The chart is drawn this much smaller and scaled up, so its 11 px axis labels land at ≥ 18 px. */
export const CARD_PLOT_ZOOM = 1.7;
/** The words every counterfactual card carries on its face. */
export const COUNTERFACTUAL_NOTE = 'Counterfactual, no macroeconomic feedback.';

export interface CardMeta extends FigureMeta {
  /** The one number, e.g. "$908B". */
  headline: string;
  /** What the number is, in plain words, e.g. "of interest avoided, FY1974–75 to FY2021–22". */
  caption: string;
  /** A line above the number, e.g. "Claim 3 · Verdict: holds". */
  kicker: string;
  /** One line in plain words: the assumption (or the verdict rule) a reader must know. */
  plainAssumption: string;
  /** The rest, as long as it fits: rule, limits, assumptions in full. */
  notes: string[];
  /** A short source line (the full list is in the metadata and the app). */
  sourceLine: string;
  counterfactual: boolean;
  /** Alt text for the image (SVG <desc>, the .txt beside a PNG). */
  alt: string;
}

export type CardRole =
  'kicker' | 'headline' | 'caption' | 'counterfactual' | 'assumption' | 'notes' | 'sources' | 'reference';

export interface CardBlock {
  role: CardRole;
  lines: string[];
  x: number;
  /** Baseline of the first line. */
  y: number;
  fontSize: number;
  lineHeight: number;
  bold: boolean;
}

export interface CardLayout {
  size: FigureSize;
  plot: Rect;
  blocks: CardBlock[];
}

const LINE = 1.25;

interface Para {
  role: CardRole;
  lines: string[];
  fontSize: number;
  bold: boolean;
  gapAfter: number;
}

const height = (p: Para) => p.fontSize * (ASCENT + DESCENT + (p.lines.length - 1) * LINE);
const stack = (ps: readonly Para[]) => ps.reduce((h, p) => h + height(p) + p.gapAfter, 0);

/** "Public Money Lab, “scenario name”, 2026-11-30": enough to find the full text again. */
export function cardReference(meta: FigureMeta): string {
  const name = (meta.scenario as { name?: unknown } | null)?.name;
  const scenario = typeof name === 'string' && name ? `, “${name}”` : '';
  return `${meta.provenance.app}${scenario}, ${meta.date ?? isoDate()}`;
}

/** Keep the first `keep` lines of `text` wrapped at `width`, ending with the follow-up reference. */
function cut(text: string, keep: number, width: number, fontSize: number, reference: string): string[] {
  const tail = `… full assumptions: ${reference}`;
  const tailLines = wrapText(tail, width, fontSize);
  const lines = wrapText(text, width, fontSize);
  if (lines.length <= keep) return lines;
  const room = Math.max(0, keep - tailLines.length);
  if (room === 0) return tailLines;
  // Re-wrap the kept words with the tail so it starts on the last kept line where it fits.
  const kept = lines.slice(0, room).join(' ');
  return wrapText(`${kept} ${tail}`, width, fontSize).slice(0, keep);
}

export function cardLayout(meta: CardMeta, size: FigureSize): CardLayout {
  const k = Math.min(size.width / 1200, size.height / 675);
  const margin = Math.round(Math.max(32, 44 * k));
  const inner = size.width - 2 * margin;
  const f = (px: number) => Math.max(MIN_CARD_FONT, Math.round(px));
  const reference = cardReference(meta);
  // A wide card puts the number beside the chart; a tall one puts it above.
  const wide = size.width / size.height > 1.4;
  const headWidth = wide ? Math.round(inner * 0.4) : inner;

  // The number: as large as its column and a seventh of the height allow.
  let big = Math.min(160, Math.round(size.height * (wide ? 0.16 : 0.15)));
  while (big > 48 && textWidth(meta.headline, big, true) > headWidth) big -= 4;

  const kickerSize = f(wide ? 22 : 24);
  const captionSize = f(wide ? 25 : 30 * k);
  const head: Para[] = [
    {
      role: 'kicker',
      lines: wrapText(meta.kicker, headWidth, kickerSize, true),
      fontSize: kickerSize,
      bold: true,
      gapAfter: 10,
    },
    { role: 'headline', lines: [meta.headline], fontSize: big, bold: true, gapAfter: 8 },
    {
      role: 'caption',
      lines: wrapText(meta.caption, headWidth, captionSize).slice(0, wide ? 6 : 3),
      fontSize: captionSize,
      bold: false,
      gapAfter: 12,
    },
  ];
  if (meta.counterfactual)
    head.push({
      role: 'counterfactual',
      lines: wrapText(COUNTERFACTUAL_NOTE, headWidth, f(22 * k), true),
      fontSize: f(22 * k),
      bold: true,
      gapAfter: 8,
    });

  const small = f(19 * k);
  const notesText = meta.notes.join(' ');
  const foot = (notesLines: number | null): Para[] => {
    const ps: Para[] = [
      {
        role: 'assumption',
        lines: wrapText(meta.plainAssumption, inner, f(21 * k), true),
        fontSize: f(21 * k),
        bold: true,
        gapAfter: 6,
      },
    ];
    if (notesText) {
      const lines =
        notesLines === null
          ? wrapText(notesText, inner, small)
          : cut(notesText, notesLines, inner, small, reference);
      ps.push({ role: 'notes', lines, fontSize: small, bold: false, gapAfter: 6 });
    }
    ps.push({
      role: 'sources',
      lines: wrapText(meta.sourceLine, inner, small),
      fontSize: small,
      bold: false,
      gapAfter: 4,
    });
    // Cut notes already end with the reference; otherwise it closes the card.
    if (notesLines === null)
      ps.push({
        role: 'reference',
        lines: wrapText(`Made with ${reference}`, inner, small),
        fontSize: small,
        bold: false,
        gapAfter: 0,
      });
    return ps;
  };

  const minPlot = size.height * (wide ? 0.45 : 0.24);
  // Wide: the footer must also clear the number's column, which stands beside the plot.
  const room = wide
    ? Math.min(size.height - 2 * margin - minPlot, size.height - 2 * margin - stack(head)) - 16
    : size.height - 2 * margin - stack(head) - minPlot - 16;
  let footer = foot(null);
  const full = footer.find((p) => p.role === 'notes')?.lines.length ?? 0;
  // Too tall: keep fewer lines of the notes, the last ones saying where the rest is.
  // At least one line of the notes themselves stays (the verdict rule starts there).
  const minKeep = wrapText(`… full assumptions: ${reference}`, inner, small).length + 1;
  for (let keep = full - 1; stack(footer) > room && keep >= minKeep; keep--) footer = foot(keep);

  const block = (p: Para, x: number, top: number): CardBlock => ({
    role: p.role,
    lines: p.lines,
    x,
    y: top + p.fontSize * ASCENT,
    fontSize: p.fontSize,
    lineHeight: p.fontSize * LINE,
    bold: p.bold,
  });
  const blocks: CardBlock[] = [];
  let y = margin;
  for (const p of head) {
    blocks.push(block(p, margin, y));
    y += height(p) + p.gapAfter;
  }
  let bottom = size.height - margin;
  const footBlocks: CardBlock[] = [];
  for (let j = footer.length - 1; j >= 0; j--) {
    const p = footer[j]!;
    const top = bottom - height(p);
    footBlocks.unshift(block(p, margin, top));
    bottom = top - (footer[j - 1]?.gapAfter ?? 0);
  }
  const plotTop = wide ? margin : y + 4;
  const plotBottom = bottom - 12;
  const plotX = wide ? margin + headWidth + 24 : margin;
  return {
    size,
    plot: {
      x: plotX,
      y: plotTop,
      width: size.width - margin - plotX,
      height: Math.max(0, plotBottom - plotTop),
    },
    blocks: [...blocks, ...footBlocks],
  };
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const INK: Record<CardRole, string> = {
  kicker: '#444444',
  headline: '#111111',
  caption: '#222222',
  counterfactual: '#8a3b00',
  assumption: '#222222',
  notes: '#333333',
  sources: '#333333',
  reference: '#555555',
};

function el(doc: Document, name: string, attrs: Record<string, string | number>): SVGElement {
  const node = doc.createElementNS(SVG_NS, name) as SVGElement;
  for (const [key, v] of Object.entries(attrs)) node.setAttribute(key, String(v));
  return node;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The plot's drawing size: CARD_PLOT_ZOOM smaller than its place on the card. */
export function cardPlotDrawSize(plot: Rect): { width: number; height: number } {
  return {
    width: Math.round(plot.width / CARD_PLOT_ZOOM),
    height: Math.round(plot.height / CARD_PLOT_ZOOM),
  };
}

/** Compose the card; `plotSvg` is drawn at cardPlotDrawSize(layout.plot) and scaled into place. */
export function frameCard(
  doc: Document,
  plotSvg: SVGSVGElement,
  meta: CardMeta,
  size: FigureSize,
): SVGSVGElement {
  const layout = cardLayout(meta, size);
  const svg = figureCanvas(doc, size, meta.title, meta.alt, figureMetadataJson(meta));
  for (const b of layout.blocks) {
    b.lines.forEach((line, i) => {
      const text = el(doc, 'text', {
        x: round(b.x),
        y: round(b.y + i * b.lineHeight),
        'font-size': b.fontSize,
        fill: INK[b.role],
        'data-role': b.role,
        ...(b.bold ? { 'font-weight': 'bold' } : {}),
      });
      text.textContent = line;
      svg.appendChild(text);
    });
  }
  const drawn = cardPlotDrawSize(layout.plot);
  plotSvg.setAttribute('viewBox', `0 0 ${drawn.width} ${drawn.height}`);
  plotSvg.setAttribute('x', String(round(layout.plot.x)));
  plotSvg.setAttribute('y', String(round(layout.plot.y)));
  plotSvg.setAttribute('width', String(round(layout.plot.width)));
  plotSvg.setAttribute('height', String(round(layout.plot.height)));
  // The plot's own accessible name would repeat the card's: the card's title and desc speak for it.
  plotSvg.removeAttribute('role');
  plotSvg.removeAttribute('aria-label');
  svg.appendChild(plotSvg);
  return svg;
}

export function cardSvg(
  doc: Document,
  draw: (doc: Document, size: { width: number; height: number }) => SVGSVGElement,
  meta: CardMeta,
  size: FigureSize,
): string {
  const drawn = cardPlotDrawSize(cardLayout(meta, size).plot);
  return serializeSvg(frameCard(doc, draw(doc, drawn), meta, size));
}
