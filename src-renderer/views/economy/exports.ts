/**
 * What the Economy workspace exports: the figure's words (title, subtitle naming every scenario,
 * merged assumptions, the scenarios themselves for reproducibility) and one CSV of every scenario's
 * indicators side by side.
 */
import { columnUnit, type FigureMeta } from '../../export';
import { PANELS } from '../../charts/economy';
import type { ScenarioRun } from './useEconomyRuns';
import { mergeAssumptions } from './scenarios';
import { FIGURE_TITLES, INTEREST_FIGURE, MONEY_ORIGIN_FIGURE } from './originFigures';

/**
 * 'key' = the CLI's four panels, 'all' = every panel, 'money-origin' or 'interest-flows' = one of
 * the accounting figures (originFigures.ts), otherwise one panel's id.
 */
export type PanelChoice = 'key' | 'all' | string;

export function figureTitle(results: readonly ScenarioRun[], choice: PanelChoice): string {
  const panel = PANELS.find((p) => p.id === choice);
  // Two names make a title; more would fill the figure's head, so the subtitle names them instead.
  const who =
    results.length <= 2
      ? results.map((r) => r.line.label).join(' vs ')
      : `${results.length} scenarios compared`;
  const figure = FIGURE_TITLES[choice];
  if (figure) return `${figure}: ${who}`;
  return panel ? `${panel.title}: ${who}` : `Public money vs private debt: ${who}`;
}

export function figureMeta(
  results: readonly ScenarioRun[],
  choice: PanelChoice,
  preset: string | undefined,
): FigureMeta {
  const first = results[0]!;
  const runs = first.seeds.length;
  // Several scenarios are named by their line labels (the names up to the colon): four full names
  // would fill a social card's head. Full names stay in the embedded scenarios.
  const names = results.length === 1 ? [first.line.name] : results.map((r) => r.line.label);
  // The accounting figures draw each scenario's own-seed run: medians of stocks would not add up.
  const runsText = FIGURE_TITLES[choice]
    ? `Each scenario's run with its own seed (${results.map((r) => r.seeds[0]).join(', ')})${runs > 1 ? `, the first of its ${runs} runs` : ''}.`
    : runs > 1
      ? `Lines: median of ${runs} runs per scenario (seeds ${first.seeds[0]}… for the first); bands: 10th–90th percentile.`
      : 'One run per scenario.';
  return {
    title: figureTitle(results, choice),
    subtitle: `${results.length > 1 ? 'Scenarios' : 'Scenario'}: ${names.join('; ')}. ${runsText} ${axisText(choice)}`,
    sources: [...new Set(results.flatMap((r) => r.first.sources))],
    assumptions: mergeAssumptions(
      results.map((r) => ({ label: r.line.label, assumptions: r.first.assumptions })),
    ),
    provenance: first.first.provenance,
    // Every scenario goes into the file, so the whole comparison can be rebuilt from it.
    scenario:
      results.length === 1
        ? first.scenario
        : { name: names.join(' vs '), runsPerScenario: runs, scenarios: results.map((r) => r.scenario) },
    ...(preset ? { preset } : {}),
  };
}

function axisText(choice: PanelChoice): string {
  if (choice === INTEREST_FIGURE)
    return 'Interest paid, payer to receiver, % of GDP, mean over the quarters after the burn-in.';
  if (choice === MONEY_ORIGIN_FIGURE)
    return 'Quarters along the horizontal axis; counterparts of the money stock, % of annual GDP.';
  return 'Quarters along the horizontal axis.';
}

/** The table's columns are the panels' indicators (not the model's raw columns), in the panels' units. */
const PANEL_UNITS: Record<string, string> = Object.fromEntries(PANELS.map((p) => [p.id, p.unit]));

/**
 * Every scenario's indicators on one period index (the longest; shorter runs end in blanks), headed
 * "<scenario>: <indicator>", with the Monte Carlo percentiles beside each median.
 */
export function economyTable(results: readonly ScenarioRun[]): {
  indexName: 'period';
  index: Float64Array;
  columns: Record<string, Float64Array>;
  units: Record<string, string>;
} {
  let longest: Float64Array = new Float64Array(0);
  for (const r of results) if (r.line.series.index.length > longest.length) longest = r.line.series.index;
  const columns: Record<string, Float64Array> = {};
  const units: Record<string, string> = { period: results[0]?.first.units.period ?? 'quarter' };
  for (const r of results) {
    for (const [name, values] of Object.entries(r.line.series.columns)) {
      const padded = new Float64Array(longest.length).fill(NaN);
      padded.set(values.subarray(0, longest.length));
      columns[`${r.line.label}: ${name}`] = padded;
      units[`${r.line.label}: ${name}`] = columnUnit(name, PANEL_UNITS);
    }
  }
  return { indexName: 'period', index: longest, columns, units };
}
