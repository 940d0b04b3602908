/**
 * Presets. `abm-private-debt` is the baseline; every other preset differs from it ONLY in the
 * levers its name says (a test checks this), so comparing any preset with the baseline isolates
 * that policy. They share the seed, so agents draw the same random numbers where they make the same
 * choices.
 */
import { ABM_MODEL_VERSION, DEFAULT_PARAMS, type AbmParams, type AbmScenario } from './params';

const base: AbmScenario = {
  schemaVersion: 1,
  model: 'abm',
  name: 'Private-debt economy: deficits financed by bonds sold to private banks',
  households: 10_000,
  firms: 500,
  banks: 10,
  periods: 200,
  seed: 1,
  modelVersion: ABM_MODEL_VERSION,
  params: { ...DEFAULT_PARAMS },
};

function variant(name: string, description: string, levers: Partial<AbmParams>): AbmScenario {
  return { ...base, name, description, params: { ...base.params, ...levers } };
}

/** The levers each preset changes relative to abm-private-debt (the test compares against this). */
export const PRESET_LEVERS: Record<string, readonly (keyof AbmParams)[]> = {
  'abm-private-debt': [],
  'abm-public-bank': ['moneyRegime'],
  'abm-debt-free': ['moneyRegime'],
  'abm-tiered-rates': ['publicBankLendsToSocial', 'spreadCooperatives', 'spreadSocialEnterprises'],
  'abm-ubi-taxes': ['citizensIncome', 'citizensIncomeFinancing'],
  'abm-ubi-money': ['citizensIncome', 'citizensIncomeFinancing'],
  'abm-household-bonds': ['householdBondShare'],
  'abm-reserves-tiered': ['reserveRemuneration'],
  // citizensIncomeFinancing: bonds is the default, so only the income itself differs in value.
  'abm-ubi-bonds': ['citizensIncome'],
  'abm-fiscal-rule-private-debt': ['fiscalRule', 'fiscalDeficitCeiling'],
  'abm-fiscal-rule-public-bank': ['fiscalRule', 'fiscalDeficitCeiling', 'moneyRegime'],
  'abm-mortgage-private': ['housingMarket'],
  'abm-mortgage-public-bank': ['housingMarket', 'publicBankMortgages'],
};

/**
 * The fiscal-rule pair: a deficit ceiling of 2% of GDP counting every bond (gross). The baseline's
 * quarterly deficit averages 1.3–1.5% of GDP, interest included, and swings by a point, so the
 * ceiling binds in downturns: tight enough to show interest competing with programmes (measured,
 * seeds 1–2, quarters 201–400: programme spending 19.2–19.7% of GDP with private debt against
 * 19.9–20.0% with the public bank), loose enough to leave the report card as the baseline's (the
 * same 17 of 22 facts pass; at 1.5% investment stops moving with output in some seeds).
 */
const FISCAL_RULE = { fiscalRule: 'deficit-ceiling', fiscalDeficitCeiling: 0.02 } as const;

/** Citizen's income in the three UBI presets: a fifth of the average wage each quarter. */
const CITIZENS_INCOME = '0.2 * avg_wage';

