/**
 * Why owners' dividends move against output (models/abm/CALIBRATION.md, "Dividends over the
 * cycle"): a firm pays out its deposits above what it keeps for next quarter's planned wage bill,
 * so out of the same profit a firm that expects more sales keeps more and pays less.
 */
import { describe, expect, it } from 'vitest';
import { ABM_PRESETS, type AbmScenario } from '../../../models/abm';
import { FIRM_PRIVATE, firmTaxesAndProfits, produce } from '../../../models/abm/firms';
import { createEconomy } from '../../../models/abm/state';

function small(): AbmScenario {
  const s = structuredClone(ABM_PRESETS['abm-private-debt']!);
  return { ...s, households: 2000, firms: 100, banks: 4, periods: 60 };
}

/** One private firm's dividend and profit this quarter, with its sales expectation scaled by `boom`. */
function dividendOf(boom: number): { dividend: number; profit: number } {
  const E = createEconomy(small());
  const f = Array.from({ length: E.nC }, (_, i) => i).find((i) => E.firms.kind[i] === FIRM_PRIVATE)!;
  produce(E);
  E.firms.revenue[f] = E.firms.wageBill[f]! * 1.6;
  E.firms.dep[f]! += E.firms.wageBill[f]! * 2;
  E.firms.expected[f]! *= boom;
  firmTaxesAndProfits(E);
  return { dividend: E.firms.dividend[f]!, profit: E.firms.profit[f]! };
}

describe('dividends (residual payout)', () => {
  it('out of the same profit, a firm that expects 40% more sales keeps more for wages and pays a smaller dividend', () => {
    const calm = dividendOf(1);
    const boom = dividendOf(1.4);
    expect(calm.profit).toBeGreaterThan(0);
    expect(boom.profit).toBeCloseTo(calm.profit, 6);
    expect(calm.dividend).toBeGreaterThan(0);
    expect(boom.dividend).toBeLessThan(0.9 * calm.dividend);
  });
});
