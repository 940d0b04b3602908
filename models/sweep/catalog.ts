/**
 * Names, units and one-line meanings of what a sweep varies and measures, per model. Any numeric
 * summary figure of any model is a metric even when it is not listed here (it is then shown by its
 * key): this table documents, it does not limit, so a model that gains figures is swept as it is.
 */
import { PARAM_DOCS } from '../abm';
import type { RunResult } from '../result';
import { BMW_SPEC, PC_SPEC, SIMEX_SPEC, SIM_SPEC } from '../textbook';
import type { SweepParam } from './params';

export interface MetricDoc {
  name: string;
  label: string;
  unit: string;
  help: string;
}

const FISCAL_METRICS: MetricDoc[] = [
  {
    name: 'final_debt_counterfactual',
    label: 'Counterfactual debt at the end year',
    unit: 'CAD millions',
    help: 'Federal debt in the end year had the public share been held by the public bank at the public rate.',
  },
  {
    name: 'cumulative_interest_avoided',
    label: 'Interest avoided',
    unit: 'CAD millions, summed from the first counterfactual year',
    help: 'Interest paid in history minus interest paid in the counterfactual, summed to the end year.',
  },
  {
    name: 'final_debt_counterfactual_pct_gdp',
    label: 'Counterfactual debt/GDP at the end year',
    unit: '% of GDP',
    help: 'Counterfactual debt in the end year as a share of nominal GDP.',
  },
  {
    name: 'final_debt_actual',
    label: 'Actual debt at the end year',
    unit: 'CAD millions',
    help: 'As recorded.',
  },
  {
    name: 'cumulative_interest_counterfactual',
    label: 'Counterfactual interest paid',
    unit: 'CAD millions',
    help: 'Interest paid to private holders in the counterfactual, summed from the first counterfactual year.',
  },
];

const ABM_METRICS: MetricDoc[] = [
  [
    'meanUnemploymentLast10Years',
    'Unemployment, last 10 years',
    'share of labour force',
    'Mean over the last 40 quarters (after burn-in).',
  ],
  [
    'meanInflationLast10Years',
    'Inflation, last 10 years',
    'per year',
    'Mean annualised inflation over the last 40 quarters.',
  ],
  [
    'meanGiniIncomeLast10Years',
    'Income Gini, last 10 years',
    'Gini 0–1',
    'Mean Gini of disposable income over the last 40 quarters.',
  ],
  [
    'meanGiniWealthLast10Years',
    'Wealth Gini, last 10 years',
    'Gini of net worth, 0 = equal',
    "Mean Gini of households' net worth (deposits + bonds + house − mortgage) over the last 40 quarters.",
  ],
  ['finalGovDebtToGdp', 'Government debt/GDP at the end', 'ratio to annual GDP', 'In the final quarter.'],
  ['finalPrivateDebtToGdp', 'Private debt/GDP at the end', 'ratio to annual GDP', 'In the final quarter.'],
  ['finalMoneyToGdp', 'Money/GDP at the end', 'ratio to annual GDP', 'In the final quarter.'],
  [
    'cumulativeInterestToPrivateCreditors',
    'Interest paid to private creditors',
    'currency, summed over the run',
    'Government interest to private banks, all quarters.',
  ],
  [
    'realGdpGrowthPerYear',
    'Real GDP growth',
    'per year',
    'Compound annual growth from the first to the last quarter.',
  ],
  [
    'totalBankruptcies',
    'Bankruptcies',
    'firms, summed over the run',
    'Firm bankruptcies over the whole run.',
  ],
].map(([name, label, unit, help]) => ({ name: name!, label: label!, unit: unit!, help: help! }));

const DOCS: Record<string, MetricDoc[]> = { 'fiscal-history': FISCAL_METRICS, abm: ABM_METRICS };

/**
 * The metrics offered for a model, given one of its results: documented ones first (those the
 * result has), then every other numeric summary figure. Textbook steady states take the unit of
 * the column they belong to (steady_state_Y → Y's unit).
 */
type CatalogInput = Pick<RunResult, 'model' | 'summary' | 'units'> & {
  summaryUnits?: Record<string, string>;
};

export function metricCatalog(result: CatalogInput): MetricDoc[] {
  const numeric = Object.entries(result.summary)
    .filter(([, v]) => typeof v === 'number')
    .map(([k]) => k);
  const documented = (DOCS[result.model] ?? []).filter((d) => numeric.includes(d.name));
  const rest = numeric
    .filter((k) => !documented.some((d) => d.name === k))
    .map((k): MetricDoc => {
      const ss = /^steady_state_(.+)$/.exec(k);
      if (ss)
        return {
          name: k,
          label: `Steady state of ${ss[1]}`,
          unit: result.summaryUnits?.[k] ?? result.units[ss[1]!] ?? '',
          help: `Closed-form steady state of ${ss[1]} for the final period's parameters.`,
        };
      return { name: k, label: k, unit: result.summaryUnits?.[k] ?? '', help: `The summary figure ${k}.` };
    });
  return [...documented, ...rest];
}

export function metricDoc(result: CatalogInput, name: string): MetricDoc | undefined {
  return metricCatalog(result).find((d) => d.name === name);
}

export interface ParamDocLite {
  label: string;
  unit: string;
}

const FISCAL_PARAMS: Record<string, ParamDocLite> = {
  publicShare: { label: 'Public share of the debt', unit: 'share 0–1' },
  publicRate: { label: 'Public bank rate', unit: 'per year' },
  firstCounterfactualYear: { label: 'First counterfactual year', unit: 'fiscal year' },
  endYear: { label: 'End year', unit: 'fiscal year' },
  cpiBaseYear: { label: 'CPI base year', unit: 'year' },
};

/** Label and unit of a sweepable parameter, from the model's own documentation where it has one. */
export function paramDoc(
  model: string,
  p: Pick<SweepParam, 'path' | 'constant' | 'formula' | 'name'>,
): ParamDocLite {
  const key = p.path.at(-1)!;
  let doc: ParamDocLite | undefined;
  if (model === 'abm') doc = (PARAM_DOCS as Record<string, ParamDocLite>)[key];
  else if (model === 'fiscal-history') doc = FISCAL_PARAMS[key];
  else {
    const spec = [SIM_SPEC, SIMEX_SPEC, PC_SPEC, BMW_SPEC].find((m) => m.id === model);
    const def = p.path[0] === 'params' ? spec?.params.find((d) => d.name === key) : undefined;
    if (def) doc = { label: `${key}: ${def.meaning}`, unit: '' };
  }
  const base = doc ?? { label: key, unit: '' };
  if (p.constant === null) return base;
  return { label: `${base.label}: constant ${p.constant} of "${p.formula}"`, unit: '' };
}

/** The metric a sweep measures when none is named: the model's headline figure. */
export function defaultMetric(model: string): string | null {
  if (model === 'fiscal-history') return 'final_debt_counterfactual';
  if (model === 'abm') return 'meanUnemploymentLast10Years';
  if (model.startsWith('gl-')) return 'steady_state_Y';
  return null;
}
