/**
 * A lesson step as an SVG slide body: the step's text, its prediction (as a question, or with
 * the accounts revealed), and per world the T-accounts of the sectors involved and the money
 * stock. Drawn into any document (the browser's, or linkedom's in the CLI); framed with title,
 * source and provenance by the export code like every other figure.
 */
import { LESSON_SCHEMA_VERSION, type LessonRun } from '../../models/lessons';
import { makeProvenance } from '../../models/provenance';
import { figureLayout, frameFigure, type FigureMeta } from '../export';
import type { TAccount, TLine } from '../views/textbook/tAccounts.ts';
import { wrapText } from '../export/text-metrics';
import { levelsAccount, money, postingTableOf, stepAccounts } from '../views/lessons/model';
import { SVG_NS, createSvg } from './svg';

const INK = '#1a1a1a';
const MUTED = '#5f6368';
const ACCENT = '#0072b2';
const FS = 15;
const LINE = 20;
const BOX_MIN = 440;

function text(
  doc: Document,
  parent: Element,
  x: number,
  y: number,
  content: string,
  attrs: Record<string, string | number> = {},
): void {
  const t = doc.createElementNS(SVG_NS, 'text');
  t.setAttribute('x', String(Math.round(x * 10) / 10));
  t.setAttribute('y', String(Math.round(y * 10) / 10));
  for (const [k, v] of Object.entries(attrs)) t.setAttribute(k, String(v));
  t.textContent = content;
  parent.appendChild(t);
}

function line(doc: Document, parent: Element, x1: number, y1: number, x2: number, y2: number, w = 1): void {
  const l = doc.createElementNS(SVG_NS, 'line');
  for (const [k, v] of Object.entries({ x1, y1, x2, y2 })) l.setAttribute(k, String(Math.round(v * 10) / 10));
  l.setAttribute('stroke', INK);
  l.setAttribute('stroke-width', String(w));
  parent.appendChild(l);
}

const signed = (v: number) => `${v < 0 ? '−' : '+'}${Math.abs(v).toFixed(2)}`;

/** One T-account at (x, y), `w` wide; returns its height. */
function drawTAccount(
  doc: Document,
  g: Element,
  a: TAccount,
  x: number,
  y: number,
  w: number,
  levels: boolean,
) {
  text(doc, g, x, y + FS, a.sector.label, { 'font-weight': 'bold', 'font-size': FS, fill: INK });
  const top = y + LINE + 4;
  text(doc, g, x, top + FS - 2, 'Assets', { 'font-size': FS - 2, fill: MUTED });
  text(doc, g, x + w / 2 + 6, top + FS - 2, 'Liabilities and net worth', {
    'font-size': FS - 2,
    fill: MUTED,
  });
  line(doc, g, x, top + LINE, x + w, top + LINE, 2);
  const nw = Math.abs(a.netWorthChange) > 1e-9;
  const labelWidth = w / 2 - 86;
  // Long instrument names wrap inside their half of the account instead of running into the next.
  const put = (lines: { amount: number; label: string }[], x0: number): number => {
    if (!lines.length) {
      text(doc, g, x0, top + LINE + FS + 2, levels ? 'nothing' : 'no change', {
        'font-size': FS - 1,
        fill: MUTED,
      });
      return 1;
    }
    let row = 0;
    for (const l of lines) {
      const yy = top + LINE + FS + 2 + row * LINE;
      text(doc, g, x0 + 70, yy, signed(l.amount), {
        'font-size': FS - 1,
        'text-anchor': 'end',
        fill: INK,
        'data-amount': l.amount,
      });
      wrapText(l.label, labelWidth, FS - 1).forEach((part, k) => {
        text(doc, g, x0 + 78, yy + k * LINE, part, { 'font-size': FS - 1, fill: INK });
        row = Math.max(row, row + (k > 0 ? 1 : 0));
      });
      row++;
    }
    return row;
  };
  const asLines = (ls: TLine[]) => ls.map((l) => ({ amount: l.amount, label: l.instrument }));
  const leftRows = put(asLines(a.assets), x + 4);
  const rightRows = put(
    [
      ...asLines(a.liabilities),
      ...(nw ? [{ amount: a.netWorthChange, label: levels ? 'net worth' : 'net worth (saving)' }] : []),
    ],
    x + w / 2 + 4,
  );
  const bottom = top + LINE + Math.max(leftRows, rightRows) * LINE + 8;
  line(doc, g, x + w / 2, top + LINE, x + w / 2, bottom, 2);
  const total = levels ? 'Total' : 'Change';
  text(doc, g, x + 4, bottom + FS, `${total} ${signed(a.assetsChange)}`, {
    'font-size': FS - 1,
    'font-weight': 'bold',
    fill: INK,
  });
  text(doc, g, x + w / 2 + 4, bottom + FS, `${total} ${signed(a.liabilitiesChange + a.netWorthChange)}`, {
    'font-size': FS - 1,
    'font-weight': 'bold',
    fill: INK,
  });
  return bottom + LINE + 4 - y;
}

/**
 * The step drawn `width` wide; its height follows the content, and the viewBox lets the frame
 * scale it into whatever room the figure leaves. `reveal: false` draws the prediction's question alone.
 */
