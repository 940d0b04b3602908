/** Every CSV states each column's unit, and the units agree with the values (issue 9 §2). */
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { fiscalYearLabel } from '../../../models/fiscal';
import { getPreset, listPresets } from '../../../models/scenario';
import { runScenario } from '../../../models/run';
import type { RunResult } from '../../../models/result';
import { csvWithMeta, resultSummaryJson, seriesCsv } from '../../../src-renderer/export';
import { shippedData } from '../helpers/data';

const data = shippedData();
const small = (s: Record<string, unknown>) =>
  s.model === 'abm' ? { ...s, households: 60, firms: 8, banks: 2, periods: 8 } : s;
const run = (name: string): RunResult => runScenario(small(getPreset(name) as never), { data });
const units = (csv: string) => {
  const line = csv.split('\n').find((l) => l.startsWith('# units: '));
  return JSON.parse(line!.slice('# units: '.length)) as Record<string, string>;
};
const header = (csv: string) =>
  csvParseRows(
    csv
      .split('\n')
      .filter((l) => !l.startsWith('#'))
      .join('\n'),
  )[0]!;

describe('every model, every preset', () => {
  for (const { name } of listPresets()) {
    it(`${name}: the CSV names a unit for every column and summary.json one for every summary key`, () => {
      const r = run(name);
      const csv = seriesCsv(r, r.notes);
      const u = units(csv);
      expect(Object.keys(u)).toEqual(header(csv));
      for (const v of Object.values(u)) expect(v.length).toBeGreaterThan(2);
      const json = JSON.parse(JSON.stringify(resultSummaryJson(r)));
      expect(Object.keys(json.units).sort()).toEqual(Object.keys(r.summary).sort());
      expect(json.columnUnits).toEqual(u);
    });
  }
});

describe('fiscal CSV: units agree with the values', () => {
  const r = run('canada-1974');
  const csv = csvWithMeta(
    {
      title: 'Canada',
      subtitle: 'Federal debt',
      sources: r.sources,
      assumptions: r.assumptions,
      provenance: r.provenance,
      scenario: getPreset('canada-1974'),
      date: '2026-01-01',
    },
    r,
    r.notes,
  );
  const rows = csvParseRows(
    csv
      .split('\n')
      .filter((l) => !l.startsWith('#'))
      .join('\n')
      .trimEnd(),
  );
  const col = (name: string, year: number) =>
    rows[rows.findIndex((row) => row[0] === String(year))]![rows[0]!.indexOf(name)]!;

  it('says CAD millions where the values are millions, and never says billions', () => {
    const u = units(csv);
    expect(u.actual_debt).toBe('CAD millions');
    // Finance Canada's federal debt, end of FY2012-13: $609.4 billion = 609,391 million.
    expect(Number(col('actual_debt', 2013))).toBe(609391);
    expect(csv.split('\n').filter((l) => l.startsWith('#') && /billion/i.test(l))).toEqual([]);
  });

  it('gives FY1961–62 the recorded charges, primary balance and rate, and leaves the residual empty, saying why', () => {
    expect(Number(col('actual_interest', 1962))).toBe(832);
    expect(Number(col('primary_balance', 1962))).toBe(-162);
    expect(Number(col('effective_rate', 1962))).toBeCloseTo(0.04021, 12);
    expect(col('identity_residual', 1962)).toBe('');
    const note = csv.split('\n').find((l) => l.startsWith('# The first row'));
    expect(note).toContain('identity_residual');
    expect(note).toContain('FY1960–61');
    expect(note).not.toContain('actual_interest');
  });
});

describe('net debt: the first year is Confederation', () => {
  const r = run('canada-net-debt-1974');
  it('leaves 1867 flows empty and says why, and labels 1867 truthfully', () => {
    expect(r.index[0]).toBe(1867);
    expect(Number.isNaN(r.columns.actual_interest![0]!)).toBe(true);
    expect(r.notes?.[0]).toMatch(/Confederation/);
    expect(fiscalYearLabel(1867, 'net-debt')).toBe('1867 (Confederation, 1 July)');
    expect(fiscalYearLabel(1868, 'net-debt')).toBe('FY1867–68');
    expect(fiscalYearLabel(1974, 'accumulated-deficit')).toBe('FY1973–74');
  });
});
