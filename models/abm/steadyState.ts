/**
 * The aggregate steady state every run starts from: the stocks and flows of a representative
 * version of this model in which nothing changes but the price level, which grows at the inflation
 * target. Agents are then given their shares of it (state.ts), so the run starts with every
 * balance sheet consistent and every household, firm and bank already at the levels its rules
 * would hold, and is stationary from the first quarter apart from noise.
 *
 * Unknown: consumption-goods employment Nc. Given Nc, everything follows:
 *   output Yc = a·Nc; machines K = Yc / ū (firms run at target utilisation); replacement I = K/κ
 *   machines a quarter; capital-goods employment Nk = I/μN; unemployment U = H − Ng − Nc − Nk;
 *   prices p = (1+μ)·w/a, pk = (1+μk)·w/μN; firm loans L = share·pk·I × loan life; incomes,
 *   taxes and profits; household disposable income YD; household deposits at their steady state,
 *   where consumption α1·YD + α2·V equals YD − π·V (wealth grows with prices):
 *   V = (1 − α1)·YD / (α2 + π).
 * The goods market then gives Nc' = (C/p + G)/a; the solver iterates Nc ← Nc' (damped) until the
 * change is below 1e-10 of H. Banks' bonds are what their balance sheet leaves after loans,
 * required reserves and equity; the public bank holds bonds equal to the reserves it has issued, so
 * reserves are backed and its net worth is zero; government debt is the sum of the two.
 */
import { PERIODS_PER_YEAR, type AbmParams } from './params';

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
  /** Quarterly growth of prices and wages. */
  inflation: number;
  /** Quarterly rates at the start. */
  depositRate: number;
  loanRate: number;
  iterations: number;
  /** Citizen's income per household and annual policy rate the start was solved for. */
  citizensIncome: number;
  policyRate: number;
  /** Quarterly tax bases at the start, for a first-quarter tax surcharge (financing.ts): labour income, taxable profits, capital income. */
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
  const pi = Math.pow(1 + p.inflationTarget, 1 / PERIODS_PER_YEAR) - 1;
  const rDep = q(x.policyRate - p.depositSpread);
  const rLoan = q(x.policyRate + p.spreadPrivateFirms + 0.5 * p.riskPremium);
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
  const wv = (1 - a1) / (a2 + pi);

  let nC = 0.5 * (H - nG);
  let state: SteadyState | null = null;
  let it = 0;
  for (; it < 2000; it++) {
    const Yc = a * nC;
    const Kst = Yc / uBar;
    const I = Kst / life;
    const nK = I / aK;
    const nU = Math.max(0, H - nG - nC - nK);
    const wages = w * (nC + nK + nG);
    const benefits = p.unemploymentBenefit * w * nU;
    const ubi = x.citizensIncome * H;
    const L = p.investmentLoanShare * pk * I * loanLife;
    const firmDep = (1 + p.firmLiquidity) * w * (nC + nK);
    // Profits: consumption goods after depreciation (= replacement at the steady state) and interest.
    const profitC = price * Yc - w * nC - pk * I - rLoan * L + rDep * firmDep * (nC / (nC + nK));
    const profitK = pk * I - w * nK + rDep * firmDep * (nK / (nC + nK));
    const kBook = (pk * Kst * (life + 1)) / (2 * life);
    const taxedShare = 1 - x.shareCoop - shareSocial;
    const corpTax = tC * Math.max(0, profitC * taxedShare + profitK);
    // Distributed: private dividends and co-op shares (social enterprises retain their margin).
    const coopShares = Math.max(0, profitC * x.shareCoop);
    const dividends = Math.max(0, profitC * taxedShare + profitK) - corpTax;
    // Household deposits V solve V = wv·YD, with YD depending on deposit interest on V.
    const ydNoInterest = (1 - tI) * (wages + coopShares) + benefits + ubi + (1 - tK) * dividends;
    const V = (wv * ydNoInterest) / (1 - wv * (1 - tK) * rDep);
    const YD = ydNoInterest + (1 - tK) * rDep * V;
    const C = YD - pi * V;
    const nCnew = Math.min(H - nG - nK, (C / price + p.govPurchases * H) / a);
    const gap = nCnew - nC;
    nC += 0.5 * gap;
    state = {
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
      depositRate: rDep,
      loanRate: rLoan,
      iterations: it + 1,
      citizensIncome: x.citizensIncome,
      policyRate: x.policyRate,
      taxBases: {
        labour: wages + coopShares,
        profits: Math.max(0, profitC * taxedShare + profitK),
        capital: dividends + rDep * V,
      },
    };
    if (Math.abs(gap) < 1e-10 * H) break;
  }
  return state!;
}
