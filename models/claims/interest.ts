/** Claims 3 and 4: interest paid since 1974, and interest against health, defence and seniors. */
import type { DataFiles } from '../model';
import { macroSeries, type DebtTable } from '../fiscal/data';
import { billions, fy, fySpan, percent } from './format';
import { compositeDebtCharges, longSeries, type SourcedValue } from './read';
import type { Claim, ClaimFigure, Verdict } from './types';

export const ESSAY_PARAGRAPH_8 = 'Section “Money and Investment”, paragraph 8, note 15';
/** "Exceeding $1 trillion". */
export const ONE_TRILLION = 1_000_000;
/** Interest "to date" is counted from the year the essay says the borrowing changed. */
export const FIRST_YEAR = 1975;

const PDC = 'public_debt_charges (composite: FRT / DMR / FoN / AFR / FRT 2025 via third party)';

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, k) => first + k);
}

export function claimTrillion(files: DataFiles, sources: string[]): Claim {
  const pdc = compositeDebtCharges(files);
  const cpi = macroSeries(files, 'cpi');
  const cpiBaseYear = Math.max(...cpi.keys());
  const last = Math.max(...pdc.keys());
  const years = range(FIRST_YEAR, last);
  const missing = years.filter((y) => !pdc.has(y));
  let total = 0;
  let crossed: number | null = null;
  let real = 0;
  let lastReal = FIRST_YEAR;
  const cumulative: number[] = [];
  const cumulativeReal: number[] = [];
  for (const y of years) {
    const v = pdc.get(y)?.value ?? 0;
    total += v;
    if (crossed === null && total > ONE_TRILLION) crossed = y;
    cumulative.push(total / 1000);
    // Fiscal year (t−1)-t in the prices of calendar t−1, as everywhere in the app.
    const c = cpi.get(y - 1);
    if (c !== undefined) {
      real += (v * cpi.get(cpiBaseYear)!) / c;
      lastReal = y;
      cumulativeReal.push(real / 1000);
    } else cumulativeReal.push(Number.NaN);
  }
  const verdict: Verdict = total > ONE_TRILLION ? 'holds' : 'does not hold';
  const secondary = years.filter((y) => pdc.get(y)?.source.startsWith('SEC_'));
  const figures: ClaimFigure[] = [
    {
      id: 'total-nominal',
      label: `Public debt charges, ${fySpan(FIRST_YEAR, last)}`,
      value: total / 1000,
      unit: 'CAD billions, current dollars',
      text: billions(total),
      years: fySpan(FIRST_YEAR, last),
      series: PDC,
    },
    {
      id: 'total-real',
      label: `Same in ${cpiBaseYear} dollars, ${fySpan(FIRST_YEAR, lastReal)}`,
      value: real / 1000,
      unit: `CAD billions of ${cpiBaseYear}`,
      text: billions(real),
      years: fySpan(FIRST_YEAR, lastReal),
      series: `${PDC} × CPI`,
    },
  ];
  if (crossed !== null)
    figures.push({
      id: 'crossed',
      label: 'Running total first above $1 trillion (current dollars)',
      value: crossed,
      unit: 'fiscal year (ends)',
      text: fy(crossed),
      years: fy(crossed),
      series: PDC,
    });
  return {
    id: 3,
    short: 'Over $1 trillion of interest',
    quote: 'interest payments by taxpayers exceeding $1 trillion to date',
    where: ESSAY_PARAGRAPH_8,
    meaning: `The federal government’s public debt charges, added up from ${fy(FIRST_YEAR)}, exceed $1,000B.`,
    verdict,
    rule: `Holds if public debt charges summed from ${fy(FIRST_YEAR)} to the latest year in the data (${fy(last)}) exceed ${billions(ONE_TRILLION)} in current dollars.`,
    finding: `${fySpan(FIRST_YEAR, last)}: ${billions(total)} in current dollars${crossed !== null ? `; the running total passed $1 trillion in ${fy(crossed)}` : ''}. In ${cpiBaseYear} dollars, ${billions(real)} to ${fy(lastReal)}.`,
    parts: [],
    figures,
    limits: [
      'Public debt charges include interest on public-sector pension and benefit liabilities (about 28% of gross charges in FY1985–86 to 2003–04), not only interest paid to bondholders; the definition changed around FY2008–09 and FY2016–17 (2–3B a year).',
      ...(missing.length
        ? [`No public debt charges in the data for ${missing.map(fy).join(', ')}: counted as zero.`]
        : []),
      ...(secondary.length
        ? [
            `${secondary.map(fy).join(', ')} come from secondary quotations of Finance Canada documents, not the documents themselves.`,
          ]
        : []),
    ],
    chart: {
      title: `Public debt charges added up from ${fy(FIRST_YEAR)}`,
      x: years,
      xLabel: 'Fiscal year (named by the year it ends)',
      yLabel: 'CAD billions, running total',
      yFormat: 'billions',
      series: [
        { id: 'cumulative', label: 'Current dollars', values: cumulative },
        { id: 'cumulative-real', label: `${cpiBaseYear} dollars`, values: cumulativeReal },
        {
          id: 'threshold',
          label: '$1 trillion',
          values: years.map(() => ONE_TRILLION / 1000),
          reference: true,
        },
      ],
      markers: crossed !== null ? [{ x: crossed, label: `${fy(crossed)}: $1T passed` }] : [],
    },
    headline: {
      value: billions(total),
      caption: `of federal debt charges, ${fySpan(FIRST_YEAR, last)}, in current dollars${crossed !== null ? `; past $1 trillion in ${fy(crossed)}` : ''}`,
    },
    sourceLine:
      'Sources: Finance Canada Fiscal Reference Tables, Debt Management Reports, Annual Financial Reports; Finances of the Nation.',
    sources,
  };
}

