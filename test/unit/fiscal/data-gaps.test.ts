import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../models/run';
import { getPreset } from '../../../models/scenario';
import { shippedData } from '../helpers/data';

describe('years without GDP or CPI data', () => {
  it('net debt: 1867 has empty GDP and CPI cells, and the assumptions (in every export) say why', () => {
    const r = runScenario(getPreset('canada-net-debt-1974'), { data: shippedData() });
    expect(r.index[0]).toBe(1867);
    expect(r.columns.gdp_nominal![0]).toBeNaN();
    expect(r.columns.cpi![0]).toBeNaN();
    expect(r.columns.actual_debt_pct_gdp![0]).toBeNaN();
    expect(Number.isFinite(r.columns.gdp_nominal![1])).toBe(true);
    expect(r.assumptions).toContain(
      'No GDP data for 1867: gdp_nominal and the % of GDP columns are empty there, and the % of GDP chart starts where GDP does (1868).',
    );
    expect(
      r.assumptions.filter((a) => a.startsWith('No CPI data for 1867: cpi is empty there')),
    ).toHaveLength(1);
  });

  it('the accumulated-deficit measure has every year, so no such note', () => {
    const r = runScenario(getPreset('canada-1974'), { data: shippedData() });
    expect(r.assumptions.some((a) => /^No (GDP|CPI) data/.test(a))).toBe(false);
  });
});
