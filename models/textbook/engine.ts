/**
 * The period loop every textbook model shares: evaluate the parameters (numbers or formulas),
 * let the model solve the period and post its flows through the ledger, build both matrices,
 * validate (a failure stops the run), and record the outputs and extras.
 */
import { z } from 'zod';
import {
  Ledger,
  SfcError,
  balanceSheet,
  layoutOf,
  transactionsFlow,
  validatePeriod,
  type HiddenEquation,
  type Holdings,
  type LedgerSpec,
} from '../accounting';
import {
  FormulaError,
  numberOrFormula,
  resolveParam,
  type Bounds,
  type NumberOrFormula,
  type PeriodParam,
} from '../formulas';
import { ModelDivergenceError } from '../divergence';
import type { ModelDefinition } from '../model';
import { makeProvenance } from '../provenance';
import type { RunResult } from '../result';
import { ScenarioError } from '../scenario/errors';
import { MAX_MAGNITUDE } from './common';
import type { TextbookExtras, TextbookPeriod } from './types';
import { PostingTableBuilder } from './postingTable';

export const SFC_ERROR_COLUMN = 'sfc_max_error';
export const MAX_PERIODS = 10_000;

export interface ParamDef {
  name: string;
  /** The book's value. */
  value: number;
  bounds: Bounds;
  meaning: string;
}

export interface ColumnDef {
  name: string;
  unit: string;
}

export interface StepInput {
  t: number;
  /** This period's parameter values. */
  p: Readonly<Record<string, number>>;
  /** Last period's parameter values (this period's in period 1): interest uses last period's rate. */
  pPrev: Readonly<Record<string, number>>;
  /** Last period's outputs (period 1: the scenario's `initial`, flows 0 unless given). */
  prev: Readonly<Record<string, number>>;
  ledger: Ledger;
}

export interface StepOutput {
  values: Record<string, number>;
  hidden: HiddenEquation[];
}

export interface TextbookSpec {
  id: string;
  version: string;
  title: string;
  ledger: LedgerSpec;
  params: readonly ParamDef[];
  /** Output columns after `period`, in CSV order (sfc_max_error is appended). */
  columns: readonly ColumnDef[];
  /** Names `initial` accepts: stocks at the start of period 1, and lagged flows some models read. */
  initialNames: readonly string[];
  /** Check and complete `initial`; return problems as "initial.X: ..." lines. */
  completeInitial(initial: Record<string, number>): { values: Record<string, number>; problems: string[] };
  openingHoldings(initial: Readonly<Record<string, number>>): Holdings;
  step(input: StepInput): StepOutput;
  /** Closed-form steady state for the given (final) parameters and the run's starting stocks. */
  steadyState(
    p: Readonly<Record<string, number>>,
    initial: Readonly<Record<string, number>>,
  ): Record<string, number>;
  assumptions: readonly string[];
  sources: readonly string[];
}

export interface TextbookScenario {
  schemaVersion: 1;
  model: string;
  name?: string;
  description?: string;
  periods: number;
  params: Record<string, NumberOrFormula>;
  initial: Record<string, number>;
}

export function textbookSchema(spec: TextbookSpec): z.ZodType<TextbookScenario> {
  const variables = spec.columns.map((c) => c.name);
  const params = z.strictObject(
    Object.fromEntries(
      spec.params.map((d) => [d.name, numberOrFormula(variables, d.bounds).default(d.value)]),
    ),
  );
  const initial = z.strictObject(
    Object.fromEntries(
      spec.initialNames.map((n) => [
        n,
        z
          .number({ message: 'must be a number' })
          .min(-MAX_MAGNITUDE, { message: `must be at least ${-MAX_MAGNITUDE}` })
          .max(MAX_MAGNITUDE, { message: `must be at most ${MAX_MAGNITUDE}` })
          .optional(),
      ]),
    ),
  );
  return z
    .strictObject({
      schemaVersion: z.literal(1, { message: 'must be 1' }),
      model: z.literal(spec.id),
      name: z.string().max(200).optional(),
      description: z.string().max(2000).optional(),
      periods: z
        .number()
        .int({ message: 'must be a whole number' })
        .min(1, { message: 'must be at least 1' })
        .max(MAX_PERIODS, { message: `must be at most ${MAX_PERIODS}` }),
      params: params.default({} as never),
      initial: initial.default({}),
    })
    .superRefine((s, ctx) => {
      const { problems } = spec.completeInitial(dropUndefined(s.initial));
      for (const line of problems) {
        const [key, ...rest] = line.split(': ');
        ctx.addIssue({
          code: 'custom',
          path: ['initial', key!.replace(/^initial\./, '')],
          message: rest.join(': '),
        });
      }
    }) as unknown as z.ZodType<TextbookScenario>;
}

