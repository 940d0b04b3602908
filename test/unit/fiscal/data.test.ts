import { describe, expect, it } from 'vitest';
import {
  DataError,
  loadAccumulatedDeficit,
  loadNetDebt,
  COMPOSITE_FILE,
  FISCAL_LONG_FILE,
} from '../../../models/fiscal/data';
import { MEASURE_RANGES } from '../../../models/fiscal/scenario';
import { shippedData } from '../helpers/data';

const files = shippedData();

describe('Canadian data loading', () => {
  it('reads the accumulated deficit FY1961-62 to FY2021-22 with the published values', () => {
    const t = loadAccumulatedDeficit(files);
    expect(t.years[0]).toBe(MEASURE_RANGES['accumulated-deficit'].firstYear);
    expect(t.years.at(-1)).toBe(MEASURE_RANGES['accumulated-deficit'].lastFlowYear);
    const at = (y: number) => t.years.indexOf(y);
    expect(t.debt[at(1974)]).toBe(26191);
    expect(t.debt[at(2013)]).toBe(609391);
    expect(t.interest[at(1984)]).toBe(20430);
    expect(t.residual[at(1984)]).toBe(-11782);
    expect(t.effectiveRate[at(1975)]).toBeCloseTo(0.06794, 10);
    // GDP pairs fiscal year 1961-62 with calendar 1961 (as the composite's gdp_calendar_prev_year).
    expect(t.gdp[0]).toBe(42026);
  });

  it('reads the net federal debt 1867 to FY2018-19 flows, primary balance from the cash deficit', () => {
    const t = loadNetDebt(files);
    expect(t.years[0]).toBe(MEASURE_RANGES['net-debt'].firstYear);
    expect(t.years.at(-1)).toBe(MEASURE_RANGES['net-debt'].lastFlowYear);
    const i = t.years.indexOf(1974);
    expect(t.debt[i]).toBe(21580); // the essay's "just over $21 billion in 1974"
    expect(t.interest[i]).toBe(2809);
    expect(t.primaryBalance[i]).toBe(-(1548 - 2809));
    expect(t.residual[i]).toBe(21580 - 20123 - 1548);
  });

  it('names file, line and column for a malformed value', () => {
    const broken = { ...files, [COMPOSITE_FILE]: files[COMPOSITE_FILE]!.replace('26191.0', '26x91') };
    expect(() => loadAccumulatedDeficit(broken)).toThrowError(
      new DataError(`${COMPOSITE_FILE}, line 14, column accumulated_deficit: not a number: "26x91"`),
    );
  });

  it('refuses a missing flow inside the range instead of producing NaN', () => {
    const broken = { ...files, [COMPOSITE_FILE]: files[COMPOSITE_FILE]!.replace(',2565.0,', ',,') };
    expect(() => loadAccumulatedDeficit(broken)).toThrow(/fiscal year 1974: public_debt_charges is missing/);
  });

  it('refuses a missing data file and a duplicated year', () => {
    const { [FISCAL_LONG_FILE]: _gone, ...rest } = files;
    expect(() => loadNetDebt(rest)).toThrow(/canada_federal_fiscal_long.csv: data file missing/);
    const dup =
      files[FISCAL_LONG_FILE]! + '1973/1974,1974,fed_net_debt_statcan,1,"CAD millions",FON_FEDDEBT,\n';
    expect(() => loadNetDebt({ ...files, [FISCAL_LONG_FILE]: dup })).toThrow(/two values for 1974/);
  });
});
