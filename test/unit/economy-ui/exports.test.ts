import { describe, expect, it } from 'vitest';
import { economyLine } from '../../../src-renderer/charts/economy';
import { csvUnits, resultToCsv } from '../../../src-renderer/export';
import { periodMatrix } from '../../../src-renderer/views/economy/MatrixInspector';
import { economyTable, figureMeta } from '../../../src-renderer/views/economy/exports';
import type { ScenarioRun } from '../../../src-renderer/views/economy/useEconomyRuns';
import { runSmall } from './helpers';

function scenarioRun(preset: string, seeds: number[], label: string, periods?: number): ScenarioRun {
  const runs = seeds.map((s) => {
    const r = runSmall(preset, s);
    if (!periods) return r;
    return {
      ...r,
      index: r.index.slice(0, periods),
      columns: Object.fromEntries(Object.entries(r.columns).map(([k, v]) => [k, v.slice(0, periods)])),
    };
  });
  const name = String((runs[0]!.provenance.scenario as { name: string }).name);
  return {
    slotId: label,
    scenario: runs[0]!.provenance.scenario as ScenarioRun['scenario'],
    seeds,
    first: runs[0]!,
    summaries: runs.map((r) => r.summary),
    line: economyLine(runs, { id: label, label, name, colour: '#000' }),
  };
}

describe('economy exports', () => {
  const a = scenarioRun('abm-private-debt', [1, 2, 3], 'Private');
  const b = scenarioRun('abm-public-bank', [1, 2, 3], 'Public', 20);

  it('puts every scenario’s indicators on the longest index, shorter runs ending in blanks', () => {
    const t = economyTable([a, b]);
    expect(t.index).toHaveLength(24);
    expect(t.columns['Private: inflation_pct']![23]).toBe(a.line.series.columns.inflation_pct![23]);
    expect(t.columns['Public: inflation_pct_p90']![19]).toBe(b.line.series.columns.inflation_pct_p90![19]);
    expect(t.columns['Public: inflation_pct']![20]).toBeNaN();
    const csv = resultToCsv(t).split('\n');
    expect(
      csv[0]!.startsWith('period,Private: debt_private_pct_gdp,Private: debt_private_pct_gdp_p10,'),
    ).toBe(true);
    expect(csv[24]!.split(',').at(-1)).toBe('');
    // Every column has the unit its panel shows, percentiles included.
    const units = csvUnits(t);
    expect(units['Private: inflation_pct']).toBe('% a year');
    expect(units['Public: inflation_pct_p90']).toBe('% a year; 90th percentile across runs');
    expect(units.period).toMatch(/^quarter/);
    expect(Object.keys(units)).toEqual(
      csv[0]!.match(/(?:[^,"]+|"[^"]*")+/g)!.map((c) => c.replace(/"/g, '')),
    );
  });

  it('names every scenario in the subtitle and embeds them all', () => {
    const meta = figureMeta([a, b], 'key', undefined);
    expect(meta.title).toBe('Public money vs private debt: Private vs Public');
    expect(meta.subtitle).toMatch(/^Scenarios: Private; Public\. Lines: median of 3 runs/);
    expect(figureMeta([a], 'key', undefined).subtitle).toMatch(
      /^Scenario: Private-debt economy: deficits financed by bonds/,
    );
    expect(meta.subtitle).toContain('median of 3 runs');
    const embedded = meta.scenario as {
      scenarios: { params: { moneyRegime: string } }[];
      runsPerScenario: number;
    };
    expect(embedded.scenarios.map((s) => s.params.moneyRegime)).toEqual([
      'private-debt',
      'public-bank-interest-free',
    ]);
    expect(embedded.runsPerScenario).toBe(3);
    // Assumptions shared by both appear once; the financing regimes once each, with the scenario named.
    expect(meta.assumptions.filter((x) => x.startsWith('A period is a quarter'))).toHaveLength(1);
    expect(meta.assumptions.some((x) => x.startsWith('Public: A share 100%'))).toBe(true);
    expect(figureMeta([a], 'inflation_pct', 'abm-private-debt').title).toBe('Inflation: Private');
    expect(figureMeta([a, b, a], 'key', undefined).title).toBe(
      'Public money vs private debt: 3 scenarios compared',
    );
  });
});

describe('matrices of a quarter', () => {
  const r = runSmall('abm-public-bank');

  it('adds the Σ column, scales to a readable unit, and balances', () => {
    const { matrix, unit } = periodMatrix(r.extras.balanceSheet, 10);
    const nC = matrix.columns.length;
    expect(matrix.columns.at(-1)).toBe('Σ');
    // The ABM's amounts are currency units; the table says which multiple of them it shows.
    const word = /^(thousands|millions|billions) of currency units$/.exec(unit)?.[1];
    expect(word).toBeDefined();
    const k = { thousands: 1e3, millions: 1e6, billions: 1e9 }[word as 'millions'];
    const raw = r.extras.balanceSheet;
    const at = 9 * raw.rows.length * raw.columns.length;
    expect(matrix.values[0]).toBeCloseTo(raw.data[at]! / k, 12);
    let largest = 0;
    for (const v of matrix.values) largest = Math.max(largest, Math.abs(v));
    for (let row = 0; row < matrix.rows.length; row++) {
      let sum = 0;
      for (let c = 0; c < nC - 1; c++) sum += matrix.values[row * nC + c]!;
      expect(matrix.values[row * nC + nC - 1]).toBeCloseTo(sum, 9);
      expect(Math.abs(sum)).toBeLessThan(1e-9 * largest);
    }
    for (let c = 0; c < nC - 1; c++) {
      let sum = 0;
      for (let row = 0; row < matrix.rows.length; row++) sum += matrix.values[row * nC + c]!;
      expect(Math.abs(sum)).toBeLessThan(1e-9 * largest);
    }
  });
});
