/** Summary figures and the plain-words assumptions every result and export carries. */
import type { AbmRawResult } from './economy';
import {
  ABM_MODEL_VERSION,
  PERIODS_PER_YEAR,
  type AbmParams,
  type AbmScenario,
  type FiscalStance,
  type QuarterlyTaxKey,
} from './params';
import { SURCHARGE_CEILINGS } from './financing';
import { MIN_PROGRAMME_SHARE } from './fiscalRule';
import { STRICT_SENSITIVITY } from './households';
import { DEPOSIT_SPREAD_REFERENCE_RATE, depositRateAnnual } from './depositRate';

function meanLast(a: Float64Array, n: number): number {
  const k = Math.min(n, a.length);
  let s = 0;
  for (let i = a.length - k; i < a.length; i++) s += a[i]!;
  return k > 0 ? s / k : NaN;
}

/** Mean of a[i] / b[i] over the last n entries. */
function meanRatioLast(a: Float64Array, b: Float64Array, n: number): number {
  const k = Math.min(n, a.length);
  let s = 0;
  for (let i = a.length - k; i < a.length; i++) s += a[i]! / b[i]!;
  return k > 0 ? s / k : NaN;
}

function sum(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]!;
  return s;
}

/** Quarters a summary averages over: those after the burn-in, or the second half of a shorter run. */
function summaryWindow(s: AbmScenario, periods: number): number {
  const burn = s.params.burnIn < periods ? s.params.burnIn : Math.floor(periods / 2);
  return periods - burn;
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
  summaryQuarters: 'quarters (after the burn-in)',
  cumulativePublicInterestToPrivate: 'ratio to final annual GDP (sum over all quarters)',
  cumulativeInterestOnReserves: 'currency units, sum over all quarters',
  meanInflationLast10Years: 'annualised rate',
  meanUnemploymentLast10Years: 'rate',
  meanGiniIncomeLast10Years: 'index 0–1',
  meanGiniWealthLast10Years: 'Gini of net worth, 0 = equal',
  meanInflationAfterBurnIn: 'annualised rate',
  meanUnemploymentAfterBurnIn: 'rate',
  meanGiniIncomeAfterBurnIn: 'index 0–1',
  meanGiniWealthAfterBurnIn: 'Gini of net worth, 0 = equal',
  meanInvestmentShareAfterBurnIn: 'share of real GDP',
  meanCapacityUtilisationAfterBurnIn: 'share of capacity',
  finalCoopOutputShare: 'share of firm output',
  finalSocialOutputShare: 'share of firm output',
  realGdpGrowthPerYear: 'rate per year',
  totalBankruptcies: 'firms',
  totalBankFailures: 'banks',
  sfcMaxError: 'relative error',
  invariantsHeld: 'true/false',
  meanGovInterestToPrivateAfterBurnIn: 'share of quarterly GDP',
  meanPublicInterestToPrivateAfterBurnIn: 'share of quarterly GDP',
  meanInterestOnReservesAfterBurnIn: 'share of quarterly GDP',

  fiscalRule: 'text (none, deficit-ceiling or debt-target)',
  meanProgrammeSpendingToGdpAfterBurnIn: 'share of GDP',
  meanPrimaryBalanceToGdpAfterBurnIn: 'share of GDP',
  fiscalStanceHeldEqual: 'text (what a same-fiscal-stance comparison held equal)',
};

