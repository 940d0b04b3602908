/**
 * Fiscal rules and the same-fiscal-stance replay: what the government may spend on its programmes.
 *
 * Programme spending is the government's discretionary spending: public wages (its headcount) and
 * its purchases of goods. Unemployment benefits and the citizen's income are entitlements — paid by
 * law to whoever qualifies — so no rule and no replay touches them; interest is owed on contracts.
 * The plan is today's behaviour: the steady state's public headcount and `govPurchases` goods per
 * household.
 *
 * With a rule on, the budget for a quarter is set at its start from last quarter's accounts:
 * - deficit-ceiling: the borrowing the rule counts may not exceed `fiscalDeficitCeiling` × GDP;
 * - debt-target: the primary balance must pay the interest on counted debt, less what trend
 *   nominal growth (the inflation target: the model has no real growth) erodes, plus
 *   `fiscalRuleSpeed` of the gap between counted debt and `fiscalDebtTarget` × annual GDP a year.
 * Both read the interest due this quarter, so interest competes with programmes. The rule only cuts
 * (it never spends above the plan) and never below MIN_PROGRAMME_SHARE of it. A rule that does not
 * bind leaves the run exactly as without it.
 *
 * Programmes first, then revenue. With programmes at that floor, what the rule still asks of the
 * primary balance is raised by a surcharge on the income tax (the broadest base), set at last
 * quarter's labour income and moved at most as fast as programmes move (MAX_PROGRAMME_STEP of the
 * plan a quarter), up to the income tax's ceiling (financing.ts). A debt-target rule is a fiscal
 * reaction function (Bohn 1998; Ghosh et al. 2013): the primary balance, revenue included, answers
 * to debt. Spending cuts alone cannot be one: with programmes at their floor, taxes fixed and
 * entitlements paid, the largest primary surplus is fixed, and once interest net of nominal growth
 * exceeds it debt grows without bound (in a demand-led economy cutting public payrolls also lowers
 * revenue and raises benefits, so the floor is reached early). When the rule relaxes, the surcharge
 * is withdrawn before programmes are restored (the last measure taken is the first undone).
 *
 * A replayed stance (a same-fiscal-stance comparison) sets programme spending to the first run's,
 * quarter by quarter, and — when it records them (taxRatesByQuarter) — the tax rates to those in
 * force in each of the first run's quarters, its surcharges included. While a quarter's rates are
 * replayed they are the rates, exactly: this scenario's own surcharges (its citizen's income by
 * taxes, a debt-target rule's income-tax surcharge) do not add to them, or the first run's
 * surcharges would be levied twice. What those would have raised is then financed like any deficit,
 * under this scenario's money regime. A rule still cuts the replayed programme spending when it
 * binds (the nearest the rule allows); a debt-target rule that cannot raise taxes cuts programmes
 * down to its floor and is suspended there. The run starts at the steady state solved at the first
 * replayed quarter's rates, as the first run started with its surcharge in. Past the end of a
 * stance shorter than the run (a hand-written file; the CLI and the app refuse such runs) the
 * scenario's own plan and surcharges resume, over the first replayed quarter's rates.
 *
 * The cut falls on both parts in proportion: public employees are laid off (they join the
 * unemployed and draw benefits) and purchases shrink; when the rule relaxes the government hires
 * back from the unemployed. Every payment still goes through payIncomes and governmentPurchases,
 * so the postings are theirs.
 */
import type { TaxRates } from './financing';
import { EMP_PUBLIC, EMP_UNEMPLOYED } from './households';
import {
  STANCE_QUARTERLY_COLUMNS,
  STANCE_QUARTERLY_KEYS,
  STANCE_TAX_KEYS,
  SURCHARGE_CEILINGS,
  type AbmScenario,
  type FiscalStance,
  type QuarterlyTaxKey,
  type StanceTaxKey,
} from './params';
import type { Economy } from './state';

/** Programme spending is never cut below this share of the plan: beyond it the rule is suspended. */
export const MIN_PROGRAMME_SHARE = 0.5;
/**
 * A rule moves programme spending by at most this share of the plan a quarter (10% a year): public
 * payrolls and contracts cannot be cut or restored at once, and a rule that moved faster would
 * chase last quarter's noise and set off a cycle of its own.
 */
export const MAX_PROGRAMME_STEP = 0.025;

