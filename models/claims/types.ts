/** What a checked claim is: the quotation, the measurement on the shipped data, a verdict by a stated rule. */

export const VERDICTS = [
  'holds',
  'holds in part',
  'does not hold',
  'cannot be checked with these data',
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** One measured number: value in `unit`, with the years and series it comes from. */
export interface ClaimFigure {
  id: string;
  label: string;
  value: number;
  unit: string;
  /** The value as printed everywhere (CLI, screen, cards), e.g. "$21.6B" or "4.3%". */
  text: string;
  /** Fiscal years (by the year they end) or calendar years the figure covers, e.g. "FY1973–74". */
  years: string;
  /** Series and source ids, e.g. "fed_net_debt_statcan (FON_FEDDEBT)". */
  series: string;
}

/** A part of a claim judged on its own (claim 1 has "the level" and "nearly flat"). */
export interface ClaimPart {
  id: string;
  label: string;
  verdict: Verdict;
  rule: string;
  finding: string;
}

export interface ClaimSeries {
  id: string;
  label: string;
  /** NaN where the data have no value for that year. */
  values: number[];
  /** Few, scattered values: draw a dot at each instead of (only) a line. */
  points?: boolean;
  /** A reference level (e.g. the claim's $600B), drawn dashed and grey. */
  reference?: boolean;
}

/** A line chart of the measurement, in plain numbers: the renderer and the CLI draw it alike. */
export interface ClaimChart {
  title: string;
  x: number[];
  xLabel: string;
  yLabel: string;
  /** "%" for percentages; otherwise values are in the unit named by yLabel. */
  yFormat: 'billions' | 'percent';
  series: ClaimSeries[];
  markers: { x: number; label: string }[];
}

export interface Claim {
  /** 1-based, as in the issue and the CLI. */
  id: number;
  /** A short name for lists and file names. */
  short: string;
  quote: string;
  /** Where the quotation stands in the essay. */
  where: string;
  /** What the statement would mean in numbers. */
  meaning: string;
  verdict: Verdict;
  /** The rule that produced the verdict, in plain words. */
  rule: string;
  /** One or two sentences: what the data show. */
  finding: string;
  parts: ClaimPart[];
  figures: ClaimFigure[];
  /** What these data cannot show, and what would settle it. */
  limits: string[];
  chart: ClaimChart;
  /** For a headline card: one number and what it is, in plain words. */
  headline: { value: string; caption: string };
  /** One short source line for a card; `sources` has the full citations. */
  sourceLine: string;
  sources: string[];
}

export interface ClaimsReport {
  essay: string;
  claims: Claim[];
}