export function abmSummary(s: AbmScenario, raw: AbmRawResult): Record<string, number | string | boolean> {
  const c = raw.columns;
  const last = raw.periods - 1;
  const tail = summaryWindow(s, raw.periods);
  let worst = 0;
  for (let i = 0; i < raw.periods; i++) worst = Math.max(worst, c.sfc_max_error[i]!);
  return {
    regime: s.params.moneyRegime,
    periods: raw.periods,
    summaryQuarters: tail,
    finalGovDebtToGdp: c.gov_debt_to_gdp[last]!,
    finalPrivateDebtToGdp: c.private_debt_to_gdp[last]!,
    finalMoneyToGdp: c.money_to_gdp[last]!,
    cumulativeInterestToPrivateCreditors: sum(c.gov_interest_to_private),
    cumulativeInterestToPrivateCreditorsToFinalAnnualGdp:
      sum(c.gov_interest_to_private) / (PERIODS_PER_YEAR * c.gdp_nominal[last]!),
    cumulativePublicInterestToPrivate:
      sum(c.public_interest_to_private) / (PERIODS_PER_YEAR * c.gdp_nominal[last]!),
    cumulativeInterestOnReserves: sum(c.interest_on_reserves),
    debtFreeIssued: c.debt_free_issued[last]!,
    // The last 10 years (40 quarters), kept for sweeps and files that name these keys.
    meanInflationLast10Years: meanLast(c.inflation, 40),
    meanUnemploymentLast10Years: meanLast(c.unemployment, 40),
    meanGiniIncomeLast10Years: meanLast(c.gini_income, 40),
    meanGiniWealthLast10Years: meanLast(c.gini_wealth, 40),
    meanInflationAfterBurnIn: meanLast(c.inflation, tail),
    meanUnemploymentAfterBurnIn: meanLast(c.unemployment, tail),
    meanGiniIncomeAfterBurnIn: meanLast(c.gini_income, tail),
    meanGiniWealthAfterBurnIn: meanLast(c.gini_wealth, tail),
    meanInvestmentShareAfterBurnIn: meanLast(c.investment_real, tail) / meanLast(c.gdp_real, tail),
    meanCapacityUtilisationAfterBurnIn: meanLast(c.capacity_utilisation, tail),
    finalCoopOutputShare: c.coop_output_share[last]!,
    finalSocialOutputShare: c.social_output_share[last]!,
    realGdpGrowthPerYear:
      Math.pow(c.gdp_real[last]! / c.gdp_real[0]!, PERIODS_PER_YEAR / Math.max(1, raw.periods - 1)) - 1,
    totalBankruptcies: sum(c.bankruptcies),
    totalBankFailures: sum(c.bank_failures),
    sfcMaxError: worst,
    invariantsHeld: true,
    // What the Economy workspace's interest diagram shows, averaged the same way.
    meanGovInterestToPrivateAfterBurnIn: meanRatioLast(c.gov_interest_to_private, c.gdp_nominal, tail),
    meanPublicInterestToPrivateAfterBurnIn: meanRatioLast(c.public_interest_to_private, c.gdp_nominal, tail),
    meanInterestOnReservesAfterBurnIn: meanRatioLast(c.interest_on_reserves, c.gdp_nominal, tail),

    fiscalRule: ruleOn(s.params) ? s.params.fiscalRule : 'none',
    meanProgrammeSpendingToGdpAfterBurnIn:
      meanLast(c.programme_spending, tail) / meanLast(c.gdp_nominal, tail),
    meanPrimaryBalanceToGdpAfterBurnIn: meanLast(c.primary_balance, tail) / meanLast(c.gdp_nominal, tail),
    fiscalStanceHeldEqual: s.fiscalStance
      ? stanceStatement(s.fiscalStance, s.periods)
      : 'none: every scenario its own',
  };
}

/**
 * How much of the interest a scenario saves on bonds it pays back on reserves, against a baseline
 * (issue 8 §2): the fall in bond interest to private holders and the rise in interest on reserves,
 * both as shares of GDP (means after the burn-in), and the second as a share of the first. Why:
 * a public bank that buys bonds creates reserves, and under the floor system they earn nearly the
 * rate the bonds did, so "interest-free" financing can move the interest rather than save it.
 */
export interface ReservesPayback {
  /** Fall in bond interest to private holders, share of GDP (negative: it rose). */
  bondInterestFall: number;
  /** Rise in interest on reserves, share of GDP (negative: it fell). */
  reservesInterestRise: number;
  /** reservesInterestRise ÷ bondInterestFall; null when bond interest did not fall. */
  paidBackShare: number | null;
}

/** A saving under a thousandth of a percent of GDP is noise: a share of it would mean nothing. */
const MIN_SAVING = 1e-5;

