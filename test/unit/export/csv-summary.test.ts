import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { makeProvenance } from '../../../models/provenance';
import type { RunResult } from '../../../models/result';
import {
  columnUnit,
  csvWithMeta,
  exportFileName,
  seriesCsv,
  resultSummaryJson,
  resultToCsv,
  slugify,
} from '../../../src-renderer/export';

const scenario = { schemaVersion: 1, model: 'toy', name: 'Toy, "quoted"' };
const result: RunResult = {
  model: 'toy',
  indexName: 'period',
  index: Float64Array.from([1, 2, 3]),
  columns: {
    zeta: Float64Array.from([0.1 + 0.2, NaN, -1e-300]),
    alpha: Float64Array.from([1 / 3, 2 ** 53 + 2, 12345678.9]),
  },
  units: { period: 'quarter', zeta: 'ratio', alpha: 'CAD' },
  summary: { total: 3 },
  summaryUnits: { total: 'runs', unused: 'ignored' },
  assumptions: ['a'],
  sources: ['s'],
  provenance: makeProvenance('toy', '0.0.1', scenario, 7, ['s']),
  extras: null,
};

describe('resultToCsv', () => {
  const csv = resultToCsv(result);
  const rows = csvParseRows(csv.trimEnd());

  it('writes the index then the columns in the result order', () => {
    expect(rows[0]).toEqual(['period', 'zeta', 'alpha']);
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r[0])).toEqual(['period', '1', '2', '3']);
  });

  it('writes numbers that parse back to the same doubles, and NaN as an empty cell', () => {
    expect(rows[1]).toEqual(['1', '0.30000000000000004', '0.3333333333333333']);
    expect(rows[2]?.[1]).toBe('');
    expect(Number(rows[3]?.[1])).toBe(-1e-300);
    const alpha = rows.slice(1).map((r) => Number(r[2]));
    expect(Float64Array.from(alpha)).toEqual(result.columns.alpha);
    expect(csv.endsWith('\n')).toBe(true);
  });
});

describe('csvWithMeta (the app’s CSV export)', () => {
  const text = csvWithMeta(
    {
      title: 'Toy debt',
      subtitle: 'Lines: actual and\ncounterfactual',
      sources: ['Finance Canada.', 'StatCan.'],
      assumptions: ['Same primary balances', 'No feedback'],
      provenance: result.provenance,
      scenario,
      date: '2026-01-05',
    },
    result,
    ['Row 2 of zeta is empty: no data.'],
  );
  const lines = text.trimEnd().split('\n');
  const comments = lines.filter((l) => l.startsWith('# '));

  it('says above the table what it is, where it comes from, what it assumes and how to rebuild it', () => {
    expect(comments).toEqual([
      '# Toy debt',
      '# Lines: actual and counterfactual',
      '# Sources: Finance Canada. StatCan.',
      '# Assumption: Same primary balances',
      '# Assumption: No feedback',
      '# Row 2 of zeta is empty: no data.',
      '# Public Money Lab 0.1.0 · model toy 0.0.1 · scenario “Toy, "quoted"” · seed 7 · 2026-01-05',
      `# Scenario: ${JSON.stringify(scenario)}`,
      '# units: {"period":"quarter","zeta":"ratio","alpha":"CAD"}',
    ]);
    expect(JSON.parse(comments.at(-2)!.slice('# Scenario: '.length))).toEqual(scenario);
  });

  it('leaves the table intact below the comment lines', () => {
    const table = lines.filter((l) => !l.startsWith('#')).join('\n');
    expect(table).toBe(resultToCsv(result).trimEnd());
    expect(lines.findIndex((l) => !l.startsWith('#'))).toBe(comments.length);
  });
});

describe('units: one scheme for every CSV', () => {
  it('puts a `# units:` JSON line above the CLI table, naming the index and every column', () => {
    const text = seriesCsv(result);
    const [first, ...rest] = text.trimEnd().split('\n');
    expect(first).toBe('# units: {"period":"quarter","zeta":"ratio","alpha":"CAD"}');
    expect(rest.join('\n')).toBe(resultToCsv(result).trimEnd());
  });

  it('gives a Monte Carlo percentile column its median column’s unit, and refuses a column with none', () => {
    expect(columnUnit('zeta_p10', result.units)).toBe('ratio; 10th percentile across runs');
    expect(() => columnUnit('beta', result.units)).toThrow('no unit for column "beta"');
    expect(() => seriesCsv({ ...result, units: { zeta: 'ratio', alpha: 'CAD' } })).toThrow(
      'no unit for column "period"',
    );
  });

  it('refuses a summary key without a unit', () => {
    expect(() => resultSummaryJson({ ...result, summaryUnits: {} })).toThrow(
      'no unit for summary key "total"',
    );
  });
});

describe('resultSummaryJson', () => {
  it('carries scenario, summary, assumptions, sources and provenance, and survives JSON', () => {
    const summary = JSON.parse(JSON.stringify(resultSummaryJson(result)));
    expect(Object.keys(summary)).toEqual([
      'scenario',
      'summary',
      'units',
      'columnUnits',
      'assumptions',
      'sources',
      'provenance',
    ]);
    expect(summary.units).toEqual({ total: 'runs' });
    expect(summary.columnUnits).toEqual({ period: 'quarter', zeta: 'ratio', alpha: 'CAD' });
    expect(summary.scenario).toEqual(scenario);
    expect(summary.provenance.seed).toBe(7);
    expect(summary.summary).toEqual({ total: 3 });
  });
});

describe('export file names', () => {
  it('slugs the scenario name and dates the file', () => {
    const date = new Date(2026, 0, 5, 23, 59);
    expect(exportFileName('Canada from 1974: half the debt — à 0 %', 'svg', date)).toBe(
      'public-money-lab_canada-from-1974-half-the-debt-a-0_2026-01-05.svg',
    );
    expect(exportFileName('', '.png', date)).toBe('public-money-lab_scenario_2026-01-05.png');
    expect(slugify('x'.repeat(100))).toHaveLength(90);
    expect(slugify('???')).toBe('scenario');
  });

  it('keeps preset names whole, cuts longer ones at a word that ends a phrase, and keeps the card apart', () => {
    const date = new Date(2026, 0, 5, 12);
    const preset = 'Canada from 1974: half the federal debt held by the Bank of Canada at zero net interest';
    expect(slugify(preset)).toBe(
      'canada-from-1974-half-the-federal-debt-held-by-the-bank-of-canada-at-zero-net-interest',
    );
    const long = `${preset}, compared with the pension restatement of the year`;
    const slug = slugify(long);
    expect(slug.length).toBeLessThanOrEqual(90);
    expect(slug).toBe(
      'canada-from-1974-half-the-federal-debt-held-by-the-bank-of-canada-at-zero-net-interest',
    );
    expect(slugify(`${'word '.repeat(17)}of the bank`)).toBe(`${'word-'.repeat(16)}word`);
    const png = exportFileName(long, 'png', date);
    const card = exportFileName(long, 'png', date, 'card');
    expect(card).toBe(
      'public-money-lab_canada-from-1974-half-the-federal-debt-held-by-the-bank-of-canada-at-zero-net-interest-card_2026-01-05.png',
    );
    expect(card).not.toBe(png);
  });
});
