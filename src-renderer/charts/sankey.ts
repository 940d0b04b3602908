/**
 * Who paid whom in one period, drawn from the transactions-flow matrix as a Sankey diagram.
 * In each row the negative cells (uses of funds) pay the positive cells (sources). Payers stand on
 * the left and receivers on the right: the circular flow of a textbook economy (households →
 * firms → households) would otherwise be a cycle, which a Sankey cannot draw.
 */
import { select } from 'd3';
import { sankey, sankeyLinkHorizontal, type SankeyGraph } from 'd3-sankey';
import { SAVING_ROW, type Matrix } from '../../models/accounting';
import { INK, MUTED, SERIES_COLOURS } from './palette';

/** The series palette with grey before sky blue: sky blue beside the first blue read as one colour. */
const SANKEY_COLOURS = [...SERIES_COLOURS.slice(0, 5), '#8c8c8c', SERIES_COLOURS[5]];
import { createSvg, spreadLabels } from './svg';
import { fixed } from '../format';

export interface PaymentFlow {
  row: string;
  from: string;
  to: string;
  amount: number;
}

export interface FlowOptions {
  /** Also the saving row and the "Δ instrument" rows: who financed whom by taking on which asset. */
  financial?: boolean;
}

export const isFinancialRow = (row: string) => row === SAVING_ROW || row.startsWith('Δ ');

/**
 * One flow per (payer, receiver) pair of each row. A row with several payers and several
 * receivers is shared out in proportion (each payer funds each receiver by its share of the
 * row's sources); rows with a single payer or receiver, all of the textbook's, come out exact.
 */
export function paymentFlows(m: Matrix, opts: FlowOptions = {}): PaymentFlow[] {
  const nC = m.columns.length;
  const sectors = m.columns.slice(0, -1);
  let scale = 0;
  for (const v of m.values) scale = Math.max(scale, Math.abs(v));
  const eps = 1e-9 * Math.max(1, scale);
  const flows: PaymentFlow[] = [];
  m.rows.forEach((row, r) => {
    if (!opts.financial && isFinancialRow(row)) return;
    const cells = sectors.map((_, c) => m.values[r * nC + c]!);
    const sources = cells.reduce((a, v) => (v > eps ? a + v : a), 0);
    if (sources <= eps) return;
    cells.forEach((use, i) => {
      if (use >= -eps) return;
      cells.forEach((src, j) => {
        if (src <= eps) return;
        flows.push({ row, from: sectors[i]!, to: sectors[j]!, amount: (-use * src) / sources });
      });
    });
  });
  return flows;
}

interface NodeDatum {
  id: string;
  label: string;
  side: 'pays' | 'receives';
}
interface LinkDatum {
  source: string;
  target: string;
  value: number;
  flow: PaymentFlow;
  colour: string;
}

const fmt = (v: number) => fixed(v, Math.abs(v) >= 100 ? 1 : 2);
const SIDE_MARGIN = 190;

