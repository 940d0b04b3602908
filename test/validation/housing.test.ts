/**
 * Acceptance (issue 8 §1): in abm-mortgage-private at default scale, measured as the report card
 * measures (its plan: quarters 201–400, 8 seeds, runs in the card's worker pool), household debt is
 * 0.6–1.2 × annual GDP and private-bank loans (mortgages + firm loans) are at least half of the
 * money stock: the median over quarters of each seed, then the median over seeds, with at least 7
 * of 8 seeds in range (the card's rule).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ABM_PRESETS } from '../../models/abm';
import { planValidation } from '../../models/abm/validation';
import { withPool } from '../../src-main/cli/commands/validate';

const SEEDS = 8;
const debtToGdp: number[] = [];
const loansToMoney: number[] = [];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

beforeAll(async () => {
  const plan = planValidation(ABM_PRESETS['abm-mortgage-private']!, SEEDS);
  const results = await withPool(SEEDS, (run) =>
    Promise.all(plan.seeds.map((seed) => run({ ...plan.scenario, seed }))),
  );
  for (const r of results) {
    if (r instanceof Error) throw r;
    const c = r.columns;
    const d: number[] = [];
    const l: number[] = [];
    for (let t = plan.window.from - 1; t < plan.window.to; t++) {
      d.push(c.household_debt![t]! / (4 * c.gdp_nominal![t]!));
      l.push((c.money_from_mortgages![t]! + c.money_from_firm_loans![t]!) / c.money_stock![t]!);
    }
    debtToGdp.push(median(d));
    loansToMoney.push(median(l));
  }
  console.log(
    `abm-mortgage-private, quarters ${plan.window.from}–${plan.window.to}: household debt / GDP by seed ${debtToGdp.map((x) => x.toFixed(2)).join(' ')}; private-bank loans / money ${loansToMoney.map((x) => x.toFixed(2)).join(' ')}`,
  );
});

describe('mortgages are the main source of private bank money (issue 8 §1)', () => {
  it('household debt is 0.6–1.2 × annual GDP', () => {
    expect(median(debtToGdp)).toBeGreaterThanOrEqual(0.6);
    expect(median(debtToGdp)).toBeLessThanOrEqual(1.2);
    expect(debtToGdp.filter((x) => x >= 0.6 && x <= 1.2).length).toBeGreaterThanOrEqual(7);
  });

  it('private-bank loans (mortgages + firm loans) are at least half of the money stock', () => {
    expect(median(loansToMoney)).toBeGreaterThanOrEqual(0.5);
    expect(loansToMoney.filter((x) => x >= 0.5).length).toBeGreaterThanOrEqual(7);
  });
});