export interface FiscalState {
  /** A rule or a replayed stance sets programme spending; off, nothing here runs. */
  active: boolean;
  /** A rule is on (a scenario built in code without the key has none, as the schema's default). */
  ruled: boolean;
  /** Public employees in the plan (the steady state's). */
  planPublic: number;
  publicNow: number;
  /** Planned purchase volume × this (1 = the plan), unless purchaseBudget is a number. */
  purchaseScale: number;
  /** Currency the government spends on purchases this quarter (replay), or NaN. */
  purchaseBudget: number;
  /** Programme spending as a share of the plan last quarter (1 = the plan). */
  share: number;
  /** The rule's surcharge on the income tax rate (added to it in financing.ts), 0 until programmes reach their floor. */
  taxAdd: number;
  /** Programme spending per quarter to replay (quarter 1 first), or null. */
  replay: Float64Array | null;
  /** Tax rates per quarter to replay (quarter 1 first, as long as `replay`), or null. */
  taxReplay: Record<keyof TaxRates, Float64Array> | null;
  /** Indices of households, for picking whom to lay off or hire. */
  pool: Int32Array;
  /** The last four quarters' revenue net of entitlements and GDP: budgets are set on annual accounts. */
  netRevenue: Float64Array;
  gdp: Float64Array;
  quarters: number;
}

export function createFiscal(s: AbmScenario, publicEmployees: number): FiscalState {
  const stance = s.fiscalStance?.programmeSpending;
  const rule = s.params.fiscalRule;
  const ruled = rule === 'deficit-ceiling' || rule === 'debt-target';
  return {
    active: ruled || stance !== undefined,
    ruled,
    planPublic: publicEmployees,
    publicNow: publicEmployees,
    purchaseScale: 1,
    purchaseBudget: NaN,
    share: 1,
    taxAdd: 0,
    replay: stance ? Float64Array.from(stance) : null,
    taxReplay: taxReplayOf(s.fiscalStance),
    pool: new Int32Array(0),
    netRevenue: new Float64Array(4),
    gdp: new Float64Array(4),
    quarters: 0,
  };
}

/** Which of this quarter's rates (E.tax) each per-quarter key replays. */
const RATE_OF: Record<QuarterlyTaxKey, keyof TaxRates> = {
  incomeTaxRate: 'income',
  corporateTaxRate: 'corporate',
  capitalIncomeTaxRate: 'capital',
  wealthTaxRate: 'wealth',
};

function taxReplayOf(stance: FiscalStance | undefined): FiscalState['taxReplay'] {
  const q = stance?.taxRatesByQuarter;
  if (!q) return null;
  const out = {} as Record<keyof TaxRates, Float64Array>;
  for (const k of STANCE_QUARTERLY_KEYS) out[RATE_OF[k]] = Float64Array.from(q[k]);
  return out;
}

/** A replayed stance sets quarter `t`'s tax rates. */
export function replaysTaxes(F: FiscalState, t: number): boolean {
  return F.taxReplay !== null && t <= F.taxReplay.income.length;
}

/** Writes quarter `t`'s replayed rates into `out` and returns true, or returns false (no replay then). */
export function replayTaxRates(F: FiscalState, t: number, out: TaxRates): boolean {
  if (!replaysTaxes(F, t)) return false;
  const r = F.taxReplay!;
  out.income = r.income[t - 1]!;
  out.corporate = r.corporate[t - 1]!;
  out.capital = r.capital[t - 1]!;
  out.wealth = r.wealth[t - 1]!;
  return true;
}

/**
 * The scenario with a replayed stance's tax rates in place of its own (what the run and its report
 * use): the constant `taxRates`, then, when the stance records them per quarter, its first
 * quarter's rates (the start is solved at them).
 */
export function withStanceTaxes(s: AbmScenario): AbmScenario {
  const st = s.fiscalStance;
  const rates = st?.taxRates;
  const first = st?.taxRatesByQuarter && st.programmeSpending.length > 0 ? st.taxRatesByQuarter : null;
  if (!rates && !first) return s;
  const params = { ...s.params };
  for (const k of STANCE_TAX_KEYS) {
    const v = rates?.[k];
    if (v !== undefined) params[k] = v;
  }
  if (first) for (const k of STANCE_QUARTERLY_KEYS) params[k] = first[k][0]!;
  return { ...s, params };
}

/**
 * Step 0 of a quarter: the programme budget, from last quarter's accounts (read before the flows
 * are reset), and the public headcount and purchases that spend it.
 * `lastDeficit` is last quarter's deficit however financed.
 */
