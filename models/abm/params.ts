/**
 * Parameters of the agent-based economy: one table (PARAM_DOCS) gives each parameter its label,
 * unit, one-line help (shown by the UI), group, bounds and default; the zod schema is built from it,
 * so the documentation and the validation cannot disagree.
 *
 * Rates in the parameters are ANNUAL (a period is a quarter; the model divides by periodsPerYear).
 * Money amounts are in currency units; the initial quarterly wage sets the scale.
 */
import { z } from 'zod';
import { numberOrFormula, type NumberOrFormula } from '../formulas';

export const PERIODS_PER_YEAR = 4;

/** The model version this code implements; scenario files written from now on record it. */
export const ABM_MODEL_VERSION = '1.1.0';
const ABM_MAJOR = 1;

/** Variables a formula parameter may read: their values in the PREVIOUS period (t is the period). */
export const FORMULA_VARIABLES = [
  'inflation', // annualised quarter-on-quarter inflation, last period
  'unemployment', // unemployment rate, last period
  'avg_wage', // average quarterly wage per worker, last period
  'price_level', // consumer price index, 1 in period 0
  'gdp_nominal', // nominal GDP of the last quarter
  'policy_rate', // last period's policy rate (annual)
] as const;

export const MONEY_REGIMES = ['private-debt', 'public-bank-interest-free', 'public-bank-debt-free'] as const;
export type MoneyRegime = (typeof MONEY_REGIMES)[number];
/** How the editor names each regime (the scenario file keeps the ids above). */
export const MONEY_REGIME_LABELS: Readonly<Record<MoneyRegime, string>> = {
  'private-debt': 'Bonds sold to private banks',
  'public-bank-interest-free': 'Public bank holds interest-free bonds',
  'public-bank-debt-free': 'Public bank credits debt-free (no bond)',
};

/** How the public bank pays interest on banks' reserves (issue 8 §2; reserves.ts). */
export const RESERVE_REMUNERATIONS = ['floor', 'tiered', 'none'] as const;
export type ReserveRemuneration = (typeof RESERVE_REMUNERATIONS)[number];
export const RESERVE_REMUNERATION_LABELS: Readonly<Record<ReserveRemuneration, string>> = {
  floor: 'All reserves earn policy − reserve spread (floor system)',
  tiered: 'Required reserves earn nothing; excess reserves earn the policy rate',
  none: 'No reserve earns interest',
};

/** How the citizen's income is financed (issue 8 §5; financing.ts). */
export const CITIZENS_INCOME_FINANCINGS = ['bonds', 'money', 'taxes'] as const;
export type CitizensIncomeFinancing = (typeof CITIZENS_INCOME_FINANCINGS)[number];
export const CITIZENS_INCOME_FINANCING_LABELS: Readonly<Record<CitizensIncomeFinancing, string>> = {
  bonds: 'From the budget; the deficit is financed by the money regime',
  money: 'Credited debt-free by the public bank (new money)',
  taxes: 'By a tax surcharge set each quarter to cover it',
};

/** Which taxes rise when the citizen's income is financed by taxes. */
export const CITIZENS_INCOME_TAX_MIXES = ['essay', 'income', 'corporate', 'wealth'] as const;
export type CitizensIncomeTaxMix = (typeof CITIZENS_INCOME_TAX_MIXES)[number];
export const CITIZENS_INCOME_TAX_MIX_LABELS: Readonly<Record<CitizensIncomeTaxMix, string>> = {
  essay:
    "The essay's: corporate tax toward 47%, capital income tax toward 30%, a 1% wealth tax; income tax for the rest",
  income: 'Income tax only',
  corporate: 'Corporate tax only',
  wealth: 'Wealth tax only',
};

export const FISCAL_RULES = ['none', 'deficit-ceiling', 'debt-target'] as const;
export type FiscalRule = (typeof FISCAL_RULES)[number];
export const FISCAL_RULE_LABELS: Readonly<Record<FiscalRule, string>> = {
  none: 'No fiscal rule: programme spending follows the plan whatever the debt',
  'deficit-ceiling': 'Deficit ceiling: programme spending is cut so the deficit stays under a share of GDP',
  'debt-target':
    'Debt target: programme spending is cut so the primary balance closes the gap to a debt target',
};
export const FISCAL_RULE_DEBTS = ['gross', 'private'] as const;
export type FiscalRuleDebt = (typeof FISCAL_RULE_DEBTS)[number];
export const FISCAL_RULE_DEBT_LABELS: Readonly<Record<FiscalRuleDebt, string>> = {
  gross: 'Every bond counts, including those the public bank holds',
  private: 'Only debt held outside the public bank counts',
};

export type ParamGroup =
  | 'Policy: money creation'
  | 'Policy: interest rates'
  | "Policy: citizen's income"
  | 'Policy: taxes and spending'
  | 'Policy: fiscal rule'
  | 'Households'
  | 'Firms'
  | 'Banks'
  | 'Wages and prices'
  | 'Initial state'
  | 'Housing and mortgages';

export interface ParamDoc {
  label: string;
  unit: string;
  help: string;
  group: ParamGroup;
  min: number;
  max: number;
}

interface NumSpec extends ParamDoc {
  kind: 'number' | 'int' | 'formula';
  default: number;
}
interface EnumSpec extends ParamDoc {
  kind: 'enum';
  values: readonly string[];
  default: string;
}
interface BoolSpec extends ParamDoc {
  kind: 'bool';
  default: boolean;
}
type Spec = NumSpec | EnumSpec | BoolSpec;

const n = (
  group: ParamGroup,
  label: string,
  unit: string,
  def: number,
  min: number,
  max: number,
  help: string,
  kind: 'number' | 'int' | 'formula' = 'number',
): NumSpec => ({ kind, group, label, unit, default: def, min, max, help });