export function drawLessonStep(
  doc: Document,
  run: LessonRun,
  step: number,
  width: number,
  reveal = true,
): SVGSVGElement {
  const lesson = run.lesson;
  const s = lesson.steps[step]!;
  const svg = createSvg(doc, width, 100, `${lesson.title}, step ${step + 1}`);
  const g = doc.createElementNS(SVG_NS, 'g');
  svg.appendChild(g);
  let y = 0;
  for (const l of wrapText(s.text, width, FS + 1)) {
    y += LINE + 2;
    text(doc, g, 0, y, l, { 'font-size': FS + 1, fill: INK, 'data-role': 'step-text' });
  }
  if (s.predict) {
    y += LINE + 10;
    for (const l of wrapText(`Predict first: ${s.predict.prompt}`, width, FS + 1, true)) {
      text(doc, g, 0, y, l, { 'font-size': FS + 1, 'font-weight': 'bold', fill: ACCENT });
      y += LINE + 2;
    }
  }
  if (!reveal) {
    svg.setAttribute('height', String(y + 10));
    svg.setAttribute('viewBox', `0 0 ${width} ${y + 10}`);
    return svg;
  }
  y += 16;
  const n = run.variants.length;
  const gap = 28;
  const colW = (width - gap * (n - 1)) / n;
  const perRow = Math.max(1, Math.floor((colW + 16) / (BOX_MIN + 16)));
  const boxW = (colW - 16 * (perRow - 1)) / perRow;
  let maxBottom = y;
  run.variants.forEach((v, k) => {
    const x0 = k * (colW + gap);
    let yy = y;
    if (v.title) {
      text(doc, g, x0, yy + FS + 2, v.title, { 'font-size': FS + 2, 'font-weight': 'bold', fill: ACCENT });
      yy += LINE + 12;
    }
    const r = v.steps[step]!;
    const group = s.consolidate;
    const accounts: TAccount[] = group
      ? [
          ...group.sectors.map((id) =>
            levelsAccount(
              v,
              r.after,
              v.sectors.find((x) => x.id === id)!,
              [id],
            ),
          ),
          levelsAccount(
            v,
            r.after,
            { id: 'consolidated', label: group.label, name: group.label },
            group.sectors,
          ),
        ]
      : stepAccounts(v, postingTableOf(v), step);
    for (let i = 0; i < accounts.length; i += perRow) {
      let rowH = 0;
      accounts.slice(i, i + perRow).forEach((a, j) => {
        rowH = Math.max(rowH, drawTAccount(doc, g, a, x0 + j * (boxW + 16), yy, boxW, !!group));
      });
      yy += rowH + 8;
    }
    if (!accounts.length) {
      text(doc, g, x0, yy + FS, 'No transactions in this step: nothing moves.', {
        'font-size': FS,
        fill: MUTED,
      });
      yy += LINE + 8;
    }
    const delta = r.moneyAfter - r.moneyBefore;
    const moneyText = `${lesson.money.label}: ${money(r.moneyAfter)}${Math.abs(delta) > 1e-9 ? ` (${money(delta, true)} in this step)` : ' (unchanged)'}`;
    for (const l of wrapText(moneyText, colW, FS, true)) {
      yy += LINE;
      text(doc, g, x0, yy, l, { 'font-size': FS, 'font-weight': 'bold', fill: INK, 'data-role': 'money' });
    }
    maxBottom = Math.max(maxBottom, yy + 10);
  });
  svg.setAttribute('height', String(Math.ceil(maxBottom)));
  svg.setAttribute('viewBox', `0 0 ${width} ${Math.ceil(maxBottom)}`);
  return svg;
}

/** 16:9, as slides are. */
export const SLIDE_SIZE = { width: 1600, height: 900 } as const;

export function lessonSlideMeta(run: LessonRun, step: number, date: string): FigureMeta {
  const { lesson } = run;
  const s = lesson.steps[step]!;
  const worlds = run.variants.map((v) => v.title).filter(Boolean);
  return {
    title: lesson.title,
    subtitle: `Step ${step + 1} of ${lesson.steps.length}: ${s.title}`,
    sources: [lesson.source],
    assumptions: [
      'Illustrative teaching amounts, posted on the app’s double-entry ledger and checked like every model period',
      'T-accounts show each step’s changes: + an asset, a liability or net worth that rose, − one that fell',
      ...(worlds.length ? [`Side by side: ${worlds.join(' | ')}`] : []),
    ],
    provenance: makeProvenance('lesson', `v${LESSON_SCHEMA_VERSION}`, lesson, null, []),
    scenario: { name: lesson.title, lesson },
    date,
  };
}

/** One step as a framed 16:9 slide (title, step, source, assumptions, provenance), in any document. */
export function lessonSlide(
  doc: Document,
  run: LessonRun,
  step: number,
  reveal: boolean,
  date: string,
): SVGSVGElement {
  const meta = lessonSlideMeta(run, step, date);
  const plotRect = figureLayout(meta, SLIDE_SIZE).plot;
  // Drawn narrower than the room and scaled up: slide type must be large; tall steps scale less.
  const plot = drawLessonStep(doc, run, step, Math.round(plotRect.width / 1.3), reveal);
  // Content shorter than the room sits at the top; taller content shrinks to fit.
  plot.setAttribute('preserveAspectRatio', 'xMinYMin meet');
  return frameFigure(doc, plot, meta, SLIDE_SIZE);
}