export const ABM_PRESETS: Record<string, AbmScenario> = {
  'abm-private-debt': {
    ...base,
    description:
      'The baseline: the public bank sets the policy rate and supplies reserves; all new government debt is sold to private banks at policy + term premium.',
  },
  'abm-public-bank': variant(
    'Public bank, interest-free: the public bank finances deficits with zero-interest bonds',
    'Same economy; every financing need (including maturing private bonds) is met by the public bank holding zero-interest bonds.',
    { moneyRegime: 'public-bank-interest-free' },
  ),
  'abm-debt-free': variant(
    'Public bank, debt-free: the public bank credits the government with no bond',
    "Same economy; every financing need is met by debt-free credits from the public bank (its net worth falls, the government's rises).",
    { moneyRegime: 'public-bank-debt-free' },
  ),
  'abm-tiered-rates': variant(
    'Tiered rates: the public bank lends to co-ops and social enterprises below the private rate',
    'Same economy; the public bank lends to the social economy (up to 5% of GDP a year): co-ops at policy − 1%, social enterprises at policy − 2.5% (floored at zero).',
    { publicBankLendsToSocial: true, spreadCooperatives: -0.01, spreadSocialEnterprises: -0.025 },
  ),
  'abm-ubi-taxes': variant(
    "Citizen's income financed by taxes",
    "Same economy; every household receives a fifth of the average wage each quarter, paid for by the essay's taxes: each quarter corporate tax rises toward 47%, capital income tax toward 30% and a 1% wealth tax above ten years' average wage is levied, and the income tax rises to cover the rest, so that the surcharge raises what the income costs at last quarter's tax bases (citizensIncomeFinancing: taxes, mix essay).",
    { citizensIncome: CITIZENS_INCOME, citizensIncomeFinancing: 'taxes' },
  ),
  'abm-ubi-money': variant(
    "Citizen's income financed by public money creation",
    'Same economy; every household receives a fifth of the average wage each quarter, credited debt-free to the government by the public bank (citizensIncomeFinancing: money).',
    { citizensIncome: CITIZENS_INCOME, citizensIncomeFinancing: 'money' },
  ),
  'abm-household-bonds': variant(
    'Households hold government bonds: coupons reach the wealthier households as well as banks',
    'Same economy; households above a liquid buffer of two quarters of income put half of their wealth beyond it into government bonds, bought from their banks (about 1% of the privately held debt, held by about 5% of households), and are paid the coupons, taxed as capital income.',
    { householdBondShare: 0.5 },
  ),
  'abm-reserves-tiered': variant(
    'Tiered reserves: required reserves earn nothing, excess reserves the policy rate',
    'Same economy; the public bank pays no interest on required reserves (2% of deposits) and the policy rate on reserves above them, instead of policy − 0.25% on all reserves (reserveRemuneration: tiered).',
    { reserveRemuneration: 'tiered' },
  ),
  'abm-ubi-bonds': variant(
    "Citizen's income financed by bonds",
    'Same economy; every household receives a fifth of the average wage each quarter, paid from the budget, and the deficit is financed like any other, by bonds sold to private banks (citizensIncomeFinancing: bonds, the default).',
    { citizensIncome: CITIZENS_INCOME, citizensIncomeFinancing: 'bonds' },
  ),
  'abm-fiscal-rule-private-debt': variant(
    'Fiscal rule, private debt: a deficit ceiling with deficits financed by bonds sold to private banks',
    'Same economy; a deficit ceiling of 2% of GDP (interest included; every bond counts): when the deficit would exceed it, programme spending (public wages and purchases) is cut, at most 2.5% of the plan a quarter and never below half of it. Interest paid to the private banks that hold the bonds competes with programmes.',
    FISCAL_RULE,
  ),
  'abm-fiscal-rule-public-bank': variant(
    'Fiscal rule, public bank: the same deficit ceiling with deficits financed by the public bank',
    "Same economy and the same deficit ceiling as abm-fiscal-rule-private-debt (2% of GDP; every bond counts, including the public bank's); every financing need is met by the public bank holding zero-interest bonds, so the only difference from that preset is who holds new bonds and so whether interest is paid on them. With reserves remunerated at the floor, part of the interest saved on bonds is paid on reserves and reaches the budget through the public bank's remittance.",
    { ...FISCAL_RULE, moneyRegime: 'public-bank-interest-free' },
  ),
  'abm-mortgage-private': variant(
    'Mortgages: a housing market with private mortgages',
    'Same economy plus houses and mortgages (housingMarket on): households own, buy and sell houses that capital-goods firms build, and private banks lend them mortgages within loan-to-value and debt-service limits, creating deposits as they lend. Everything else is the baseline.',
    { housingMarket: true },
  ),
  'abm-mortgage-public-bank': variant(
    "Mortgages with the public bank's household tier",
    "Same as abm-mortgage-private (housingMarket on) and the public bank's household tier on (publicBankMortgages): home buyers borrow from the public bank at policy + 0.5%, up to 95% of the price, under the same debt-service limit, while its mortgage book stays under 30% of annual GDP; anyone it turns down, or who comes when the book is full, borrows from a private bank.",
    { housingMarket: true, publicBankMortgages: true },
  ),
};
