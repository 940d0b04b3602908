/**
 * Who pays interest to whom: the interest rows of the agent-based economy's transactions-flow
 * matrices, summed by payer and receiver, as a share of GDP averaged over the quarters after the
 * burn-in, and drawn as a diagram of the five sectors with arrows as wide as the flows.
 *
 * Every row whose name starts with "Interest on" counts, so rows the model gains later (coupons to
 * households, mortgage interest) appear without a change here. In each row the sectors with
 * negative entries pay and those with positive entries receive; a row with several payers and
 * several receivers is shared out in proportion to each receiver's share of the row's receipts.
 */
import { formatNumber } from '../format';
import { select } from 'd3';
import { INK, MUTED } from './palette';
import { createSvg } from './svg';

/** A transactions-flow record as the model stores it: data[(period − 1)·rows·cols + row·cols + col]. */
export interface StoredFlows {
  rows: readonly string[];
  columns: readonly string[];
  data: ArrayLike<number>;
}

export interface InterestFlow {
  from: string;
  to: string;
  /** Mean over the window of (interest paid by `from` to `to` in the quarter ÷ that quarter's GDP). */
  share: number;
  /** The matrix rows it comes from, e.g. ["Interest on government bonds"]. */
  rows: string[];
}

export const INTEREST_ROW_PREFIX = 'Interest on';

/**
 * Payer → receiver flows of interest, as shares of GDP averaged over the last `quarters` quarters
 * (the summary's window: those after the burn-in). Pairs whose flow is zero are left out; the order
 * is by size, largest first.
 */
export function interestFlows(tf: StoredFlows, gdp: ArrayLike<number>, quarters: number): InterestFlow[] {
  const nR = tf.rows.length;
  const nC = tf.columns.length;
  const periods = Math.floor(tf.data.length / (nR * nC));
  const window = Math.max(0, Math.min(quarters, periods, gdp.length));
  const interestRows = tf.rows.flatMap((r, i) => (r.startsWith(INTEREST_ROW_PREFIX) ? [i] : []));
  const sums = new Map<string, { from: number; to: number; sum: number; rows: Set<string> }>();
  for (let t = periods - window; t < periods; t++) {
    const g = gdp[t]!;
    if (!(g > 0)) continue;
    const at = t * nR * nC;
    let scale = 0;
    for (let j = 0; j < nR * nC; j++) scale = Math.max(scale, Math.abs(tf.data[at + j]!));
    // Rounding residue of a row that nets to zero is not a payment.
    const eps = 1e-12 * Math.max(1, scale);
    for (const r of interestRows) {
      let receipts = 0;
      for (let c = 0; c < nC; c++) {
        const v = tf.data[at + r * nC + c]!;
        if (v > eps) receipts += v;
      }
      if (!(receipts > eps)) continue;
      for (let p = 0; p < nC; p++) {
        const paid = -tf.data[at + r * nC + p]!;
        if (!(paid > eps)) continue;
        for (let q = 0; q < nC; q++) {
          const got = tf.data[at + r * nC + q]!;
          if (!(got > eps)) continue;
          const key = `${p}>${q}`;
          const entry = sums.get(key) ?? { from: p, to: q, sum: 0, rows: new Set<string>() };
          entry.sum += (paid * got) / receipts / g;
          entry.rows.add(tf.rows[r]!);
          sums.set(key, entry);
        }
      }
    }
  }
  return [...sums.values()]
    .map((e) => ({
      from: tf.columns[e.from]!,
      to: tf.columns[e.to]!,
      share: window > 0 ? e.sum / window : 0,
      rows: [...e.rows],
    }))
    .filter((f) => f.share > 0)
    .sort((a, b) => b.share - a.share);
}

/** Interest each sector receives minus what it pays, as a share of GDP (same averaging). */
export function netInterest(flows: readonly InterestFlow[], sectors: readonly string[]): Map<string, number> {
  const net = new Map(sectors.map((s) => [s, 0]));
  for (const f of flows) {
    net.set(f.to, (net.get(f.to) ?? 0) + f.share);
    net.set(f.from, (net.get(f.from) ?? 0) - f.share);
  }
  return net;
}

/** "Interest on government bonds" → "government bonds": what an arrow's label names. */
export function flowWhat(f: InterestFlow): string {
  return f.rows.map((r) => r.slice(INTEREST_ROW_PREFIX.length).trim()).join(' + ');
}

/** The sectors, in the order they stand around the circle (clockwise from the top). */
export const INTEREST_SECTORS = ['Private banks', 'Public bank', 'Firms', 'Households', 'Government'];

export interface InterestScenario {
  id: string;
  label: string;
  colour: string;
  flows: readonly InterestFlow[];
}

