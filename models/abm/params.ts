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

export type ParamGroup =
  | 'Policy: money creation'
  | 'Policy: interest rates'
  | "Policy: citizen's income"
  | 'Policy: taxes and spending'
  | 'Households'
  | 'Firms'
  | 'Banks'
  | 'Wages and prices'
  | 'Initial state';

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
    -0.05,
    0.5,
    "The central (public) bank's rate; a number or a formula of t, inflation, unemployment, … (e.g. a Taylor rule).",
    'formula',
  ),
  spreadGovernment: n(
    'Policy: interest rates',
    'Government tier: term premium',
    'per year over policy',
    0.0075,
    -0.5,
    0.5,
    'Government bonds sold to private banks pay policy rate + this premium (floored at zero).',
  ),
  spreadPrivateFirms: n(
    'Policy: interest rates',
    'Private-firm tier: bank spread',
    'per year over policy',
    0.025,
    -0.5,
    0.5,
    'Private banks lend to firms at policy rate + this spread (floored at zero).',
  ),
  spreadCooperatives: n(
    'Policy: interest rates',
    'Cooperative tier: public-bank spread',
    'per year over policy',
    0.025,
    -0.5,
    0.5,
    'Rate the public bank charges cooperatives when it lends to the social economy (policy + spread, floored at zero).',
  ),
  spreadSocialEnterprises: n(
    'Policy: interest rates',
    'Social-enterprise tier: public-bank spread',
    'per year over policy',
    0.025,
    -0.5,
    0.5,
    'Rate the public bank charges social enterprises when it lends to the social economy (policy + spread, floored at zero).',
  ),
  spreadAdvances: n(
    'Policy: interest rates',
    "Banks' tier: advances spread",
    'per year over policy',
    0.0025,
    -0.5,
    0.5,
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
    1,
    'New lending the public bank will do to the social economy in a year, as a share of annual GDP.',
  ),
  // ── Policy: citizen's income ─────────────────────────────────────────────────────────
  citizensIncome: n(
    "Policy: citizen's income",
    "Citizen's income",
    'currency per household per quarter',
    0,
    0,
    1e9,
    'Paid to every household each quarter; a number or a formula, e.g. "0.25 * avg_wage".',
    'formula',
  ),
  citizensIncomeMoneyShare: n(
    "Policy: citizen's income",
    "Citizen's income financed by money creation",
    'share 0–1',
    0,
    0,
    1,
    "Share of the citizen's income the public bank credits to the government debt-free; the rest is paid from taxes (and the deficit regime).",
  ),
  // ── Policy: taxes and spending ───────────────────────────────────────────────────────
  incomeTaxRate: n(
    'Policy: taxes and spending',
    'Income tax rate',
    'share of income',
    0.25,
    0,
    0.95,
    "Flat tax on wages, public wages and co-op surplus shares (the citizen's income is not taxed).",
  ),
  corporateTaxRate: n(
    'Policy: taxes and spending',
    'Corporate tax rate',
    'share of profit',
    0.15,
    0,
    0.95,
    "Tax on positive profits of private firms and private banks (co-op surplus is taxed as members' income; social enterprises are exempt).",
  ),
  capitalIncomeTaxRate: n(
    'Policy: taxes and spending',
    'Capital income tax rate',
    'share of income',
    0.15,
    0,
    0.95,
    'Tax on dividends and deposit interest received by households.',
  ),
  wealthTaxRate: n(
    'Policy: taxes and spending',
    'Wealth tax rate',
    'per year',
    0,
    0,
    0.2,
    "Annual tax on a household's deposits above the threshold, charged quarterly.",
  ),
  wealthTaxThreshold: n(
    'Policy: taxes and spending',
    'Wealth tax threshold',
    'years of average wage',
    10,
    0,
    1000,
    'Deposits above this many years of the average wage are taxed.',
  ),
  publicEmploymentShare: n(
    'Policy: taxes and spending',
    'Public employment',
    'share of households',
    0.2,
    0,
    0.9,
    'Share of households employed by the government at the average private wage.',
  ),
  govPurchases: n(
    'Policy: taxes and spending',
    'Government purchases',
    'goods per household per quarter',
    0.07,
    0,
    10,
    'Real goods the government buys each quarter, per household (one worker makes `productivity` goods a quarter).',
  ),
  // ── Households ───────────────────────────────────────────────────────────────────────
  propensityIncome: n(
    'Households',
    'Propensity to consume out of income (α1)',
    'share',
    0.9,
    0,
    1,
    "Share of last quarter's disposable income a household spends.",
  ),
  propensityWealth: n(
    'Households',
    'Propensity to consume out of wealth (α2)',
    'share per quarter',
    0.05,
    0,
    1,
    'Share of its deposits a household spends each quarter on top of α1·income.',
  ),
  searchFirms: n(
    'Households',
    'Firms searched',
    'firms',
    3,
    1,
    20,
    'Each quarter a household compares its last supplier and this many random firms that have stock, and picks one as the price sensitivity says (if all are sold out, it looks at as many more).',
    'int',
  ),
  priceSensitivity: n(
    'Households',
    'Price sensitivity (ε)',
    'elasticity',
    3,
    0,
    50,
    'Among the firms it compares, a household picks each with probability ∝ (relative price)^−ε; 50 means always the cheapest.',
  ),
  ownerShare: n(
    'Households',
    'Owners',
    'share of households',
    0.05,
    0.001,
    1,
    'Share of households that own the private firms and banks (and receive their dividends).',
  ),
  // ── Firms ────────────────────────────────────────────────────────────────────────────
  coopShare: n(
    'Firms',
    'Cooperatives',
    'share of firms',
    0.1,
    0,
    1,
    'Share of firms that are worker cooperatives.',
  ),
  socialShare: n(
    'Firms',
    'Social enterprises',
    'share of firms',
    0.05,
    0,
    1,
    'Share of firms that are social enterprises (price at cost).',
  ),
  productivity: n(
    'Firms',
    'Labour productivity',
    'goods per worker per quarter',
    1,
    0.01,
    1000,
    'Goods one worker makes in a quarter.',
  ),
  initialMarkup: n(
    'Firms',
    'Initial markup',
    'share over unit cost',
    0.2,
    0,
    2,
    'Markup over unit labour and interest cost that private firms and co-ops start with.',
  ),
  markupAdjust: n(
    'Firms',
    'Markup adjustment speed',
    'share per quarter',
    0.03,
    0,
    0.5,
    'Largest random change of a markup in a quarter: up when the firm sold out, down when it was left with unsold goods.',
  ),
  minMarkup: n(
    'Firms',
    'Minimum markup',
    'share',
    0.02,
    0,
    1,
    'Floor on the markup of private firms and co-ops.',
  ),
  maxMarkup: n(
    'Firms',
    'Maximum markup',
    'share',
    1,
    0,
    5,
    'Ceiling on the markup of private firms and co-ops.',
  ),
  outputAdjust: n(
    'Firms',
    'Output adjustment speed',
    'share per quarter',
    0.05,
    0,
    1,
    'Largest random rise in planned output after a firm sold out.',
  ),
  socialMargin: n(
    'Firms',
    'Social-enterprise margin',
    'share over unit cost',
    0.02,
    0,
    1,
    'Social enterprises price at unit cost plus this thin margin (kept as surplus for solvency).',
  ),
  maxFirmGrowth: n(
    'Firms',
    'Maximum hiring growth',
    'share of workforce per quarter',
    0.1,
    0,
    10,
    'A firm can add at most this share of its workforce (plus one worker) in a quarter.',
  ),
  outputBuffer: n(
    'Firms',
    'Output buffer',
    'share of expected sales',
    0.05,
    0,
    1,
    'Firms plan to make this much more than they expect to sell (goods perish, so the buffer is lost if unsold).',
  ),
  firmEquityTarget: n(
    'Firms',
    'Firm equity target',
    'quarters of wage bill',
    0.5,
    0,
    20,
    'Net worth a firm keeps; what it earns above this is paid out (private: dividends; co-op: to members).',
  ),
  dividendPayout: n(
    'Firms',
    'Dividend payout',
    'share of excess equity per quarter',
    0.8,
    0,
    1,
    'Share of its net worth above the equity target a private firm pays its owner each quarter.',
  ),
  coopSurplusShare: n(
    'Firms',
    'Co-op surplus shared',
    'share of excess equity per quarter',
    0.8,
    0,
    1,
    'Share of its net worth above the equity target a cooperative pays equally to its worker-members each quarter.',
  ),
  loanDurationYears: n(
    'Firms',
    'Loan duration',
    'years',
    2,
    0.25,
    30,
    'Loans are repaid in equal shares of principal over this many years.',
  ),
  bankruptcyThreshold: n(
    'Firms',
    'Bankruptcy threshold',
    'quarters of wage bill',
    1,
    0,
    20,
    'A firm whose debts exceed its deposits by more than this many quarters of its wage bill goes bankrupt.',
  ),
  // ── Banks ────────────────────────────────────────────────────────────────────────────
  minCapitalRatio: n(
    'Banks',
    'Minimum capital ratio',
    'equity / loans',
    0.08,
    0,
    1,
    'A bank stops lending when its equity would fall below this share of its loans.',
  ),
  maxLeverage: n(
    'Banks',
    'Maximum borrower leverage',
    'loans / net worth',
    3,
    0,
    100,
    "A private bank lends a firm at most this multiple of the firm's net worth (plus the credit floor).",
  ),
  creditFloor: n(
    'Banks',
    'Credit floor',
    "workers' wages",
    3,
    0,
    1000,
    'Credit a private bank extends to any firm regardless of net worth, in quarterly wages (lets new firms start).',
  ),
  targetCapitalRatio: n(
    'Banks',
    'Target capital ratio',
    'equity / loans',
    0.12,
    0,
    1,
    'A bank pays dividends only while its equity is above this share of its loans (and above the equity target on all assets).',
  ),
  bankEquityToAssets: n(
    'Banks',
    'Equity target on all assets',
    'equity / assets',
    0.06,
    0,
    1,
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
    0.5,
    'Deposits earn policy rate minus this (floored at zero).',
  ),
  reserveRatio: n(
    'Banks',
    'Reserve holding',
    'share of deposits',
    0.02,
    0,
    1,
    'Reserves a bank keeps at the public bank; it borrows advances when short.',
  ),
  reserveSpread: n(
    'Banks',
    'Reserve remuneration spread',
    'per year under policy',
    0.0025,
    0,
    0.5,
    'Reserves earn policy rate minus this (floored at zero).',
  ),
  bondMaturityYears: n(
    'Banks',
    'Bond maturity',
    'years',
    5,
    0.25,
    50,
    'Privately held bonds mature evenly over this many years and are refinanced under the current regime.',
  ),
  // ── Wages and prices ─────────────────────────────────────────────────────────────────
  initialWage: n(
    'Wages and prices',
    'Initial wage',
    'currency per quarter',
    10000,
    1,
    1e9,
    'Quarterly wage at the start; sets the money scale.',
  ),
  wageNorm: n(
    'Wages and prices',
    'Wage norm',
    'per year',
    0.02,
    -0.2,
    0.5,
    'Nominal wage growth bargained when unemployment is at the wage-neutral rate and inflation on target.',
  ),
  wageNeutralUnemployment: n(
    'Wages and prices',
    'Wage-neutral unemployment',
    'rate',
    0.06,
    0,
    0.5,
    'Unemployment at which wages grow at the wage norm.',
  ),
  wagePhillips: n(
    'Wages and prices',
    'Unemployment restraint on wages',
    'per year per unit gap',
    0.5,
    0,
    10,
    'Each point of unemployment above the wage-neutral rate lowers annual wage growth by this many points.',
  ),
  wageIndexation: n(
    'Wages and prices',
    'Wage indexation',
    'share',
    0.5,
    0,
    0.95,
    "Share of last period's inflation above target passed into wages.",
  ),
  inflationTarget: n(
    'Wages and prices',
    'Inflation target',
    'per year',
    0.02,
    -0.1,
    0.5,
    'Reference inflation for wage bargaining (and formulas).',
  ),
  // ── Initial state ────────────────────────────────────────────────────────────────────
  initialGovDebt: n(
    'Initial state',
    'Initial government debt',
    'share of annual GDP',
    0.4,
    0,
    5,
    'Bonds held by private banks at the start (same in every regime).',
  ),
  initialWealth: n(
    'Initial state',
    'Initial household deposits',
    'quarters of wage',
    2,
    0,
    100,
    'Deposits each household starts with.',
  ),
  initialBankCapital: n(
    'Initial state',
    'Initial bank capital',
    'equity / loans',
    0.12,
    0,
    1,
    'Equity of each bank at the start relative to its loans (and at least the equity target on all its assets).',
  ),
  initialUnemployment: n(
    'Initial state',
    'Initial unemployment',
    'rate',
    0.06,
    0,
    0.9,
    'Share of households without a job at the start.',
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
  searchFirms: number;
  priceSensitivity: number;
  ownerShare: number;
  coopShare: number;
  socialShare: number;
  productivity: number;
  initialMarkup: number;
  markupAdjust: number;
  minMarkup: number;
  maxMarkup: number;
  outputAdjust: number;
  socialMargin: number;
  maxFirmGrowth: number;
  outputBuffer: number;
  firmEquityTarget: number;
  dividendPayout: number;
  coopSurplusShare: number;
  loanDurationYears: number;
  bankruptcyThreshold: number;
  minCapitalRatio: number;
  maxLeverage: number;
  creditFloor: number;
  targetCapitalRatio: number;
  bankEquityToAssets: number;
  bankPayout: number;
  depositSpread: number;
  reserveRatio: number;
  reserveSpread: number;
  bondMaturityYears: number;
  initialWage: number;
  wageNorm: number;
  wageNeutralUnemployment: number;
  wagePhillips: number;
  wageIndexation: number;
  inflationTarget: number;
  initialGovDebt: number;
  initialWealth: number;
  initialBankCapital: number;
  initialUnemployment: number;
}

export const DEFAULT_PARAMS: AbmParams = Object.fromEntries(
  Object.entries(SPECS).map(([k, s]) => [k, s.default]),
) as unknown as AbmParams;

const paramsSchema = z.strictObject(paramShape).superRefine((p, ctx) => {
  const q = p as unknown as AbmParams;
  if (q.coopShare + q.socialShare > 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['socialShare'],
      message: 'coopShare + socialShare must be at most 1',
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
}) as unknown as z.ZodType<AbmParams, Partial<AbmParams>>;

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
    params: paramsSchema.default(DEFAULT_PARAMS),
  })
  .superRefine((s, ctx) => {
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
  params: AbmParams;
}
