/**
 * The money stock by origin: its counterparts on the banks' and the public bank's balance sheets
 * (models/abm/moneyOrigin.ts derives the identity), stacked over the quarters as a share of annual
 * GDP. Counterparts that add to the money stock stand above zero; those that subtract from it (the
 * banks' equity, a government account in credit) hang below it, and the money stock itself is the
 * line, so the bands above minus the bands below meet it every quarter. Anything the parts do not
 * explain is drawn as its own hatched "residual" band rather than hidden.
 */
import { area, axisBottom, axisLeft, format, line, scaleLinear, select } from 'd3';
import type { RunResult } from '../../models/result';
import { GRID, INK, MUTED } from './palette';
import { createSvg, spreadLabels } from './svg';

export interface MoneyOrigin {
  id: string;
  /** The model column, and the sign it enters the money stock with. */
  column: string;
  sign: 1 | -1;
  /** Short, for the direct label; `name` is the legend's and the table's. */
  label: string;
  name: string;
  colour: string;
  /** Hatched as well as coloured: the bands that subtract, and the residual. */
  hatch?: boolean;
}

export const MONEY_ORIGINS: readonly MoneyOrigin[] = [
  {
    id: 'mortgages',
    column: 'money_from_mortgages',
    sign: 1,
    label: 'Mortgages',
    name: 'Mortgages from private banks',
    colour: '#56B4E9',
  },
  {
    id: 'firm_loans',
    column: 'money_from_firm_loans',
    sign: 1,
    label: 'Firm loans',
    name: 'Firm loans from private banks',
    colour: '#0072B2',
  },
  {
    id: 'public_bank_credit',
    column: 'money_from_public_bank_credit',
    sign: 1,
    label: 'Public-bank credit',
    name: 'Public-bank loans to firms and households',
    colour: '#009E73',
  },
  {
    id: 'public_spending',
    column: 'money_from_public_spending',
    sign: 1,
    label: 'Public money spent',
    name: 'Government spending of public money (public-bank bonds + debt-free credits)',
    colour: '#E69F00',
  },
  {
    id: 'bank_bonds',
    column: 'money_from_bank_bonds',
    sign: 1,
    label: 'Bank-held bonds',
    name: 'Government bonds held by private banks',
    colour: '#D55E00',
  },
  {
    id: 'other',
    column: 'money_from_other_net',
    sign: 1,
    label: 'Other, net',
    name: "Other, net (− government account − public bank's own capital)",
    colour: '#CC79A7',
  },
  {
    id: 'bank_equity',
    column: 'bank_equity',
    sign: -1,
    label: 'Bank equity (−)',
    name: "Less: private banks' equity",
    colour: '#8c8c8c',
    hatch: true,
  },
];

export const RESIDUAL: MoneyOrigin = {
  id: 'residual',
  column: '',
  sign: 1,
  label: 'Residual',
  name: 'Residual: money the parts above do not explain',
  colour: '#1a1a1a',
  hatch: true,
};

export interface MoneyOriginSeries {
  index: Float64Array;
  /** Each origin's signed contribution to the money stock, % of annual GDP. */
  parts: Record<string, Float64Array>;
  money: Float64Array;
  /** money − Σ parts, % of annual GDP (zero to rounding while the identity holds). */
  residual: Float64Array;
  /** Whether the residual is large enough to draw (more than 1e-6 of the money stock somewhere). */
  hasResidual: boolean;
}

