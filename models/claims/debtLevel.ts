/** Claims 1 and 2: the debt's level in 1974, whether it was "nearly flat" before, and its level in 2013. */
import type { DebtTable } from '../fiscal/data';
import { billions, fy, percent } from './format';
import type { Claim, ClaimFigure, ClaimPart, Verdict } from './types';

export const ESSAY_PARAGRAPH_6 = 'Section “Money and Investment”, paragraph 6, note 13';

/** "Just over $21 billion": at least $21.0B and under $22.0B, current dollars. */
export const JUST_OVER = { low: 21_000, high: 22_000 } as const;
/** "Nearly flat": over 1867–1974 the series' range (max − min) is at most this share of its 1974 level. */
export const FLAT_TOLERANCE = 0.25;
/** "Over $600 billion". */
export const OVER_600B = 600_000;

const NET_DEBT = 'fed_net_debt_statcan (FON_FEDDEBT)';
const ACC_DEFICIT = 'accumulated_deficit (composite: FRT / AFR / RBC)';

function at(t: DebtTable, year: number): number {
  const i = t.years.indexOf(year);
  return i < 0 ? Number.NaN : t.debt[i]!;
}

export interface DebtViews {
  /** Latest calendar year with a CPI: real dollars are in its prices. */
  cpiBaseYear: number;
  nominal: (i: number) => number;
  real: (i: number) => number;
  percentGdp: (i: number) => number;
}

/** CAD millions → the three ways of looking at a debt (billions; billions of the base year; % of GDP). */
export function debtViews(t: DebtTable): DebtViews {
  const cpiBaseYear = Math.max(...t.cpiByYear.keys());
  const base = t.cpiByYear.get(cpiBaseYear)!;
  return {
    cpiBaseYear,
    nominal: (i) => t.debt[i]! / 1000,
    real: (i) => ((t.debt[i]! / 1000) * base) / t.cpi[i]!,
    percentGdp: (i) => (100 * t.debt[i]!) / t.gdp[i]!,
  };
}

interface Movement {
  view: string;
  unit: string;
  min: number;
  minYear: number;
  max: number;
  maxYear: number;
  at1974: number;
  /** (max − min) / level in 1974. */
  relativeRange: number;
  firstYear: number;
}

function movement(t: DebtTable, view: string, unit: string, f: (i: number) => number, end: number): Movement {
  let m: Movement | null = null;
  for (let i = 0; i < t.years.length && t.years[i]! <= end; i++) {
    const v = f(i);
    if (!Number.isFinite(v)) continue; // GDP and CPI start a year after the debt series
    const y = t.years[i]!;
    m ??= { view, unit, min: v, minYear: y, max: v, maxYear: y, at1974: 0, relativeRange: 0, firstYear: y };
    if (v < m.min) [m.min, m.minYear] = [v, y];
    if (v > m.max) [m.max, m.maxYear] = [v, y];
  }
  if (!m) throw new Error(`claims: no ${view} values before ${end}`);
  m.at1974 = f(t.years.indexOf(end));
  m.relativeRange = (m.max - m.min) / m.at1974;
  return m;
}

function combine(parts: readonly boolean[]): Verdict {
  if (parts.every(Boolean)) return 'holds';
  return parts.some(Boolean) ? 'holds in part' : 'does not hold';
}

function partsVerdict(parts: readonly ClaimPart[]): Verdict {
  if (parts.every((p) => p.verdict === 'holds')) return 'holds';
  return parts.some((p) => p.verdict !== 'does not hold') ? 'holds in part' : 'does not hold';
}

