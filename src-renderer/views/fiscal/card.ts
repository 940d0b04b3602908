/** The fiscal view's headline card: the interest avoided, in large type, over the debt chart. */
import type { FiscalScenario } from '../../../models/fiscal/scenario';
import { describeLineChart } from '../../charts/describe';
import { debtChartSpec, type FiscalResult } from '../../charts/fiscal';
import type { LineChartSpec } from '../../charts/lineChart';
import { viewUnit } from '../../../models/fiscal/views';
import type { CardMeta } from '../../export';

const fy = (y: number) => `FY${y - 1}–${String(y).slice(2)}`;
const billions = (millions: number) =>
  `$${(millions / 1000).toLocaleString('en-CA', { maximumFractionDigits: 0 })}B`;
const pct = (x: number) => `${+(x * 100).toFixed(1)}%`;

/** The debt chart as a card can hold it: the unit alone on the y axis, short marker labels. */
export function fiscalCardChartSpec(results: FiscalResult[], scenario: FiscalScenario): LineChartSpec {
  const spec = debtChartSpec(results, scenario.params.view);
  return {
    ...spec,
    yLabel: viewUnit(scenario.params.view, scenario.params.cpiBaseYear),
    xLabel: 'Fiscal year (1974 = FY1973–74)',
    markers: (spec.markers ?? []).map((m) =>
      m.kind === 'event' ? { ...m, label: m.label.replace('Counterfactual from ', 'From ') } : m,
    ),
  };
}

export function fiscalCardMeta(main: FiscalResult, scenario: FiscalScenario): CardMeta {
  const s = main.summary as Record<string, number>;
  const p = scenario.params;
  const start = fy(s.firstCounterfactualYear!);
  const end = fy(s.endYear!);
  const caption = `of interest avoided, ${start} to ${end}, had the Bank of Canada held ${pct(p.publicShare)} of the federal debt at ${pct(p.publicRate)}`;
  const sourceLine =
    p.measure === 'net-debt'
      ? 'Sources: Finances of the Nation (Statistics Canada federal debt, GDP, CPI).'
      : 'Sources: Finance Canada Fiscal Reference Tables and Annual Financial Reports; Finances of the Nation.';
  const spec = debtChartSpec([main], p.view);
  return {
    title: `${billions(s.cumulative_interest_avoided!)} of interest avoided, ${start} to ${end}`,
    subtitle: scenario.name,
    sources: main.sources,
    assumptions: main.assumptions,
    provenance: main.provenance,
    scenario,
    headline: billions(s.cumulative_interest_avoided!),
    caption,
    kicker: `Canada’s federal debt: history vs a public bank`,
    plainAssumption: `Same budgets as history; only the interest on the public bank’s share changes.`,
    notes: main.assumptions,
    sourceLine,
    counterfactual: true,
    alt: `Headline card: ${billions(s.cumulative_interest_avoided!)} ${caption}. Counterfactual, no macroeconomic feedback. ${describeLineChart(spec, (v) => (p.view === 'percent-gdp' ? `${v.toFixed(1)}%` : `$${v.toFixed(0)}B`), fy)}`,
  };
}
