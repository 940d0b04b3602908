/** Claim 5: "From 1935–1974, the Bank of Canada created interest-free money that was used by the Government". */
import { macroSeries, type DebtTable } from '../fiscal/data';
import type { DataFiles } from '../model';
import { fy, fySpan, mean, percent } from './format';
import type { Claim, ClaimFigure } from './types';

export const FIRST = 1936; // FY1935–36: the Bank of Canada opened in March 1935
export const LAST = 1974;

function stats(values: number[], years: number[]) {
  let lo = 0;
  let hi = 0;
  values.forEach((v, k) => {
    if (v < values[lo]!) lo = k;
    if (v > values[hi]!) hi = k;
  });
  return { min: values[lo]!, minYear: years[lo]!, max: values[hi]!, maxYear: years[hi]!, mean: mean(values) };
}

export function claimInterestFree(files: DataFiles, net: DebtTable, sources: string[]): Claim {
  const revenue = macroSeries(files, 'central_gov_revenue_jst'); // CAD billions, calendar years
  const yieldLt = macroSeries(files, 'long_term_gov_bond_yield');
  const years: number[] = [];
  const shareOfRevenue: number[] = [];
  const rate: number[] = [];
  const bond: number[] = [];
  for (let i = 0; i < net.years.length; i++) {
    const y = net.years[i]!;
    if (y < FIRST || y > LAST) continue;
    // Fiscal year (t−1)-t beside calendar year t−1, as everywhere in the app.
    const rev = revenue.get(y - 1);
    years.push(y);
    shareOfRevenue.push(rev === undefined ? Number.NaN : (100 * net.interest[i]!) / (rev * 1000));
    rate.push(100 * net.effectiveRate[i]!);
    bond.push(yieldLt.get(y - 1) ?? Number.NaN);
  }
  const share = stats(
    shareOfRevenue.filter(Number.isFinite),
    years.filter((_, k) => Number.isFinite(shareOfRevenue[k]!)),
  );
  const eff = stats(rate, years);
  const lt = stats(
    bond.filter(Number.isFinite),
    years.filter((_, k) => Number.isFinite(bond[k]!)),
  );
  const boc = macroSeries(files, 'goc_securities_boc_total');
  const total = macroSeries(files, 'goc_securities_total_securities_outstanding');
  const snapYear = Math.max(...boc.keys());
  const bocShare = (100 * boc.get(snapYear)!) / total.get(snapYear)!;
  const span = fySpan(FIRST, LAST);
  const figures: ClaimFigure[] = [
    {
      id: 'revenue-share-mean',
      label: 'Debt charges as a share of revenue, mean',
      value: share.mean,
      unit: '% of central government revenue',
      text: percent(share.mean),
      years: span,
      series: 'fed_debt_charges_statcan (FON_FEDDEBT) ÷ central_gov_revenue_jst (JST_R6)',
    },
    {
      id: 'revenue-share-range',
      label: 'Same, lowest and highest',
      value: share.max,
      unit: '% of revenue',
      text: `${percent(share.min)} (${fy(share.minYear)}) to ${percent(share.max)} (${fy(share.maxYear)})`,
      years: span,
      series: 'fed_debt_charges_statcan ÷ central_gov_revenue_jst',
    },
    {
      id: 'effective-rate-mean',
      label: 'Effective interest rate on gross federal debt, mean',
      value: eff.mean,
      unit: '% a year',
      text: percent(eff.mean, 2),
      years: span,
      series: 'fed_debt_charges_statcan ÷ previous year’s fed_gross_debt_statcan (FON_FEDDEBT)',
    },
    {
      id: 'effective-rate-range',
      label: 'Same, lowest and highest',
      value: eff.max,
      unit: '% a year',
      text: `${percent(eff.min, 2)} (${fy(eff.minYear)}) to ${percent(eff.max, 2)} (${fy(eff.maxYear)})`,
      years: span,
      series: 'fed_debt_charges_statcan ÷ fed_gross_debt_statcan',
    },
    {
      id: 'boc-share-snapshot',
      label: 'Bank of Canada’s share of Government of Canada securities, the one date in the data',
      value: bocShare,
      unit: '%',
      text: percent(bocShare),
      years: `${snapYear} (one week)`,
      series: 'goc_securities_boc_total ÷ goc_securities_total_securities_outstanding (BOC_G4)',
    },
  ];
  return {
    id: 5,
    short: 'Interest-free money, 1935–1974',
    quote:
      'From 1935-1974, the Bank of Canada created interest-free money that was used by the Government of Canada to finance major infrastructure projects in the country.',
    where: 'Section “Money and Investment”, paragraph 4',
    meaning:
      'From FY1935–36 to FY1973–74 a substantial part of federal borrowing was held by the Bank of Canada, whose interest came back to the government, so that part cost nothing.',
    verdict: 'cannot be checked with these data',
    rule: 'Checkable only with the Bank of Canada’s holdings of federal debt (or its share) year by year; the data have one date (2025), so the verdict is “cannot be checked with these data” whatever the other series show.',
    finding: `${span}: the federal debt as a whole paid interest every year, at an effective ${percent(eff.min, 2)}–${percent(eff.max, 2)} (mean ${percent(eff.mean, 2)}; long-term bond yields ${percent(lt.min, 2)}–${percent(lt.max, 2)}), and debt charges took ${percent(share.min)}–${percent(share.max)} of revenue (mean ${percent(share.mean)}). How much of that debt the Bank of Canada held, and so paid back as profit, the data cannot say.`,
    parts: [],
    figures,
    limits: [
      'No historical series of the Bank of Canada’s holdings of federal debt, or of its share, is in the data: only one week, 2025-08-20.',
      'What would settle it: Historical Statistics of Canada, section J (series J55–74, central banking), or the Bank of Canada’s Banking and Financial Statistics tables B1 and G4 (CANSIM V36612/V36613 weekly, V37370/V37371 monthly), 1935–1974.',
      'Revenue is the central government’s (Jordà–Schularick–Taylor), by calendar year, beside the fiscal year that starts in it.',
    ],
    chart: {
      title: `What the federal debt cost, ${span}`,
      x: years,
      xLabel: 'Fiscal year (named by the year it ends)',
      yLabel: '% (a year, or of revenue)',
      yFormat: 'percent',
      series: [
        { id: 'revenue-share', label: 'Debt charges, % of revenue', values: shareOfRevenue },
        { id: 'effective-rate', label: 'Effective rate on debt', values: rate },
        { id: 'bond-yield', label: 'Long-term bond yield', values: bond },
      ],
      markers: [],
    },
    headline: {
      value: percent(eff.mean, 2),
      caption: `average effective interest rate on federal debt, ${span}; the Bank of Canada’s share is not in the data`,
    },
    sourceLine:
      'Sources: Finances of the Nation (Statistics Canada federal debt); Jordà–Schularick–Taylor Macrohistory Database; Bank of Canada.',
    sources,
  };
}
