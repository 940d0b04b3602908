/** The essay's claims on the shipped data: every verdict and figure pinned, and proof they are computed. */
import { describe, expect, it } from 'vitest';
import { checkClaims, VERDICTS, type Claim } from '../../../models/claims';
import { checkYear } from '../../../models/claims/interest';
import { COMPOSITE_FILE, FISCAL_LONG_FILE } from '../../../models/fiscal/data';
import type { DataFiles } from '../../../models/model';
import { shippedData } from '../helpers/data';

const files = shippedData();
const report = checkClaims(files);
const claim = (id: number, r = report): Claim => r.claims.find((c) => c.id === id)!;
const figure = (c: Claim, id: string) => {
  const f = c.figures.find((x) => x.id === id);
  if (!f) throw new Error(`claim ${c.id} has no figure ${id}`);
  return f;
};

/** The shipped files with one line of one file replaced (the line must exist exactly once). */
function patched(file: string, from: string, to: string): DataFiles {
  const text = files[file]!;
  expect(text.split(from).length - 1, `${from} occurs once in ${file}`).toBe(1);
  return { ...files, [file]: text.replace(from, to) };
}

/** The composite file with columns of one fiscal year changed (it has no quoted fields). */
function editComposite(
  data: DataFiles,
  year: number,
  edits: Record<string, (v: number) => number>,
): DataFiles {
  const text = data[COMPOSITE_FILE]!;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const [header, ...rows] = text.split(eol);
  const cols = header!.split(',');
  const out = rows.map((row) => {
    const cells = row.split(',');
    if (cells[0] !== String(year)) return row;
    for (const [name, f] of Object.entries(edits)) {
      const k = cols.indexOf(name);
      expect(k, name).toBeGreaterThanOrEqual(0);
      cells[k] = String(f(Number(cells[k])));
    }
    return cells.join(',');
  });
  return { ...data, [COMPOSITE_FILE]: [header, ...out].join(eol) };
}

