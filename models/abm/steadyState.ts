/**
 * The aggregate steady state every run starts from: the stocks and flows of a representative
 * version of this model in which nothing changes but the price level, which grows at the rate the
 * wage rule settles at. Agents are then given their shares of it (state.ts), so the run starts with
 * every balance sheet consistent and every household, firm and bank already at the levels its rules
 * would hold, and is stationary from the first quarter apart from noise.
 *
 * Unknown: consumption-goods employment Nc. Given Nc, everything follows:
 *   output Yc = a·Nc; machines K = Yc / ū (firms run at target utilisation); replacement I = K/κ
 *   machines a quarter; capital-goods employment Nk = I/μN; unemployment U = H − Ng − Nc − Nk;
 *   inflation from the wage rule (economy.ts) at that unemployment: wages grow at
 *   max(floor, ι·π + (1 − ι)·π* + φ·(u* − u)), which holds still at π = max(floor, π* + φ·(u* − u)/(1 − ι));
 *   prices p = (1+μ)·w/a, pk = (1+μk)·w/μN; firm loans L = share·pk·I × loan life; incomes,
 *   taxes and profits; household disposable income YD; household deposits at their steady state,
 *   where consumption α1·YD + α2·V equals YD − π·V (wealth grows with prices):
 *   V = (1 − α1)·YD / (α2 + π).
 * The goods market clears where demand for consumption goods, C/p + G, equals output a·Nc. The
 * solver finds that Nc by bisection between no employment and full employment (excess demand falls
 * as employment rises: every worker adds a worker's output but spends less than it), to 1e-12 of H.
 *
 * Closure: the fiscal stance and the citizen's income are the user's levers and are never changed
 * here; unemployment (and with it inflation) is what adjusts. Because households spend nearly all
 * their income at a steady state, unemployment is set mostly by the government's budget: spending
 * (public wages, purchases, benefits, citizen's income) against the taxes that income yields.
 * Where even full employment, with the inflation the wage rule then gives, leaves demand above what
 * the economy can make, there is NO steady state: `clears` is false, `excessDemand` says by how much,
 * and the start is full employment with prices growing at the target (the run then is not
 * stationary; report.ts says so).
 *
 * Banks' bonds are what their balance sheet leaves after loans, required reserves and equity; the
 * public bank holds bonds equal to the reserves it has issued, so reserves are backed and its net
 * worth is zero; government debt is the sum of the two.
 */
import { PERIODS_PER_YEAR, type AbmParams } from './params';
import { depositRateAnnual } from './depositRate';

export interface SteadyState {
  /** Workers: consumption goods, capital goods, public sector; the unemployed. */
  nC: number;
  nK: number;
  nG: number;
  nU: number;
  /** Consumption goods per quarter; machines installed; machines bought per quarter. */
  output: number;
  machines: number;
  investment: number;
  /** Average consumption-goods price and machine price at the initial wage. */
  price: number;
  machinePrice: number;
  /** Household disposable income (total) and the ratio of deposits to disposable income. */
  disposableIncome: number;
  wealthToIncome: number;
  /** Firm loans (total), firm deposits per unit of wage bill. */
  firmLoans: number;
  /** Cash-flow return on book capital after interest (the investment rule's benchmark). */
  returnRate: number;
  /** Quarterly growth of prices and wages, and the same as an annual rate (the wage rule's). */
  inflation: number;
  inflationAnnual: number;
  /** Whether the goods market clears (a steady state exists); if not, demand exceeds full-employment output by `excessDemand` (a share of it). */
  clears: boolean;
  excessDemand: number;
  /** Quarterly rates at the start. */
  depositRate: number;
  loanRate: number;
  iterations: number;
  /** Citizen's income per household and annual policy rate the start was solved for. */
  citizensIncome: number;
  policyRate: number;
  /** Quarterly tax bases at the start, for a first-quarter tax surcharge (financing.ts): labour income, taxable profits, capital income (firm and bank dividends, deposit interest). */
  taxBases: { labour: number; profits: number; capital: number };
}

