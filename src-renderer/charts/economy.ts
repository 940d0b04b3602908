/**
 * The agent-based economy's small multiples: up to four scenarios on the same axes, one panel per
 * indicator, one colour per scenario in every panel, direct labels, and the 10–90% band of a Monte
 * Carlo run. The app's Economy workspace and the CLI (`money-lab chart`) both draw through here.
 *
 * Panels are drawn here rather than with drawLineChart: small multiples need narrow margins and short
 * labels in a smaller type, which its fixed layout (64 px axis, a label column up to 240 px) cannot give.
 */
import { axisBottom, axisLeft, format, line, max, min, scaleLinear, select } from 'd3';
import type { AbmExtras } from '../../models/abm';
import { aggregateRuns, type Series } from '../../models/montecarlo';
import type { RunResult } from '../../models/result';
import { INK, MUTED, seriesColour } from './palette';
import { createSvg, spreadLabels } from './svg';
import { drawAxes, drawGrid } from './axes';

export type AbmResult = RunResult<AbmExtras>;

/** One scenario as drawn: its indicators (medians, with `_p10`/`_p90` when it ran with several seeds). */
export interface EconomyLine {
  id: string;
  /** Short, for the direct label. */
  label: string;
  /** The scenario's full name, for tooltips and subtitles. */
  name: string;
  colour: string;
  /** Dash pattern (palette.ts seriesDash), so coinciding lines stay visible; solid when absent. */
  dash?: string;
  series: Series;
  runs: number;
}

export interface Panel {
  /** The indicator column it draws (see indicatorSeries). */
  id: string;
  title: string;
  unit: string;
  /** Debt, money and counts start at zero: a truncated axis exaggerates change. Ginis do not. */
  includeZero: boolean;
  /**
   * For panels of one model column: the column and how it becomes the indicator. Such a panel is
   * drawn only for results that have the column (a model version without it shows no panel rather
   * than made-up numbers), so adding one is one line in PANELS.
   */
  from?: { column: string; as: ColumnScale };
  /**
   * A panel drawn beside this one on the same vertical scale wherever both are shown (the
   * government's interest to private creditors and the whole public sector's).
   */
  pairWith?: string;
}

/** share of annual GDP (stocks), share of quarterly GDP (flows), share of real GDP, or a rate in %. */
export type ColumnScale = 'pctAnnualGdp' | 'pctGdp' | 'pctRealGdp' | 'pct';

/**
 * Stocks are shown as a share of annual GDP and flows as a share of GDP: scenarios of different scale
 * (households, wage) and different inflation can then share an axis and be compared over time.
 */
export const PANELS: readonly Panel[] = [
  {
    id: 'debt_private_pct_gdp',
    title: 'Debt held by private creditors',
    unit: 'government debt, % of annual GDP',
    includeZero: true,
  },
  {
    id: 'debt_public_bank_pct_gdp',
    title: 'Debt held by the public bank',
    unit: 'government debt, % of annual GDP',
    includeZero: true,
  },
  {
    id: 'debt_free_pct_gdp',
    title: 'Debt-free money issued',
    unit: 'cumulative, % of annual GDP',
    includeZero: true,
  },
  {
    id: 'interest_private_pct_gdp',
    title: 'Interest to private creditors',
    unit: 'paid by the government, % of GDP',
    includeZero: true,
    pairWith: 'public_interest_pct_gdp',
  },
  // Beside the government's own interest: the whole public sector's (government + public bank):
  // bond coupons to private holders + interest on reserves − interest on advances.
  {
    id: 'public_interest_pct_gdp',
    title: 'Public interest to private',
    unit: 'government + public bank, % of GDP',
    includeZero: true,
    from: { column: 'public_interest_to_private', as: 'pctGdp' },
    pairWith: 'interest_private_pct_gdp',
  },
  {
    id: 'money_private_loans_pct_gdp',
    title: 'Money from private bank loans',
    unit: 'outstanding, % of annual GDP',
    includeZero: true,
  },
  {
    id: 'money_public_bank_pct_gdp',
    title: 'Money from the public bank',
    unit: 'outstanding, % of annual GDP',
    includeZero: true,
  },
  { id: 'inflation_pct', title: 'Inflation', unit: '% a year', includeZero: true },
  { id: 'unemployment_pct', title: 'Unemployment', unit: 'rate, %', includeZero: true },
  {
    id: 'gini_income',
    title: 'Income inequality',
    unit: 'Gini of disposable income, 0–1',
    includeZero: false,
  },
  { id: 'gini_wealth', title: 'Wealth inequality', unit: 'Gini of net worth, 0 = equal', includeZero: false },
  {
    id: 'social_economy_pct',
    title: 'Co-ops + social enterprises',
    unit: 'their share of firm output, %',
    includeZero: true,
  },
  { id: 'bankruptcy_pct', title: 'Bankruptcies', unit: '% of firms per quarter', includeZero: true },
  {
    id: 'investment_pct_gdp',
    title: 'Investment',
    unit: 'machines bought, % of real GDP',
    includeZero: true,
    from: { column: 'investment_real', as: 'pctRealGdp' },
  },
  {
    id: 'capacity_utilisation_pct',
    title: 'Capacity utilisation',
    unit: 'share of machine capacity used, %',
    includeZero: false,
    from: { column: 'capacity_utilisation', as: 'pct' },
  },
  {
    id: 'firm_debt_pct_gdp',
    title: 'Firm debt',
    unit: 'loans outstanding, % of annual GDP',
    includeZero: true,
    from: { column: 'firm_debt', as: 'pctAnnualGdp' },
  },
];

