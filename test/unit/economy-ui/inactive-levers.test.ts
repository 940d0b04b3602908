/** The editor says at a field when the rest of the scenario switches its lever off (issue 8's new levers). */
import { describe, expect, it } from 'vitest';
import { ABM_PRESETS, PARAM_DOCS } from '../../../models/abm';
import { inactiveReason } from '../../../src-renderer/views/economy/ParamEditor';

const params = (preset: string) => ABM_PRESETS[preset]!.params;
const housingKeys = Object.entries(PARAM_DOCS)
  .filter(([k, d]) => d.group === 'Housing and mortgages' && k !== 'housingMarket')
  .map(([k]) => k);

describe('levers the scenario switches off', () => {
  it('every housing parameter says it has no effect without the housing market, and none does with it', () => {
    expect(housingKeys).toContain('publicBankMortgages');
    expect(housingKeys).toContain('maxLoanToValue');
    for (const k of housingKeys)
      expect(inactiveReason(k, params('abm-private-debt')), k).toMatch(/without the housing market/);
    expect(inactiveReason('housingMarket', params('abm-private-debt'))).toBeUndefined();
    for (const k of ['maxLoanToValue', 'mortgageSpread', 'publicBankMortgages'])
      expect(inactiveReason(k, params('abm-mortgage-private')), k).toBeUndefined();
  });

  it("the public bank's mortgage terms say they wait for its household tier", () => {
    for (const k of ['publicMortgageSpread', 'publicMortgageMaxLtv', 'publicMortgageLimit']) {
      expect(inactiveReason(k, params('abm-mortgage-private')), k).toMatch(/household tier is off/);
      expect(inactiveReason(k, params('abm-mortgage-public-bank')), k).toBeUndefined();
    }
  });

  it("households' bond rule says it waits for a bond share above zero", () => {
    for (const k of ['householdBondRateSensitivity', 'householdBondBuffer']) {
      expect(inactiveReason(k, params('abm-private-debt')), k).toMatch(/hold no bonds/);
      expect(inactiveReason(k, params('abm-household-bonds')), k).toBeUndefined();
    }
    expect(inactiveReason('householdBondShare', params('abm-private-debt'))).toBeUndefined();
  });
});