export function drawSankey(
  doc: Document,
  m: Matrix,
  size: { width: number; height: number },
  opts: FlowOptions & { title?: string } = {},
): SVGSVGElement {
  const title = opts.title ?? 'Who paid whom';
  const svg = createSvg(doc, size.width, size.height, title);
  const root = select(svg);
  const flows = paymentFlows(m, opts);
  if (!flows.length) {
    root
      .append('text')
      .attr('x', size.width / 2)
      .attr('y', size.height / 2)
      .attr('text-anchor', 'middle')
      .attr('fill', MUTED)
      .text('No payments in this period');
    return svg;
  }
  // Colours go to the rows drawn, in matrix order: counting every row of the matrix made the
  // palette wrap, so two drawn rows (PC's Consumption and Taxes) got near-identical blues.
  const drawnRows = m.rows.filter((row) => flows.some((f) => f.row === row));
  const rowColour = new Map(drawnRows.map((row, i) => [row, SANKEY_COLOURS[i % SANKEY_COLOURS.length]!]));
  const used = (side: 'pays' | 'receives') =>
    m.columns.filter((c) => flows.some((f) => (side === 'pays' ? f.from : f.to) === c));
  const nodes: NodeDatum[] = [
    ...used('pays').map((c) => ({ id: `pays:${c}`, label: c, side: 'pays' as const })),
    ...used('receives').map((c) => ({ id: `receives:${c}`, label: c, side: 'receives' as const })),
  ];
  const links: LinkDatum[] = flows.map((f) => ({
    source: `pays:${f.from}`,
    target: `receives:${f.to}`,
    value: f.amount,
    flow: f,
    colour: rowColour.get(f.row)!,
  }));
  const top = 34;
  const layout = sankey<NodeDatum, LinkDatum>()
    .nodeId((n) => n.id)
    .nodeWidth(14)
    .nodePadding(22)
    // Keep the matrix's column order on both sides, so the picture reads like the table.
    .nodeSort((a, b) => m.columns.indexOf(a.label) - m.columns.indexOf(b.label))
    .extent([
      [SIDE_MARGIN, top],
      [size.width - SIDE_MARGIN, size.height - 10],
    ]);
  const graph: SankeyGraph<NodeDatum, LinkDatum> = layout({
    nodes: nodes.map((n) => ({ ...n })),
    links: links.map((l) => ({ ...l })),
  });

  root
    .append('g')
    .attr('class', 'headings')
    .attr('font-size', 12)
    .attr('fill', MUTED)
    .selectAll('text')
    .data([
      { x: SIDE_MARGIN + 7, anchor: 'end', text: 'Pays (uses of funds)' },
      { x: size.width - SIDE_MARGIN - 7, anchor: 'start', text: 'Receives (sources of funds)' },
    ])
    .join('text')
    .attr('x', (d) => d.x)
    .attr('y', 16)
    .attr('text-anchor', (d) => d.anchor)
    .text((d) => d.text);

  root
    .append('g')
    .attr('class', 'links')
    .attr('fill', 'none')
    .selectAll('path')
    .data(graph.links)
    .join('path')
    .attr('class', 'link')
    .attr('data-row', (d) => d.flow.row)
    .attr('data-amount', (d) => d.flow.amount)
    .attr('d', sankeyLinkHorizontal())
    .attr('stroke', (d) => d.colour)
    .attr('stroke-opacity', 0.45)
    .attr('stroke-width', (d) => Math.max(1, d.width ?? 1))
    .append('title')
    .text((d) => `${d.flow.from} → ${d.flow.to}: ${fmt(d.flow.amount)} (${d.flow.row})`);

  const node = root
    .append('g')
    .attr('class', 'nodes')
    .selectAll('g')
    .data(graph.nodes)
    .join('g')
    .attr('class', (d) => `node node-${d.side}`);
  node
    .append('rect')
    .attr('x', (d) => d.x0!)
    .attr('y', (d) => d.y0!)
    .attr('width', (d) => d.x1! - d.x0!)
    .attr('height', (d) => Math.max(1, d.y1! - d.y0!))
    .attr('fill', INK);
  node
    .append('text')
    .attr('x', (d) => (d.side === 'pays' ? d.x0! - 6 : d.x1! + 6))
    .attr('y', (d) => (d.y0! + d.y1!) / 2 + 4)
    .attr('text-anchor', (d) => (d.side === 'pays' ? 'end' : 'start'))
    .attr('fill', INK)
    .attr('font-weight', 'bold')
    .text((d) => `${d.label} ${fmt(d.value ?? 0)}`);

  // Each link is named where it leaves its payer; labels are spread so thin links stay readable.
  const leaving = graph.links.map((l) => l.y0!);
  const placed = spreadLabels(leaving, 13, top + 6, size.height - 14);
  root
    .append('g')
    .attr('class', 'link-labels')
    .attr('font-size', 11)
    .selectAll('text')
    .data(graph.links)
    .join('text')
    .attr('x', (d) => (d.source as NodeDatum & { x1?: number }).x1! + 6)
    .attr('y', (_, i) => placed[i]! + 4)
    .attr('fill', INK)
    .attr('stroke', 'white')
    .attr('stroke-width', 3)
    .attr('paint-order', 'stroke')
    .text((d) => `${d.flow.row} ${fmt(d.flow.amount)}`);
  return svg;
}