export interface SteadyInputs {
  params: AbmParams;
  households: number;
  /** Consumption-goods firms by kind (shares used for the average price and the tax base). */
  shareCoop: number;
  shareSocial: number;
  policyRate: number;
  citizensIncome: number;
}

export function solveSteadyState(x: SteadyInputs): SteadyState {
  const p = x.params;
  const H = x.households;
  const w = p.initialWage;
  const a = p.productivity;
  const aK = p.capitalProductivity;
  const uBar = p.targetUtilisation;
  const life = p.machineLife;
  const q = (r: number) => Math.max(0, r) / PERIODS_PER_YEAR;
  const rDep = q(depositRateAnnual(p, x.policyRate));
  const rLoan = q(x.policyRate + p.spreadPrivateFirms + 0.5 * p.riskPremium);
  const rBond = q(x.policyRate + p.spreadGovernment);
  const rRes = q(x.policyRate - p.reserveSpread);
  const rAdv = q(x.policyRate + p.spreadAdvances);
  const shareSocial = x.shareSocial;
  const sharePrivateLike = 1 - shareSocial;
  const price = (w / a) * (sharePrivateLike * (1 + p.initialMarkup) + shareSocial * (1 + p.socialMargin));
  const pk = ((1 + p.capitalMarkup) * w) / aK;
  const nG = Math.round(p.publicEmploymentShare * H);
  const loanLife = p.loanDurationYears * PERIODS_PER_YEAR;
  const tI = p.incomeTaxRate;
  const tC = p.corporateTaxRate;
  const tK = p.capitalIncomeTaxRate;
  const a1 = p.propensityIncome;
  const a2 = p.propensityWealth;
  // Capital-goods workers per consumption-goods worker: machines to replace, K/κ = a·Nc/(ū·κ), each
  // made by μN·(one worker).
  const kPerC = a / (uBar * life * aK);
  const nCMax = Math.max(0, (H - nG) / (1 + kPerC));

  const at = (nC: number, fixedInflation?: number): { state: SteadyState; excess: number } => {
    const Yc = a * nC;
    const Kst = Yc / uBar;
    const I = Kst / life;
    const nK = I / aK;
    const nU = Math.max(0, H - nG - nC - nK);
    const piA =
      fixedInflation ??
      Math.max(
        p.wageFloor,
        p.inflationTarget + (p.wagePhillips * (p.wageNeutralUnemployment - nU / H)) / (1 - p.wageIndexation),
      );
    const pi = Math.pow(1 + piA, 1 / PERIODS_PER_YEAR) - 1;
    const wv = (1 - a1) / (a2 + pi);
    const wages = w * (nC + nK + nG);
    const benefits = p.unemploymentBenefit * w * nU;
    const ubi = x.citizensIncome * H;
    const L = p.investmentLoanShare * pk * I * loanLife;
    const firmDep = (1 + p.firmLiquidity) * w * (nC + nK);
    const workers = Math.max(1e-300, nC + nK);
    // Profits: consumption goods after depreciation (= replacement at the steady state) and interest.
    const profitC = price * Yc - w * nC - pk * I - rLoan * L + rDep * firmDep * (nC / workers);
    const profitK = pk * I - w * nK + rDep * firmDep * (nK / workers);
    const kBook = (pk * Kst * (life + 1)) / (2 * life);
    const taxedShare = 1 - x.shareCoop - shareSocial;
    const corpTax = tC * Math.max(0, profitC * taxedShare + profitK);
    // Distributed: private dividends, co-op shares and social enterprises' surplus (to every household).
    const coopShares = Math.max(0, profitC * x.shareCoop);
    const socialBenefit = Math.max(0, profitC * shareSocial);
    const dividends = Math.max(0, profitC * taxedShare + profitK) - corpTax;
    // Household deposits V solve V = wv·YD, where YD includes the interest on V and the dividends
    // of the banks, whose balance sheet grows with V: deposits D = V + firm deposits; required
    // reserves ρ·D borrowed from the public bank; equity at its target; bonds fill the rest
    // (state.ts). Bank profit: loan, bond and reserve interest less advance and deposit interest,
    // taxed as corporate profit; what equity does not keep to grow with prices is paid to owners.
    // V and the bank dividends are linear in each other: a few rounds of substitution converge
    // (the dividends' share of V is a few per cent).
    const ydBase = (1 - tI) * (wages + coopShares) + benefits + ubi + socialBenefit + (1 - tK) * dividends;
    const bank = (V: number) => {
      const D = V + firmDep;
      const res = p.reserveRatio * D;
      const liab = D + res;
      const e = p.bankEquityToAssets;
      const nw = Math.max(p.targetCapitalRatio * L, e < 1 ? (e * liab) / (1 - e) : 0);
      const bonds = Math.max(0, liab + nw - L - res);
      const profit = rLoan * L + rBond * bonds + (rRes - rAdv) * res - rDep * D;
      const afterTax = profit > 0 ? (1 - tC) * profit : profit;
      return { bonds, nw, profit, dividends: Math.max(0, afterTax - pi * nw) };
    };
    let V = 0;
    let banks = bank(0);
    let YD = ydBase;
    for (let k = 0; k < 60; k++) {
      YD = ydBase + (1 - tK) * (rDep * V + banks.dividends);
      const next = wv * YD;
      const done = Math.abs(next - V) <= 1e-13 * Math.max(1, Math.abs(next));
      V = next;
      banks = bank(V);
      if (done) break;
    }
    YD = ydBase + (1 - tK) * (rDep * V + banks.dividends);
    const C = YD - pi * V;
    // Wealth has a steady state only while it shrinks in real terms without spending (α2 + π > 0)
    // and its income does not pay for more than the saving (wv·(1 − tK)·(deposit rate + bank
    // dividends per unit) < 1); otherwise households would consume without limit.
    const finite = a2 + pi > 0 && Math.abs(wv * YD - V) <= 1e-6 * Math.max(1, V) && Number.isFinite(C);
    const excess = finite ? C / price + p.govPurchases * H - Yc : Infinity;
    return {
      excess,
      state: {
        nC,
        nK,
        nG,
        nU,
        output: Yc,
        machines: Kst,
        investment: I,
        price,
        machinePrice: pk,
        disposableIncome: YD,
        wealthToIncome: wv,
        firmLoans: L,
        returnRate: kBook > 0 ? (profitC + pk * I) / kBook : 0,
        inflation: pi,
        inflationAnnual: piA,
        depositRate: rDep,
        loanRate: rLoan,
        iterations: 0,
        citizensIncome: x.citizensIncome,
        policyRate: x.policyRate,
        clears: true,
        excessDemand: 0,
        taxBases: {
          labour: wages + coopShares,
          profits: Math.max(0, profitC * taxedShare + profitK) + Math.max(0, banks.profit),
          capital: dividends + rDep * V + banks.dividends,
        },
      },
    };
  };

  // Excess demand is positive with nobody at work (transfers and purchases buy goods nobody makes);
  // if it is still positive at full employment there is no steady state.
  const top = at(nCMax);
  if (!(top.excess <= 0)) {
    // No steady state: start at full employment with prices growing at the target, the nearest
    // start there is (the wage rule will push inflation up from the first quarter).
    const start = at(nCMax, p.inflationTarget).state;
    return {
      ...start,
      iterations: 1,
      clears: false,
      excessDemand: top.state.output > 0 ? top.excess / top.state.output : Infinity,
    };
  }
  let lo = 0;
  let hi = nCMax;
  let it = 0;
  while (hi - lo > 1e-12 * H && it < 200) {
    const mid = 0.5 * (lo + hi);
    if (at(mid).excess > 0) lo = mid;
    else hi = mid;
    it++;
  }
  return { ...at(0.5 * (lo + hi)).state, iterations: it };
}
