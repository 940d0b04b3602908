import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../models/run';
import { getPreset, ScenarioError } from '../../../models/scenario';
import { parseCountryTable, TableError } from '../../../models/fiscal/table';

const DIR = resolve(__dirname, '../../../models/data/template');
const EXAMPLE = readFileSync(resolve(DIR, 'SYNTHETIC_example_country_table.csv'), 'utf8');
const HEAD = [
  '# country: Testland',
  '# currency: TST',
  '# unit: billions',
  '# fiscal-year: calendar year',
  '# source: a test',
];
const table = (...rows: string[]) =>
  [...HEAD, 'year,debt,interest,primary_balance,gdp,cpi', ...rows].join('\n');
const ok = table('2000,100,5,0,1000,100', '2001,110,10,0,1000,101', '2002,118,11,3,1100,102');

function errorOf(text: string, file = 't.csv'): string {
  try {
    parseCountryTable(text, file);
  } catch (e) {
    expect(e).toBeInstanceOf(TableError);
    expect(e).toBeInstanceOf(ScenarioError);
    return (e as Error).message;
  }
  throw new Error('no error');
}

describe('country table parser', () => {
  it('reads a table into the internal form, computing the identity residual and missing rates', () => {
    const t = parseCountryTable(
      table('2000,100,5,0,1000,100', '2001,110,10,0,1000,101', '2002,120,11,3,1100,102'),
      't.csv',
    );
    expect(t.years).toEqual([2000, 2001, 2002]);
    expect([...t.debt]).toEqual([100, 110, 120]);
    // Row 0 is the opening stock: its flows as recorded; what needs the year before is NaN, not 0.
    expect([...t.interest]).toEqual([5, 10, 11]);
    expect([...t.primaryBalance]).toEqual([0, 0, 3]);
    // 2002: 120 − 110 − 11 + 3 = 2, shown rather than hidden.
    expect([...t.residual]).toEqual([NaN, 0, 2]);
    expect(t.effectiveRate[0]).toBeNaN();
    expect(t.effectiveRate[1]).toBeCloseTo(0.1, 12);
    expect(t.effectiveRate[2]).toBeCloseTo(0.1, 12);
    expect(t.meta).toMatchObject({
      country: 'Testland',
      currency: 'TST',
      perBillion: 1,
      userSupplied: true,
      file: 't.csv',
    });
    expect(t.sources[0]).toContain('data supplied by the user: a test');
    expect(t.sources[1]).toMatch(/interest ÷ the previous year's debt/);
  });

  it('names the missing # line', () => {
    const noSource = ok.replace('# source: a test\n', '');
    expect(errorOf(noSource)).toMatch(/^t\.csv: missing the "# source:" line/);
    expect(errorOf(ok.replace('# unit: billions', '# unit: lakhs'))).toBe(
      't.csv, line 3: "# unit:" must be one of units, thousands, millions, billions (got "lakhs")',
    );
    expect(errorOf(ok.replace('# country: Testland', '# country:'))).toBe(
      't.csv, line 1: "# country:" is empty',
    );
  });

  it("names the line (the file's own, # lines counted) and the column of a bad number", () => {
    const bad = table('2000,100,5,0,1000,100', '2001,1x0,10,0,1000,101');
    expect(errorOf(bad)).toBe('t.csv, line 8, column debt: not a number: "1x0"');
    // A comment between rows still counts as a line.
    const commented = table('2000,100,5,0,1000,100', '# a note', '2001,110,10,0,,101');
    expect(errorOf(commented)).toBe('t.csv, line 9, column gdp: is empty');
    expect(errorOf(table('2000,100,5,0,1000,100', '2001,110,10,0,1000,101,7'))).toBe(
      't.csv, line 8: 7 fields, but the header has 6',
    );
    expect(errorOf(table('2000,100,5,0,1000,100', '2001,110,10,0,1000,0'))).toBe(
      't.csv, line 8, column cpi: must be more than 0',
    );
  });

  it('names a missing or unknown column on the header line', () => {
    const noCpi = [...HEAD, 'year,debt,interest,primary_balance,gdp', '2000,1,1,1,1'].join('\n');
    expect(errorOf(noCpi)).toMatch(/^t\.csv, line 6, column cpi: missing \(required columns: year, debt/);
    const typo = [
      ...HEAD,
      'year,debt,interest,primary_balance,gdp,cpi,effective_rat',
      '2000,1,1,1,1,1,1',
    ].join('\n');
    expect(errorOf(typo)).toMatch(/^t\.csv, line 6, column effective_rat: unknown column/);
  });

  it('refuses duplicate and non-consecutive years', () => {
    expect(errorOf(table('2000,100,5,0,1000,100', '2001,110,10,0,1000,101', '2001,110,10,0,1000,101'))).toBe(
      't.csv, line 9, column year: 2001 appears twice (first on line 8)',
    );
    expect(errorOf(table('2000,100,5,0,1000,100', '2002,110,10,0,1000,101'))).toBe(
      't.csv, line 8, column year: 2002 does not follow 2000 (one row per year, consecutive, ascending)',
    );
    expect(errorOf(table('2000,100,5,0,1000,100'))).toMatch(/needs at least two years/);
  });

  it('refuses a percent where a fraction belongs, and a residual that contradicts the identity', () => {
    const pct = [
      ...HEAD,
      'year,debt,interest,primary_balance,gdp,cpi,effective_rate',
      '2000,1,1,1,1,1,',
      '2001,2,1,0,1,1,5',
    ].join('\n');
    expect(errorOf(pct)).toBe(
      't.csv, line 8, column effective_rate: must be a fraction between 0 and 1 (0.05 is 5%)',
    );
    const res = [
      ...HEAD,
      'year,debt,interest,primary_balance,gdp,cpi,residual',
      '2000,100,1,1,1,1,',
      '2001,110,10,0,1,1,4',
    ].join('\n');
    expect(errorOf(res)).toBe(
      't.csv, line 8, column residual: 4 does not match debt change − interest + primary balance = 0',
    );
  });

  it('reads the shipped synthetic example, which says it is synthetic', () => {
    expect(EXAMPLE.split('\n')[0]).toMatch(/^# SYNTHETIC DATA/);
    const t = parseCountryTable(EXAMPLE, 'SYNTHETIC_example_country_table.csv');
    expect(t.years[0]).toBe(1970);
    expect(t.years.at(-1)).toBe(2023);
    expect(t.meta?.country).toMatch(/synthetic/i);
    expect(t.residual[t.years.indexOf(1990)]).toBeCloseTo(-5000, 6);
    // The template itself has every required # line and column and no rows: it parses up to "two years".
    const template = readFileSync(resolve(DIR, 'country_table_template.csv'), 'utf8');
    expect(errorOf(template, 'template.csv')).toMatch(/needs at least two years/);
  });
});

describe('the fiscal model on a user table', () => {
  const key = 'file:SYNTHETIC_example_country_table.csv';
  const data = { [key]: EXAMPLE };
  const scenario = (params: Record<string, unknown>) => {
    const s = getPreset('canada-1974');
    Object.assign(s.params as object, { country: key, ...params });
    return s;
  };

  for (const method of ['average-rate', 'proportional'] as const) {
    it(`s = 0 reproduces the table's debt to the unit (${method})`, () => {
      const r = runScenario(scenario({ publicShare: 0, method, endYear: 2023 }), { data });
      const t = parseCountryTable(EXAMPLE, 'x');
      const actual = r.columns.actual_debt!;
      const cf = r.columns.counterfactual_debt!;
      expect(actual.length).toBe(2023 - 1970 + 1);
      for (let i = 0; i < actual.length; i++) {
        expect(actual[i]).toBe(t.debt[i]);
        expect(cf[i]).toBeCloseTo(t.debt[i]!, 6);
      }
    });
  }

  it('runs both methods and the decomposition, and says whose data it is', () => {
    const r = runScenario(scenario({ publicShare: 0.5, endYear: 2023 }), { data });
    expect(r.summary.final_debt_counterfactual as number).toBeLessThan(r.summary.final_debt_actual as number);
    const d = (
      r.extras as {
        decomposition: { change: number; interest: number; primaryBalance: number; restatements: number };
      }
    ).decomposition;
    expect(d.change).toBeCloseTo(d.interest - d.primaryBalance + d.restatements, 6);
    expect(r.sources[0]).toContain('data supplied by the user: synthetic example generated');
    expect(r.units.actual_debt).toBe('SYN millions');
    expect(r.summary.max_abs_identity_residual).toBeCloseTo(5000, 6);
    expect(r.assumptions.join(' ')).not.toMatch(/Bank of Canada/);
    const p = runScenario(scenario({ publicShare: 0.5, method: 'proportional', endYear: 2023 }), { data });
    expect(p.summary.final_debt_counterfactual).not.toBe(r.summary.final_debt_counterfactual);
  });

  it("checks the scenario's years against the table, naming the field", () => {
    expect(() => runScenario(scenario({ firstCounterfactualYear: 1970 }), { data })).toThrowError(
      /params\.firstCounterfactualYear: must be between 1971 and 2023 for SYNTHETIC_example_country_table\.csv/,
    );
    expect(() => runScenario(scenario({ endYear: 2030 }), { data })).toThrowError(
      /params\.endYear: must be between/,
    );
    expect(() => runScenario(scenario({ view: 'real', cpiBaseYear: 1900 }), { data })).toThrowError(
      /params\.cpiBaseYear: .* has no CPI for 1900/,
    );
  });

  it('names the country field when the table was not supplied, and refuses other countries', () => {
    expect(() => runScenario(scenario({}), { data: {} })).toThrowError(
      /params\.country: the table "SYNTHETIC_example_country_table\.csv" was not supplied/,
    );
    expect(() => runScenario(scenario({ country: 'france' }), { data })).toThrowError(
      /params\.country: must be "canada" .* or "file:PATH"/,
    );
  });
});