export function runTextbook(spec: TextbookSpec, scenario: TextbookScenario): RunResult<TextbookExtras> {
  const variables = spec.columns.map((c) => c.name);
  const params = spec.params.map((d) => ({
    key: d.name,
    param: resolveParam(`params.${d.name}`, scenario.params[d.name] ?? d.value, variables, d.bounds),
  }));
  const { values: initial, problems } = spec.completeInitial(dropUndefined(scenario.initial));
  if (problems.length) throw new ScenarioError(problems);

  const ledger = new Ledger(spec.ledger, spec.openingHoldings(initial));
  const layout = layoutOf(ledger);
  const openingBalanceSheet = balanceSheet(ledger, layout);
  const n = scenario.periods;
  const columns: Record<string, Float64Array> = {};
  for (const c of spec.columns) columns[c.name] = new Float64Array(n);
  columns[SFC_ERROR_COLUMN] = new Float64Array(n);
  const index = new Float64Array(n);
  const periods: TextbookPeriod[] = [];
  const postings = new PostingTableBuilder();

  let prev: Record<string, number> = Object.fromEntries(variables.map((v) => [v, initial[v] ?? 0]));
  let pPrev: Record<string, number> | null = null;
  let p: Record<string, number> = {};
  for (let t = 1; t <= n; t++) {
    const scope = { ...prev, t };
    p = evaluateParams(params, scope);
    ledger.beginPeriod(t);
    const out = stepOrDiverge(spec, { t, p, pPrev: pPrev ?? p, prev, ledger });
    const bs = balanceSheet(ledger, layout);
    const tfm = transactionsFlow(ledger, layout);
    const verdict = validatePeriod(ledger, bs, tfm, out.hidden);
    index[t - 1] = t;
    for (const c of spec.columns) {
      const v = out.values[c.name];
      if (v === undefined || !Number.isFinite(v)) {
        throw new ModelDivergenceError(t, c.name, `became ${String(v)}`);
      }
      columns[c.name]![t - 1] = v;
    }
    columns[SFC_ERROR_COLUMN]![t - 1] = verdict.maxError;
    periods.push({
      period: t,
      balanceSheet: bs,
      transactionsFlow: tfm,
      verdict,
    });
    postings.addPeriod(ledger.postings);
    prev = out.values;
    pPrev = p;
  }

  const units: Record<string, string> = Object.fromEntries(spec.columns.map((c) => [c.name, c.unit]));
  units[SFC_ERROR_COLUMN] = 'largest absolute accounting discrepancy (money units)';
  let maxErr = 0;
  for (const v of columns[SFC_ERROR_COLUMN]!) maxErr = Math.max(maxErr, v);
  const steadyState = spec.steadyState(p, initial);
  const summary: Record<string, number | string | boolean> = {
    periods: n,
    sfc_max_error: maxErr,
    water_tight: true,
    verdict: `water-tight: every period's balance sheet and transactions-flow matrix sum to zero in every row and column, net worth matches, stocks rebuild from the postings, and the hidden equation holds (largest discrepancy ${maxErr.toExponential(2)})`,
  };
  const summaryUnits: Record<string, string> = {
    periods: 'periods',
    sfc_max_error: units[SFC_ERROR_COLUMN]!,
    water_tight: 'true/false',
    verdict: 'text',
  };
  for (const [k, v] of Object.entries(steadyState)) {
    summary[`steady_state_${k}`] = v;
    summaryUnits[`steady_state_${k}`] = units[k] ?? 'money units';
  }
  return {
    model: spec.id,
    indexName: 'period',
    index,
    columns,
    units: { period: 'period of the model (1 = first)', ...units },
    summary,
    summaryUnits,
    assumptions: [
      ...spec.assumptions,
      ...spec.params.map(
        (d) => `${d.name} (${d.meaning}) = ${describeParam(scenario.params[d.name] ?? d.value)}`,
      ),
      "Formulas read t (1 in the first period) and last period's value of any output column.",
    ],
    sources: [...spec.sources],
    provenance: makeProvenance(spec.id, spec.version, scenario, null, [...spec.sources]),
    extras: {
      kind: 'sfc-textbook',
      model: spec.id,
      sectors: [...spec.ledger.sectors],
      instruments: [...spec.ledger.instruments],
      openingBalanceSheet,
      periods,
      postings: postings.build(),
      steadyState,
    },
  };
}

export function textbookModel(
  spec: TextbookSpec,
  presets: Record<string, TextbookScenario>,
): ModelDefinition<TextbookScenario> {
  return {
    id: spec.id,
    version: spec.version,
    title: spec.title,
    schema: textbookSchema(spec),
    presets,
    dataFiles: [],
    run: (scenario) => runTextbook(spec, scenario),
  };
}

/** The book's parameters as a scenario's params object. */
export function bookParams(spec: Pick<TextbookSpec, 'params'>): Record<string, number> {
  return Object.fromEntries(spec.params.map((d) => [d.name, d.value]));
}

function evaluateParams(
  params: readonly { key: string; param: PeriodParam }[],
  scope: Record<string, number>,
): Record<string, number> {
  const out: Record<string, number> = {};
  try {
    for (const q of params) out[q.key] = q.param.at(scope);
  } catch (e) {
    if (e instanceof FormulaError) throw new ScenarioError([e.message]);
    throw e;
  }
  return out;
}

/** A posting that overflowed to a non-finite amount is the model diverging, not an accounting bug. */
function stepOrDiverge(spec: TextbookSpec, input: StepInput): StepOutput {
  try {
    return spec.step(input);
  } catch (e) {
    if (e instanceof SfcError && Number.isNaN(e.amount)) {
      throw new ModelDivergenceError(input.t, e.where, 'became infinite or not a number');
    }
    throw e;
  }
}

function describeParam(v: NumberOrFormula): string {
  return typeof v === 'number' ? String(v) : `"${v}"`;
}

function dropUndefined(o: Record<string, number | undefined>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out;
}