const SPECS = {
  // ── Policy: money creation ────────────────────────────────────────────────────────────
  moneyRegime: {
    kind: 'enum',
    values: MONEY_REGIMES,
    default: 'private-debt',
    group: 'Policy: money creation',
    label: 'Deficit financing regime',
    unit: 'choice',
    help: 'private-debt: bonds sold to private banks; public-bank-interest-free: the public bank holds zero-interest bonds; public-bank-debt-free: the public bank credits the government with no bond.',
    min: 0,
    max: 0,
  } satisfies EnumSpec,
  publicShare: n(
    'Policy: money creation',
    'Public-bank share of deficit financing',
    'share 0–1',
    1,
    0,
    1,
    "Share s of each period's financing need met by the public bank under the public-bank regimes; the rest is bonds sold to private banks. Ignored under private-debt.",
  ),
  // ── Policy: interest rates ───────────────────────────────────────────────────────────
  policyRate: n(
    'Policy: interest rates',
    'Policy rate',
    'per year',
    0.025,
    -0.02,
    0.25,
    "The central (public) bank's rate; a number or a formula of t, inflation, unemployment, … (e.g. a Taylor rule). Bounds: a formula's value is held to −2% to 25% every quarter (Volcker's peak was 20%); a constant rate, held for the whole run, to −2% to 6% (the schema refuses more): with inflation at its 0–5% target, a constant 6% is a real rate of 1–6% paid on the public debt for a century in an economy that does not grow, so the interest bill compounds faster than GDP unless the budget follows it (measured: of 64 random parameter sets with a constant rate of 6–10%, 62% completed 400 quarters; of 136 below 6%, 90%).",
    'formula',
  ),
  spreadGovernment: n(
    'Policy: interest rates',
    'Government tier: term premium',
    'per year over policy',
    0.0075,
    0,
    0.02,
    'Government bonds sold to private banks pay policy rate + this premium (floored at zero).',
  ),
  spreadPrivateFirms: n(
    'Policy: interest rates',
    'Private-firm tier: bank spread',
    'per year over policy',
    0.025,
    0.005,
    0.05,
    'Private banks lend to firms at policy rate + this spread (floored at zero).',
  ),
  spreadCooperatives: n(
    'Policy: interest rates',
    'Cooperative tier: public-bank spread',
    'per year over policy',
    0.025,
    -0.05,
    0.08,
    'Rate the public bank charges cooperatives when it lends to the social economy (policy + spread, floored at zero).',
  ),
  spreadSocialEnterprises: n(
    'Policy: interest rates',
    'Social-enterprise tier: public-bank spread',
    'per year over policy',
    0.025,
    -0.05,
    0.08,
    'Rate the public bank charges social enterprises when it lends to the social economy (policy + spread, floored at zero).',
  ),
  spreadAdvances: n(
    'Policy: interest rates',
    "Banks' tier: advances spread",
    'per year over policy',
    0.0025,
    0,
    0.01,
    'Private banks borrow reserves (advances) from the public bank at policy + this spread (floored at zero).',
  ),
  publicBankLendsToSocial: {
    kind: 'bool',
    default: false,
    group: 'Policy: interest rates',
    label: 'Public bank lends to the social economy',
    unit: 'on/off',
    help: 'When on, cooperatives and social enterprises borrow from the public bank at their tier rates (up to its capacity); when off, from private banks at the private-firm rate.',
    min: 0,
    max: 1,
  } satisfies BoolSpec,
  publicBankCapacity: n(
    'Policy: interest rates',
    'Public-bank lending capacity',
    'share of GDP per year',
    0.05,
    0,
    0.1,
    'New lending the public bank will do to the social economy in a year, as a share of annual GDP.',
  ),
  // ── Policy: citizen's income ─────────────────────────────────────────────────────────
  citizensIncome: n(
    "Policy: citizen's income",
    "Citizen's income",
    'currency per household per quarter',
    0,
    0,
    1e6,
    "Paid to every household each quarter; a number or a formula, e.g. \"0.25 * avg_wage\". Bounds: 0 to one initial quarterly wage (initialWage; the schema refuses a larger number): a citizen's income above a full wage is beyond every proposal (they range from 10% to 50% of the average wage), and this model's workers would then have no steady state to start from. A formula's value is held each quarter to 0 – one average wage (last quarter's), so the bound moves with prices as a number's does with the initial wage.",
    'formula',
  ),
  citizensIncomeMoneyShare: n(
    "Policy: citizen's income",
    "Citizen's income financed by money creation",
    'share 0–1',
    0,
    0,
    1,
    "Share of the citizen's income the public bank credits to the government debt-free; the rest is paid from the budget (and the deficit regime). Read only when citizensIncomeFinancing is bonds (files written before that key existed): money means all of it, taxes none of it.",
  ),
  // ── Policy: taxes and spending ───────────────────────────────────────────────────────
  incomeTaxRate: n(
    'Policy: taxes and spending',
    'Income tax rate',
    'share of income',
    0.25,
    0.15,
    0.4,
    "Flat tax on wages, public wages and co-op surplus shares (the citizen's income is not taxed). Bounds: 15–40%, the range of average labour-income tax rates in the OECD; outside them the steady state has unemployment near 0 or far above 20%.",
  ),
  corporateTaxRate: n(
    'Policy: taxes and spending',
    'Corporate tax rate',
    'share of profit',
    0.15,
    0,
    0.6,
    "Tax on positive profits of private firms and private banks (co-op surplus is taxed as members' income; social enterprises are exempt).",
  ),
  capitalIncomeTaxRate: n(
    'Policy: taxes and spending',
    'Capital income tax rate',
    'share of income',
    0.15,
    0,
    0.5,
    'Tax on dividends and deposit interest received by households.',
  ),
  wealthTaxRate: n(
    'Policy: taxes and spending',
    'Wealth tax rate',
    'per year',
    0,
    0,
    0.05,
    "Annual tax on a household's deposits above the threshold, charged quarterly.",
  ),
  wealthTaxThreshold: n(
    'Policy: taxes and spending',
    'Wealth tax threshold',
    'years of average wage',
    10,
    2,
    100,
    'Deposits above this many years of the average wage are taxed.',
  ),
  publicEmploymentShare: n(
    'Policy: taxes and spending',
    'Public employment',
    'share of households',
    0.2,
    0.1,
    0.3,
    'Share of households employed by the government at the average private wage. Bounds: 10–30% of the labour force, the OECD range.',
  ),
  govPurchases: n(
    'Policy: taxes and spending',
    'Government purchases',
    'goods per household per quarter',
    0.008,
    0,
    0.05,
    'Real goods the government buys each quarter, per household (one worker makes `productivity` goods a quarter). Bounds: up to 0.05 goods per household a quarter (about 5% of private output); more leaves no room for private demand at the default taxes.',
  ),
  // ── Households ───────────────────────────────────────────────────────────────────────
  propensityIncome: n(
    'Households',
    'Propensity to consume out of income (α1)',
    'share',
    0.9,
    0.75,
    0.95,
    "Share of last quarter's disposable income a household spends. Bounds: below 0.6 or near 1 no household economy of the national accounts is described, and the steady state needs saving out of income.",
  ),
  propensityWealth: n(
    'Households',
    'Propensity to consume out of wealth (α2)',
    'share per quarter',
    0.05,
    0.02,
    0.2,
    'Share of its deposits a household spends each quarter on top of α1·income. Bounds: 1–20% a quarter; with none, wealth would grow without limit.',
  ),
  consumptionRateSensitivity: n(
    'Households',
    'Saving response to the interest rate (ψ)',
    'propensity per unit of annual rate',
    1.5,
    0,
    3,
    'The propensity to consume out of income falls by ψ × (expected policy rate − its steady-state value), the expected rate adapting to the policy rate as sales expectations do (λ): a lasting 2-point rise with ψ = 1.5 cuts α1 by 0.03. The policy rate, not the deposit rate: the return on a marginal saving (term deposits, bonds) and the cost of borrowing follow it one for one, while sight deposits lag it (depositPassThrough). The consumption channel of monetary policy; 0 switches it off.',
  ),
  precautionarySaving: n(
    'Households',
    'Precautionary saving (φ)',
    'propensity per unit of unemployment rate',
    0.2,
    0,
    0.5,
    "The propensity to consume out of income falls by φ × (last quarter's unemployment rate − the steady state's): when jobs are scarce, households save more for fear of losing theirs. 0.2 means 1 point more unemployment cuts spending out of income by 0.2% of it. Mody, Ohnsorge & Sandri (2012) put at least two fifths of the rise in saving in 2007–09 down to this motive (US: saving rose about 2.5 points of income as unemployment rose about 4.7 points, so φ ≥ 0.2); the UK saving ratio moves about 1 point per point of unemployment, all motives together. 0 switches it off.",
  ),
  searchFirms: n(
    'Households',
    'Firms searched',
    'firms',
    3,
    1,
    10,
    'Each quarter a household compares its last supplier and this many random firms that have stock, and picks one as the price sensitivity says (if all are sold out, it looks at as many more).',
    'int',
  ),
  priceSensitivity: n(
    'Households',
    'Price sensitivity (ε)',
    'elasticity',
    3,
    0.5,
    50,
    'Among the firms it compares, a household picks each with probability ∝ (relative price)^−ε; 50 means always the cheapest.',
  ),
  switchingIntensity: n(
    'Households',
    'Switching intensity (εs)',
    'per relative price gap',
    3.47,
    0.5,
    20,
    'A household leaves a supplier that still has stock for a cheaper one it found with probability 1 − exp(−εs × the relative price gap); 3.47 gives even odds at a 20% gap (Caiani et al. 2016).',
  ),
  ownerShare: n(
    'Households',
    'Owners',
    'share of households',
    0.05,
    0.01,
    0.5,
    'Share of households that own the private firms and banks (and receive their dividends). Bounds: at least 0.5% so that every bank failure has owners to recapitalise it.',
  ),
  // ── Firms ────────────────────────────────────────────────────────────────────────────
  coopShare: n(
    'Firms',
    'Cooperatives',
    'share of consumption-goods firms',
    0.1,
    0,
    0.5,
    'Share of consumption-goods firms that are worker cooperatives. Bounds: at most half of the consumption-goods firms (with the social enterprises, at most 60% of them).',
  ),
  socialShare: n(
    'Firms',
    'Social enterprises',
    'share of consumption-goods firms',
    0.05,
    0,
    0.2,
    'Share of consumption-goods firms that are social enterprises (price near cost).',
  ),
  capitalFirmShare: n(
    'Firms',
    'Capital-goods firms',
    'share of all firms',
    0.15,
    0.1,
    0.25,
    'Share of the firms that make machines (the rest make consumption goods). Caiani et al. (2016): 20 of 120. Bounds: each sector needs enough firms to compete.',
  ),
  productivity: n(
    'Firms',
    'Labour productivity',
    'goods per worker per quarter',
    1,
    0.5,
    2,
    'Goods one worker makes in a quarter on a consumption-goods firm (given the machines: one machine makes one good a quarter). Not a pure unit: since a machine makes one good, it also sets the machines each worker needs, hence the capital-goods sector. Bounds: 0.5–2 give investment of 7–22% of GDP at the steady state (13% at 1), the range national accounts record; at 5 it would be 40% of GDP, with 41% of households making machines. The normal markup must pay for the machines each worker needs (see initialMarkup; at the default markup productivity above 1.09 is refused).',
  ),
  capitalProductivity: n(
    'Firms',
    'Machines per worker',
    'machines per worker per quarter',
    0.3,
    0.2,
    0.5,
    'Machines one worker of a capital-goods firm makes in a quarter. Sets investment at about 12% of GDP with the default machine life. Bounds: outside them investment is under 4% or over 30% of GDP; fewer machines per worker make machines dearer, and the normal markup must pay for them (see initialMarkup).',
  ),
  machineLife: n(
    'Firms',
    'Machine life',
    'quarters',
    20,
    12,
    40,
    "A machine makes goods for this many quarters, losing 1/life of its cost each quarter, then is scrapped (Caiani et al. 2016: 20). Bounds: 12–40 quarters, 3–10 years: the average service lives of business equipment in the national accounts lie within them (2 years is a computer's, not a whole economy's machines); of 18 random parameter sets with a life below 12 quarters (and a markup that pays for the machines), 10 completed 400 quarters, of 255 with a longer life 86%. A shorter life makes machines dearer per good: the normal markup must still pay for them (see initialMarkup; at the default markup a life below 19 quarters is refused).",
    'int',
  ),
  vintageReplacement: n(
    'Firms',
    'Replacement of the retiring vintage (θ)',
    'share, 0–1',
    0.9,
    0,
    1,
    "How closely a firm's replacement orders follow the machines that retire next quarter. 1: every retiring machine is replaced at once, so a burst of investment comes back, undamped, one machine life later (the echo of a fixed life). 0: a firm replaces the average wear, its machines ÷ machine life, whatever their ages (Jorgenson 1963). In between it replaces the average wear plus θ of the retiring vintage's excess over it; what it does not replace lowers its capacity, raises its utilisation and comes back as growth orders. Plant data show replacement that follows age but not by a fixed date (Feldstein & Foot 1971; Cooper, Haltiwanger & Power 1999). 0.9 is calibrated on the report card (CALIBRATION.md, 'Precautionary saving and a damped echo'); at 0.5 the business cycle falls to the edge of its range.",
  ),
  targetUtilisation: n(
    'Firms',
    'Target capacity utilisation',
    'share of capacity',
    0.8,
    0.7,
    0.85,
    'Firms invest to bring expected utilisation of their machines toward this, the rate they think normal (Caiani et al. 2016: 0.8). Bounds: 70–85%. US total industry ran at 82.1% on average over 1967–1998, 85.4% at the top of the late-1980s boom and 78.1% in the 1990–91 recession (Federal Reserve, G.17, revision of 30 November 1999, table 6): a firm that thinks more than the boom rate normal keeps no spare machines for a boom and is short of them in every upswing (measured: of 1,600 random parameter sets, those with a target of 86–90% failed 8.4% of the time, those below 86% 4.8%).',
  ),
  investmentUtilisationWeight: n(
    'Firms',
    'Investment response to utilisation (γ2)',
    'per quarter per unit gap',
    0.04,
    0.02,
    0.15,
    'Share of the gap between desired capacity (expected sales ÷ target utilisation) and capacity a firm closes each quarter (γ2 in Caiani et al. 2016, there 0.02 with a growing steady state). Bounds: above 0.3 investment overshoots into explosive cycles.',
  ),
  investmentProfitWeight: n(
    'Firms',
    'Investment response to profitability (γ1)',
    'per quarter per unit gap',
    0.02,
    0,
    0.1,
    "Desired growth of capacity per unit of relative gap between the firm's cash-flow rate of return (after interest) and the steady state's: the channel through which the cost of credit changes investment.",
  ),
  investmentRateWeight: n(
    'Firms',
    'Investment response to the loan rate (γ3)',
    'per quarter per unit of rate ÷ return',
    0.1,
    0,
    0.3,
    'Desired capacity growth falls by γ3 × (expected quarterly loan rate − its steady-state value; the expected rate adapts by λ) ÷ the steady-state return on capital: the user cost of capital. With 0.1 (and γ2 = 0.04) a lasting 2-point rise in rates lowers the capital firms want by about 12%, a user-cost elasticity of about −1.6, the top of the estimates (−0.25 to −1.6: Chirinko, Fazzari & Meyer 1999; Schaller 2006); 0.15 gave −2.4 and, under a Taylor rule, held capacity so tight that firms could not keep their inventories (models/abm/CALIBRATION.md). It does not act at a constant rate. Bounds: above 0.3 a 2-point rise would make firms want no machines at all.',
  ),
  investmentLoanShare: n(
    'Firms',
    'Investment financed by loans',
    'share of machine purchases',
    0.5,
    0.2,
    0.8,
    'Share of each machine purchase a firm finances with an amortising investment loan (the rest from its deposits, i.e. retained earnings).',
  ),
  capitalMarkup: n(
    'Firms',
    'Capital-goods markup',
    'share over unit cost',
    0.1,
    0.02,
    0.5,
    'Normal markup of capital-goods firms over unit labour cost (Caiani et al. 2016: 0.075).',
  ),
  initialMarkup: n(
    'Firms',
    'Normal markup',
    'share over unit cost',
    0.25,
    0.05,
    0.8,
    'Markup over unit labour cost that consumption-goods firms start with and revert to (the anchor of prices). Bounds: 5–80%, and at least what the machines cost per unit of labour cost, (1 + capitalMarkup) × productivity ÷ (capitalProductivity × targetUtilisation × machineLife) (0.23 at the defaults; the schema refuses less): a price that does not pay for the machines makes every firm lose money at the steady state. Measured on 400 random parameter sets: of 48 with a markup more than 0.2 below this cost none completed 400 quarters, of 79 less than 0.2 below it 46%, of 273 above it 84%.',
  ),
  markupAdjust: n(
    'Firms',
    'Markup adjustment step',
    'share per quarter',
    0.02,
    0,
    0.05,
    'Largest random change of a markup in a quarter: up when inventories are below target, down when above (Caiani et al. 2016: folded normal, mean 0.0075). Bounds: larger steps turn prices into noise.',
  ),
  markupReversion: n(
    'Firms',
    'Markup reversion',
    'share of gap per quarter',
    0.05,
    0.01,
    0.5,
    'Share of the gap to the normal markup closed each quarter: markups adapt to inventories but do not drift.',
  ),
  minMarkup: n(
    'Firms',
    'Minimum markup',
    'share',
    0.02,
    0,
    0.05,
    'Floor on the markup of private firms and co-ops. Bounds: at most 5%, below any normal markup.',
  ),
  maxMarkup: n(
    'Firms',
    'Maximum markup',
    'share',
    1.5,
    1,
    3,
    'Ceiling on the markup of private firms and co-ops. Bounds: at least 1, above any normal markup.',
  ),
  inventoryTarget: n(
    'Firms',
    'Target inventories',
    'share of expected sales',
    0.1,
    0.02,
    0.5,
    'Unsold goods a firm wants to carry, as a share of expected sales (Caiani et al. 2016: 0.1); it plans output to reach it.',
  ),
  expectationsWeight: n(
    'Firms',
    'Expectation adjustment (λ)',
    'share of error per quarter',
    0.25,
    0.05,
    0.8,
    "Share of last quarter's forecast error by which firms revise expected sales, and households and firms the policy rate they expect to last (adaptive expectations; Caiani et al. 2016: 0.25).",
  ),
  socialMargin: n(
    'Firms',
    'Social-enterprise margin',
    'share over unit cost',
    0.1,
    0.05,
    0.3,
    "Social enterprises price at unit labour cost plus this margin (enough to replace their machines). Bounds: 5–30%. At least 5% so that a social enterprise can replace its machines; at most 30% because a social enterprise prices near cost and keeps its surplus (it pays no dividends): a larger margin is a commercial markup (private firms' normal markup is 25%), and kept without end it drains spending from the economy (measured: of 152 random parameter sets with a margin above 30%, 74% completed 400 quarters; of 184 below, 92%).",
  ),
  maxFirmGrowth: n(
    'Firms',
    'Maximum hiring growth',
    'share of workforce per quarter',
    0.1,
    0.05,
    0.5,
    'A firm can add at most this share of its workforce (plus one worker) in a quarter, and plans to grow its machines by at most this share (machines beyond that could not be staffed).',
  ),
  firmLiquidity: n(
    'Firms',
    'Liquidity buffer',
    'quarters of wage bill',
    0.5,
    0.1,
    2,
    'Deposits a firm keeps before paying out profit (Caiani et al. 2016 precautionary deposits: 1 quarter).',
  ),
  socialSurplusShare: n(
    'Firms',
    'Social-enterprise surplus spent',
    'share of excess deposits',
    0.9,
    0.5,
    1,
    "Share a profitable social enterprise spends each quarter on its social purpose (paid equally to every household) of its deposits beyond what it keeps, by the same rule as private dividends. Bounds: 50–100%, because a social enterprise by definition puts at least half its surplus to its purpose (the Social Enterprise Mark's test: at least 51% of profits; UK community interest companies may pay at most 35% as dividends and lock the rest to the community's benefit). Kept, the surplus would pile up as idle deposits without end: measured before this rule, social enterprises keeping everything, of 1,600 random parameter sets those with a margin of 25–30% failed 12% of the time, of 5–10% 1%.",
  ),
  dividendPayout: n(
    'Firms',
    'Dividend payout',
    'share of excess deposits',
    0.9,
    0.3,
    1,
    "Share a profitable private firm pays its owner each quarter of its deposits beyond what it keeps: next quarter's planned wage bill plus the liquidity buffer and, for consumption-goods firms, the funds that replace machines (Caiani et al. 2016: 0.9). So a firm expecting more sales keeps more and pays less.",
  ),
  coopSurplusShare: n(
    'Firms',
    'Co-op surplus shared',
    'share of profit',
    0.9,
    0.3,
    1,
    'Share of its profit a cooperative pays equally to its worker-members each quarter, from deposits above its liquidity buffer.',
  ),
  loanDurationYears: n(
    'Firms',
    'Loan duration',
    'years',
    2.5,
    1.5,
    5,
    'Firm loans amortise: each quarter a firm repays 1/(4 × this) of what it owes.',
  ),
  // ── Banks ────────────────────────────────────────────────────────────────────────────
  minCapitalRatio: n(
    'Banks',
    'Capital requirement',
    'equity / loans',
    0.08,
    0.04,
    0.15,
    'A bank makes no new loan that would take its equity below this share of its loans. Bounds: Basel minimums and buffers lie within 4–15%.',
  ),
  riskPremium: n(
    'Banks',
    'Risk premium',
    'per year at the leverage limit',
    0.04,
    0,
    0.06,
    "Spread a bank adds for a borrower's default risk: this × the borrower's leverage ÷ the leverage limit.",
  ),
  maxFirmLeverage: n(
    'Banks',
    'Leverage limit',
    'debt / assets',
    0.7,
    0.6,
    0.9,
    "Banks ration credit: no loan takes a firm's debt above this share of its assets (deposits, machines at book value, inventories at cost). Bounds: below 0.6 the steady state itself is beyond the limit and credit stops at once.",
  ),
  targetCapitalRatio: n(
    'Banks',
    'Target capital ratio',
    'equity / loans',
    0.12,
    0.08,
    0.3,
    'A bank pays dividends only while its equity is above this share of its loans (and above the equity target on all assets); a failed bank is recapitalised to it.',
  ),
  bankEquityToAssets: n(
    'Banks',
    'Equity target on all assets',
    'equity / assets',
    0.06,
    0.03,
    0.15,
    "A bank keeps equity of at least this share of all it holds (loans, bonds, reserves) before paying dividends: government bonds need capital too. Canada's largest banks hold about 6%.",
  ),
  bankPayout: n(
    'Banks',
    'Bank dividend payout',
    'share of excess equity per quarter',
    0.6,
    0,
    1,
    'Share of its equity above both targets that a profitable bank pays to its owners each quarter.',
  ),
  depositSpread: n(
    'Banks',
    'Deposit spread',
    'per year under policy',
    0.015,
    0,
    0.03,
    'Deposits earn the policy rate minus this when the policy rate is 2.5% (the default); at other policy rates the spread moves with the deposit pass-through (depositPassThrough): deposit rate = policy − this − (1 − pass-through) × (policy − 2.5%), floored at zero and never above the policy rate. Bounds: 0–3 points.',
  ),
  reserveRatio: n(
    'Banks',
    'Reserve requirement',
    'share of deposits',
    0.02,
    0,
    0.1,
    'Reserves a bank must hold at the public bank; it borrows advances (at the top of the corridor) when short.',
  ),
  reserveSpread: n(
    'Banks',
    'Reserve remuneration spread',
    'per year under policy',
    0.0025,
    0,
    0.01,
    'Reserves earn policy rate minus this (floored at zero): the floor of the corridor.',
  ),
  bondMaturityYears: n(
    'Banks',
    'Bond maturity',
    'years',
    5,
    0.25,
    30,
    'Privately held bonds mature evenly over this many years and are refinanced under the current regime.',
  ),
  // ── Wages and prices ─────────────────────────────────────────────────────────────────
  initialWage: n(
    'Wages and prices',
    'Initial wage',
    'currency per quarter',
    10000,
    100,
    1000000,
    'Quarterly wage at the start; sets the money scale. Bounds: any currency scale from 100 to a million a quarter (the scale changes no ratio).',
  ),
  wageNeutralUnemployment: n(
    'Wages and prices',
    'Wage-neutral unemployment',
    'rate',
    0.07,
    0.03,
    0.12,
    'Unemployment at which wages grow with expected inflation. Bounds: estimates of the non-accelerating rate for OECD countries lie within 3–12%.',
  ),
  wagePhillips: n(
    'Wages and prices',
    'Unemployment restraint on wages',
    'per year per unit gap',
    0.5,
    0.1,
    1,
    'Each point of unemployment above the wage-neutral rate lowers annual wage growth by this many points (and raises it below). Bounds: above 2 wages swing by more than a point per point of unemployment. Bounds: estimated wage Phillips-curve slopes lie within 0.1–1.',
  ),
  wageIndexation: n(
    'Wages and prices',
    'Wage indexation',
    'share',
    0.5,
    0,
    0.8,
    'Weight of recent inflation in the inflation wages expect; the rest is the inflation target (an anchor, not a function of unemployment). Bounds: above 0.8 expectations lose their anchor and inflation follows its own past.',
  ),
  inflationTarget: n(
    'Wages and prices',
    'Inflation target',
    'per year',
    0.02,
    0,
    0.05,
    'Anchor of wage expectations (and of formulas such as a Taylor rule). Bounds: 0–5%, where central banks set targets; below zero the steady state has no finite wealth.',
  ),
  wageFloor: n(
    'Wages and prices',
    'Wage floor',
    'per year',
    -0.01,
    -0.1,
    0,
    'Nominal wages fall by at most this much a year however high unemployment is: downward nominal wage rigidity (Akerlof, Dickens & Perry 1996), which also keeps a deep slump from turning into a deflation spiral.',
  ),
  unemploymentBenefit: n(
    'Wages and prices',
    'Unemployment benefit',
    'share of the average wage',
    0.4,
    0.2,
    0.6,
    'Paid by the government to each unemployed household each quarter, untaxed (Caiani et al. 2016: 0.4). Bounds: replacement rates of 20–60%, the OECD range.',
  ),
  // ── Initial state ────────────────────────────────────────────────────────────────────
  firmSizeDispersion: n(
    'Initial state',
    'Firm-size dispersion',
    'standard deviation of log size',
    0.6,
    0,
    1.2,
    'Consumption-goods firms start with log-normal sizes (workers, machines, customers) with this dispersion: real firm sizes are right-skewed (Axtell 2001). 0 makes every firm the same size.',
  ),
  burnIn: n(
    'Initial state',
    'Burn-in',
    'quarters',
    200,
    0,
    400,
    'Quarters left out of summaries, comparisons and the report card. The run starts at the steady state and its means are stable after about 20 quarters (measured: 8 seeds, default scale); the default of 200 is the window of the issue-7 report card (quarters 200–400), and summaries of shorter runs use their second half.',
    'int',
  ),
  // ── Issue 8: reserves and the citizen's income's financing (reserves.ts, financing.ts) ──────
  reserveRemuneration: {
    kind: 'enum',
    values: RESERVE_REMUNERATIONS,
    default: 'floor',
    group: 'Policy: interest rates',
    label: 'Interest on reserves',
    unit: 'choice',
    help: "What the public bank pays on banks' reserves. floor: every reserve earns policy − the reserve spread (today's central banks with abundant reserves). tiered: reserves up to the requirement (reserveRatio × deposits) earn nothing, the excess earns the policy rate; it pays less than floor only while reserves are under about policy ÷ reserve spread (10 at the defaults) times the requirement, so with the public bank financing deficits (reserves near deposits) it pays more; raise reserveRatio to widen the unremunerated tier. none: no reserve earns anything; advances still cost policy + the advances spread. In an economy with an interbank market, excess reserves that earn nothing push the overnight rate to zero unless the central bank keeps reserves scarce, so the policy rate loses its grip. This model has no interbank market: a bank short of reserves borrows advances from the public bank, and every loan, deposit and bond rate is set as policy + its spread, so here the policy rate keeps its grip by assumption, and under none (or tiered with abundant reserves) the model overstates that grip.",
    min: 0,
    max: 0,
  } satisfies EnumSpec,
  citizensIncomeFinancing: {
    kind: 'enum',
    values: CITIZENS_INCOME_FINANCINGS,
    default: 'bonds',
    group: "Policy: citizen's income",
    label: "Citizen's income financing",
    unit: 'choice',
    help: "bonds: paid from the budget, and the deficit is financed like any other, by the money regime; citizensIncomeMoneyShare (kept for older files) still credits that share debt-free. money: the whole income is credited to the government debt-free by the public bank (as citizensIncomeMoneyShare = 1; the share is then ignored). taxes: each quarter a tax surcharge (citizensIncomeTaxMix) is set so that, at last quarter's tax bases, it raises what the income costs (budget-neutral before behaviour responds); the share is ignored; what a tax cannot raise below its ceiling is financed like any deficit.",
    min: 0,
    max: 0,
  } satisfies EnumSpec,
  citizensIncomeTaxMix: {
    kind: 'enum',
    values: CITIZENS_INCOME_TAX_MIXES,
    default: 'essay',
    group: "Policy: citizen's income",
    label: "Citizen's income tax mix",
    unit: 'choice',
    help: "Which taxes rise when citizensIncomeFinancing is taxes. essay (the essay's: corporate tax back to 47%, capital gains and wealth taxed as well as income): the corporate tax toward 47%, the capital income tax toward 30% and a 1% wealth tax, scaled together to the cost, and the income tax covers what they cannot. income, corporate, wealth: that one tax alone. Ceilings: 70% for the income tax, 90% for corporate and capital income taxes, 10% a year for the wealth tax; at the ceiling the rest is borrowed. Measured for an income of a fifth of the average wage (16–18% of GDP; default scale, quarters 60–160): income alone or essay raise all of it (income tax about 44–46%); corporate alone about 7% of GDP at its 90% ceiling; wealth alone almost nothing at the default threshold (ten years' average wage), since few households hold that much.",
    min: 0,
    max: 0,
  } satisfies EnumSpec,
  // ── Households: who holds the public debt (bondholders.ts) ──────────────────────────
  householdBondShare: n(
    'Households',
    'Bond share of wealth (households)',
    'share of wealth above the buffer',
    0,
    0,
    0.5,
    "Share of its wealth above the liquid buffer a household holds in government bonds (bought from its bank) when the bond rate is 3.25%; their coupons are its capital income. 0 (the default): households hold deposits only and banks all privately held bonds. Households never hold the public bank's bonds. Bounds: up to half; households in Canada and the US hold a few per cent of their government's debt directly (models/abm/CALIBRATION.md).",
  ),
  householdBondRateSensitivity: n(
    'Households',
    'Bond share: response to the bond rate',
    'relative change per unit of annual rate',
    7.9,
    0,
    30,
    "Each point of bond rate above 3.25% raises the bond share by this many hundredths of itself (below, lowers it). Default 7.9: Godley & Lavoie's model PC (λ1/λ0 = 5/0.635). Bounds: 0 (rate-blind) to 30 (the share would double for 3.3 points).",
  ),
  householdBondBuffer: n(
    'Households',
    'Bond holding: liquid buffer',
    "quarters of households' mean disposable income",
    2,
    0,
    8,
    "Wealth a household keeps in deposits before it holds any bond, in quarters of households' mean disposable income: the share of wealth in bonds then rises with wealth (model PC's transactions term). Default 2: a worker starts with about 1.75 quarters of income in deposits and holds no bond; the owners of firms and banks (about 2.3) and households that save more do, as in household surveys, where few families hold bonds directly and most of those are the richest. Bounds: 0 (every household the same share) to 8 (two years' income).",
  ),
  // ── Policy: fiscal rule (fiscalRule.ts) ──────────────────────────────────────────────
  fiscalRule: {
    kind: 'enum',
    values: FISCAL_RULES,
    default: 'none',
    group: 'Policy: fiscal rule',
    label: 'Fiscal rule',
    unit: 'choice',
    help: "none: programme spending (public wages and purchases) follows the plan whatever the debt. deficit-ceiling: it is cut so the borrowing the rule counts stays under the ceiling share of GDP. debt-target: it is cut so the primary balance pays the interest on counted debt (less what nominal growth erodes) and closes part of the gap between debt/GDP and the target each year; once programmes are at half the plan, the rest is raised by a surcharge on the income tax (up to a 70% income tax), withdrawn before programmes are restored: a debt target moves the primary balance, revenue included (Bohn 1998), and spending cuts alone cannot hold debt once interest exceeds what half the programmes save. Either way interest on counted debt competes with programmes first; programmes are only cut (never above the plan), and never below half the plan. Benefits and the citizen's income are entitlements: no rule cuts them.",
    min: 0,
    max: 0,
  } satisfies EnumSpec,
  fiscalRuleDebt: {
    kind: 'enum',
    values: FISCAL_RULE_DEBTS,
    default: 'gross',
    group: 'Policy: fiscal rule',
    label: 'Debt the rule counts',
    unit: 'choice',
    help: 'gross: every government bond counts, including those the public bank holds (debt-free credits are no bond, so they never count); private: only bonds held outside the public bank count. Borrowing under the deficit ceiling is counted the same way. No effect without a fiscal rule.',
    min: 0,
    max: 0,
  } satisfies EnumSpec,
  fiscalDeficitCeiling: n(
    'Policy: fiscal rule',
    'Deficit ceiling',
    'share of GDP',
    0.03,
    0,
    0.1,
    'Under deficit-ceiling: the counted deficit (spending including interest, less revenue, financed by counted bonds) may not exceed this share of GDP. 3% is the Maastricht ceiling. Bounds: 0 (a balanced-budget rule) to 10%, beyond any ceiling a government has legislated.',
  ),
  fiscalDebtTarget: n(
    'Policy: fiscal rule',
    'Debt target',
    'ratio to annual GDP',
    0.6,
    0,
    2,
    'Under debt-target: the counted debt / annual GDP the rule steers toward. 60% is the Maastricht reference. Bounds: 0 to 2 (Japan, the most indebted large economy, is near 2.5 gross).',
  ),
  fiscalRuleSpeed: n(
    'Policy: fiscal rule',
    'Debt-target reaction speed',
    'share of the gap per year',
    0.05,
    0.01,
    0.5,
    "Under debt-target: the share of the gap between counted debt and the target the primary balance must close each year (the EU's debt-reduction benchmark closes 1/20 = 5% of the excess a year; estimated fiscal reaction coefficients lie within 2–10%). Bounds: above 50% a year the cuts would swing with every quarter's noise.",
  ),
  // ── Housing and mortgages (housing.ts, mortgages.ts) ─────────────────────────────────
  housingMarket: {
    kind: 'bool',
    default: false,
    group: 'Housing and mortgages',
    label: 'Housing market with mortgages',
    unit: 'on/off',
    help: 'When on, households own and trade houses, private banks lend them mortgages (creating deposits) and capital-goods firms build new houses. Off: households have no houses and no debt (the economy of model 1.0.0).',
    min: 0,
    max: 1,
  } satisfies BoolSpec,
  publicBankMortgages: {
    kind: 'bool',
    default: false,
    group: 'Housing and mortgages',
    label: 'Public bank lends for homes',
    unit: 'on/off',
    help: "When on (and the housing market is on), a household buying a home to live in borrows from the public bank's household tier at policy + its spread, under the same debt-service limit, its own loan-to-value limit and a ceiling on its mortgage book (its capital rule); anyone it turns down, or who comes once the book is full, borrows from a private bank.",
    min: 0,
    max: 1,
  } satisfies BoolSpec,
  homeownershipShare: n(
    'Housing and mortgages',
    'Home ownership at the start',
    'share of households',
    0.65,
    0.3,
    0.9,
    'Share of households that own their home in the first quarter (Canada 2021: 66.5%); the rest rent. Bounds: 30–90%, the range across OECD countries (Switzerland about 40%, Romania above 90% is left out).',
  ),
  houseBuildLabour: n(
    'Housing and mortgages',
    'Labour to build a house',
    'worker-quarters of capital-goods output',
    12,
    4,
    40,
    "Capital-goods output (in a capital-goods worker's quarters) a new house takes; with the capital-goods markup this sets the cost of a new house, which house prices return to in the long run. 12 makes a house cost about 13 quarterly wages (3.3 years of a wage). Bounds: from one year's wage (a small flat) to 11 years' (a house in a dear city).",
  ),
  houseLifeYears: n(
    'Housing and mortgages',
    'House life',
    'years',
    100,
    40,
    200,
    'Houses are demolished at random at 1/life a year (only houses with no mortgage; their owners become renters). Construction replaces them, so this sets residential investment. Bounds: 40–200 years, the lives national statistical offices assume for dwellings.',
  ),
  housingSupplyElasticity: n(
    'Housing and mortgages',
    'Housing supply elasticity',
    'elasticity',
    2,
    0,
    5,
    'New houses started each quarter = replacement × (house price ÷ building cost)^elasticity: builders build more when houses sell above cost. 0: a fixed flow of replacement houses. Bounds: estimates for North American cities lie between about 0.5 and 4 (Saiz 2010).',
  ),
  houseHoldingYears: n(
    'Housing and mortgages',
    'Years between moves',
    'years',
    15,
    5,
    40,
    'An owner puts its house up for sale on average once in this many years (and becomes a renter until it buys again). Bounds: 5–40 years; Canadian owners stay about 12–15 years.',
  ),
  buyProbability: n(
    'Housing and mortgages',
    'Renters looking to buy',
    'share of renters per quarter',
    0.04,
    0.01,
    0.3,
    'Share of renters who look for a house each quarter; those who can pay the deposit and pass the bank’s limits bid, and more bidders than houses raise the price. With owners moving every 15 years, 4% makes about two households in three owners in the long run. Bounds: 1–30% a quarter (above that nearly every household owns).',
  ),
  housePriceAdjust: n(
    'Housing and mortgages',
    'House price response',
    'per quarter per unit of excess demand',
    0.02,
    0.005,
    0.2,
    'Each quarter the house price moves with expected inflation plus this × (bidders − houses for sale) ÷ (bidders + houses for sale): up when bidders outnumber houses, down when they do not. With few bidders a quarter (a few dozen at 10,000 households) a faster response turns the noise in that count into price swings. Bounds: above 0.2 the price can jump 20% in a quarter.',
  ),
  maxLoanToValue: n(
    'Housing and mortgages',
    'Loan-to-value limit',
    'share of the price',
    0.95,
    0.5,
    1,
    'A private bank lends at most this share of the price of a house; the buyer pays the rest from its deposits. Canada: 95% with mortgage insurance, 80% without. Bounds: 50–100%.',
  ),
  maxDebtServiceToIncome: n(
    'Housing and mortgages',
    'Debt-service-to-income limit',
    'share of gross income',
    0.3,
    0.15,
    0.5,
    "A bank lends no more than keeps the first quarter's interest and principal within this share of the buyer's gross income (Canada's stress-tested limits: 39% for housing costs, 44% for all debt; ICEACE: 30%). Bounds: 15–50%.",
  ),
  mortgageTermYears: n(
    'Housing and mortgages',
    'Mortgage term',
    'years',
    25,
    10,
    40,
    'Mortgages are repaid in equal principal instalments over this many years (25 years = 100 quarters), with interest on the balance. Bounds: 10–40 years, the terms lenders offer.',
  ),
  mortgageSpread: n(
    'Housing and mortgages',
    'Mortgage spread',
    'per year over policy',
    0.01,
    0.005,
    0.04,
    'Private banks lend mortgages at policy rate + this spread + the risk spread (floating, floored at zero). With the risk spread, 1–2 points in all: Canadian five-year mortgage rates run 1–2 points above the policy rate. Bounds: 0.5–4 points.',
  ),
  mortgageRiskSpread: n(
    'Housing and mortgages',
    'Mortgage risk spread',
    'per year at the loan-to-value limit',
    0.01,
    0,
    0.03,
    "Extra spread for risk: this × the loan's loan-to-value ratio ÷ the limit, so a buyer with a small deposit pays more. Bounds: 0–3 points.",
  ),
  mortgageRiskWeight: n(
    'Housing and mortgages',
    'Mortgage risk weight',
    'share of a firm loan',
    0.35,
    0.2,
    1,
    "Mortgages count at this weight in a bank's capital requirement (firm loans count in full): Basel's standardised weight for residential mortgages is 35%. Bounds: 20% (internal models) to 100% (as risky as a firm loan).",
  ),
  foreclosureDiscount: n(
    'Housing and mortgages',
    'Foreclosure discount',
    'share of the price',
    0.25,
    0,
    0.5,
    'A household that misses two quarterly payments in a row is foreclosed: its house is sold at this discount to the market price and the bank writes off what the sale does not cover. Bounds: forced-sale discounts of 0–50% are reported (Campbell, Giglio & Pathak 2011: about 27%).',
  ),
  publicMortgageSpread: n(
    'Housing and mortgages',
    'Public-bank mortgage spread',
    'per year over policy',
    0.005,
    -0.02,
    0.04,
    "Rate of the public bank's household tier: policy + this (floored at zero), with no risk spread. Bounds: −2 to +4 points.",
  ),
  publicMortgageMaxLtv: n(
    'Housing and mortgages',
    'Public-bank loan-to-value limit',
    'share of the price',
    0.95,
    0.5,
    1,
    "The public bank's household tier lends at most this share of the price (Canada's insured first-home limit is 95%). Bounds: 50–100%.",
  ),
  publicMortgageLimit: n(
    'Housing and mortgages',
    "Public bank's mortgage ceiling",
    'share of annual GDP',
    0.3,
    0,
    1.5,
    "The public bank's own capital rule for its household tier: it makes no new mortgage that takes its mortgage book above this share of annual GDP. Bounds: 0 (closed) to 1.5 × GDP (all of today's Canadian mortgage debt and more).",
  ),
  mortgageInWealth: n(
    'Housing and mortgages',
    'Mortgage counted against deposits',
    'share of the mortgage',
    1,
    0,
    1,
    "The wealth a household spends from (α2) is its deposits less this share of its mortgage (where that is negative, the net debt weighs at the housing-wealth propensity instead: housingWealthPropensity): 1 = net financial wealth, as in Godley & Lavoie's consumption function, so a borrower spends from deposits only beyond what it owes, and the deposits a mortgage creates stay held by someone instead of being spent until the government's debt has gone. 0 = deposits alone (a mortgage does not weigh on spending beyond its debt service). Bounds: 0–1 (more than the whole debt has no meaning).",
  ),
  housingWealthPropensity: n(
    'Housing and mortgages',
    'Spending out of net mortgage debt',
    'share a year',
    0.1,
    0,
    0.2,
    "Where a mortgage exceeds its borrower's deposits, this share of the net debt a year comes off the borrower's spending plan (α2, 0.2 a year at its default, applies to positive wealth). The net debt is the house's financing, so it weighs as housing wealth does: estimated marginal propensities to consume out of housing wealth run from 0.02 a year on impact to 0.09 eventually (Carroll, Otsuka & Slacalek 2011; Case, Quigley & Shiller 2005; Mian, Rao & Sufi 2013: 0.05–0.07). A house sale then no longer makes spending of its own (the seller's wealth rises by the price, the buyer's falls by it, though spent from at a lower rate), and households' net financial wealth, the counterpart of government debt, stays near the same ratio to income as the mortgage stock swings. Bounds: 0 (net wealth floored at zero: a buyer's wealth falls only to zero) to 0.2 (α2's default).",
  ),
  depositPassThrough: n(
    'Banks',
    'Deposit pass-through (deposit beta)',
    'deposit-rate points per policy-rate point',
    0.4,
    0,
    1,
    "Share of a change in the policy rate that banks pass on to the rate they pay on deposits: the deposits channel of monetary policy. Banks with market power in deposits widen their deposit spread as the policy rate rises, so a hike raises what depositors earn by this share of it and the rest widens banks' margin. Default 0.4: in the US the aggregate deposit rate rises by about 35–40% of the Fed funds rate (Drechsler, Savov & Schnabl 2017, QJE 132(4)); in 2022 interest-bearing deposits paid 1.4% with the funds rate at 3.7% (Federal Reserve Bank of New York, Liberty Street Economics, April 2023); in Canada, term-deposit and GIC rates passed money-market rates through fully before 2008 and significantly less since (Popiel 2017, Studies in Nonlinear Dynamics & Econometrics 21(5), data 1983–2015). With the 1.5-point deposit spread at 2.5% it makes the deposit rate 0.4 × the policy rate. Bounds: 0 (rates set by the bank whatever the policy rate, as the big Canadian banks' savings accounts at 0.01–0.035% in 2023) to 1 (full pass-through: policy − the deposit spread at every rate, this model's rule before it had this parameter).",
  ),
} as const satisfies Record<string, Spec>;