export function reservesPayback(
  baseline: Record<string, unknown>,
  scenario: Record<string, unknown>,
): ReservesPayback | null {
  const b0 = Number(baseline.meanGovInterestToPrivateAfterBurnIn);
  const b1 = Number(scenario.meanGovInterestToPrivateAfterBurnIn);
  const r0 = Number(baseline.meanInterestOnReservesAfterBurnIn);
  const r1 = Number(scenario.meanInterestOnReservesAfterBurnIn);
  if (![b0, b1, r0, r1].every(Number.isFinite)) return null;
  const fall = b0 - b1;
  const rise = r1 - r0;
  return {
    bondInterestFall: fall,
    reservesInterestRise: rise,
    paidBackShare: fall >= MIN_SAVING ? rise / fall : null,
  };
}

/** The payback in one sentence, e.g. for the comparison's summary. */
export function reservesPaybackSentence(x: ReservesPayback): string {
  const pts = (v: number) => `${(Math.abs(v) * 100).toFixed(2)}% of GDP`;
  const bonds = `bond interest to private holders ${x.bondInterestFall >= 0 ? 'fell' : 'rose'} by ${pts(x.bondInterestFall)}`;
  const res = `interest on reserves ${x.reservesInterestRise >= 0 ? 'rose' : 'fell'} by ${pts(x.reservesInterestRise)}`;
  if (x.paidBackShare === null) return `${bonds}; ${res}: no saving on bonds to pay back.`;
  if (x.paidBackShare <= 0) return `${bonds}; ${res}: none of the saving is paid back on reserves.`;
  return `${bonds}; ${res}: ${Math.round(x.paidBackShare * 100)}% of the saving is paid back on reserves.`;
}

const pc = (x: number) => `${+(x * 100).toFixed(2)}%`;

/**
 * Whether interest-free and debt-free public-bank financing can differ in real variables, and why:
 * only a fiscal rule that counts the public bank's bonds reads the difference between them.
 */
export function financingViewsStatement(p: AbmParams): string {
  if (!ruleOn(p))
    return "No fiscal rule is on, so nothing in the economy reads the government's debt: public-bank-interest-free (the public bank holds zero-interest bonds) and public-bank-debt-free (no bond at all) are two accounting views of one consolidated public sector. They give identical real results (GDP, unemployment, inflation, distribution); only the debt columns differ. Interest paid to private bondholders is a real flow, so private-debt financing does differ.";
  if (p.fiscalRuleDebt === 'gross')
    return 'The fiscal rule counts every bond, including those the public bank holds, and a debt-free credit is no bond, so public-bank-interest-free and public-bank-debt-free differ in real variables: under interest-free the public bank’s bonds add to the debt (and borrowing) the rule counts, so it cuts programme spending sooner; under debt-free there is no bond to count.';
  return 'The fiscal rule counts only debt held outside the public bank, so neither the public bank’s bonds nor debt-free credits enter it: public-bank-interest-free and public-bank-debt-free remain two accounting views of one consolidated public sector and give identical real results.';
}

/** A scenario built in code without the key has no rule, as the schema's default. */
function ruleOn(p: AbmParams): boolean {
  return p.fiscalRule === 'deficit-ceiling' || p.fiscalRule === 'debt-target';
}

function fiscalRuleAssumption(p: AbmParams): string {
  if (!ruleOn(p))
    return "Fiscal rule: none. Programme spending (public wages and purchases) follows the plan — the steady state's public employment and purchases — whatever the debt.";
  const rule =
    p.fiscalRule === 'deficit-ceiling'
      ? `a deficit ceiling of ${pc(p.fiscalDeficitCeiling)} of GDP on the borrowing it counts`
      : `a debt target of ${pc(p.fiscalDebtTarget)} of annual GDP: the primary balance must pay the interest on counted debt, less what ${pc(p.inflationTarget)} trend nominal growth erodes, and close ${pc(p.fiscalRuleSpeed)} of the gap to the target a year`;
  const debt =
    p.fiscalRuleDebt === 'gross'
      ? 'every bond counts, including those the public bank holds (debt-free credits are no bond)'
      : 'only bonds held outside the public bank count';
  return `Fiscal rule: ${rule}; ${debt}. Each quarter's programme budget is set from last quarter's revenue and this quarter's interest, so interest on counted debt competes with programme spending. The rule only cuts programmes — never above the plan, never below ${pc(MIN_PROGRAMME_SHARE)} of it (an escape clause) — by laying off public employees (who join the unemployed) and buying fewer goods, in proportion.${p.fiscalRule === 'debt-target' ? ` With programmes at that floor, the rest of what the rule asks of the primary balance is raised by a surcharge on the income tax (at most as fast as programmes move, up to a ${pc(SURCHARGE_CEILINGS.income)} income tax), withdrawn before programmes are restored.` : ''} Benefits and the citizen's income are entitlements, paid to whoever qualifies: the rule does not cut them.`;
}