/** A run's money stock by origin, or null for a model version without the columns. */
export function moneyOriginSeries(r: Pick<RunResult, 'index' | 'columns'>): MoneyOriginSeries | null {
  const gdp = r.columns.gdp_nominal;
  const money = r.columns.money_stock;
  if (!gdp || !money || MONEY_ORIGINS.some((o) => !r.columns[o.column])) return null;
  const n = r.index.length;
  const pct = (v: number, i: number) => (100 * v) / (4 * gdp[i]!);
  const parts: Record<string, Float64Array> = {};
  for (const o of MONEY_ORIGINS) {
    const c = r.columns[o.column]!;
    parts[o.id] = Float64Array.from({ length: n }, (_, i) => pct(o.sign * c[i]!, i));
  }
  const m = Float64Array.from({ length: n }, (_, i) => pct(money[i]!, i));
  const residual = Float64Array.from(
    m,
    (v, i) => v - MONEY_ORIGINS.reduce((a, o) => a + parts[o.id]![i]!, 0),
  );
  let worst = 0;
  let scale = 0;
  for (let i = 0; i < n; i++) {
    worst = Math.max(worst, Math.abs(residual[i]!));
    scale = Math.max(scale, Math.abs(m[i]!));
  }
  return { index: r.index, parts, money: m, residual, hasResidual: worst > 1e-6 * Math.max(1, scale) };
}

/** The bands a series draws, in stacking order (the residual only when it is not rounding). */
export function originsOf(s: MoneyOriginSeries): MoneyOrigin[] {
  return s.hasResidual ? [...MONEY_ORIGINS, RESIDUAL] : [...MONEY_ORIGINS];
}

function partValues(s: MoneyOriginSeries, o: MoneyOrigin): Float64Array {
  return o.id === RESIDUAL.id ? s.residual : s.parts[o.id]!;
}

interface Band {
  origin: MoneyOrigin;
  side: 'above' | 'below';
  lower: Float64Array;
  upper: Float64Array;
}

/**
 * Diverging stack: positive contributions pile up from zero, negative ones down from zero, in the
 * same order on both sides. A part that changes sign has a band on each side (zero-high where it
 * has the other sign), so no band ever cuts across the stack.
 */
export function stackOrigins(s: MoneyOriginSeries): Band[] {
  const n = s.index.length;
  const pos = new Float64Array(n);
  const neg = new Float64Array(n);
  let scale = 0;
  for (const m of s.money) scale = Math.max(scale, Math.abs(m));
  const eps = 1e-9 * Math.max(1, scale);
  return originsOf(s).flatMap((o) => {
    const v = partValues(s, o);
    const bands: Band[] = [];
    if (v.some((x) => x > eps)) {
      const lower = Float64Array.from(pos);
      for (let i = 0; i < n; i++) pos[i]! += Math.max(0, v[i]!);
      bands.push({ origin: o, side: 'above', lower, upper: Float64Array.from(pos) });
    }
    if (v.some((x) => x < -eps)) {
      const upper = Float64Array.from(neg);
      for (let i = 0; i < n; i++) neg[i]! += Math.min(0, v[i]!);
      bands.push({ origin: o, side: 'below', lower: Float64Array.from(neg), upper });
    }
    return bands;
  });
}

export interface MoneyOriginScenario {
  id: string;
  label: string;
  colour: string;
  series: MoneyOriginSeries;
}

/** The vertical range every panel shares, so scenarios compare at a glance. */
export function sharedDomain(scenarios: readonly MoneyOriginScenario[]): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const s of scenarios) {
    for (const b of stackOrigins(s.series)) {
      for (const v of b.lower) if (Number.isFinite(v)) lo = Math.min(lo, v);
      for (const v of b.upper) if (Number.isFinite(v)) hi = Math.max(hi, v);
    }
    for (const v of s.series.money) if (Number.isFinite(v)) hi = Math.max(hi, v);
  }
  return [lo, hi > lo ? hi : lo + 1];
}

const MARGIN = { left: 46, top: 34, bottom: 22 };
const LABEL_W = 132;
const LINE_STEP = 12;

function hatchId(scenarioId: string, o: MoneyOrigin): string {
  return `hatch-${scenarioId}-${o.id}`;
}

function addHatch(defs: ReturnType<typeof select<SVGDefsElement, unknown>>, id: string, colour: string) {
  const p = defs
    .append('pattern')
    .attr('id', id)
    .attr('patternUnits', 'userSpaceOnUse')
    .attr('width', 6)
    .attr('height', 6)
    .attr('patternTransform', 'rotate(45)');
  p.append('rect').attr('width', 6).attr('height', 6).attr('fill', colour).attr('fill-opacity', 0.35);
  p.append('line')
    .attr('x1', 0)
    .attr('y1', 0)
    .attr('x2', 0)
    .attr('y2', 6)
    .attr('stroke', colour)
    .attr('stroke-width', 2);
}