export function claimFlatLine(net: DebtTable, acc: DebtTable, sources: string[]): Claim {
  const END = 1974;
  const nd = at(net, END);
  const ad = at(acc, END);
  const inRange = (v: number) => v >= JUST_OVER.low && v < JUST_OVER.high;
  const level: ClaimPart = {
    id: 'level',
    label: 'The level in 1974: “just over $21 billion”',
    verdict: inRange(nd) || inRange(ad) ? 'holds' : 'does not hold',
    rule: `Holds if a published measure of federal debt at the end of ${fy(END)} is at least ${billions(JUST_OVER.low)} and under ${billions(JUST_OVER.high)}, current dollars.`,
    finding: `Net federal debt (Statistics Canada / Finances of the Nation) was ${billions(nd)}${inRange(nd) ? ', the essay’s figure' : ''}; Finance Canada’s accumulated deficit (“federal debt” in today’s budgets) was ${billions(ad)}${inRange(ad) ? '' : ', which does not give it'}.`,
  };

  const v = debtViews(net);
  const moves = [
    movement(net, 'current dollars', 'CAD billions', v.nominal, END),
    movement(net, `${v.cpiBaseYear} dollars`, `CAD billions of ${v.cpiBaseYear}`, v.real, END),
    movement(net, 'share of GDP', '% of GDP', v.percentGdp, END),
  ];
  const flatIn = moves.map((m) => m.relativeRange <= FLAT_TOLERANCE);
  const fmt = (m: Movement, x: number) => (m.unit === '% of GDP' ? percent(x) : billions(x * 1000));
  const flat: ClaimPart = {
    id: 'flat',
    label: '“Nearly a flat line” from 1867 to 1974',
    verdict: combine(flatIn),
    rule: `Nearly flat in a view if, over 1867–1974 (to the end of ${fy(END)}), the series moved (max − min) by at most ${FLAT_TOLERANCE * 100}% of its 1974 level; judged in current dollars, real dollars and as a share of GDP.`,
    finding: moves
      .map(
        (m) =>
          `${m.view === 'share of GDP' ? 'As a share of GDP' : `In ${m.view}`} it ranged from ${fmt(m, m.min)} (${m.minYear}) to ${fmt(m, m.max)} (${m.maxYear}), ${Math.round(m.relativeRange * 100)}% of its 1974 level.`,
      )
      .join(' '),
  };

  // Why it looks flat: on a current-dollar chart drawn to 2013, the old movement is a sliver.
  const rise = at(net, 2013) - nd;
  const sliver = (moves[0]!.max - moves[0]!.min) / (rise / 1000);
  const parts = [level, flat];
  const figures: ClaimFigure[] = [
    {
      id: 'net-debt-1974',
      label: `Net federal debt, end of ${fy(END)}`,
      value: nd / 1000,
      unit: 'CAD billions, current dollars',
      text: billions(nd),
      years: fy(END),
      series: NET_DEBT,
    },
    {
      id: 'accumulated-deficit-1974',
      label: `Accumulated deficit, end of ${fy(END)}`,
      value: ad / 1000,
      unit: 'CAD billions, current dollars',
      text: billions(ad),
      years: fy(END),
      series: ACC_DEFICIT,
    },
    ...moves.map((m, k) => ({
      id: ['range-nominal', 'range-real', 'range-gdp'][k]!,
      label: `Movement 1867–1974 (${m.view}), share of the 1974 level`,
      value: 100 * m.relativeRange,
      unit: '% of the 1974 level',
      text: percent(100 * m.relativeRange, 0),
      years: `${m.firstYear}–1974`,
      series: NET_DEBT,
    })),
    {
      id: 'real-peak',
      label: `Peak in ${moves[1]!.view}`,
      value: moves[1]!.max,
      unit: moves[1]!.unit,
      text: billions(moves[1]!.max * 1000),
      years: fy(moves[1]!.maxYear),
      series: `${NET_DEBT} ÷ CPI`,
    },
    {
      id: 'gdp-peak',
      label: 'Peak as a share of GDP',
      value: moves[2]!.max,
      unit: '% of GDP',
      text: percent(moves[2]!.max),
      years: fy(moves[2]!.maxYear),
      series: `${NET_DEBT} ÷ GDP`,
    },
    {
      id: 'sliver',
      label: 'Movement 1867–1974 as a share of the rise from 1974 to 2013 (current dollars)',
      value: 100 * sliver,
      unit: '% of the 1974–2013 rise',
      text: percent(100 * sliver),
      years: '1867–2013',
      series: NET_DEBT,
    },
  ];
  const years = net.years.filter((y) => y <= 2013);
  return {
    id: 1,
    short: 'A flat line to 1974',
    quote:
      'Over a 108-year period (1867-1974), the Government of Canada’s accumulated debt was nearly a flat line, amounting to just over $21 Billion.',
    where: ESSAY_PARAGRAPH_6,
    meaning:
      'Federal debt at the end of FY1973–74 between $21B and $22B, and a debt that barely moved from Confederation to 1974.',
    verdict: partsVerdict(parts),
    rule: 'Two parts, each by its own rule: holds if both hold, holds in part if one does, does not hold if neither.',
    finding: `The $21B is net federal debt in ${fy(END)} (${billions(nd)}). It was not flat: in ${v.cpiBaseYear} dollars it peaked at ${billions(moves[1]!.max * 1000)} in ${fy(moves[1]!.maxYear)}, ${(moves[1]!.max / moves[1]!.at1974).toFixed(1)} times its 1974 level, and at ${percent(moves[2]!.max, 0)} of GDP. It only looks flat on a current-dollar chart drawn to 2013, where 1867–1974 spans ${percent(100 * sliver)} of the later rise.`,
    parts,
    figures,
    limits: [
      'Net debt before FY1907–08 is for years ending June 30; GDP and CPI are calendar years (fiscal year t−1 to t is paired with calendar year t−1), so the first year with a ratio is 1868.',
      'Accumulated deficit starts in FY1961–62, so the 1867–1974 shape is judged on net debt only.',
    ],
    chart: {
      title: `Net federal debt, ${v.cpiBaseYear} dollars, 1867–2013`,
      x: years,
      xLabel: 'Fiscal year (named by the year it ends)',
      yLabel: `CAD billions of ${v.cpiBaseYear} (deflated by CPI)`,
      yFormat: 'billions',
      series: [
        {
          id: 'net-debt-real',
          label: 'Net debt',
          values: years.map((_, i) => v.real(i)),
        },
      ],
      markers: [{ x: END, label: `${fy(END)}: ${billions(nd)} (current $)` }],
    },
    headline: {
      value: billions(nd),
      caption: `net federal debt at the end of ${fy(END)}, the essay’s figure; but not a flat line: it reached ${percent(moves[2]!.max, 0)} of GDP in ${fy(moves[2]!.maxYear)}`,
    },
    sourceLine:
      'Sources: Finances of the Nation (Statistics Canada federal debt, GDP, CPI); Finance Canada Fiscal Reference Tables.',
    sources,
  };
}

