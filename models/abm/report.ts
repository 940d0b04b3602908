/** Summary figures and the plain-words assumptions every result and export carries. */
import type { AbmRawResult } from './economy';
import { PERIODS_PER_YEAR, type AbmScenario } from './params';
import { STRICT_SENSITIVITY } from './households';

function meanLast(a: Float64Array, n: number): number {
  const k = Math.min(n, a.length);
  let s = 0;
  for (let i = a.length - k; i < a.length; i++) s += a[i]!;
  return k > 0 ? s / k : NaN;
}

function sum(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]!;
  return s;
}

/** Unit of every abmSummary key, for summary.json's `units` map. */
export const SUMMARY_UNITS: Record<string, string> = {
  regime: 'text (money regime)',
  periods: 'quarters',
  finalGovDebtToGdp: 'ratio to annual GDP',
  finalPrivateDebtToGdp: 'ratio to annual GDP',
  finalMoneyToGdp: 'ratio to annual GDP',
  cumulativeInterestToPrivateCreditors: 'currency units, sum over all quarters',
  cumulativeInterestToPrivateCreditorsToFinalAnnualGdp: 'ratio to final annual GDP',
  debtFreeIssued: 'currency units, cumulative',
  meanInflationLast10Years: 'annualised rate',
  meanUnemploymentLast10Years: 'rate',
  meanGiniIncomeLast10Years: 'index 0–1',
  meanGiniWealthLast10Years: 'index 0–1',
  finalCoopOutputShare: 'share of firm output',
  finalSocialOutputShare: 'share of firm output',
  realGdpGrowthPerYear: 'rate per year',
  totalBankruptcies: 'firms',
  sfcMaxError: 'relative error',
  invariantsHeld: 'true/false',
};

export function abmSummary(s: AbmScenario, raw: AbmRawResult): Record<string, number | string | boolean> {
  const c = raw.columns;
  const last = raw.periods - 1;
  const tail = Math.min(40, raw.periods);
  let worst = 0;
  for (let i = 0; i < raw.periods; i++) worst = Math.max(worst, c.sfc_max_error[i]!);
  return {
    regime: s.params.moneyRegime,
    periods: raw.periods,
    finalGovDebtToGdp: c.gov_debt_to_gdp[last]!,
    finalPrivateDebtToGdp: c.private_debt_to_gdp[last]!,
    finalMoneyToGdp: c.money_to_gdp[last]!,
    cumulativeInterestToPrivateCreditors: sum(c.gov_interest_to_private),
    cumulativeInterestToPrivateCreditorsToFinalAnnualGdp:
      sum(c.gov_interest_to_private) / (PERIODS_PER_YEAR * c.gdp_nominal[last]!),
    debtFreeIssued: c.debt_free_issued[last]!,
    meanInflationLast10Years: meanLast(c.inflation, tail),
    meanUnemploymentLast10Years: meanLast(c.unemployment, tail),
    meanGiniIncomeLast10Years: meanLast(c.gini_income, tail),
    meanGiniWealthLast10Years: meanLast(c.gini_wealth, tail),
    finalCoopOutputShare: c.coop_output_share[last]!,
    finalSocialOutputShare: c.social_output_share[last]!,
    realGdpGrowthPerYear:
      Math.pow(c.gdp_real[last]! / c.gdp_real[0]!, PERIODS_PER_YEAR / Math.max(1, raw.periods - 1)) - 1,
    totalBankruptcies: sum(c.bankruptcies),
    sfcMaxError: worst,
    invariantsHeld: true,
  };
}