/** A budget item the claim names, as far as the data give it. */
interface Item {
  id: 'health' | 'defence' | 'seniors';
  label: string;
  /** 'exact': the item itself; 'at least': a part of it, so only "larger than interest" can be read. */
  bound: 'exact' | 'at least';
  values: Map<number, SourcedValue>;
}

export type YearStatus = 'interest larger' | 'item larger' | 'unknown';

export interface YearCheck {
  year: number;
  interest: number;
  items: Record<Item['id'], { value: number | null; status: YearStatus }>;
  verdict: Verdict;
}

/** Per fiscal year: an item larger than interest settles it (does not hold); otherwise every item
 * must be known exactly and smaller for the named comparisons to hold ("single largest" needs more). */
export function checkYear(year: number, interest: number, items: readonly Item[]): YearCheck {
  const out = {} as YearCheck['items'];
  for (const it of items) {
    const v = it.values.get(year)?.value ?? null;
    let status: YearStatus = 'unknown';
    if (v !== null && v > interest) status = 'item larger';
    else if (v !== null && it.bound === 'exact') status = 'interest larger';
    out[it.id] = { value: v, status };
  }
  const statuses = Object.values(out).map((o) => o.status);
  const verdict: Verdict = statuses.includes('item larger')
    ? 'does not hold'
    : statuses.every((s) => s === 'interest larger')
      ? 'holds in part'
      : 'cannot be checked with these data';
  return { year, interest, items: out, verdict };
}