export interface MoneyOriginHandle {
  svg: SVGSVGElement;
  plot: { left: number; top: number; width: number; height: number };
  xPixel(q: number): number;
  quarterAt(px: number): number;
}

/** One scenario's stacked bands, the money stock as a line, and direct labels at the right. */
export function drawMoneyOriginPanel(
  doc: Document,
  scenario: MoneyOriginScenario,
  size: { width: number; height: number },
  domain: [number, number],
): MoneyOriginHandle {
  const s = scenario.series;
  const svg = createSvg(doc, size.width, size.height, `Money stock by origin: ${scenario.label}`);
  svg.setAttribute('class', `money-origin-panel money-origin-${scenario.id}`);
  const root = select(svg);
  const defs = root.append('defs') as unknown as ReturnType<typeof select<SVGDefsElement, unknown>>;
  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    width: Math.max(40, size.width - MARGIN.left - LABEL_W),
    height: Math.max(30, size.height - MARGIN.top - MARGIN.bottom),
  };
  root
    .append('text')
    .attr('x', 4)
    .attr('y', 13)
    .attr('font-size', 12)
    .attr('font-weight', 'bold')
    .attr('fill', scenario.colour)
    .text(scenario.label);
  root
    .append('text')
    .attr('x', 4)
    .attr('y', 27)
    .attr('font-size', 11)
    .attr('fill', MUTED)
    .text('counterparts of the money stock, % of annual GDP');
  const xs = s.index;
  const x0 = xs[0] ?? 0;
  const x1 = xs.at(-1) ?? 1;
  const x = scaleLinear()
    .domain([x0, Math.max(x1, x0 + 1)])
    .range([plot.left, plot.left + plot.width]);
  const y = scaleLinear()
    .domain(domain)
    .nice()
    .range([plot.top + plot.height, plot.top]);
  const [d0, d1] = y.domain() as [number, number];
  const yFormat = Math.abs(d1 - d0) >= 20 ? format(',.0f') : format(',.1~f');
  root
    .append('g')
    .attr('class', 'grid')
    .selectAll('line')
    .data(y.ticks(5))
    .join('line')
    .attr('x1', plot.left)
    .attr('x2', plot.left + plot.width)
    .attr('y1', (d) => y(d))
    .attr('y2', (d) => y(d))
    .attr('stroke', GRID);

  const bands = stackOrigins(s);
  const gen = area<number>()
    .x((i) => x(xs[i]!))
    .y0((i) => y(bands[0]!.lower[i]!))
    .y1((i) => y(bands[0]!.upper[i]!));
  const idx = Array.from({ length: xs.length }, (_, i) => i);
  const g = root.append('g').attr('class', 'bands');
  const hatched = new Set<string>();
  for (const b of bands) {
    let fill = b.origin.colour;
    if (b.origin.hatch) {
      const id = hatchId(scenario.id, b.origin);
      if (!hatched.has(id)) addHatch(defs, id, b.origin.colour);
      hatched.add(id);
      fill = `url(#${id})`;
    }
    gen.y0((i) => y(b.lower[i]!)).y1((i) => y(b.upper[i]!));
    g.append('path')
      .attr('class', `band origin-${b.origin.id}`)
      .attr('data-origin', b.origin.id)
      .attr('data-side', b.side)
      .attr('d', gen(idx) ?? '')
      .attr('fill', fill)
      .attr('fill-opacity', b.origin.hatch ? 1 : 0.85)
      .attr('stroke', '#ffffff')
      .attr('stroke-width', 0.5)
      .append('title')
      .text(b.origin.name);
  }
  root
    .append('line')
    .attr('x1', plot.left)
    .attr('x2', plot.left + plot.width)
    .attr('y1', y(0))
    .attr('y2', y(0))
    .attr('stroke', INK)
    .attr('stroke-width', 0.8);
  root
    .append('path')
    .attr('class', 'money-line')
    .attr(
      'd',
      line<number>()
        .defined((v) => Number.isFinite(v))
        .x((_, i) => x(xs[i]!))
        .y((v) => y(v))(Array.from(s.money)) ?? '',
    )
    .attr('fill', 'none')
    .attr('stroke', INK)
    .attr('stroke-width', 2)
    .append('title')
    .text('Money stock (deposits of households and firms)');

  root
    .append('g')
    .attr('class', 'x-axis')
    .attr('transform', `translate(0,${plot.top + plot.height})`)
    .call(
      axisBottom(x)
        .ticks(Math.max(2, Math.min(6, Math.floor(plot.width / 55))))
        .tickFormat((d) => String(Math.round(Number(d)))),
    );
  root
    .append('g')
    .attr('class', 'y-axis')
    .attr('transform', `translate(${plot.left},0)`)
    .call(
      axisLeft(y)
        .ticks(5)
        .tickFormat((d) => yFormat(Number(d))),
    );
  root
    .append('text')
    .attr('x', plot.left - 6)
    .attr('y', plot.top + plot.height + 18)
    .attr('text-anchor', 'end')
    .attr('font-size', 10)
    .attr('fill', MUTED)
    .text('quarter');
  root.selectAll('.x-axis, .y-axis').attr('font-family', null).attr('font-size', null);
  root.selectAll('.x-axis text, .y-axis text').attr('fill', INK).attr('font-size', 10);
  root.selectAll('.x-axis path, .x-axis line, .y-axis path, .y-axis line').attr('stroke', MUTED);

  // Direct labels at the right: the money stock, then each band visible in the last quarter, at
  // its middle, spread so none overlap.
  const last = xs.length - 1;
  const labelled: { text: string; colour: string; y: number }[] = [];
  if (last >= 0) {
    labelled.push({ text: 'Money stock', colour: INK, y: y(s.money[last]!) });
    for (const b of bands) {
      const h = Math.abs(y(b.lower[last]!) - y(b.upper[last]!));
      if (h < 1) continue;
      labelled.push({
        text: b.origin.label,
        colour: b.origin.id === 'other' || b.origin.hatch ? INK : b.origin.colour,
        y: (y(b.lower[last]!) + y(b.upper[last]!)) / 2,
      });
    }
  }
  const placed = spreadLabels(
    labelled.map((l) => l.y),
    LINE_STEP + 1,
    plot.top + 4,
    plot.top + plot.height,
  );
  const lab = root.append('g').attr('class', 'origin-labels');
  labelled.forEach((l, k) => {
    lab
      .append('line')
      .attr('x1', plot.left + plot.width + 1)
      .attr('x2', plot.left + plot.width + 6)
      .attr('y1', l.y)
      .attr('y2', placed[k]!)
      .attr('stroke', MUTED);
    lab
      .append('text')
      .attr('class', 'origin-label')
      .attr('x', plot.left + plot.width + 8)
      .attr('y', placed[k]! + 4)
      .attr('font-size', 10.5)
      .attr('font-weight', 'bold')
      .attr('fill', l.colour)
      .text(l.text);
  });
  const [q0, q1] = x.domain() as [number, number];
  return {
    svg,
    plot,
    xPixel: (q) => x(q),
    quarterAt: (px) => Math.round(Math.min(q1, Math.max(q0, x.invert(px)))),
  };
}