/** What a same-fiscal-stance comparison held equal, in words (summary, assumptions, the comparison). */
export function stanceStatement(stance: FiscalStance, periods = stance.programmeSpending.length): string {
  const covered = stance.programmeSpending.length;
  // A stance from a file may be shorter than the run: past its end the scenario's own plan applies.
  const span =
    covered < periods
      ? ` for quarters 1–${covered} only (from quarter ${covered + 1} on, this scenario's own plan)`
      : '';
  const notHeld =
    "Not held equal: benefits and the citizen's income (entitlements), interest, and how deficits are financed.";
  const spending = 'its programme spending (public wages and purchases, in currency)';
  const q = stance.taxRatesByQuarter;
  if (q) {
    // The range over the quarters this run replays.
    const n = Math.min(covered, periods);
    const range = (k: QuarterlyTaxKey): string => {
      let lo = Infinity;
      let hi = -Infinity;
      for (let i = 0; i < n; i++) {
        lo = Math.min(lo, q[k][i]!);
        hi = Math.max(hi, q[k][i]!);
      }
      if (!(n > 0)) return 'none';
      return hi - lo < 5e-5 ? pc(lo) : `${(lo * 100).toFixed(1)}–${(hi * 100).toFixed(1)}%`;
    };
    const threshold = stance.taxRates?.wealthTaxThreshold;
    const rates = `income ${range('incomeTaxRate')}, corporate ${range('corporateTaxRate')}, capital income ${range('capitalIncomeTaxRate')}, wealth ${range('wealthTaxRate')} a year${threshold !== undefined ? ` above ${threshold} years of the average wage` : ''}`;
    return `Same fiscal stance as “${stance.heldFrom}”: ${spending} and the tax rates in force in each of its quarters, surcharges included (${rates}), replayed quarter by quarter${span}; spending as near as a fiscal rule allows. This scenario's own surcharges (its citizen's income by taxes, a debt-target rule's) do not add to the replayed rates: what they would have raised is financed like any deficit. ${notHeld}`;
  }
  const r = stance.taxRates ?? {};
  const taxes = [
    r.incomeTaxRate !== undefined && `income ${pc(r.incomeTaxRate)}`,
    r.corporateTaxRate !== undefined && `corporate ${pc(r.corporateTaxRate)}`,
    r.capitalIncomeTaxRate !== undefined && `capital income ${pc(r.capitalIncomeTaxRate)}`,
    r.wealthTaxRate !== undefined &&
      `wealth ${pc(r.wealthTaxRate)} a year${r.wealthTaxThreshold !== undefined ? ` above ${r.wealthTaxThreshold} years of the average wage` : ''}`,
  ].filter((x): x is string => typeof x === 'string');
  return `Same fiscal stance as “${stance.heldFrom}”: ${spending} replayed quarter by quarter${span}, as near as a fiscal rule allows${taxes.length ? `, and its tax rates (${taxes.join(', ')})` : ''}. ${notHeld}`;
}

/**
 * What changed from model 0.2, for a scenario file that records no model version or a 0.x one: it
 * is run on this model (its keys mean what PARAM_DOCS says now), and the note says so on screen and
 * in every export. Keys 0.2 had and 1.0.0 removed are refused by the schema (REMOVED_IN_1_0).
 */