export type ParamKey = keyof typeof SPECS;

/** key → {label, unit, help, group, min, max}, for the UI's help and sliders. */
export const PARAM_DOCS: Readonly<Record<ParamKey, ParamDoc>> = Object.fromEntries(
  Object.entries(SPECS).map(([k, s]) => [
    k,
    { label: s.label, unit: s.unit, help: s.help, group: s.group, min: s.min, max: s.max },
  ]),
) as Record<ParamKey, ParamDoc>;

function fieldSchema(s: Spec) {
  switch (s.kind) {
    case 'enum':
      return z.enum(s.values as unknown as [string, ...string[]]).default(s.default);
    case 'bool':
      return z.boolean().default(s.default);
    case 'int':
      return z.number().int().min(s.min).max(s.max).default(s.default);
    case 'formula':
      return numberOrFormula(FORMULA_VARIABLES, { min: s.min, max: s.max }).default(s.default);
    default:
      return z
        .number()
        .finite()
        .min(s.min, { message: `must be at least ${s.min}` })
        .max(s.max, { message: `must be at most ${s.max}` })
        .default(s.default);
  }
}

const paramShape = Object.fromEntries(Object.entries(SPECS).map(([k, s]) => [k, fieldSchema(s)]));

export interface AbmParams {
  moneyRegime: MoneyRegime;
  publicShare: number;
  policyRate: NumberOrFormula;
  spreadGovernment: number;
  spreadPrivateFirms: number;
  spreadCooperatives: number;
  spreadSocialEnterprises: number;
  spreadAdvances: number;
  publicBankLendsToSocial: boolean;
  publicBankCapacity: number;
  citizensIncome: NumberOrFormula;
  citizensIncomeMoneyShare: number;
  incomeTaxRate: number;
  corporateTaxRate: number;
  capitalIncomeTaxRate: number;
  wealthTaxRate: number;
  wealthTaxThreshold: number;
  publicEmploymentShare: number;
  govPurchases: number;
  propensityIncome: number;
  propensityWealth: number;
  consumptionRateSensitivity: number;
  precautionarySaving: number;
  searchFirms: number;
  priceSensitivity: number;
  switchingIntensity: number;
  ownerShare: number;
  coopShare: number;
  socialShare: number;
  capitalFirmShare: number;
  productivity: number;
  capitalProductivity: number;
  machineLife: number;
  vintageReplacement: number;
  targetUtilisation: number;
  investmentUtilisationWeight: number;
  investmentProfitWeight: number;
  investmentRateWeight: number;
  investmentLoanShare: number;
  capitalMarkup: number;
  initialMarkup: number;
  markupAdjust: number;
  markupReversion: number;
  minMarkup: number;
  maxMarkup: number;
  inventoryTarget: number;
  expectationsWeight: number;
  socialMargin: number;
  maxFirmGrowth: number;
  firmLiquidity: number;
  socialSurplusShare: number;
  dividendPayout: number;
  coopSurplusShare: number;
  loanDurationYears: number;
  minCapitalRatio: number;
  riskPremium: number;
  maxFirmLeverage: number;
  targetCapitalRatio: number;
  bankEquityToAssets: number;
  bankPayout: number;
  depositSpread: number;
  reserveRatio: number;
  reserveSpread: number;
  bondMaturityYears: number;
  initialWage: number;
  wageNeutralUnemployment: number;
  wagePhillips: number;
  wageIndexation: number;
  inflationTarget: number;
  wageFloor: number;
  unemploymentBenefit: number;
  firmSizeDispersion: number;
  burnIn: number;
  reserveRemuneration: ReserveRemuneration;
  citizensIncomeFinancing: CitizensIncomeFinancing;
  citizensIncomeTaxMix: CitizensIncomeTaxMix;
  householdBondShare: number;
  householdBondRateSensitivity: number;
  householdBondBuffer: number;
  fiscalRule: FiscalRule;
  fiscalRuleDebt: FiscalRuleDebt;
  fiscalDeficitCeiling: number;
  fiscalDebtTarget: number;
  fiscalRuleSpeed: number;
  housingMarket: boolean;
  publicBankMortgages: boolean;
  homeownershipShare: number;
  houseBuildLabour: number;
  houseLifeYears: number;
  housingSupplyElasticity: number;
  houseHoldingYears: number;
  buyProbability: number;
  housePriceAdjust: number;
  maxLoanToValue: number;
  maxDebtServiceToIncome: number;
  mortgageTermYears: number;
  mortgageSpread: number;
  mortgageRiskSpread: number;
  mortgageRiskWeight: number;
  foreclosureDiscount: number;
  publicMortgageSpread: number;
  publicMortgageMaxLtv: number;
  publicMortgageLimit: number;
  mortgageInWealth: number;
  housingWealthPropensity: number;
  depositPassThrough: number;
}