/** Flows below this share of GDP are listed in the table but not drawn: a hairline says nothing. */
export const DRAW_THRESHOLD = 0.00005;
const MAX_WIDTH = 16;
const NODE_W = 104;
const NODE_H = 34;
const pct = (v: number) => `${(100 * v).toFixed(v >= 0.001 ? 2 : 3)}%`;
/** A sector's net interest, signed; what rounds to zero reads "net 0", never "−0.000%". */
const netLabel = (v: number) => {
  const text = formatNumber(100 * v, { digits: Math.abs(v) >= 0.001 ? 2 : 3, sign: true });
  return /^[0.]*$/.test(text) ? 'net 0' : `net ${text}%`;
};

/** Where the sectors stand in a w × h box: on an ellipse, so that no chord passes through a node. */
function nodePositions(w: number, h: number, top: number): Map<string, { x: number; y: number }> {
  const cx = w / 2;
  const cy = top + (h - top) / 2;
  const rx = w / 2 - NODE_W / 2 - 4;
  const ry = (h - top) / 2 - NODE_H / 2 - 4;
  return new Map(
    INTEREST_SECTORS.map((s, i) => {
      const a = -Math.PI / 2 + (i * 2 * Math.PI) / INTEREST_SECTORS.length;
      return [s, { x: cx + rx * Math.cos(a), y: cy + ry * Math.sin(a) }];
    }),
  );
}