/** Panels a set of lines can draw: every fixed panel, and a column panel when some line has it. */
export function panelsFor(lines: readonly EconomyLine[]): Panel[] {
  return PANELS.filter((p) => !p.from || lines.some((l) => p.id in l.series.columns));
}

/**
 * Panel ids with each one's pair (Panel.pairWith) placed right after it when the lines have it,
 * so a figure never shows one of a pair without the other.
 */
export function withPairs(ids: readonly string[], lines: readonly EconomyLine[]): string[] {
  const available = new Set(panelsFor(lines).map((p) => p.id));
  const out: string[] = [];
  for (const id of ids) {
    if (!out.includes(id)) out.push(id);
    const pair = PANELS.find((p) => p.id === id)?.pairWith;
    if (pair && available.has(pair) && !out.includes(pair)) out.push(pair);
  }
  return out;
}

/** The figure `money-lab chart` draws and the app exports unless the user picks other panels. */
export const KEY_PANELS = [
  'debt_private_pct_gdp',
  'interest_private_pct_gdp',
  'money_public_bank_pct_gdp',
  'inflation_pct',
];

function column(r: RunResult, name: string): Float64Array {
  const c = r.columns[name];
  if (!c) throw new Error(`economy chart: the result has no column "${name}" (model ${r.model})`);
  return c;
}

/** The panels' indicators of one run, derived from the model's columns. */
export function indicatorSeries(r: RunResult): Series {
  const n = r.index.length;
  const gdp = column(r, 'gdp_nominal');
  // Columns are per quarter: a stock over annual GDP divides by 4 quarters of output.
  const ofGdp = (name: string, quarters: number) => {
    const v = column(r, name);
    return Float64Array.from({ length: n }, (_, i) => (100 * v[i]!) / (quarters * gdp[i]!));
  };
  const scaled = (name: string, k: number) => Float64Array.from(column(r, name), (v) => v * k);
  const coop = column(r, 'coop_output_share');
  const social = column(r, 'social_output_share');
  const firms = Number((r.provenance.scenario as { firms?: unknown } | null)?.firms);
  const failures = column(r, 'bankruptcies');
  const real = r.columns.gdp_real;
  const scales: Record<ColumnScale, (v: Float64Array, i: number) => number> = {
    pctAnnualGdp: (v, i) => (100 * v[i]!) / (4 * gdp[i]!),
    pctGdp: (v, i) => (100 * v[i]!) / gdp[i]!,
    pctRealGdp: (v, i) => (real ? (100 * v[i]!) / real[i]! : NaN),
    pct: (v, i) => 100 * v[i]!,
  };
  const fromColumns: Record<string, Float64Array> = {};
  for (const p of PANELS) {
    const v = p.from && r.columns[p.from.column];
    if (p.from && v) fromColumns[p.id] = Float64Array.from({ length: n }, (_, i) => scales[p.from!.as](v, i));
  }
  return {
    index: r.index,
    columns: {
      debt_private_pct_gdp: ofGdp('gov_debt_private', 4),
      debt_public_bank_pct_gdp: ofGdp('gov_debt_public_bank', 4),
      debt_free_pct_gdp: ofGdp('debt_free_issued', 4),
      interest_private_pct_gdp: ofGdp('gov_interest_to_private', 1),
      money_private_loans_pct_gdp: ofGdp('money_from_private_loans', 4),
      money_public_bank_pct_gdp: ofGdp('money_from_public_bank', 4),
      inflation_pct: scaled('inflation', 100),
      unemployment_pct: scaled('unemployment', 100),
      gini_income: column(r, 'gini_income'),
      gini_wealth: column(r, 'gini_wealth'),
      social_economy_pct: Float64Array.from({ length: n }, (_, i) => 100 * (coop[i]! + social[i]!)),
      bankruptcy_pct: Float64Array.from(failures, (v) => (firms > 0 ? (100 * v) / firms : NaN)),
      ...fromColumns,
    },
  };
}

