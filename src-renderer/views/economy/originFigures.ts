/**
 * The data behind the Economy workspace's two accounting figures, from each scenario's own-seed
 * run: the money stock by origin (every quarter) and who pays interest to whom (averaged over the
 * quarters after the burn-in), with the tables their exports and "Show data" carry.
 */
import {
  INTEREST_SECTORS,
  interestFlows,
  netInterest,
  type InterestFlow,
  type InterestScenario,
  type StoredFlows,
} from '../../charts/interestFlows';
import { moneyOriginSeries, originsOf, type MoneyOriginScenario } from '../../charts/moneyOrigin';
import type { ScenarioRun } from './useEconomyRuns';

/** The figure choices beside the panels' (exports.ts PanelChoice). */
export const MONEY_ORIGIN_FIGURE = 'money-origin';
export const INTEREST_FIGURE = 'interest-flows';

export const FIGURE_TITLES: Record<string, string> = {
  [MONEY_ORIGIN_FIGURE]: 'Money stock by origin',
  [INTEREST_FIGURE]: 'Who pays interest to whom',
};

export function moneyOriginScenarios(results: readonly ScenarioRun[]): MoneyOriginScenario[] {
  return results.flatMap((r) => {
    const series = moneyOriginSeries(r.first);
    return series ? [{ id: r.slotId, label: r.line.label, colour: r.line.colour, series }] : [];
  });
}

/** Quarters the run's summary averages over (after the burn-in). */
export function summaryQuarters(r: ScenarioRun): number {
  const q = Number(r.first.summary.summaryQuarters);
  return Number.isFinite(q) && q > 0 ? q : Math.ceil(r.first.index.length / 2);
}

export function interestScenarios(results: readonly ScenarioRun[]): InterestScenario[] {
  return results.flatMap((r) => {
    const gdp = r.first.columns.gdp_nominal;
    const tf = r.first.extras?.transactionsFlow;
    if (!gdp || !tf) return [];
    return [
      {
        id: r.slotId,
        label: r.line.label,
        colour: r.line.colour,
        flows: interestFlows(tf, gdp, summaryQuarters(r)),
      },
    ];
  });
}

/** "Government → Private banks": one row of the interest table per pair any scenario has. */
export interface FlowRow {
  from: string;
  to: string;
  what: string;
}

const sectorOrder = (s: string) => {
  const i = INTEREST_SECTORS.indexOf(s);
  return i < 0 ? INTEREST_SECTORS.length : i;
};

/** Every payer → receiver pair of any scenario, in a fixed order (payer, then receiver). */
export function flowRows(scenarios: readonly InterestScenario[]): FlowRow[] {
  const seen = new Map<string, FlowRow>();
  for (const s of scenarios)
    for (const f of s.flows) {
      const key = `${f.from}→${f.to}`;
      const what = f.rows.map((r) => r.replace(/^Interest on /, '')).join(' + ');
      const old = seen.get(key);
      if (!old) seen.set(key, { from: f.from, to: f.to, what });
      else if (!old.what.split(' + ').includes(what))
        old.what = [...new Set([...old.what.split(' + '), ...what.split(' + ')])].join(' + ');
    }
  return [...seen.values()].sort(
    (a, b) => sectorOrder(a.from) - sectorOrder(b.from) || sectorOrder(a.to) - sectorOrder(b.to),
  );
}

export function flowShare(flows: readonly InterestFlow[], row: FlowRow): number {
  return flows.find((f) => f.from === row.from && f.to === row.to)?.share ?? 0;
}

/** Net interest received by each sector, per scenario, % of GDP. */
export function netRows(s: InterestScenario): { sector: string; net: number }[] {
  const net = netInterest(s.flows, INTEREST_SECTORS);
  return INTEREST_SECTORS.map((sector) => ({ sector, net: net.get(sector) ?? 0 }));
}

interface Table {
  indexName: 'period';
  index: Float64Array;
  columns: Record<string, Float64Array>;
  units: Record<string, string>;
}

/** Each scenario's counterparts of the money stock by quarter, % of annual GDP, with the money stock. */
export function moneyOriginTable(scenarios: readonly MoneyOriginScenario[]): Table {
  let index: Float64Array = new Float64Array(0);
  for (const s of scenarios) if (s.series.index.length > index.length) index = s.series.index;
  const columns: Record<string, Float64Array> = {};
  const units: Record<string, string> = { period: 'quarter' };
  const put = (name: string, values: Float64Array, unit: string) => {
    const padded = new Float64Array(index.length).fill(NaN);
    padded.set(values.subarray(0, index.length));
    columns[name] = padded;
    units[name] = unit;
  };
  const unit = '% of annual GDP (signed: + adds to the money stock, − subtracts)';
  for (const s of scenarios) {
    put(`${s.label}: money stock`, s.series.money, '% of annual GDP');
    for (const o of originsOf(s.series))
      put(`${s.label}: ${o.name}`, o.id === 'residual' ? s.series.residual : s.series.parts[o.id]!, unit);
  }
  return { indexName: 'period', index, columns, units };
}

/**
 * Each payer → receiver flow by quarter, % of that quarter's GDP, for every scenario: the series
 * the diagram averages (the quarters after the burn-in) and the table an export carries.
 */
export function interestTable(results: readonly ScenarioRun[]): Table {
  const scenarios = interestScenarios(results);
  const rows = flowRows(scenarios);
  let index: Float64Array = new Float64Array(0);
  for (const r of results) if (r.first.index.length > index.length) index = r.first.index;
  const columns: Record<string, Float64Array> = {};
  const units: Record<string, string> = { period: 'quarter' };
  for (const r of results) {
    const tf = r.first.extras?.transactionsFlow;
    const gdp = r.first.columns.gdp_nominal;
    if (!tf || !gdp) continue;
    const perQuarter = quarterlyFlows(tf, gdp);
    for (const row of rows) {
      const name = `${r.line.label}: ${row.from} → ${row.to} (${row.what})`;
      const v = new Float64Array(index.length).fill(NaN);
      perQuarter.forEach((flows, t) => (v[t] = 100 * flowShare(flows, row)));
      columns[name] = v;
      units[name] = 'interest paid in the quarter, % of its GDP';
    }
  }
  return { indexName: 'period', index, columns, units };
}

function quarterlyFlows(tf: StoredFlows, gdp: ArrayLike<number>): InterestFlow[][] {
  const cells = tf.rows.length * tf.columns.length;
  const periods = Math.floor(tf.data.length / cells);
  const data = tf.data as Float64Array;
  const g = gdp as Float64Array;
  return Array.from({ length: periods }, (_, t) =>
    interestFlows({ ...tf, data: data.subarray(0, (t + 1) * cells) }, g.subarray(0, t + 1), 1),
  );
}