export const DEFAULT_PARAMS: AbmParams = Object.fromEntries(
  Object.entries(SPECS).map(([k, s]) => [k, s.default]),
) as unknown as AbmParams;

/**
 * Parameters of model 0.2 that model 1.0.0 no longer has, and what replaced each: a scenario file
 * written for 0.2 that sets one is refused with this message (never run silently differently).
 */
export const REMOVED_IN_1_0: Readonly<Record<string, string>> = {
  wageNorm:
    'removed in model 1.0.0: wages now grow with expected inflation (anchored to inflationTarget) and fall with unemployment above wageNeutralUnemployment; delete the key',
  firmEquityTarget:
    'removed in model 1.0.0: firms now pay dividendPayout of after-tax profit from deposits above firmLiquidity quarters of wages; delete the key',
  bankruptcyThreshold:
    'removed in model 1.0.0: a firm now fails when it cannot pay its debt service or its net worth (machines and inventories included) turns negative; delete the key',
  initialGovDebt:
    'removed in model 1.0.0: every stock now starts at the solved steady state of the model, government debt included; delete the key',
  initialWealth:
    'removed in model 1.0.0: household deposits now start at the solved steady state; delete the key',
  initialBankCapital:
    'removed in model 1.0.0: bank capital now starts at targetCapitalRatio of loans (and bankEquityToAssets of assets); delete the key',
  initialUnemployment:
    'removed in model 1.0.0: unemployment now starts at the solved steady state; delete the key',
  maxLeverage:
    'removed in model 1.0.0: banks now ration credit by maxFirmLeverage (debt / assets, machines included); delete the key',
  creditFloor: 'removed in model 1.0.0: credit is now priced and rationed by leverage; delete the key',
  outputAdjust:
    'removed in model 1.0.0: firms now plan output from adaptive sales expectations (expectationsWeight) and inventories; delete the key',
  outputBuffer:
    'removed in model 1.0.0: goods no longer perish; firms carry inventories toward inventoryTarget; delete the key',
};