export function claimLargestItem(files: DataFiles, net: DebtTable, sources: string[]): Claim {
  const pdc = compositeDebtCharges(files);
  // "84 percent of GDP": which measure says so, in the year the essay's figures stop (2013).
  const ratioYear = 2013;
  const generalGov = 100 * (macroSeries(files, 'public_debt_to_gdp_jst').get(ratioYear) ?? Number.NaN);
  const i = net.years.indexOf(ratioYear);
  const federal = i < 0 ? Number.NaN : (100 * net.debt[i]!) / net.gdp[i]!;
  const items: Item[] = [
    {
      id: 'health',
      label: 'Canada Health Transfer',
      bound: 'at least',
      values: longSeries(files, 'fed_canada_health_transfer', ['PA2018V2', 'PA2016V2', 'PA2012V2']),
    },
    {
      id: 'defence',
      label: 'National Defence',
      bound: 'exact',
      // The 2016 tables are on today's gross basis; the 2003 tables (net basis) only where 2016 has none.
      values: longSeries(files, 'fed_national_defence', ['FRT2016_T12', 'FRT2003_T12']),
    },
    {
      id: 'seniors',
      label: 'Old Age Security, GIS and allowances',
      bound: 'exact',
      values: longSeries(files, 'fed_old_age_security_gis_allowance', ['PA2018V2', 'PA2016V2', 'PA2012V2']),
    },
  ];
  const itemYears = new Set(items.flatMap((it) => [...it.values.keys()]));
  const checks = [...itemYears]
    .filter((y) => pdc.has(y))
    .sort((a, b) => a - b)
    .map((y) => checkYear(y, pdc.get(y)!.value, items));
  const settled = checks.filter((c) => c.verdict !== 'cannot be checked with these data');
  const latest = settled.at(-1);
  const verdict: Verdict = latest?.verdict ?? 'cannot be checked with these data';
  const open = checks.filter((c) => c.verdict === 'cannot be checked with these data');

  const figures: ClaimFigure[] = settled.flatMap((c) => [
    {
      id: `interest-${c.year}`,
      label: `Public debt charges, ${fy(c.year)}`,
      value: c.interest / 1000,
      unit: 'CAD billions, current dollars',
      text: billions(c.interest),
      years: fy(c.year),
      series: PDC,
    },
    ...items
      .filter((it) => c.items[it.id].value !== null)
      .map((it) => ({
        id: `${it.id}-${c.year}`,
        label: `${it.label}, ${fy(c.year)}`,
        value: c.items[it.id].value! / 1000,
        unit: 'CAD billions, current dollars',
        text: billions(c.items[it.id].value!),
        years: fy(c.year),
        series: `${it.id} (${it.values.get(c.year)!.source})`,
      })),
  ]);
  const first = Math.min(...checks.map((c) => c.year), ...[...pdc.keys()].filter((y) => y >= 1975));
  const last = Math.max(...pdc.keys());
  const years = range(Math.min(first, 1975), last);
  const series = (m: Map<number, SourcedValue>) => years.map((y) => (m.get(y)?.value ?? Number.NaN) / 1000);

  return {
    id: 4,
    short: 'Interest the largest item',
    quote:
      'Today, the interest on the national debt of 84 percent of GDP is the single largest item in the federal budget—higher than health care, national defense, and senior citizen entitlements.',
    where: ESSAY_PARAGRAPH_8,
    meaning:
      'In a recent fiscal year, public debt charges exceed federal spending on health care, on defence and on benefits for seniors (and every other item).',
    verdict,
    rule: 'For each fiscal year with debt charges and at least one named item: does not hold if an item (or a part of it) exceeds debt charges; holds in part if all three are known and smaller (“single largest” would need every item); otherwise cannot be checked. The verdict is that of the latest year the data settle (“today”).',
    finding: latest
      ? `In the ${settled.length} fiscal years the data settle (${settled.map((c) => fy(c.year)).join(', ')}), at least one named item exceeded debt charges. Latest, ${fy(latest.year)}: debt charges ${billions(latest.interest)}; ${items
          .filter((it) => latest.items[it.id].value !== null)
          .map((it) => `${it.label} ${billions(latest.items[it.id].value!)}`)
          .join('; ')}. ${open.length} other years cannot be settled with these data.`
      : 'No year in the data settles it: debt charges are never beside enough of health, defence and seniors’ spending.',
    parts: [],
    figures,
    limits: [
      'Federal health spending is more than the Canada Health Transfer (Health Canada’s own spending, First Nations health…), so the data can show health larger than interest, never smaller.',
      `What would settle it for every year: federal expenses by function (Public Accounts of Canada, Volume II, by ministry; or the Fiscal Reference Tables’ program expenses) with health, defence and elderly benefits, from ${fy(1975)} on. The shipped data have seniors’ benefits for ${items[2]!.values.size} years, the Canada Health Transfer for ${items[0]!.values.size}, and National Defence for ${fySpan(Math.min(...items[1]!.values.keys()), Math.max(...items[1]!.values.keys()))}.`,
      `The “84 percent of GDP” is not federal debt (net federal debt was ${percent(federal)} of GDP in ${fy(ratioYear)}); general-government gross debt, all levels of government (IMF via Jordà–Schularick–Taylor), was ${percent(generalGov)} in ${ratioYear}.`,
    ],
    chart: {
      title: 'Public debt charges beside health, defence and seniors’ benefits',
      x: years,
      xLabel: 'Fiscal year (named by the year it ends)',
      yLabel: 'CAD billions, current dollars',
      yFormat: 'billions',
      series: [
        { id: 'interest', label: 'Debt charges', values: series(pdc) },
        { id: 'defence', label: 'Defence', values: series(items[1]!.values) },
        { id: 'seniors', label: 'Seniors (OAS/GIS)', values: series(items[2]!.values), points: true },
        { id: 'health', label: 'Health transfer', values: series(items[0]!.values), points: true },
      ],
      markers: [],
    },
    headline: latest
      ? {
          value: billions(latest.interest),
          caption: `of debt charges in ${fy(latest.year)}, below ${items
            .filter((it) => latest.items[it.id].status === 'item larger')
            .map((it) => `${it.label} (${billions(latest.items[it.id].value!)})`)
            .join(' and ')}`,
        }
      : { value: 'n/a', caption: 'no year in the data settles the comparison' },
    sourceLine:
      'Sources: Public Accounts of Canada Vol. II; Finance Canada Fiscal Reference Tables, Annual Financial Reports.',
    sources,
  };
}