/** One scenario's line: a single run as it is, several seeds as median and 10–90% band. */
export function economyLine(
  runs: readonly RunResult[],
  line: Omit<EconomyLine, 'series' | 'runs'>,
): EconomyLine {
  const each = runs.map(indicatorSeries);
  return { ...line, series: each.length === 1 ? each[0]! : aggregateRuns(each), runs: runs.length };
}

/** "Public bank, debt-free: the public bank credits…" → "Public bank, debt-free"; an edit mark is kept. */
export function shortName(name: string): string {
  const edited = name.endsWith(' (edited)');
  const head = name
    .split(':')[0]!
    .replace(/ \(edited\)$/, '')
    .trim();
  return edited ? `${head} (edited)` : head;
}

const CHAR_WIDTH = 7; // 11px DejaVu Sans Bold, per character on average (measured on the labels)
const LABEL_SIZE = 11;
const LINE_STEP = 12;
const MARGIN = { left: 46, top: 34, bottom: 22 };
const TITLE_CHAR = 7.4; // 12px DejaVu Sans Bold, per character on average
const UNIT_CHAR = 6.3; // 11px DejaVu Sans
const TITLE_STEP = 14;
const UNIT_STEP = 13;

function truncate(text: string, chars: number): string {
  return text.length <= chars ? text : `${text.slice(0, Math.max(1, chars - 1)).trimEnd()}…`;
}

/** Word-wrap a direct label into at most `lines` lines of `chars`, shortening the last one if needed. */
export function wrapLabel(text: string, chars: number, lines = 2): string[] {
  const out: string[] = [];
  let rest = text.trim();
  while (rest && out.length < lines - 1) {
    if (rest.length <= chars) break;
    const cut = rest.lastIndexOf(' ', chars);
    if (cut <= 0) break;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut + 1);
  }
  out.push(truncate(rest, chars));
  return out;
}

const tickFormat = (lo: number, hi: number) => {
  const span = Math.abs(hi - lo);
  return span >= 20 ? format(',.0f') : span >= 2 ? format(',.1~f') : format(',.2~f');
};

function finiteRange(lines: readonly EconomyLine[], id: string): [number, number] | null {
  const values: number[] = [];
  for (const l of lines) {
    for (const name of [id, `${id}_p10`, `${id}_p90`]) {
      const c = l.series.columns[name];
      if (c) for (const v of c) if (Number.isFinite(v)) values.push(v);
    }
  }
  let lo = min(values);
  let hi = max(values);
  if (lo === undefined || hi === undefined) return null;
  // Rounding noise around zero (a repaid debt of −5e-10) must not stretch the axis to a negative tick.
  const noise = 1e-9 * Math.max(Math.abs(lo), Math.abs(hi));
  if (lo < 0 && -lo <= noise) lo = 0;
  if (hi > 0 && hi <= noise) hi = 0;
  return [lo, hi];
}