const removedKeys = z.record(z.string(), z.unknown()).superRefine((raw, ctx) => {
  for (const k of Object.keys(raw)) {
    const why = REMOVED_IN_1_0[k];
    if (why) ctx.addIssue({ code: 'custom', path: [k], message: why });
  }
});

/**
 * What the machines cost per unit of labour cost, at the steady state: a good needs 1/ū machines
 * running, each lasting κ quarters and costing (1 + μk)·w/μN, against w/a of labour. The normal
 * markup on unit labour cost must cover it (see initialMarkup's help).
 */
export function machineCostPerLabourCost(
  p: Pick<
    AbmParams,
    'capitalMarkup' | 'productivity' | 'capitalProductivity' | 'targetUtilisation' | 'machineLife'
  >,
): number {
  return (
    ((1 + p.capitalMarkup) * p.productivity) / (p.capitalProductivity * p.targetUtilisation * p.machineLife)
  );
}

const MACHINE_COST_INPUTS = [
  'capitalMarkup',
  'productivity',
  'capitalProductivity',
  'targetUtilisation',
  'machineLife',
] as const;

/** A constant policy rate is held for the whole run: see policyRate's help. */
const MAX_CONSTANT_POLICY_RATE = 0.06;

const paramsSchemaStrict = z.strictObject(paramShape).superRefine((p, ctx) => {
  const q = p as unknown as AbmParams;
  if (q.coopShare + q.socialShare > 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['socialShare'],
      message: 'coopShare + socialShare must be at most 1',
    });
  }
  if (
    typeof q.citizensIncome === 'number' &&
    q.citizensIncome > q.initialWage &&
    // A number above the static bound is already refused, naming it: one message per field.
    q.citizensIncome <= SPECS.citizensIncome.max
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['citizensIncome'],
      message: `must be at most initialWage (${q.initialWage}): a citizen's income above a full quarterly wage is beyond every proposal`,
    });
  }
  if (
    typeof q.policyRate === 'number' &&
    q.policyRate > MAX_CONSTANT_POLICY_RATE &&
    q.policyRate <= SPECS.policyRate.max
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['policyRate'],
      message: `a constant policy rate must be at most ${MAX_CONSTANT_POLICY_RATE} a year (it holds for the whole run; a formula may reach ${SPECS.policyRate.max} in a quarter)`,
    });
  }
  const machineCost = machineCostPerLabourCost(q);
  // Only when its inputs are within their own bounds (an input out of them is already refused, naming it).
  const inBounds = MACHINE_COST_INPUTS.every((k) => q[k] >= SPECS[k].min && q[k] <= SPECS[k].max);
  if (inBounds && q.initialMarkup < machineCost) {
    ctx.addIssue({
      code: 'custom',
      path: ['initialMarkup'],
      message: `must be at least ${machineCost.toFixed(3)}, what the machines cost per unit of labour cost with these productivity, capitalProductivity, capitalMarkup, targetUtilisation and machineLife ((1 + capitalMarkup) × productivity ÷ (capitalProductivity × targetUtilisation × machineLife)): a lower markup does not pay for the machines, so every consumption-goods firm would lose money at the steady state. Raise the markup or the machine life, or lower productivity`,
    });
  }
  if (q.minMarkup > q.maxMarkup) {
    ctx.addIssue({ code: 'custom', path: ['maxMarkup'], message: 'must be at least minMarkup' });
  }
  if (q.minCapitalRatio > q.targetCapitalRatio) {
    ctx.addIssue({
      code: 'custom',
      path: ['targetCapitalRatio'],
      message: 'must be at least minCapitalRatio',
    });
  }
});