export function migrationNote(s: AbmScenario): string | null {
  const v = s.modelVersion;
  if (v !== undefined && !v.startsWith('0.') && !v.startsWith('1.0.')) return null;
  const save = `Save the file to record model ${ABM_MODEL_VERSION} and drop this note.`;
  const since10 = `From 1.0 to 1.1: households save more of their income while unemployment is above its steady-state rate (precautionarySaving, 0.2), and firms replace the average wear of their machines plus 0.9 of a retiring vintage's excess over it instead of every retiring machine (vintageReplacement), which damps the replacement echo; set precautionarySaving to 0 and vintageReplacement to 1 for 1.0's rules.`;
  if (v !== undefined && v.startsWith('1.0.'))
    return `Migrated: this scenario file was written for model ${v} and was run on model ${ABM_MODEL_VERSION}, whose results differ for the same parameters. ${since10} ${save}`;
  const from =
    v === undefined
      ? 'records no model version (files written before 1.0.0 did not)'
      : `was written for model ${v}`;
  return `Migrated: this scenario file ${from}, so it was opened as a model 0.2 file and run on model ${ABM_MODEL_VERSION}, whose results differ for the same parameters. What changed from 0.2: firms now produce with machines as well as labour and invest (capital-goods firms, amortising investment loans priced by leverage); unsold goods are carried as inventories instead of perishing; markups revert to the normal markup instead of ratcheting; wages follow expected inflation and a Phillips curve around wageNeutralUnemployment instead of pinning inflation to a function of unemployment; the unemployed receive a benefit; a bank with negative equity is resolved; every stock starts at the solved steady state (the initial-stock keys were removed); a run whose debt, money or price ratios run away is stopped. ${since10} ${save}`;
}

export function abmAssumptions(s: AbmScenario): string[] {
  const migrated = migrationNote(s);
  const all = [...abmModelAssumptions(s), ...housingAssumptions(s)];
  return migrated === null ? all : [migrated, ...all];
}

/** The housing market's assumptions, when it is on (housing.ts, mortgages.ts). */
function housingAssumptions(s: AbmScenario): string[] {
  const p = s.params;
  if (!p.housingMarket) return [];
  const pct = (x: number) => `${+(x * 100).toFixed(2)}%`;
  return [
    `Housing market on: houses are one kind of durable good, each household owns at most one (${pct(p.homeownershipShare)} at the start) and otherwise rents (rent is not modelled). Houses are real assets of households, outside the financial matrices; households' financial net worth is deposits − mortgages. Borrowers start with the deposits households hold without a house plus their mortgage, the deposit the mortgage created, so government debt starts where it does without houses; the start is solved without houses, so its first quarters are a transition (inside the burn-in). Households spend out of deposits less ${pct(p.mortgageInWealth)} of their mortgage; where that is negative, the net debt lowers spending by ${pct(p.housingWealthPropensity)} of it a year (the propensity to spend out of housing wealth).`,
    `Capital-goods firms build houses (${p.houseBuildLabour} worker-quarters of their output each), counted in GDP as they are built and in investment_real as residential investment (work put in place: houses started each quarter). Builders start houses at the replacement rate (house life ${p.houseLifeYears} years) × (price ÷ building cost)^${p.housingSupplyElasticity}; houses with no mortgage are demolished at random at 1/${p.houseLifeYears} a year.`,
    `Owners move once in ${p.houseHoldingYears} years on average; ${pct(p.buyProbability)} of renters look each quarter and bid if they can finance a house. The price moves ${pct(p.housePriceAdjust)} a quarter × (bidders − houses for sale) ÷ (bidders + houses for sale).`,
    `Private banks lend at most ${pct(p.maxLoanToValue)} of the price and no more than keeps the first quarter's interest and principal within ${pct(p.maxDebtServiceToIncome)} of gross income; the unemployed get no mortgage; a bank lends only while its equity stays above ${pct(p.minCapitalRatio)} of its risk-weighted loans (mortgages weighted ${pct(p.mortgageRiskWeight)}). Mortgages float at policy + ${pct(p.mortgageSpread)} + up to ${pct(p.mortgageRiskSpread)} by loan-to-value, repaid in equal instalments over ${p.mortgageTermYears} years; a borrower's next consumption plan counts its debt service as spoken for.`,
    `A household two quarters behind on its payments is foreclosed: its loan is written down to the forced-sale value (price − ${pct(p.foreclosureDiscount)}), the house is sold first in the market at that price, and what the sale does not cover is written off (the lender's equity falls).`,
    p.publicBankMortgages
      ? `The public bank's household tier lends to home buyers at policy + ${pct(p.publicMortgageSpread)} (floored at zero), up to ${pct(p.publicMortgageMaxLtv)} of the price under the same debt-service limit, while its mortgage book stays under ${pct(p.publicMortgageLimit)} of annual GDP; its losses are charged to the government with its remittance.`
      : 'The public bank makes no mortgages (its household tier is off).',
  ];
}