export interface PanelHandle {
  svg: SVGSVGElement;
  plot: { left: number; top: number; width: number; height: number };
  yPixel(v: number): number;
  xPixel(x: number): number;
  /** The quarter nearest a horizontal pixel position, within the axis. */
  quarterAt(px: number): number;
}

/** A line's value of a panel's indicator in a quarter, or null where it has none. */
export function panelValue(line: EconomyLine, panelId: string, quarter: number): number | null {
  const column = line.series.columns[panelId];
  const index = line.series.index;
  if (!column || index.length === 0) return null;
  // Quarters are consecutive integers; the direct guess is checked before it is trusted.
  let i = quarter - index[0]!;
  if (index[i] !== quarter) i = index.indexOf(quarter);
  const v = i >= 0 ? column[i] : undefined;
  return v !== undefined && Number.isFinite(v) ? v : null;
}

/** One panel: every scenario's line for one indicator, each labelled at its end. */
export function drawEconomyPanel(
  doc: Document,
  lines: readonly EconomyLine[],
  panel: Panel,
  size: { width: number; height: number },
  /** Off in exported figures, whose legend names the lines instead (panels there are too narrow). */
  endLabels = true,
): PanelHandle {
  const svg = createSvg(doc, size.width, size.height, `${panel.title}, ${panel.unit}`);
  svg.setAttribute('class', `economy-panel panel-${panel.id}`);
  const root = select(svg);
  // Labels get up to a third of the panel on two lines; longer names are shortened (the full name is
  // the tooltip).
  const maxChars = Math.max(6, Math.floor((size.width * 0.34 - 10) / CHAR_WIDTH));
  const labels = endLabels ? lines.map((l) => wrapLabel(l.label, maxChars)) : [];
  const right = endLabels ? 10 + CHAR_WIDTH * Math.max(4, ...labels.flat().map((t) => t.length)) : 14;
  // A title or unit that does not fit the panel wraps onto a second line (the plot moves down)
  // rather than losing its end: "Debt held by private c…" names no indicator.
  const title = wrapLabel(panel.title, Math.floor((size.width - 8) / TITLE_CHAR));
  const unit = wrapLabel(panel.unit, Math.floor((size.width - 8) / UNIT_CHAR));
  const top = MARGIN.top + TITLE_STEP * (title.length - 1) + UNIT_STEP * (unit.length - 1);
  const plot = {
    left: MARGIN.left,
    top,
    width: Math.max(40, size.width - MARGIN.left - right),
    height: Math.max(30, size.height - top - MARGIN.bottom),
  };

  const titleText = root
    .append('text')
    .attr('class', 'panel-title')
    .attr('font-size', 12)
    .attr('font-weight', 'bold')
    .attr('fill', INK);
  title.forEach((t, i) =>
    titleText
      .append('tspan')
      .attr('x', 4)
      .attr('y', 13 + TITLE_STEP * i)
      .text(t),
  );
  const unitText = root.append('text').attr('class', 'panel-unit').attr('font-size', 11).attr('fill', MUTED);
  unit.forEach((t, i) =>
    unitText
      .append('tspan')
      .attr('x', 4)
      .attr('y', 27 + TITLE_STEP * (title.length - 1) + UNIT_STEP * i)
      .text(t),
  );

  const xMax = max(lines, (l) => l.series.index.at(-1)) ?? 1;
  const xMin = min(lines, (l) => l.series.index[0]) ?? 0;
  const x = scaleLinear()
    .domain([xMin, Math.max(xMax, xMin + 1)])
    .range([plot.left, plot.left + plot.width]);
  // A paired panel shares its partner's scale, so the two read against each other.
  const own = finiteRange(lines, panel.id);
  const partner = panel.pairWith ? finiteRange(lines, panel.pairWith) : null;
  const range =
    own && partner ? ([Math.min(own[0], partner[0]), Math.max(own[1], partner[1])] as const) : own;
  let [lo, hi] = range ?? [0, 1];
  if (panel.includeZero) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  // A flat line (debt-free issuance of 0 in a private-debt run) gets a unit-wide axis around it.
  if (hi - lo < 1e-12) {
    if (panel.includeZero && lo === 0) hi = 1;
    else [lo, hi] = [lo - 0.5, hi + 0.5];
  }
  const y = scaleLinear()
    .domain([lo, hi])
    .nice(4)
    .range([plot.top + plot.height, plot.top]);
  const [d0, d1] = y.domain() as [number, number];
  const yFormat = tickFormat(d0, d1);

  drawGrid(root, plot, y.ticks(4), y);
  drawAxes(
    root,
    plot,
    axisBottom(x)
      .ticks(Math.max(2, Math.min(6, Math.floor(plot.width / 55))))
      .tickFormat((d) => String(Math.round(Number(d)))),
    axisLeft(y)
      .ticks(4)
      .tickFormat((d) => yFormat(Number(d))),
    10,
  );
  // The unit of the horizontal axis, in the free corner left of its first tick: exports carry no
  // other note that the periods are quarters.
  root
    .append('text')
    .attr('class', 'x-unit')
    .attr('x', plot.left - 6)
    .attr('y', plot.top + plot.height + 18)
    .attr('text-anchor', 'end')
    .attr('font-size', 10)
    .attr('fill', MUTED)
    .text('quarter');

  const finite = Number.isFinite;
  for (const l of lines) {
    const lower = l.series.columns[`${panel.id}_p10`];
    const upper = l.series.columns[`${panel.id}_p90`];
    if (!lower || !upper) continue;
    const xs = l.series.index;
    const pts = Array.from(xs, (xv, i) => [x(xv), y(lower[i]!), y(upper[i]!)] as const).filter((p) =>
      p.every(finite),
    );
    if (pts.length < 2) continue;
    const top = pts.map((p) => `${p[0]},${p[2]}`).join('L');
    const bottom = [...pts]
      .reverse()
      .map((p) => `${p[0]},${p[1]}`)
      .join('L');
    root
      .append('path')
      .attr('class', `band band-${l.id}`)
      .attr('d', `M${top}L${bottom}Z`)
      .attr('fill', l.colour)
      .attr('fill-opacity', 0.18);
  }

  const ends: number[] = [];
  for (const l of lines) {
    const values = l.series.columns[panel.id] ?? new Float64Array(0);
    const xs = l.series.index;
    const gen = line<number>()
      .defined((v) => finite(v))
      .x((_, i) => x(xs[i]!))
      .y((v) => y(v));
    const path = root
      .append('path')
      .attr('class', `series series-${l.id}`)
      .attr('data-series', l.id)
      .attr('d', gen(Array.from(values)) ?? '')
      .attr('fill', 'none')
      .attr('stroke', l.colour)
      .attr('stroke-width', 1.8)
      .attr('stroke-dasharray', l.dash ?? null)
      .attr('stroke-linejoin', 'round');
    path.append('title').text(l.runs > 1 ? `${l.name} (median of ${l.runs} runs)` : l.name);
    let i = values.length - 1;
    while (i > 0 && !finite(values[i]!)) i--;
    ends.push(finite(values[i] ?? NaN) ? y(values[i]!) : plot.top + plot.height);
  }
  // Spread by the tallest label, so two-line labels never overlap their neighbours.
  const rows = Math.max(1, ...labels.map((t) => t.length));
  const placed = spreadLabels(
    ends,
    LINE_STEP * rows + 1,
    plot.top + 4,
    plot.top + plot.height - LINE_STEP * (rows - 1),
  );
  labels.forEach((_, k) => {
    const l = lines[k]!;
    const text = root
      .append('text')
      .attr('class', `line-label label-${l.id}`)
      .attr('y', placed[k]! + 4)
      .attr('fill', l.colour)
      .attr('font-size', LABEL_SIZE)
      .attr('font-weight', 'bold');
    labels[k]!.forEach((part, j) =>
      text
        .append('tspan')
        .attr('x', plot.left + plot.width + 5)
        .attr('dy', j === 0 ? 0 : LINE_STEP)
        .text(part),
    );
    text.append('title').text(l.name);
  });

  const [q0, q1] = x.domain() as [number, number];
  return {
    svg,
    plot,
    yPixel: (v) => y(v),
    xPixel: (v) => x(v),
    quarterAt: (px) => Math.round(Math.min(q1, Math.max(q0, x.invert(px)))),
  };
}