/** Where a segment from the centre of a node toward (x, y) leaves the node's box. */
function boxExit(c: { x: number; y: number }, toward: { x: number; y: number }, pad: number) {
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  const sx = (NODE_W / 2 + pad) / Math.max(1e-9, Math.abs(dx));
  const sy = (NODE_H / 2 + pad) / Math.max(1e-9, Math.abs(dy));
  const s = Math.min(sx, sy, 1);
  return { x: c.x + dx * s, y: c.y + dy * s };
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const overlapArea = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

export interface InterestDiagramHandle {
  svg: SVGSVGElement;
  /** The label boxes drawn, for tests that they do not overlap. */
  labelBoxes: Box[];
}

/**
 * One scenario's diagram: the five sectors around an ellipse, one curved arrow per payer → receiver
 * pair (bent to the payer's right, so the two directions between a pair never share a line), its
 * width ∝ the flow on a scale shared by every diagram drawn with the same `maxShare`, labelled with
 * its value and what it pays for. Each sector shows its net interest received.
 */
export function drawInterestDiagram(
  doc: Document,
  scenario: InterestScenario,
  size: { width: number; height: number },
  maxShare: number,
): InterestDiagramHandle {
  const { width, height } = size;
  const svg = createSvg(doc, width, height, `Who pays interest to whom: ${scenario.label}`);
  svg.setAttribute('class', `interest-diagram interest-${scenario.id}`);
  const root = select(svg);
  root
    .append('text')
    .attr('class', 'diagram-title')
    .attr('x', 4)
    .attr('y', 14)
    .attr('font-size', 12)
    .attr('font-weight', 'bold')
    .attr('fill', scenario.colour)
    .text(scenario.label);

  const pos = nodePositions(width, height, 22);
  const widthOf = (share: number) => Math.max(1.2, (MAX_WIDTH * share) / Math.max(maxShare, 1e-12));
  const drawn = scenario.flows.filter((f) => f.share >= DRAW_THRESHOLD && pos.has(f.from) && pos.has(f.to));
  const nodeBoxes: Box[] = [...pos.values()].map((p) => ({
    x: p.x - NODE_W / 2,
    y: p.y - NODE_H / 2,
    w: NODE_W,
    h: NODE_H,
  }));
  const labelBoxes: Box[] = [];
  const arrows = root.append('g').attr('class', 'arrows');
  const labels = root.append('g').attr('class', 'flow-labels');
  // Geometry of every arrow first, so each label can keep clear of all the others' arrows.
  const curves = drawn.map((f) => {
    const a = pos.get(f.from)!;
    const b = pos.get(f.to)!;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy);
    // Bend to the right of the direction of travel: A→B and B→A curve apart.
    const bend = Math.min(40, 0.18 * len);
    const nx = -dy / len;
    const ny = dx / len;
    const ctrl = { x: (a.x + b.x) / 2 + nx * bend, y: (a.y + b.y) / 2 + ny * bend };
    const w = widthOf(f.share);
    const start = boxExit(a, ctrl, 2);
    const tip = boxExit(b, ctrl, 2);
    const at = (t: number) => ({
      x: (1 - t) ** 2 * start.x + 2 * (1 - t) * t * ctrl.x + t * t * tip.x,
      y: (1 - t) ** 2 * start.y + 2 * (1 - t) * t * ctrl.y + t * t * tip.y,
    });
    const samples = Array.from({ length: 25 }, (_, k) => at(k / 24));
    return { f, nx, ny, ctrl, w, start, tip, at, samples };
  });
  const covers = (box: Box, k: number) => {
    let n = 0;
    curves.forEach((c, j) => {
      if (j === k) return;
      const m = c.w / 2 + 1;
      for (const p of c.samples)
        if (p.x > box.x - m && p.x < box.x + box.w + m && p.y > box.y - m && p.y < box.y + box.h + m) n++;
    });
    return n;
  };
  curves.forEach((c, k) => {
    const { f, nx, ny, ctrl, w, start, tip, at } = c;
    // The head is drawn apart from the stroke (a marker would scale with the stroke's width).
    const head = 6 + 1.1 * w;
    const ux = tip.x - ctrl.x;
    const uy = tip.y - ctrl.y;
    const ul = Math.hypot(ux, uy) || 1;
    const end = { x: tip.x - (ux / ul) * head * 0.8, y: tip.y - (uy / ul) * head * 0.8 };
    const half = 3 + 0.75 * w;
    const path = arrows
      .append('path')
      .attr('class', 'flow')
      .attr('data-from', f.from)
      .attr('data-to', f.to)
      .attr('data-share', String(f.share))
      .attr('d', `M${start.x},${start.y}Q${ctrl.x},${ctrl.y} ${end.x},${end.y}`)
      .attr('fill', 'none')
      .attr('stroke', scenario.colour)
      .attr('stroke-width', w);
    path.append('title').text(`${f.from} → ${f.to}: ${pct(f.share)} of GDP (${flowWhat(f)})`);
    const bx = tip.x - (ux / ul) * head;
    const by = tip.y - (uy / ul) * head;
    arrows
      .append('path')
      .attr('class', 'flow-head')
      .attr(
        'd',
        `M${tip.x},${tip.y}L${bx + (-uy / ul) * half},${by + (ux / ul) * half}L${bx - (-uy / ul) * half},${by - (ux / ul) * half}Z`,
      )
      .attr('fill', scenario.colour);
    // The label: on its own arrow or just beside it, where it hides no other label, node or arrow
    // (failing that, the free place that hides the fewest points of other arrows).
    const text1 = pct(f.share);
    const text2 = flowWhat(f);
    const boxW = 6.2 * Math.max(text1.length, Math.min(text2.length, 26)) + 8;
    const boxH = 26;
    let box: Box | null = null;
    let anchor = at(0.5);
    let fewest = Infinity;
    for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75]) {
      const p = at(t);
      for (const off of [0, w / 2 + 4 + boxH / 2, -(w / 2 + 4 + boxH / 2), w / 2 + 20 + boxH / 2]) {
        const cand = {
          x: Math.min(width - boxW - 2, Math.max(2, p.x + nx * off - boxW / 2)),
          y: Math.min(height - boxH - 2, Math.max(20, p.y + ny * off - boxH / 2)),
          w: boxW,
          h: boxH,
        };
        if ([...labelBoxes, ...nodeBoxes].some((o) => overlaps(o, cand))) continue;
        const n = covers(cand, k);
        if (n < fewest) {
          fewest = n;
          box = cand;
          anchor = p;
        }
        if (n === 0) break;
      }
      if (fewest === 0) break;
    }
    // Crowded (many flows in a short diagram): every place beside the arrow hides a label or a
    // node. Search wider along and across the arrow for a place that hides neither, else the one
    // that hides least of them, so that no label is printed over another.
    if (!box) {
      let least = Infinity;
      for (let t = 0.1; t <= 0.9; t += 0.05) {
        const p = at(t);
        for (const off of [0, 0.5, -0.5, 1, -1, 1.5, -1.5, 2, -2].map((m) => m * (w / 2 + 4 + boxH))) {
          const cand = {
            x: Math.min(width - boxW - 2, Math.max(2, p.x + nx * off - boxW / 2)),
            y: Math.min(height - boxH - 2, Math.max(20, p.y + ny * off - boxH / 2)),
            w: boxW,
            h: boxH,
          };
          const hidden =
            1e6 * [...labelBoxes, ...nodeBoxes].reduce((a, o) => a + overlapArea(o, cand), 0) +
            covers(cand, k);
          if (hidden < least) {
            least = hidden;
            box = cand;
            anchor = p;
          }
        }
      }
    }
    box ??= {
      x: Math.min(width - boxW - 2, Math.max(2, anchor.x - boxW / 2)),
      y: Math.min(height - boxH - 2, Math.max(20, anchor.y - boxH / 2)),
      w: boxW,
      h: boxH,
    };
    labelBoxes.push(box);
    const g = labels.append('g').attr('class', 'flow-label');
    // A label off its arrow points at it, so no reader has to guess which arrow it names.
    const cx = Math.min(box.x + box.w, Math.max(box.x, anchor.x));
    const cy = Math.min(box.y + box.h, Math.max(box.y, anchor.y));
    if (Math.hypot(cx - anchor.x, cy - anchor.y) > w / 2 + 2)
      g.append('line')
        .attr('class', 'leader')
        .attr('x1', cx)
        .attr('y1', cy)
        .attr('x2', anchor.x)
        .attr('y2', anchor.y)
        .attr('stroke', INK)
        .attr('stroke-width', 0.8);
    g.append('rect')
      .attr('x', box.x)
      .attr('y', box.y)
      .attr('width', box.w)
      .attr('height', box.h)
      .attr('rx', 3)
      .attr('fill', '#ffffff')
      .attr('fill-opacity', 0.88);
    g.append('text')
      .attr('x', box.x + box.w / 2)
      .attr('y', box.y + 11)
      .attr('text-anchor', 'middle')
      .attr('font-size', 11)
      .attr('font-weight', 'bold')
      .attr('fill', INK)
      .text(text1);
    g.append('text')
      .attr('x', box.x + box.w / 2)
      .attr('y', box.y + 23)
      .attr('text-anchor', 'middle')
      .attr('font-size', 10)
      .attr('fill', MUTED)
      .text(text2.length > 26 ? `${text2.slice(0, 25)}…` : text2);
  });

  const net = netInterest(scenario.flows, INTEREST_SECTORS);
  const nodes = root.append('g').attr('class', 'sectors');
  for (const s of INTEREST_SECTORS) {
    const p = pos.get(s)!;
    const g = nodes.append('g').attr('class', 'sector').attr('data-sector', s);
    g.append('rect')
      .attr('x', p.x - NODE_W / 2)
      .attr('y', p.y - NODE_H / 2)
      .attr('width', NODE_W)
      .attr('height', NODE_H)
      .attr('rx', 5)
      .attr('fill', '#f4f4f4')
      .attr('stroke', INK);
    g.append('text')
      .attr('x', p.x)
      .attr('y', p.y - 3)
      .attr('text-anchor', 'middle')
      .attr('font-size', 11)
      .attr('font-weight', 'bold')
      .attr('fill', INK)
      .text(s);
    const v = net.get(s) ?? 0;
    g.append('text')
      .attr('class', 'net')
      .attr('x', p.x)
      .attr('y', p.y + 11)
      .attr('text-anchor', 'middle')
      .attr('font-size', 10)
      .attr('fill', MUTED)
      .text(netLabel(v));
  }
  return { svg, labelBoxes };
}

