import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { ABM_PRESETS, scenarioStart } from '../../../models/abm';
import { buildReportCard, planValidation, type SeedOutcome } from '../../../models/abm/validation';
import { economyLine, indicatorSeries, panelsFor, PANELS } from '../../../src-renderer/charts/economy';
import { textCsvWithMeta } from '../../../src-renderer/export';
import { cardMeta, cardNotes, cardTable } from '../../../src-renderer/views/economy/reportCardExport';
import { runSmall } from './helpers';

describe('panels of model columns', () => {
  const r = runSmall('abm-private-debt');
  const s = indicatorSeries(r);

  it('scale investment, utilisation, firm debt and public interest like the other panels', () => {
    const i = 10;
    const gdp = r.columns.gdp_nominal![i]!;
    expect(s.columns.investment_pct_gdp![i]).toBeCloseTo(
      (100 * r.columns.investment_real![i]!) / r.columns.gdp_real![i]!,
      10,
    );
    expect(s.columns.capacity_utilisation_pct![i]).toBeCloseTo(100 * r.columns.capacity_utilisation![i]!, 10);
    expect(s.columns.firm_debt_pct_gdp![i]).toBeCloseTo((100 * r.columns.firm_debt![i]!) / (4 * gdp), 10);
    expect(s.columns.public_interest_pct_gdp![i]).toBeCloseTo(
      (100 * r.columns.public_interest_to_private![i]!) / gdp,
      10,
    );
  });

  it('draw public interest beside the government’s own, and offer a column panel only when a result has it', () => {
    const ids = PANELS.map((p) => p.id);
    expect(ids.indexOf('public_interest_pct_gdp')).toBe(ids.indexOf('interest_private_pct_gdp') + 1);
    const line = economyLine([r], { id: 'a', label: 'A', name: 'A', colour: '#000' });
    expect(panelsFor([line]).map((p) => p.id)).toEqual(ids);
    // A result of a model version without the columns: no panel, no invented numbers.
    const { investment_real: _i, firm_debt: _f, ...older } = r.columns;
    const old = economyLine([{ ...r, columns: older }], { id: 'b', label: 'B', name: 'B', colour: '#000' });
    const offered = panelsFor([old]).map((p) => p.id);
    expect(offered).not.toContain('investment_pct_gdp');
    expect(offered).not.toContain('firm_debt_pct_gdp');
    expect(offered).toContain('capacity_utilisation_pct');
    expect(old.series.columns.investment_pct_gdp).toBeUndefined();
  });
});

describe('report card export', () => {
  const scenario = ABM_PRESETS['abm-private-debt']!;
  const plan = planValidation(scenario, 8);
  const seeds: SeedOutcome[] = plan.seeds.map((seed, i) => ({
    seed,
    measurements: {
      okun: { value: -0.5 - i / 100 },
      'unemployment-mean': { value: null, reason: 'diverged' },
    },
  }));
  const card = buildReportCard(plan, seeds, {
    draws: 10,
    completed: 10,
    failures: [],
    scale: { households: 1000, firms: 50, banks: 5, periods: 400 },
  });

  it('writes one row per fact under # lines naming title, sources, assumptions and scenario', () => {
    const text = textCsvWithMeta(cardMeta(card, plan.scenario, 'abm-private-debt'), cardTable(card));
    const comments = text.split('\n').filter((l) => l.startsWith('# '));
    expect(comments[0]).toBe(`# Report card: ${scenario.name}`);
    expect(comments.some((l) => /^# Sources: .*Caiani/.test(l))).toBe(true);
    expect(comments.some((l) => /^# Assumption: .*λ = 1600/.test(l))).toBe(true);
    expect(comments.some((l) => /^# Assumption: .*7 of every 8 seeds/.test(l))).toBe(true);
    expect(comments.at(-1)).toMatch(/^# Scenario: \{"schemaVersion":1/);
    const rows = csvParseRows(
      text
        .split('\n')
        .filter((l) => !l.startsWith('#'))
        .join('\n'),
    );
    expect(rows[0]).toEqual([
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
    ]);
    const okun = rows.find((r) => r[0] === 'okun')!;
    expect(okun.slice(3, 6)).toEqual(['< −0.3', '', '-0.3']);
    // By hand: the eight seeds measure −0.50 … −0.57; median −0.535; p10 and p90 interpolate
    // (R type 7) at 0.7 and 6.3 of the sorted order: −0.57 + 0.7 × 0.01, −0.51 + 0.3 × 0.01.
    expect(Number(okun[7])).toBeCloseTo(-0.535, 10);
    expect(Number(okun[8])).toBeCloseTo(-0.563, 10);
    expect(Number(okun[9])).toBeCloseTo(-0.507, 10);
    expect(okun.slice(10, 13)).toEqual(['8', '8', 'pass']);
    const u = rows.find((r) => r[0] === 'unemployment-mean')!;
    expect(u[7]).toBe('');
    expect(u[12]).toBe('fail');
    expect(u[13]).toMatch(/not measurable: diverged/);
    expect(rows.filter((r) => r.length === 14)).toHaveLength(card.facts.length + 1);
  });

  it('has no note line for a scenario with a steady state', () => {
    expect(cardNotes(card)).toEqual([]);
    const text = textCsvWithMeta(cardMeta(card, plan.scenario), cardTable(card), cardNotes(card));
    expect(text).not.toMatch(/steady state/);
  });

  it('says once, as a # line above the table, that a scenario has no steady state and by how much', () => {
    const ubi = planValidation(ABM_PRESETS['abm-ubi-bonds']!, 8);
    const bonds = buildReportCard(ubi, seeds, card.robustness);
    const by = `by ${(100 * scenarioStart(ubi.scenario).excessDemand).toFixed(1)}%`;
    const text = textCsvWithMeta(
      cardMeta(bonds, ubi.scenario, 'abm-ubi-bonds'),
      cardTable(bonds),
      cardNotes(bonds),
    );
    const lines = text.split('\n');
    const notes = lines.filter((l) =>
      l.startsWith('# Note on this scenario: These parameters have no steady state'),
    );
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain(`can make ${by} (`);
    expect(lines.indexOf(notes[0]!)).toBeLessThan(lines.findIndex((l) => l.startsWith('fact,')));
    // The table itself is the same as the baseline's for the same seeds: no fact was special-cased.
    expect(cardTable(bonds)).toBe(cardTable(card));
  });
});