/** Columns × rows for n panels whose shapes come closest to 1.6 : 1 in the given size. */
export function gridShape(
  n: number,
  size: { width: number; height: number },
): { columns: number; rows: number } {
  let best = { columns: 1, rows: n, score: Infinity };
  for (let columns = 1; columns <= n; columns++) {
    const rows = Math.ceil(n / columns);
    const aspect = size.width / columns / (size.height / rows);
    const score = Math.abs(Math.log(aspect / 1.6)) + (columns * rows - n) * 0.5;
    if (score < best.score) best = { columns, rows, score };
  }
  return { columns: best.columns, rows: best.rows };
}

/** Several panels in one picture (for exports and the CLI), in a grid that fills the size. */
export function drawEconomyChart(
  doc: Document,
  lines: readonly EconomyLine[],
  size: { width: number; height: number },
  panelIds: readonly string[] = KEY_PANELS,
): SVGSVGElement {
  const panels = panelIds.map((id) => {
    const p = PANELS.find((q) => q.id === id);
    if (!p) throw new Error(`economy chart: no panel "${id}" (known: ${PANELS.map((q) => q.id).join(', ')})`);
    return p;
  });
  const svg = createSvg(
    doc,
    size.width,
    size.height,
    `${panels.map((p) => p.title).join('; ')}: ${lines.map((l) => l.name).join(' vs ')}`,
  );
  svg.setAttribute('class', 'economy-chart');
  // A legend across the top names every scenario once, in full where it fits; the panels then
  // need no labels at their lines' ends, which small panels would have to cut short.
  const top = drawLegend(svg, lines, size.width);
  const area = { width: size.width, height: size.height - top };
  const { columns, rows } = gridShape(panels.length, area);
  const w = Math.floor(area.width / columns);
  const h = Math.floor(area.height / rows);
  panels.forEach((p, k) => {
    const child = drawEconomyPanel(doc, lines, p, { width: w - 8, height: h - 6 }, false).svg;
    child.setAttribute('x', String((k % columns) * w));
    child.setAttribute('y', String(top + Math.floor(k / columns) * h));
    svg.appendChild(child);
  });
  return svg;
}