const paramsSchema = removedKeys.pipe(paramsSchemaStrict) as unknown as z.ZodType<
  AbmParams,
  Partial<AbmParams>
>;

/** Scale keys sit at the top level of the scenario, next to schemaVersion, model, name and params. */
export const SCALE_LIMITS = {
  households: { min: 10, max: 2_000_000, default: 10_000 },
  firms: { min: 3, max: 200_000, default: 500 },
  banks: { min: 1, max: 1_000, default: 10 },
  periods: { min: 1, max: 4_000, default: 200 },
} as const;

const int = (k: keyof typeof SCALE_LIMITS) =>
  z
    .number()
    .int({ message: 'must be a whole number' })
    .min(SCALE_LIMITS[k].min, { message: `must be at least ${SCALE_LIMITS[k].min}` })
    .max(SCALE_LIMITS[k].max, { message: `must be at most ${SCALE_LIMITS[k].max}` })
    .default(SCALE_LIMITS[k].default);

/** Tax rates a same-fiscal-stance comparison holds equal (fiscalRule.ts applies them over params). */
export const STANCE_TAX_KEYS = [
  'incomeTaxRate',
  'corporateTaxRate',
  'capitalIncomeTaxRate',
  'wealthTaxRate',
  'wealthTaxThreshold',
] as const;
export type StanceTaxKey = (typeof STANCE_TAX_KEYS)[number];