/** Every scenario's diagram side by side (a grid when they do not fit a row), on one width scale. */
export function drawInterestDiagrams(
  doc: Document,
  scenarios: readonly InterestScenario[],
  size: { width: number; height: number },
): SVGSVGElement {
  const svg = createSvg(
    doc,
    size.width,
    size.height,
    `Who pays interest to whom: ${scenarios.map((s) => s.label).join(' vs ')}`,
  );
  svg.setAttribute('class', 'interest-diagrams');
  const maxShare = sharedMax(scenarios);
  const n = Math.max(1, scenarios.length);
  const columns = n <= 2 ? n : size.width / size.height >= 2.4 ? n : 2;
  const rows = Math.ceil(n / columns);
  const note = 16;
  const w = Math.floor(size.width / columns);
  const h = Math.floor((size.height - note) / rows);
  scenarios.forEach((s, k) => {
    const child = drawInterestDiagram(doc, s, { width: w - 8, height: h - 6 }, maxShare).svg;
    child.setAttribute('x', String((k % columns) * w));
    child.setAttribute('y', String(Math.floor(k / columns) * h));
    svg.appendChild(child);
  });
  select(svg)
    .append('text')
    .attr('x', 4)
    .attr('y', size.height - 4)
    .attr('font-size', 10)
    .attr('fill', MUTED)
    .text(DIAGRAM_NOTE);
  return svg;
}

export const DIAGRAM_NOTE =
  'Arrow widths ∝ interest paid, % of GDP, mean over the quarters after the burn-in; net = received − paid; flows under 0.005% of GDP are counted but not drawn.';

/** The largest flow across scenarios: every diagram draws widths on this one scale. */
export function sharedMax(scenarios: readonly InterestScenario[]): number {
  let m = 0;
  for (const s of scenarios) for (const f of s.flows) m = Math.max(m, f.share);
  return m;
}
