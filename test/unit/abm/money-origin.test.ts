import { describe, expect, it } from 'vitest';
import { runAbm, type AbmScenario } from '../../../models/abm';
import { ABM_PRESETS } from '../../../models/abm/presets';

const small = (name: string): AbmScenario => ({
  ...ABM_PRESETS[name]!,
  households: 400,
  firms: 20,
  banks: 2,
  periods: 40,
});

const PARTS = [
  'money_from_firm_loans',
  'money_from_mortgages',
  'money_from_public_bank_credit',
  'money_from_public_spending',
  'money_from_bank_bonds',
  'money_from_other_net',
] as const;

describe('money stock by origin', () => {
  for (const name of Object.keys(ABM_PRESETS)) {
    it(`${name}: the counterparts minus bank equity equal the money stock every quarter`, () => {
      const r = runAbm(small(name));
      const c = r.columns;
      for (let i = 0; i < r.index.length; i++) {
        const sum = PARTS.reduce((a, k) => a + c[k]![i]!, 0) - c.bank_equity![i]!;
        expect(Math.abs(sum - c.money_stock![i]!)).toBeLessThanOrEqual(1e-7 * c.money_stock![i]!);
      }
    });
  }

  it('each counterpart is the stock it names', () => {
    const pd = runAbm(small('abm-private-debt')).columns;
    const df = runAbm(small('abm-debt-free')).columns;
    const pb = runAbm(small('abm-public-bank')).columns;
    const tiered = runAbm(small('abm-tiered-rates')).columns;
    const last = 39;
    // No household credit in this model version, so no money from mortgages.
    expect(Math.max(...pd.money_from_mortgages!)).toBe(0);
    // Private-bank firm loans are the private loans of the existing column.
    expect(pd.money_from_firm_loans![last]).toBeCloseTo(pd.money_from_private_loans![last]!, 6);
    // Without a public bank financing anything, public money spent is zero and banks hold the debt.
    expect(Math.max(...pd.money_from_public_spending!)).toBe(0);
    expect(pd.money_from_bank_bonds![last]).toBeCloseTo(pd.gov_debt_private![last]!, 6);
    // Interest-free: the public bank's bonds; debt-free: the cumulative credits.
    expect(pb.money_from_public_spending![last]).toBeCloseTo(pb.gov_debt_public_bank![last]!, 6);
    expect(df.money_from_public_spending![last]).toBeCloseTo(df.debt_free_issued![last]!, 6);
    expect(df.money_from_public_spending![last]).toBeGreaterThan(0);
    // Public-bank credit appears only when the public bank lends.
    expect(Math.max(...pd.money_from_public_bank_credit!)).toBe(0);
    expect(tiered.money_from_public_bank_credit![last]).toBeCloseTo(tiered.public_bank_loans![last]!, 6);
    expect(tiered.money_from_public_bank_credit![last]).toBeGreaterThan(0);
  });
});