/**
 * The rates a stance can replay quarter by quarter: the four a surcharge can move within a run
 * (the citizen's income by taxes, a debt-target rule), each with the result column that records
 * the rate in force that quarter. The wealth-tax threshold is never moved within a run, so the
 * constant `taxRates` holds it.
 */
export const STANCE_QUARTERLY_COLUMNS = {
  incomeTaxRate: 'tax_rate_income',
  corporateTaxRate: 'tax_rate_corporate',
  capitalIncomeTaxRate: 'tax_rate_capital_income',
  wealthTaxRate: 'tax_rate_wealth',
} as const;
export type QuarterlyTaxKey = keyof typeof STANCE_QUARTERLY_COLUMNS;
export const STANCE_QUARTERLY_KEYS = Object.keys(STANCE_QUARTERLY_COLUMNS) as QuarterlyTaxKey[];

/**
 * Ceilings of a surcharged rate (financing.ts, fiscalRule.ts). Why these: a flat 70% on all
 * labour income is well past any country's average labour-income tax (the OECD's highest is about
 * 50%, counting social contributions); 90% was the top US marginal rate of the 1950s; 10% a year of
 * wealth above the threshold would consume it within a decade. A replayed quarter's rate may reach
 * them (above the parameters' own bounds), because a run's effective rate can.
 */