export function abmAssumptions(s: AbmScenario): string[] {
  const p = s.params;
  const pct = (x: number) => `${+(x * 100).toFixed(2)}%`;
  const regime =
    p.moneyRegime === 'private-debt'
      ? 'All government financing needs are met by bonds sold to private banks at the policy rate plus the term premium.'
      : `A share ${pct(p.publicShare)} of each financing need is met by the public bank ${p.moneyRegime === 'public-bank-debt-free' ? 'with debt-free credits (no bond; its net worth falls)' : 'holding zero-interest bonds'}; the rest is sold to private banks.`;
  return [
    `${s.households.toLocaleString('en-US')} households, ${s.firms.toLocaleString('en-US')} firms, ${s.banks} private banks, one public bank and the government; ${s.periods} quarters; seed ${s.seed}.`,
    'A period is a quarter; rates in the parameters are annual and divided by 4.',
    p.priceSensitivity >= STRICT_SENSITIVITY
      ? `Each quarter a household compares its last supplier and ${p.searchFirms} random firms and buys from the cheapest with stock.`
      : `Each quarter a household compares its last supplier and ${p.searchFirms} random firms and picks one with stock with probability ∝ (price ÷ average price)^−${p.priceSensitivity}, so cheaper firms win more often but not always (price sensitivity ${STRICT_SENSITIVITY} or more: always the cheapest).`,
    regime,
    `Policy rate: ${typeof p.policyRate === 'number' ? pct(p.policyRate) : `formula ${p.policyRate}`}; every other rate is a spread over it, floored at zero.`,
    p.publicBankLendsToSocial
      ? `The public bank lends to co-ops and social enterprises at policy ${p.spreadCooperatives >= 0 ? '+' : '−'} ${pct(Math.abs(p.spreadCooperatives))} and policy ${p.spreadSocialEnterprises >= 0 ? '+' : '−'} ${pct(Math.abs(p.spreadSocialEnterprises))}, up to ${pct(p.publicBankCapacity)} of GDP a year.`
      : 'The public bank does not lend to the social economy: co-ops and social enterprises borrow from private banks at the private rate.',
    typeof p.citizensIncome === 'number' && p.citizensIncome === 0
      ? "No citizen's income."
      : `Citizen's income per household per quarter: ${p.citizensIncome}; ${pct(p.citizensIncomeMoneyShare)} of it credited debt-free by the public bank, the rest from the budget.`,
    `Taxes: income ${pct(p.incomeTaxRate)}, corporate ${pct(p.corporateTaxRate)} (private firms and banks), capital income ${pct(p.capitalIncomeTaxRate)}, wealth ${pct(p.wealthTaxRate)} a year above ${p.wealthTaxThreshold} years of the average wage.`,
    // Measured (seed 1, default scale, abm-private-debt run for 600 quarters): the Ginis and
    // unemployment drift for decades before settling. Said on screen so nobody reads the drift
    // as an effect of policy.
    'Every household starts with the same deposits and every employed worker earns the same wage, so inequality and unemployment build up over decades (private-debt economy, seed 1: income Gini 0.06 in quarter 1, 0.28 in quarter 200, 0.37–0.40 from quarter 300 on). Compare scenarios with each other, not with the first quarters.',
    'One perishable good made with labour only: no capital goods, no inventories, no productivity growth; firms borrow only for their wage bill.',
    'All firms pay the same wage, which grows at the wage norm, less when unemployment is above the wage-neutral rate, plus part of inflation above target.',
    'Households hold only deposits (no bonds, no shares, no debt); owners receive firm dividends and, jointly, bank dividends.',
    'Banks never fail: a bank whose equity falls below its minimum capital ratio stops lending until retained profit rebuilds it.',
    `Banks keep equity of at least ${pct(p.targetCapitalRatio)} of their loans and ${pct(p.bankEquityToAssets)} of all their assets (bonds included) and pay ${pct(p.bankPayout)} of any equity above that to their owners each quarter.`,
    'Loan write-offs are not tax-deductible; the public bank remits all its profit (or is covered for a loss) every quarter.',
    'Gini coefficients (disposable income, deposits) are computed on a fixed random sample of up to 2,000 households (sampling error about ±0.01).',
  ];
}