function abmModelAssumptions(s: AbmScenario): string[] {
  const p = s.params;
  const pct = (x: number) => `${+(x * 100).toFixed(2)}%`;
  const regime =
    p.moneyRegime === 'private-debt'
      ? 'All government financing needs are met by bonds sold to private banks at the policy rate plus the term premium.'
      : `A share ${pct(p.publicShare)} of each financing need is met by the public bank ${p.moneyRegime === 'public-bank-debt-free' ? 'with debt-free credits (no bond; its net worth falls)' : 'holding zero-interest bonds'}; the rest is sold to private banks.`;
  return [
    `${s.households.toLocaleString('en-US')} households, ${s.firms.toLocaleString('en-US')} firms (${pct(p.capitalFirmShare)} of them make machines), ${s.banks} private banks, one public bank and the government; ${s.periods} quarters; seed ${s.seed}. Model version ${ABM_MODEL_VERSION} (after the AB-SFC benchmark of Caiani et al. 2016).`,
    'A period is a quarter; rates in the parameters are annual and divided by 4.',
    `The run starts at the solved aggregate steady state of the same model (every balance sheet consistent, reserves borrowed from the public bank so none is unbacked): it is stationary apart from noise. Summaries leave out the first ${p.burnIn} quarters (burn-in), or the first half of a shorter run.`,
    `Consumption-goods firms produce with labour (${p.productivity} goods per worker a quarter) and machines (one good per machine a quarter, working ${p.machineLife} quarters, depreciating linearly); capital-goods firms make ${p.capitalProductivity} machines per worker a quarter. Firms plan output from adaptive expected sales plus a target stock of ${pct(p.inventoryTarget)} of sales; unsold goods are carried at unit labour cost.`,
    `Prices are a markup on unit labour cost; the markup steps up when inventories are below target and down when above, and reverts ${pct(p.markupReversion)} a quarter toward the normal markup (${pct(p.initialMarkup)}).`,
    `Firms invest toward ${pct(p.targetUtilisation)} capacity utilisation given expected sales, more when their return is high and less when the loan rate is above its steady-state level, and replace the average wear of their machines plus ${pct(p.vintageReplacement)} of the retiring vintage's excess over it; ${pct(p.investmentLoanShare)} of each machine purchase is financed by an amortising loan (${p.loanDurationYears} years).`,
    `Private banks lend at policy + ${pct(p.spreadPrivateFirms)} + a risk premium up to ${pct(p.riskPremium)} rising with the borrower's leverage; they lend nothing that takes a firm's debt above ${pct(p.maxFirmLeverage)} of its assets or their own equity below ${pct(p.minCapitalRatio)} of their loans. A firm short of cash for its debt service is refinanced within those limits, otherwise it defaults: its lenders write off what its deposits do not cover and it restarts under a new owner with its machines and no debt.`,
    `A bank whose equity turns negative is resolved: its owners recapitalise it to ${pct(p.targetCapitalRatio)} of its loans from their deposits, and if they cannot, its depositors are bailed in pro rata until its equity is back to zero.`,
    `Banks hold required reserves of ${pct(p.reserveRatio)} of deposits, borrowing advances at policy + ${pct(p.spreadAdvances)} when short; ${reservesAssumption(p)}`,
    `Deposits earn ${pct(depositRateAnnual(p, DEPOSIT_SPREAD_REFERENCE_RATE))} at a ${pct(DEPOSIT_SPREAD_REFERENCE_RATE)} policy rate and follow the policy rate by ${p.depositPassThrough} of each change (the deposit pass-through, floored at zero): the rest of a rise widens the spread banks earn on deposits (the deposits channel, Drechsler, Savov & Schnabl 2017).`,
    p.priceSensitivity >= STRICT_SENSITIVITY
      ? `Each quarter a household compares its last supplier, one firm a random household bought from and ${Math.max(0, p.searchFirms - 1)} random firms, and buys from the cheapest with stock; it leaves a supplier that still has stock only for a cheaper one, with a probability rising with the price gap.`
      : `Each quarter a household compares its last supplier, one firm a random household bought from and ${Math.max(0, p.searchFirms - 1)} random firms; it leaves a supplier that still has stock only for a cheaper one, with a probability rising with the price gap, and otherwise picks with probability ∝ (price ÷ average price)^−${p.priceSensitivity}.`,
    `Households spend ${pct(p.propensityIncome)} of their income (what they were just paid plus last quarter's other income) and ${pct(p.propensityWealth)} of their deposits a quarter; the share out of income falls by ${p.consumptionRateSensitivity} × the rise of the policy rate they expect to last over its steady-state value (the return on a marginal saving and the cost of borrowing follow the policy rate; sight deposits lag it), and by ${p.precautionarySaving} × last quarter's unemployment rate over its steady-state value (precautionary saving).`,
    `Wages grow with expected inflation (${pct(p.wageIndexation)} weight on recent inflation, the rest on the ${pct(p.inflationTarget)} target) plus ${p.wagePhillips} × (${pct(p.wageNeutralUnemployment)} − unemployment), and never fall by more than ${pct(-p.wageFloor)} a year. The unemployed receive ${pct(p.unemploymentBenefit)} of the average wage from the government, untaxed.`,
    regime,
    fiscalRuleAssumption(p),
    financingViewsStatement(p),
    ...(s.fiscalStance ? [stanceStatement(s.fiscalStance, s.periods)] : []),
    `Policy rate: ${typeof p.policyRate === 'number' ? pct(p.policyRate) : `formula ${p.policyRate}`}; every other rate but the deposit rate is a spread over it, floored at zero.`,
    p.publicBankLendsToSocial
      ? `The public bank lends to co-ops and social enterprises at policy ${p.spreadCooperatives >= 0 ? '+' : '−'} ${pct(Math.abs(p.spreadCooperatives))} and policy ${p.spreadSocialEnterprises >= 0 ? '+' : '−'} ${pct(Math.abs(p.spreadSocialEnterprises))}, up to ${pct(p.publicBankCapacity)} of GDP a year.`
      : 'The public bank does not lend to the social economy: co-ops and social enterprises borrow from private banks at the private rate.',
    typeof p.citizensIncome === 'number' && p.citizensIncome === 0
      ? "No citizen's income."
      : `Citizen's income per household per quarter: ${p.citizensIncome}; ${citizensIncomeAssumption(p)}`,
    `Taxes${s.fiscalStance?.taxRatesByQuarter ? ' (replayed quarter by quarter, as the same-fiscal-stance statement says; in quarter 1)' : ''}: income ${pct(p.incomeTaxRate)}, corporate ${pct(p.corporateTaxRate)} (private firms, capital-goods firms and banks), capital income ${pct(p.capitalIncomeTaxRate)}, wealth ${pct(p.wealthTaxRate)} a year above ${p.wealthTaxThreshold} years of the average wage.`,
    "GDP is measured by production (output at its price plus public wages); real GDP values output at the first quarter's prices. The stock-flow matrices are financial: machines and inventories are real assets of firms, shown in the columns, not in the matrices.",
    p.householdBondShare > 0
      ? `Households hold deposits and government bonds (no shares${p.housingMarket ? '; a mortgage with a house bought on credit' : ', no debt'}): each puts ${pct(p.householdBondShare)} of its wealth above a buffer of ${p.householdBondBuffer} quarters of mean disposable income into bonds at a 3.25% bond rate, a share that moves by ${p.householdBondRateSensitivity} × itself per unit of bond rate (Godley & Lavoie's model PC); it trades at par with its own bank, never holds the public bank's bonds, and is paid the average coupon, taxed as capital income. Owners receive firm dividends and, jointly, bank dividends.`
      : p.housingMarket
        ? 'Households hold deposits and, with a house bought on credit, a mortgage (no bonds, no shares); owners receive firm dividends and, jointly, bank dividends.'
        : 'Households hold only deposits (no bonds, no shares, no debt); owners receive firm dividends and, jointly, bank dividends.',
    `Consumption-goods firms start with log-normal sizes (dispersion ${p.firmSizeDispersion}); there is no productivity growth and no entry beyond restarts, so the number of firms is fixed.`,
    'Loan write-offs are not tax-deductible; the public bank remits all its profit (or is covered for a loss) every quarter.',
    `Gini coefficients of disposable income and of net worth (${netWorthParts(p)}) are computed on a fixed random sample of up to 2,000 households (sampling error about ±0.01); negative net worth counts as it is (as in the OECD's and the Fed's wealth statistics), so the wealth Gini could exceed 1.`,
  ];
}