describe('claims on the shipped data', () => {
  it('checks five claims, each with a quotation, a rule, a verdict of the four, figures and a chart', () => {
    expect(report.claims.map((c) => c.id)).toEqual([1, 2, 3, 4, 5]);
    for (const c of report.claims) {
      expect(VERDICTS).toContain(c.verdict);
      expect(c.quote.length).toBeGreaterThan(40);
      expect(c.rule).toMatch(/hold|check/i);
      expect(c.where).toMatch(/Money and Investment/);
      expect(c.figures.length).toBeGreaterThan(1);
      expect(c.limits.length).toBeGreaterThan(0);
      for (const s of c.chart.series) expect(s.values).toHaveLength(c.chart.x.length);
      // A chart with no finite value would be empty.
      expect(c.chart.series.some((s) => s.values.some(Number.isFinite))).toBe(true);
    }
  });

  it('claim 1: $21B is net debt in FY1973–74 (holds); "nearly flat" does not hold in any view', () => {
    const c = claim(1);
    expect(c.verdict).toBe('holds in part');
    expect(c.parts.map((p) => [p.id, p.verdict])).toEqual([
      ['level', 'holds'],
      ['flat', 'does not hold'],
    ]);
    expect(figure(c, 'net-debt-1974').value).toBe(21.58);
    expect(figure(c, 'net-debt-1974').text).toBe('$21.6B');
    expect(figure(c, 'accumulated-deficit-1974').value).toBe(26.191);
    // (21,580 − 76) / 21,580 in current dollars.
    expect(figure(c, 'range-nominal').value).toBeCloseTo((100 * (21580 - 76)) / 21580, 6);
    expect(figure(c, 'range-real').value).toBeCloseTo(157.8, 1);
    expect(figure(c, 'range-gdp').value).toBeCloseTo(607, 0);
    expect(figure(c, 'gdp-peak').years).toBe('FY1945–46');
    expect(figure(c, 'gdp-peak').value).toBeCloseTo((100 * 13421) / 12108.771, 6);
    // 1867–1974 movement ÷ the 1974→2013 rise: (21,580 − 76) / (670,422 − 21,580).
    expect(figure(c, 'sliver').value).toBeCloseTo((100 * (21580 - 76)) / (670422 - 21580), 6);
  });

  it('claim 2: both measures are over $600B at the end of FY2012–13', () => {
    const c = claim(2);
    expect(c.verdict).toBe('holds');
    expect(figure(c, 'net-debt-2013').value).toBe(670.422);
    expect(figure(c, 'accumulated-deficit-2013').value).toBe(609.391);
    expect(figure(c, 'growth-net-debt').value).toBeCloseTo(670422 / 21580, 9);
  });

  it('claim 3: $1,500B of debt charges FY1974–75 to FY2024–25, past $1 trillion in FY2007–08', () => {
    const c = claim(3);
    expect(c.verdict).toBe('holds');
    expect(figure(c, 'total-nominal').value).toBeCloseTo(1499.752, 6);
    expect(figure(c, 'total-nominal').years).toBe('FY1974–75 to FY2024–25');
    expect(figure(c, 'crossed').text).toBe('FY2007–08');
    expect(figure(c, 'total-real').years).toBe('FY1974–75 to FY2023–24');
    expect(figure(c, 'total-real').value).toBeGreaterThan(figure(c, 'total-nominal').value);
  });

  it('claim 4: does not hold in FY2017–18 (seniors’ benefits and the health transfer exceed interest)', () => {
    const c = claim(4);
    expect(c.verdict).toBe('does not hold');
    expect(figure(c, 'interest-2018').value).toBe(21.9);
    expect(figure(c, 'seniors-2018').value).toBeCloseTo(50.644317, 9);
    expect(figure(c, 'health-2018').value).toBeCloseTo(37.123934, 9);
    expect(figure(c, 'seniors-2012').value).toBeCloseTo(38.044644, 9);
    expect(figure(c, 'interest-2012').value).toBe(28.143);
    expect(c.finding).toMatch(/FY2011–12, FY2015–16, FY2017–18/);
    expect(c.limits.join(' ')).toMatch(/What would settle it/);
    // The "84 percent of GDP" is general-government gross debt (86.1% in 2013), not federal (36.7%).
    expect(c.limits.join(' ')).toMatch(/36\.7% of GDP.*86\.1%/);
  });

  it('claim 4 per year: an item only known in part can refute, never confirm', () => {
    const item = (id: 'health' | 'defence' | 'seniors', bound: 'exact' | 'at least', v: number) => ({
      id,
      label: id,
      bound,
      values: new Map([[2000, { value: v, source: 'test' }]]),
    });
    const smaller = [item('health', 'exact', 1), item('defence', 'exact', 1), item('seniors', 'exact', 1)];
    expect(checkYear(2000, 10, smaller).verdict).toBe('holds in part');
    expect(checkYear(2000, 10, [...smaller.slice(1), item('health', 'at least', 1)]).verdict).toBe(
      'cannot be checked with these data',
    );
    expect(checkYear(2000, 10, [...smaller.slice(1), item('health', 'at least', 11)]).verdict).toBe(
      'does not hold',
    );
    expect(checkYear(1999, 10, smaller).verdict).toBe('cannot be checked with these data');
  });

  it('claim 5: cannot be checked; shows the effective rate and the revenue share, and the one BoC date', () => {
    const c = claim(5);
    expect(c.verdict).toBe('cannot be checked with these data');
    expect(figure(c, 'effective-rate-mean').value).toBeCloseTo(3.65, 2);
    expect(figure(c, 'effective-rate-range').text).toBe('2.62% (FY1950–51) to 6.08% (FY1973–74)');
    expect(figure(c, 'revenue-share-mean').value).toBeCloseTo(16.3, 1);
    // Highest in FY1935–36: 135 of 361.9 (JST central revenue, calendar 1935, in millions).
    expect(figure(c, 'revenue-share-range').value).toBeCloseTo((100 * 135) / 361.871929, 6);
    expect(figure(c, 'boc-share-snapshot').value).toBeCloseTo((100 * 207386) / 1520016, 9);
    expect(c.limits.join(' ')).toMatch(/No historical series of the Bank of Canada/);
    expect(c.chart.x[0]).toBe(1936);
    expect(c.chart.x.at(-1)).toBe(1974);
  });
});

describe('claims are computed from the data files', () => {
  it('a different 1974 net debt turns claim 1 from "holds in part" to "does not hold"', () => {
    const r = checkClaims(
      patched(
        FISCAL_LONG_FILE,
        '1973/1974,1974,fed_net_debt_statcan,21580,',
        '1973/1974,1974,fed_net_debt_statcan,25580,',
      ),
    );
    expect(claim(1, r).verdict).toBe('does not hold');
    expect(figure(claim(1, r), 'net-debt-1974').text).toBe('$25.6B');
  });

  it('a lower 2013 accumulated deficit makes claim 2 hold only in part', () => {
    // The restatement residuals of 2013 and 2014 absorb the change, so the debt identity still holds.
    const cut = 609391 - 590000;
    let edited = editComposite(files, 2013, {
      accumulated_deficit: () => 590000,
      identity_residual: (v) => v - cut,
    });
    edited = editComposite(edited, 2014, { identity_residual: (v) => v + cut });
    const r = checkClaims(edited);
    expect(claim(2, r).verdict).toBe('holds in part');
  });

  it('a missing data file is a DataError naming it', () => {
    const { [FISCAL_LONG_FILE]: _gone, ...rest } = files;
    expect(() => checkClaims(rest)).toThrow(/canada_federal_fiscal_long\.csv: data file missing/);
  });
});