export function setProgramme(E: Economy, t: number, lastDeficit: number): void {
  const F = E.fiscal;
  if (!F.active) return;
  const p = E.p;
  const w = E.macro.wage;
  // Planned purchases are priced at last quarter's average consumer price.
  const planCost = F.planPublic * w + p.govPurchases * E.H * E.macro.cpi * E.initialPrice;
  const replaying = F.replay !== null && t <= F.replay.length;
  let budget = replaying ? F.replay![t - 1]! : planCost;
  if (F.ruled && t > 1 && planCost > 0) {
    const want = budget / planCost;
    let allowed = ruleAllows(E, lastDeficit) / planCost;
    const floor = MIN_PROGRAMME_SHARE * want;
    // Under replayed rates the rule has no tax to raise: it can only cut programmes (taxAdd stays 0).
    if (p.fiscalRule === 'debt-target' && !replaysTaxes(F, t) && (allowed < floor || F.taxAdd > 0)) {
      setRuleSurcharge(E, (floor - allowed) * planCost, MAX_PROGRAMME_STEP * planCost);
      // While the surcharge is in force, programmes stay at their floor.
      if (F.taxAdd > 0) allowed = Math.min(allowed, floor);
    }
    const share = Math.min(
      F.share + MAX_PROGRAMME_STEP,
      Math.max(F.share - MAX_PROGRAMME_STEP, floor, Math.min(want, allowed)),
    );
    F.share = Math.min(want, share);
    budget = F.share * planCost;
  }
  if (!replaying && budget >= planCost) {
    // The plan is in force: today's behaviour, exactly.
    F.purchaseScale = 1;
    F.purchaseBudget = NaN;
    setPublicStaff(E, F.planPublic);
    return;
  }
  const theta = planCost > 0 ? budget / planCost : 0;
  let staff = Math.round(theta * F.planPublic);
  if (replaying) {
    // Spend the replayed amount exactly: public wages first, purchases the rest.
    staff = setPublicStaff(E, Math.min(staff, Math.floor(budget / w)));
    F.purchaseScale = 1;
    F.purchaseBudget = Math.max(0, budget - staff * w);
  } else {
    setPublicStaff(E, staff);
    F.purchaseScale = theta;
    F.purchaseBudget = NaN;
  }
}

/**
 * Move the rule's income-tax surcharge toward raising `gap` more revenue a quarter (a negative gap:
 * less) at last quarter's labour income, by at most `step` of revenue, never below 0 and never past
 * the income tax's ceiling (SURCHARGE_CEILINGS, with last quarter's citizen's-income surcharge).
 */
function setRuleSurcharge(E: Economy, gap: number, step: number): void {
  const F = E.fiscal;
  const base = labourIncome(E);
  if (!(base > 0)) return;
  const room = Math.max(0, SURCHARGE_CEILINGS.income - (E.tax.income - F.taxAdd));
  const move = Math.max(-step, Math.min(step, gap)) / base;
  F.taxAdd = Math.min(room, Math.max(0, F.taxAdd + move));
}

/** Last quarter's labour income (wages, public wages, co-op shares): what the income tax is levied on. */
function labourIncome(E: Economy): number {
  const lab = E.hh.labourInc;
  let y = 0;
  for (let h = 0; h < lab.length; h++) y += lab[h]!;
  return y;
}

/**
 * What the rule lets the government spend on programmes this quarter. Revenue net of entitlements
 * (programme + interest − deficit) and GDP are the last four quarters' means — a budget is set on
 * annual accounts; a single quarter's would make the rule chase noise and swing the budget from
 * quarter to quarter. The interest is what falls due now on privately held bonds (banks' and
 * households'; the public bank's bonds pay none; interest on reserves reaches the budget through the public bank's
 * remittance, which is revenue).
 */
function ruleAllows(E: Economy, lastDeficit: number): number {
  const { p, gov, flows } = E;
  const F = E.fiscal;
  const slot = F.quarters % 4;
  F.netRevenue[slot] =
    flows.publicWages + flows.govPurchases + flows.govInterestPrivate + flows.govInterestPublic - lastDeficit;
  F.gdp[slot] = E.macro.gdpNominal;
  F.quarters++;
  const n = Math.min(4, F.quarters);
  let netRevenue = 0;
  let Y = 0;
  for (let k = 0; k < n; k++) {
    netRevenue += F.netRevenue[k]! / n;
    Y += F.gdp[k]! / n;
  }
  // Banks and households hold private bonds at the same average coupon.
  const interest = gov.coupon * (gov.bondsPrivate + gov.bondsHouseholds);
  if (p.fiscalRule === 'deficit-ceiling') {
    const share = countedShare(E);
    if (!(share > 0)) return Infinity;
    // The part of the citizen's income credited debt-free needs no borrowing.
    const debtFreeIncome = p.citizensIncomeMoneyShare * flows.ubiPaid;
    return (p.fiscalDeficitCeiling * Y) / share + netRevenue + debtFreeIncome - interest;
  }
  const debt = countedDebt(E);
  const required =
    interest - (p.inflationTarget / 4) * debt + (p.fiscalRuleSpeed / 4) * (debt - 4 * p.fiscalDebtTarget * Y);
  return netRevenue - required;
}

