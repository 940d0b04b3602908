/** The report card as a CSV with the usual "#" lines (title, sources, assumptions, provenance, scenario). */
import { csvFormatRows } from 'd3-dsv';
import { ABM_MODEL_VERSION, type AbmScenario } from '../../../models/abm';
import type { ReportCard } from '../../../models/abm/validation';
import { makeProvenance } from '../../../models/provenance';
import type { FigureMeta } from '../../export';

export const CARD_SOURCES = [
  'Simulated economy: no external data; every number is measured on the model’s own runs.',
  'Target ranges: the agent-based stock-flow consistent literature (Caiani, Godin, Caverzasi, Gallegati, Kinsella & Stiglitz 2016, JEDC 69; Dosi, Fagiolo & Roventini 2010, JEDC 34) and national accounts.',
];

export function cardAssumptions(card: ReportCard): string[] {
  const r = card.robustness;
  return [
    `Facts measured on quarters ${card.window.from}–${card.window.to} (burn-in ${card.burnIn} quarters left out), over seeds ${card.seeds.join(', ')}.`,
    'Cycles: Hodrick–Prescott filter with λ = 1600 on the logs of real series; volatility is the standard deviation of a cycle relative to that of real GDP.',
    'Monetary transmission: the same scenario and seed with the policy rate 2 points higher from the end of the burn-in, compared over the next 60 quarters.',
    r
      ? `Robustness: ${r.draws} parameter sets drawn uniformly within the editor’s bounds at a reduced scale (${r.scale.households} households, ${r.scale.firms} firms, ${r.scale.banks} banks, ${r.scale.periods} quarters).`
      : 'Robustness: not run (0 parameter draws).',
    card.rule,
    ...card.failedSeeds.map(
      (f) => `Seed ${f.seed} did not complete and counts as outside every range: ${f.error}`,
    ),
  ];
}

export function cardMeta(card: ReportCard, scenario: AbmScenario, preset?: string): FigureMeta {
  return {
    title: `Report card: ${card.scenarioName}`,
    subtitle: `${card.passed} of ${card.facts.length} stylised facts pass.`,
    sources: CARD_SOURCES,
    assumptions: cardAssumptions(card),
    provenance: makeProvenance('abm', ABM_MODEL_VERSION, scenario, scenario.seed, []),
    scenario,
    ...(preset ? { preset } : {}),
  };
}

/** The "#" lines of the card's CSV beyond its meta: the note on a scenario without a steady state. */
export function cardNotes(card: ReportCard): string[] {
  return card.scenarioNote ? [`Note on this scenario: ${card.scenarioNote}`] : [];
}

const num = (v: number | null) => (v === null || !Number.isFinite(v) ? '' : String(v));

/** One row per fact: its id, words, target, measured median with p10 and p90, seeds in range, verdict. */
export function cardTable(card: ReportCard): string {
  const rows = card.facts.map((f) => [
    f.id,
    f.name,
    f.meaning,
    f.target,
    num(f.min),
    num(f.max),
    f.unit,
    num(f.median),
    num(f.p10),
    num(f.p90),
    String(f.inRange),
    String(f.of),
    f.pass ? 'pass' : 'fail',
    f.note ?? '',
  ]);
  const head = [
    'fact',
    'name',
    'meaning',
    'target',
    'min',
    'max',
    'unit',
    'median',
    'p10',
    'p90',
    'in_range',
    'of',
    'verdict',
    'note',
  ];
  return `${csvFormatRows([head, ...rows])}\n`;
}
