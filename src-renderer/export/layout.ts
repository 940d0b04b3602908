/**
 * Where everything goes on an exported figure: title block on top, footer (sources, assumptions,
 * provenance) at the bottom, the plot in between. Pure arithmetic, so tests can check that
 * nothing leaves the canvas or overlaps at every export size.
 */
import { isoDate } from './dates';
import type { FigureMeta } from './metadata';
import { wrapText } from './text-metrics';
import { flattenText } from './text';

export interface FigureSize {
  width: number;
  height: number;
}

/** The on-screen chart (its PNG is drawn at 2×) and the social card, which is used at exactly this size. */
export const FIGURE_SIZES = {
  screen: { width: 960, height: 600 },
  card: { width: 1200, height: 675 },
} as const satisfies Record<string, FigureSize>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type BlockRole = 'title' | 'subtitle' | 'sources' | 'assumptions' | 'provenance';

export interface TextBlock {
  role: BlockRole;
  lines: string[];
  x: number;
  /** Baseline of the first line. */
  y: number;
  fontSize: number;
  lineHeight: number;
  bold: boolean;
}

export interface FigureLayout {
  size: FigureSize;
  plot: Rect;
  blocks: TextBlock[];
}

// DejaVu Sans's ascender and descender (hhea, per em): the real vertical extent of a line.
export const ASCENT = 0.928;
export const DESCENT = 0.236;
const LINE_HEIGHT = 1.3;
/** The plot keeps at least this share of the height; footers shrink or shorten first. */
const MIN_PLOT_SHARE = 0.45;
const FOOTER_SCALES = [1, 0.9, 0.8];

interface Paragraph {
  role: BlockRole;
  lines: string[];
  fontSize: number;
  bold: boolean;
}

function blockHeight(p: Paragraph): number {
  return p.fontSize * (ASCENT + DESCENT + (p.lines.length - 1) * LINE_HEIGHT);
}

function paragraph(role: BlockRole, text: string, width: number, fontSize: number, bold = false): Paragraph {
  // A scenario's name may hold line breaks; on a figure it is one run of text.
  return { role, lines: wrapText(flattenText(text), width, fontSize, bold), fontSize, bold };
}

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?:;)]$/.test(t) ? t : `${t}.`;
}

export function provenanceLine(meta: FigureMeta): string {
  const p = meta.provenance;
  const name = (meta.scenario as { name?: unknown } | null)?.name;
  const scenario = typeof name === 'string' && name ? `scenario “${name}”` : 'unnamed scenario';
  const preset = meta.preset ? ` (preset:${meta.preset})` : '';
  const seed = p.seed === null ? 'no seed (deterministic)' : `seed ${p.seed}`;
  return `${p.app} ${p.appVersion} · model ${p.model} ${p.modelVersion} · ${scenario}${preset} · ${seed} · ${meta.date ?? isoDate()}`;
}

function footerParagraphs(meta: FigureMeta, width: number, fontSize: number): Paragraph[] {
  const sources = meta.sources.length
    ? meta.sources.map(sentence).join(' ')
    : 'model output only; no external data.';
  const out = [paragraph('sources', `Sources: ${sources}`, width, fontSize)];
  if (meta.assumptions.length) {
    out.push(
      paragraph('assumptions', `Assumptions: ${meta.assumptions.map(sentence).join(' ')}`, width, fontSize),
    );
  }
  out.push(paragraph('provenance', provenanceLine(meta), width, fontSize * 0.9));
  return out;
}

function stackHeight(ps: Paragraph[], gap: number): number {
  return ps.reduce((h, p) => h + blockHeight(p), 0) + gap * Math.max(0, ps.length - 1);
}

/** Shorten the first paragraph of `role` to `keep` lines, saying where the full text is. */
function shorten(ps: Paragraph[], role: BlockRole, keep: number, width: number): boolean {
  const p = ps.find((q) => q.role === role);
  if (!p || p.lines.length <= keep) return false;
  const note = `… (${role} shortened: the full text is in this file's metadata)`;
  const noteLines = wrapText(note, width, p.fontSize);
  const next = [...p.lines.slice(0, Math.max(0, keep - noteLines.length)), ...noteLines];
  // Once only the note is left the block cannot get shorter; saying so ends the caller's loop.
  if (next.length >= p.lines.length) return false;
  p.lines = next;
  return true;
}

/** The head may not crowd out the plot: a subtitle past this many lines ends in an ellipsis. */
const MAX_SUBTITLE_LINES = 3;

function capLines(p: Paragraph, max: number, width: number): void {
  if (p.lines.length <= max) return;
  const kept = p.lines.slice(0, max);
  // Drop a word at a time (a character at a time inside one long token) until the line and its
  // ellipsis fit; every pass shortens the text, so the loop ends.
  let text = kept[max - 1]!;
  let last = `${text} …`;
  while (text.length > 1 && wrapText(last, width, p.fontSize, p.bold).length > 1) {
    const cut = text.lastIndexOf(' ');
    text = cut > 0 ? text.slice(0, cut) : text.slice(0, -1);
    last = `${text} …`;
  }
  p.lines = [...kept.slice(0, -1), last];
}

export function figureLayout(meta: FigureMeta, size: FigureSize): FigureLayout {
  const k = Math.max(0.6, Math.min(size.width / 960, size.height / 540));
  const margin = Math.round(24 * k);
  const inner = size.width - 2 * margin;

  const head: Paragraph[] = [paragraph('title', meta.title, inner, 24 * k, true)];
  if (meta.subtitle) {
    const subtitle = paragraph('subtitle', meta.subtitle, inner, 15 * k);
    capLines(subtitle, MAX_SUBTITLE_LINES, inner);
    head.push(subtitle);
  }
  const headGap = 6 * k;
  const plotGap = 14 * k;
  const headHeight = stackHeight(head, headGap);
  const footRoom = size.height - 2 * margin - headHeight - 2 * plotGap - size.height * MIN_PLOT_SHARE;

  let foot: Paragraph[] = [];
  let footGap = 0;
  for (const scale of FOOTER_SCALES) {
    foot = footerParagraphs(meta, inner, 12 * k * scale);
    footGap = 5 * k * scale;
    if (stackHeight(foot, footGap) <= footRoom) break;
  }
  // Still too tall at the smallest type: shorten assumptions, then sources, a line at a time.
  for (const role of ['assumptions', 'sources'] as const) {
    while (stackHeight(foot, footGap) > footRoom) {
      const p = foot.find((q) => q.role === role);
      if (!p || !shorten(foot, role, p.lines.length - 1, inner)) break;
    }
  }

  const blocks: TextBlock[] = [];
  let y = margin;
  for (const p of head) {
    blocks.push({ ...p, x: margin, y: y + p.fontSize * ASCENT, lineHeight: p.fontSize * LINE_HEIGHT });
    y += blockHeight(p) + headGap;
  }
  const plotTop = y - headGap + plotGap;
  let bottom = size.height - margin;
  const footBlocks: TextBlock[] = [];
  for (const p of [...foot].reverse()) {
    const top = bottom - blockHeight(p);
    footBlocks.unshift({
      ...p,
      x: margin,
      y: top + p.fontSize * ASCENT,
      lineHeight: p.fontSize * LINE_HEIGHT,
    });
    bottom = top - footGap;
  }
  const plotBottom = bottom + footGap - plotGap;
  return {
    size,
    plot: { x: margin, y: plotTop, width: inner, height: Math.max(0, plotBottom - plotTop) },
    blocks: [...blocks, ...footBlocks],
  };
}