const LEGEND_ROW = 18;
const LEGEND_CHAR = 6.7; // 11px DejaVu Sans, per character on average

/** Swatch and name of each line, in rows that wrap at the width; returns the height it took. */
function drawLegend(svg: SVGSVGElement, lines: readonly EconomyLine[], width: number): number {
  const g = select(svg).append('g').attr('class', 'legend');
  let x = 4;
  let row = 0;
  for (const l of lines) {
    const text = truncate(l.label, Math.floor((width - 40) / LEGEND_CHAR));
    const w = 22 + text.length * LEGEND_CHAR + 18;
    if (x > 4 && x + w > width) {
      x = 4;
      row++;
    }
    const y = 12 + row * LEGEND_ROW;
    const item = g.append('g').attr('class', `legend-item legend-${l.id}`);
    item.append('title').text(l.name);
    item
      .append('line')
      .attr('x1', x)
      .attr('x2', x + 16)
      .attr('y1', y - 4)
      .attr('y2', y - 4)
      .attr('stroke', l.colour)
      .attr('stroke-dasharray', l.dash ?? null)
      .attr('stroke-width', 3);
    item
      .append('text')
      .attr('x', x + 22)
      .attr('y', y)
      .attr('font-size', LABEL_SIZE)
      .attr('font-weight', 'bold')
      .attr('fill', l.colour)
      .text(text);
    x += w;
  }
  return 12 + row * LEGEND_ROW + 10;
}

/** `money-lab chart` of one ABM run: the key panels, as the Economy workspace exports them. */
export function drawAbmResultChart(
  doc: Document,
  result: RunResult,
  size: { width: number; height: number },
): SVGSVGElement {
  const name = String(
    (result.provenance.scenario as { name?: unknown } | null)?.name ?? 'Agent-based economy',
  );
  const one = economyLine([result], {
    id: 'scenario-0',
    label: shortName(name),
    name,
    colour: seriesColour(0),
  });
  return drawEconomyChart(doc, [one], size, withPairs(KEY_PANELS, [one]));
}