const LEGEND_ROW = 17;
const LEGEND_CHAR = 6.4;

/** Swatches (hatched where the band is) and full names, in rows that wrap at the width. */
export function drawMoneyOriginLegend(
  doc: Document,
  width: number,
  origins: readonly MoneyOrigin[] = MONEY_ORIGINS,
  /** Origins that are zero throughout: named as such, so an absent band is not taken for a bug. */
  absent: ReadonlySet<string> = new Set(),
): SVGSVGElement {
  const items = [
    {
      name: 'Money stock (the line: bands above zero minus bands below)',
      colour: INK,
      hatch: false,
      line: true,
    },
    ...origins.map((o) => ({
      name: absent.has(o.id) ? `${o.name} (none in these runs)` : o.name,
      colour: o.colour,
      hatch: !!o.hatch,
      line: false,
    })),
  ];
  let x = 4;
  let row = 0;
  const placed = items.map((it) => {
    const w = 22 + it.name.length * LEGEND_CHAR + 14;
    if (x > 4 && x + w > width) {
      x = 4;
      row++;
    }
    const at = { x, y: 12 + row * LEGEND_ROW };
    x += w;
    return at;
  });
  const height = 12 + row * LEGEND_ROW + 8;
  const svg = createSvg(doc, width, height, 'Legend: money stock by origin');
  svg.setAttribute('class', 'money-origin-legend');
  const root = select(svg);
  const defs = root.append('defs') as unknown as ReturnType<typeof select<SVGDefsElement, unknown>>;
  items.forEach((it, k) => {
    const { x: lx, y: ly } = placed[k]!;
    const g = root.append('g').attr('class', 'legend-item');
    if (it.line) {
      g.append('line')
        .attr('x1', lx)
        .attr('x2', lx + 16)
        .attr('y1', ly - 4)
        .attr('y2', ly - 4)
        .attr('stroke', it.colour)
        .attr('stroke-width', 2.5);
    } else {
      let fill = it.colour;
      if (it.hatch) {
        const id = `legend-hatch-${k}`;
        addHatch(defs, id, it.colour);
        fill = `url(#${id})`;
      }
      g.append('rect')
        .attr('x', lx)
        .attr('y', ly - 10)
        .attr('width', 16)
        .attr('height', 11)
        .attr('fill', fill)
        .attr('fill-opacity', it.hatch ? 1 : 0.85);
    }
    g.append('text')
      .attr('x', lx + 22)
      .attr('y', ly)
      .attr('font-size', 11)
      .attr('fill', INK)
      .text(it.name);
  });
  return svg;
}