export function claimOver600(net: DebtTable, acc: DebtTable, sources: string[]): Claim {
  const END = 2013;
  const nd = at(net, END);
  const ad = at(acc, END);
  const over = [nd > OVER_600B, ad > OVER_600B];
  const verdict = combine(over);
  const first = acc.years[0]!;
  const last = Math.max(acc.years.at(-1)!, net.years.at(-1)!);
  const years = Array.from({ length: last - first + 1 }, (_, k) => first + k);
  const accAt = (y: number) => at(acc, y) / 1000;
  return {
    id: 2,
    short: 'Over $600B in 2013',
    quote: 'Over a mere thirty-nine years, it reached over $600 billion in 2013.',
    where: ESSAY_PARAGRAPH_6,
    meaning: 'Federal debt above $600B at the end of FY2012–13 (March 31, 2013), 39 years after 1974.',
    verdict,
    rule: `Holds if the debt at the end of ${fy(END)} exceeds ${billions(OVER_600B)} in current dollars in both measures (net debt and accumulated deficit); holds in part if in one; does not hold if in neither.`,
    finding: `At the end of ${fy(END)} net federal debt was ${billions(nd)} and the accumulated deficit ${billions(ad)}: ${(nd / at(net, 1974)).toFixed(0)} and ${(ad / at(acc, 1974)).toFixed(0)} times their 1974 levels in current dollars.`,
    parts: [],
    figures: [
      {
        id: 'net-debt-2013',
        label: `Net federal debt, end of ${fy(END)}`,
        value: nd / 1000,
        unit: 'CAD billions, current dollars',
        text: billions(nd),
        years: fy(END),
        series: NET_DEBT,
      },
      {
        id: 'accumulated-deficit-2013',
        label: `Accumulated deficit, end of ${fy(END)}`,
        value: ad / 1000,
        unit: 'CAD billions, current dollars',
        text: billions(ad),
        years: fy(END),
        series: ACC_DEFICIT,
      },
      {
        id: 'growth-net-debt',
        label: 'Net debt 2013 ÷ 1974',
        value: nd / at(net, 1974),
        unit: 'times',
        text: `${(nd / at(net, 1974)).toFixed(1)}×`,
        years: `${fy(1974)} to ${fy(END)}`,
        series: NET_DEBT,
      },
    ],
    limits: [
      'Net debt switches definitions in FY2008–09 (Statistics Canada FMS basis to Finance Canada’s), a jump of tens of billions.',
      'The accumulated deficit was restated for accrual accounting in FY1983–84 (−11.8B) and again in FY2011–12 and FY2012–13 (+7.0B, +7.4B); the first-published figure for March 31, 2013 was $602.4B.',
    ],
    chart: {
      title: 'Federal debt, current dollars, against the claim’s $600B',
      x: years,
      xLabel: 'Fiscal year (named by the year it ends)',
      yLabel: 'CAD billions, current dollars',
      yFormat: 'billions',
      series: [
        { id: 'net-debt', label: 'Net debt', values: years.map((y) => at(net, y) / 1000) },
        { id: 'accumulated-deficit', label: 'Accumulated deficit', values: years.map(accAt) },
        { id: 'threshold', label: '$600B', values: years.map(() => OVER_600B / 1000), reference: true },
      ],
      markers: [{ x: END, label: fy(END) }],
    },
    headline: {
      value: billions(nd),
      caption: `net federal debt at the end of ${fy(END)} (accumulated deficit ${billions(ad)}): over $600 billion, as the essay says`,
    },
    sourceLine:
      'Sources: Finances of the Nation (Statistics Canada federal debt); Finance Canada Fiscal Reference Tables; RBC fiscal tables.',
    sources,
  };
}