export const SURCHARGE_CEILINGS = {
  income: 0.7,
  corporate: 0.9,
  capital: 0.9,
  wealth: 0.1,
} as const;
const QUARTERLY_CEILING: Record<QuarterlyTaxKey, number> = {
  incomeTaxRate: SURCHARGE_CEILINGS.income,
  corporateTaxRate: SURCHARGE_CEILINGS.corporate,
  capitalIncomeTaxRate: SURCHARGE_CEILINGS.capital,
  wealthTaxRate: SURCHARGE_CEILINGS.wealth,
};

/**
 * Same fiscal stance: the programme spending (currency per quarter, quarter 1 first) and tax rates
 * of another run, replayed by this one so that a difference between them comes from financing.
 */
export interface FiscalStance {
  /** The scenario whose stance is replayed (said in the summary). */
  heldFrom: string;
  programmeSpending: number[];
  /** Constant rates over the scenario's own (files written before taxRatesByQuarter existed). */
  taxRates?: Partial<Record<StanceTaxKey, number>>;
  /**
   * The rates in force in each quarter of the replayed run, surcharges included (quarter 1 first,
   * as long as programmeSpending). While a quarter is replayed they are the run's rates exactly:
   * its own surcharges do not add to them (fiscalRule.ts, withStanceTaxes).
   */
  taxRatesByQuarter?: Record<QuarterlyTaxKey, number[]>;
}

const quarters = <T extends z.ZodTypeAny>(item: T) =>
  z
    .array(item)
    .max(SCALE_LIMITS.periods.max, { message: `must have at most ${SCALE_LIMITS.periods.max} quarters` });

const fiscalStanceSchema = z
  .strictObject({
    heldFrom: z.string().max(200),
    programmeSpending: quarters(z.number().finite().min(0, { message: 'must be at least 0' })),
    taxRates: z
      .strictObject(
        Object.fromEntries(
          STANCE_TAX_KEYS.map((k) => [k, z.number().finite().min(SPECS[k].min).max(SPECS[k].max).optional()]),
        ) as Record<StanceTaxKey, z.ZodOptional<z.ZodNumber>>,
      )
      .optional(),
    // Each quarter's rate lies between the parameter's lower bound and its surcharge ceiling.
    taxRatesByQuarter: z
      .strictObject(
        Object.fromEntries(
          STANCE_QUARTERLY_KEYS.map((k) => [
            k,
            quarters(
              z
                .number()
                .finite()
                .min(SPECS[k].min, { message: `must be at least ${SPECS[k].min}` })
                .max(QUARTERLY_CEILING[k], { message: `must be at most ${QUARTERLY_CEILING[k]}` }),
            ),
          ]),
        ) as Record<QuarterlyTaxKey, z.ZodArray<z.ZodNumber>>,
      )
      .optional(),
  })
  .superRefine((st, ctx) => {
    // Rates and spending replay the same quarters: a stance with one but not the other for a
    // quarter would hold half the stance there.
    if (!st.taxRatesByQuarter) return;
    for (const k of STANCE_QUARTERLY_KEYS)
      if (st.taxRatesByQuarter[k].length !== st.programmeSpending.length)
        ctx.addIssue({
          code: 'custom',
          path: ['taxRatesByQuarter', k],
          message: `must have one rate per quarter of programmeSpending (${st.programmeSpending.length}), not ${st.taxRatesByQuarter[k].length}`,
        });
  });

export const abmScenarioSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    model: z.literal('abm'),
    name: z.string().max(200).optional(),
    description: z.string().max(2000).optional(),
    households: int('households'),
    firms: int('firms'),
    banks: int('banks'),
    periods: int('periods'),
    seed: z.number().int({ message: 'must be a whole number' }).min(0).max(4294967295).default(1),
    // The model version the file was written for (the app and CLI write it). Absent or 0.x: the
    // file is run on this model with a note saying what changed (report.ts, migrationNote).
    modelVersion: z
      .string()
      .regex(/^\d+\.\d+\.\d+$/, { message: 'must be a version like "1.0.0"' })
      .optional(),
    params: paramsSchema.default(DEFAULT_PARAMS),
    fiscalStance: fiscalStanceSchema.optional(),
  })
  .superRefine((s, ctx) => {
    const major = s.modelVersion === undefined ? 0 : Number(s.modelVersion.split('.')[0]);
    if (major > ABM_MAJOR)
      ctx.addIssue({
        code: 'custom',
        path: ['modelVersion'],
        message: `the file was written for model ${s.modelVersion}; this app runs model ${ABM_MODEL_VERSION} and cannot tell what a newer model's parameters mean`,
      });
    if (s.firms > s.households)
      ctx.addIssue({ code: 'custom', path: ['firms'], message: 'must be at most the number of households' });
  });

export interface AbmScenario {
  schemaVersion: 1;
  model: 'abm';
  name?: string;
  description?: string;
  households: number;
  firms: number;
  banks: number;
  periods: number;
  seed: number;
  /** The model version the file was written for; absent in files written before 1.0.0. */
  modelVersion?: string;
  params: AbmParams;
  /** Same fiscal stance: replay another run's programme spending and tax rates (absent: none). */
  fiscalStance?: FiscalStance;
}