/** Origins that are exactly zero in every quarter of every scenario. */
export function absentOrigins(scenarios: readonly MoneyOriginScenario[]): Set<string> {
  return new Set(
    MONEY_ORIGINS.filter((o) => scenarios.every((s) => s.series.parts[o.id]!.every((v) => v === 0))).map(
      (o) => o.id,
    ),
  );
}

/** Every scenario's panel (side by side, or a grid), on one vertical scale, under one legend. */
export function drawMoneyOriginChart(
  doc: Document,
  scenarios: readonly MoneyOriginScenario[],
  size: { width: number; height: number },
): SVGSVGElement {
  const svg = createSvg(
    doc,
    size.width,
    size.height,
    `Money stock by origin: ${scenarios.map((s) => s.label).join(' vs ')}`,
  );
  svg.setAttribute('class', 'money-origin-chart');
  const withResidual = scenarios.some((s) => s.series.hasResidual);
  const legend = drawMoneyOriginLegend(
    doc,
    size.width,
    withResidual ? [...MONEY_ORIGINS, RESIDUAL] : MONEY_ORIGINS,
    absentOrigins(scenarios),
  );
  svg.appendChild(legend);
  const top = Number(legend.getAttribute('height'));
  const n = Math.max(1, scenarios.length);
  const columns = n <= 2 ? n : size.width / (size.height - top) >= 2.4 ? n : 2;
  const rows = Math.ceil(n / columns);
  const w = Math.floor(size.width / columns);
  const h = Math.floor((size.height - top) / rows);
  const domain = sharedDomain(scenarios);
  scenarios.forEach((s, k) => {
    const child = drawMoneyOriginPanel(doc, s, { width: w - 8, height: h - 6 }, domain).svg;
    child.setAttribute('x', String((k % columns) * w));
    child.setAttribute('y', String(top + Math.floor(k / columns) * h));
    svg.appendChild(child);
  });
  return svg;
}