/** What a household's net worth counts in this run (inequality.ts). */
function netWorthParts(p: AbmScenario['params']): string {
  const financial = p.householdBondShare > 0 ? 'deposits + bonds' : 'deposits';
  return p.housingMarket ? `${financial} + house at the market price − mortgage` : financial;
}

function reservesAssumption(p: AbmScenario['params']): string {
  const pct = (x: number) => `${+(x * 100).toFixed(2)}%`;
  const noInterbank =
    'There is no interbank market: every market rate is policy + its spread, so the policy rate keeps its grip whatever reserves earn (with an interbank market, excess reserves earning nothing would push the overnight rate toward zero).';
  switch (p.reserveRemuneration) {
    case 'tiered':
      return `required reserves earn nothing and reserves above them earn the policy rate (tiered). ${noInterbank}`;
    case 'none':
      return `no reserve earns interest (none). ${noInterbank}`;
    default:
      return `all reserves earn policy − ${pct(p.reserveSpread)} (floor).`;
  }
}

function citizensIncomeAssumption(p: AbmScenario['params']): string {
  const pct = (x: number) => `${+(x * 100).toFixed(2)}%`;
  switch (p.citizensIncomeFinancing) {
    case 'money':
      return 'all of it credited to the government debt-free by the public bank (financing: money).';
    case 'taxes': {
      const mix = {
        essay:
          'corporate tax toward 47%, capital income tax toward 30% and a 1% wealth tax (scaled together to the cost), the income tax covering the rest',
        income: 'the income tax alone',
        corporate: 'the corporate tax alone',
        wealth: 'the wealth tax alone',
      }[p.citizensIncomeTaxMix];
      // The wealth tax alone has a base only above the threshold: said here, or the sentence above
      // would claim the income is paid by a tax that, at the default threshold, raises almost nothing.
      const wealthBase =
        p.citizensIncomeTaxMix === 'wealth'
          ? ` The wealth tax falls only on deposits and bonds above ${p.wealthTaxThreshold} years of the average wage, so it raises no more than that base allows (at the default 10 years almost nothing: few households hold that much) and the rest of the income is borrowed; the column citizens_income_surcharge shows what it was set to raise.`
          : '';
      return `financed by taxes: each quarter a surcharge on ${mix} is set to raise its cost at last quarter's tax bases (ceilings: income 70%, corporate and capital income 90%, wealth 10% a year; beyond them the rest is borrowed). The run starts at the steady state solved with the surcharge (without the wealth tax).${wealthBase}`;
    }
    default:
      return p.citizensIncomeMoneyShare > 0
        ? `${pct(p.citizensIncomeMoneyShare)} of it credited debt-free by the public bank, the rest from the budget (financing: bonds).`
        : 'paid from the budget; the deficit is financed by the money regime (financing: bonds).';
  }
}