/** The government debt the rule counts: every bond (gross) or those held outside the public bank (by banks and households). */
export function countedDebt(E: Economy): number {
  const g = E.gov;
  const outside = g.bondsPrivate + g.bondsHouseholds;
  return E.p.fiscalRuleDebt === 'gross' ? outside + g.bondsPublic : outside;
}

/**
 * The share of new borrowing the rule counts: bonds sold outside the public bank always count, the
 * public bank's bonds only under `gross`, debt-free credits never (there is no bond).
 */
function countedShare(E: Economy): number {
  const p = E.p;
  if (p.moneyRegime === 'private-debt') return 1;
  if (p.moneyRegime === 'public-bank-interest-free' && p.fiscalRuleDebt === 'gross') return 1;
  return 1 - p.publicShare;
}

/**
 * Lay off or hire public employees, at random, until there are `n` (hiring is limited to the
 * unemployed). Returns the headcount reached.
 */
function setPublicStaff(E: Economy, n: number): number {
  const F = E.fiscal;
  if (n === F.publicNow) return n;
  const emp = E.hh.emp;
  const H = E.H;
  if (F.pool.length !== H) F.pool = new Int32Array(H);
  const pool = F.pool;
  const from = n < F.publicNow ? EMP_PUBLIC : EMP_UNEMPLOYED;
  const to = n < F.publicNow ? EMP_UNEMPLOYED : EMP_PUBLIC;
  let k = 0;
  for (let h = 0; h < H; h++) if (emp[h] === from) pool[k++] = h;
  let moves = Math.min(Math.abs(n - F.publicNow), k);
  const rng = E.rng.hiring;
  const step = to === EMP_PUBLIC ? 1 : -1;
  while (moves-- > 0) {
    const j = rng.int(k);
    emp[pool[j]!] = to;
    pool[j] = pool[--k]!;
    F.publicNow += step;
  }
  return F.publicNow;
}

/**
 * Share of every consumption-goods firm's stock the government buys: the planned volume (scaled by
 * the rule), or as much as a replayed budget pays for at the firms' prices.
 */
export function purchaseShare(E: Economy, units: number): number {
  const F = E.fiscal;
  if (!(F.purchaseBudget >= 0)) {
    const want = E.p.govPurchases * E.H * F.purchaseScale;
    return units > 0 ? Math.min(1, want / units) : 0;
  }
  let value = 0;
  for (let f = 0; f < E.nC; f++) value += E.firms.stock[f]! * E.firms.price[f]!;
  return value > 0 ? Math.min(1, F.purchaseBudget / value) : 0;
}

/**
 * The stance a comparison holds equal, taken from the first scenario and its run's columns: its
 * programme spending and the tax rates in force (tax_rate_*: surcharges included), quarter by
 * quarter, and the constant rates it was given (the wealth-tax threshold among them).
 */
export function fiscalStanceFrom(
  s: AbmScenario,
  columns: Readonly<Record<string, ArrayLike<number> | undefined>>,
): FiscalStance {
  const eff = withStanceTaxes(s);
  const taxRates: Partial<Record<StanceTaxKey, number>> = {};
  for (const k of STANCE_TAX_KEYS) taxRates[k] = eff.params[k];
  const column = (name: string): number[] => {
    const c = columns[name];
    if (!c) throw new Error(`fiscalStanceFrom: the run has no column ${name}`);
    return Array.from(c);
  };
  const taxRatesByQuarter = {} as Record<QuarterlyTaxKey, number[]>;
  for (const k of STANCE_QUARTERLY_KEYS) taxRatesByQuarter[k] = column(STANCE_QUARTERLY_COLUMNS[k]);
  return {
    heldFrom: (s.fiscalStance?.heldFrom ?? s.name ?? 'the first scenario').slice(0, 200),
    programmeSpending: column('programme_spending'),
    taxRates,
    taxRatesByQuarter,
  };
}

/**
 * Why `other` cannot replay the stance of `first`, or null: programme spending is in currency, so
 * the economies must have the same number of households and the same money scale (initial wage).
 */
export function stanceMismatch(first: AbmScenario, other: AbmScenario): string | null {
  if (first.households !== other.households)
    return `households: ${other.households} here, ${first.households} in the scenario whose stance is replayed; programme spending in currency would not fit an economy of another size`;
  if (first.params.initialWage !== other.params.initialWage)
    return `initialWage: ${other.params.initialWage} here, ${first.params.initialWage} in the scenario whose stance is replayed; programme spending in currency would not fit another money scale`;
  // A replay shorter than the run would hand the later quarters back to this scenario's own plan,
  // and the comparison would no longer isolate financing there.
  if (other.periods > first.periods)
    return `periods: ${other.periods} here, ${first.periods} in the scenario whose stance is replayed; its programme spending covers only its own quarters`;
  return null;
}
