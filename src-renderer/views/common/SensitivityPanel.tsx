/**
 * "Sensitivity": how much does a result depend on the assumptions? Pick one or two parameters
 * (any number or formula constant of the scenario in view), a range and steps, a metric and seeds
 * per point; the sweep runs on the worker pool and draws as runs arrive. A tornado instead moves
 * each ticked parameter alone from low to high and ranks them by how far the metric moves.
 * The same models/sweep logic and chart functions as `money-lab sweep` and `money-lab chart DIR`.
 */
import { useCallback, useMemo, useState } from 'react';
import type { RunResult } from '../../../models/result';
import { findModel } from '../../../models/registry';
import {
  compileMetric,
  defaultMetric,
  listSweepParams,
  makeDesign,
  metricCatalog,
  paramDoc,
  shapeOf,
  SweepInputError,
  MetricError,
  sweepFile,
  taskCount,
  type MetricSpec,
  type SweepKind,
  type SweepParam,
} from '../../../models/sweep';
import { drawSweepChart } from '../../charts/sweep';
import { sweepCsvWithMeta, sweepFigureMeta, exportFileName } from '../../export';
import { saveFile } from '../../platform';
import { exportChart, reportSave } from './exportFigure';
import { ExportToolbar, type ExportKind } from './ExportToolbar';
import { SvgHost } from './SvgHost';
import { useSweep } from './useSweep';

/** More runs than this in one sweep belong on the command line (`money-lab sweep --shard`). */
export const MAX_PANEL_RUNS = 5000;
const FORMULA = '__formula__';

interface Range {
  low: string;
  high: string;
  steps: string;
}

/** A starting range around the current value: ±50%, or 0…1 for a value of zero. */
function defaultRange(p: SweepParam | undefined): Range {
  if (!p) return { low: '0', high: '1', steps: '5' };
  const b = p.base;
  const [lo, hi] = b === 0 ? [0, 1] : b > 0 ? [b * 0.5, b * 1.5] : [b * 1.5, b * 0.5];
  const round = (v: number) => String(Number(v.toPrecision(4)));
  return { low: round(lo), high: round(hi), steps: '5' };
}

function NumberField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  title: string;
}) {
  return (
    <label className="control inline" htmlFor={props.id} title={props.title}>
      <span className="control-label">{props.label}</span>
      <input
        id={props.id}
        type="text"
        inputMode="decimal"
        size={7}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      />
    </label>
  );
}

export function SensitivityPanel(props: {
  idPrefix: string;
  scenario: Record<string, unknown>;
  result: RunResult | undefined;
  onStatus: (message: string) => void;
}) {
  const { scenario, result } = props;
  const id = (s: string) => `${props.idPrefix}-sens-${s}`;
  const params = useMemo(() => listSweepParams(scenario), [scenario]);
  const model = String(scenario.model);
  const stochastic = typeof scenario.seed === 'number';
  const label = (p: SweepParam) => {
    const doc = paramDoc(model, p);
    return doc.label === p.name || doc.label.startsWith(`${p.name}:`)
      ? doc.label
      : `${p.name} — ${doc.label}`;
  };

  const [kind, setKind] = useState<SweepKind>('grid');
  // Model parameters before scale (periods, households): a first sweep over scale would be slow.
  const modelParams = params.some((p) => p.path.length > 1)
    ? params.filter((p) => p.path.length > 1)
    : params;
  const [p1Chosen, setP1] = useState(modelParams[0]?.name ?? '');
  const [p2, setP2] = useState('');
  const [r1, setR1] = useState<Range>(() => defaultRange(modelParams[0]));
  const [r2, setR2] = useState<Range>(() => defaultRange(undefined));
  // Model parameters rather than scale (periods, households): those are what a tornado ranks.
  const [ticked, setTicked] = useState<string[]>(() => modelParams.slice(0, 5).map((p) => p.name));
  const [spread, setSpread] = useState('20');
  const catalog = useMemo(() => (result ? metricCatalog(result) : []), [result]);
  const [metricName, setMetricName] = useState('');
  const [formulaName, setFormulaName] = useState('my_metric');
  const [formula, setFormula] = useState('');
  const [seeds, setSeeds] = useState('4');
  const [problem, setProblem] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const sweep = useSweep();

  const preferred = defaultMetric(model);
  const chosenMetric =
    metricName || (catalog.some((m) => m.name === preferred) ? preferred! : (catalog[0]?.name ?? ''));
  const find = (name: string) => params.find((p) => p.name === name);
  // The scenario may change under the panel (another textbook model): fall back to its first parameter.
  const p1 = find(p1Chosen) ? p1Chosen : (modelParams[0]?.name ?? '');

  const pickP1 = (name: string) => {
    setP1(name);
    setR1(defaultRange(find(name)));
  };
  const pickP2 = (name: string) => {
    setP2(name);
    setR2(defaultRange(find(name)));
  };

  const metricSpec = (): MetricSpec =>
    chosenMetric === FORMULA
      ? { name: formulaName.trim(), formula: formula.trim() }
      : { name: chosenMetric, formula: null };

  /** The design from the form, or a message naming the field that is wrong. */
  const buildDesign = () => {
    if (!result) throw new Error('Wait for the current run to finish: metrics are read from its result.');
    const metric = metricSpec();
    compileMetric(metric, shapeOf(result));
    const num = (field: string, text: string) => {
      const v = Number(text);
      if (text.trim() === '' || !Number.isFinite(v))
        throw new SweepInputError(field, `must be a number (got "${text}")`);
      return v;
    };
    const vary =
      kind === 'grid'
        ? [{ name: p1, range: r1 }, ...(p2 ? [{ name: p2, range: r2 }] : [])].map(({ name, range }) => ({
            name,
            low: num(`${name} low`, range.low),
            high: num(`${name} high`, range.high),
            steps: num(`${name} steps`, range.steps),
          }))
        : ticked.map((name) => {
            const p = find(name)!;
            const f = num('Spread', spread) / 100;
            const d = p.base === 0 ? f : Math.abs(p.base) * f;
            return { name, low: p.base === 0 ? 0 : p.base - d, high: p.base + d, steps: 2 };
          });
    const runs = stochastic ? num('Seeds per point', seeds) : 1;
    const design = makeDesign({ kind, scenario, vary, runs, seed: null, metrics: [metric], stochastic });
    const total = taskCount(design);
    if (total > MAX_PANEL_RUNS)
      throw new SweepInputError(
        'Steps',
        `${total} runs is more than the panel runs (${MAX_PANEL_RUNS}); use fewer steps or seeds, or money-lab sweep --shard on more machines`,
      );
    return design;
  };

  const run = () => {
    setProblem(null);
    try {
      sweep.start(buildDesign());
    } catch (e) {
      if (e instanceof SweepInputError || e instanceof MetricError || e instanceof Error)
        setProblem(e.message);
    }
  };

  // How big the sweep in the form is, before anyone presses Run (empty while the form has a problem).
  let preview = '';
  try {
    const n = taskCount(buildDesign());
    preview = `${n} run${n === 1 ? '' : 's'}`;
  } catch {
    preview = '';
  }

  const design = sweep.design;
  const file = useMemo(
    () =>
      design && sweep.first
        ? sweepFile(
            design,
            null,
            null,
            sweep.rows.length,
            sweep.first.result,
            sweep.first.task,
            findModel(design.model)?.version ?? '',
          )
        : null,
    [design, sweep.first, sweep.rows.length],
  );
  const draw = useCallback(
    (doc: Document, size: { width: number; height: number }) =>
      drawSweepChart(
        doc,
        {
          design: design!,
          rows: sweep.rows,
          metric: 0,
          labels: file?.labels ?? {},
          units: file?.units ?? {},
          title: 'Sensitivity',
        },
        size,
      ),
    [design, sweep.rows, file],
  );

  const doExport = async (k: ExportKind) => {
    if (!file) return;
    setExportError(null);
    await reportSave(
      async () => {
        const meta = sweepFigureMeta(file, 0);
        const name = `sensitivity ${design!.params.map((p) => p.name).join(' ')}`;
        return k === 'csv'
          ? await saveFile(
              'csv',
              exportFileName(name, 'csv'),
              sweepCsvWithMeta(
                meta,
                file,
                [...sweep.rows].sort((a, b) => a.task - b.task),
              ),
            )
          : await exportChart(
              k,
              (doc, size) =>
                drawSweepChart(
                  doc,
                  {
                    design: design!,
                    rows: sweep.rows,
                    metric: 0,
                    labels: file.labels,
                    units: file.units,
                    title: meta.title,
                  },
                  size,
                ),
              meta,
              name,
            );
      },
      props.onStatus,
      setExportError,
    );
  };

  const diverged = sweep.rows.filter((r) => r.error).length;
  const paramOptions = params.map((p) => (
    <option key={p.name} value={p.name}>
      {label(p)}
    </option>
  ));
  const rangeFields = (which: string, r: Range, set: (r: Range) => void, unit: string) => (
    <div className="sens-range">
      <NumberField
        id={id(`${which}-low`)}
        label="from"
        title={`Lowest value${unit ? ` (${unit})` : ''}`}
        value={r.low}
        onChange={(v) => set({ ...r, low: v })}
      />
      <NumberField
        id={id(`${which}-high`)}
        label="to"
        title={`Highest value${unit ? ` (${unit})` : ''}`}
        value={r.high}
        onChange={(v) => set({ ...r, high: v })}
      />
      <NumberField
        id={id(`${which}-steps`)}
        label="steps"
        title="How many values from low to high, both included (2 to 1000)"
        value={r.steps}
        onChange={(v) => set({ ...r, steps: v })}
      />
    </div>
  );
  const unitOf = (name: string) => {
    const p = find(name);
    return p ? paramDoc(model, p).unit : '';
  };

  return (
    <details className="sensitivity" data-testid={`${props.idPrefix}-sensitivity`}>
      <summary>Sensitivity: how much does the result depend on the assumptions?</summary>
      <div className="sens-form" role="group" aria-label="Sensitivity sweep settings">
        <fieldset className="sens-kind">
          <legend>Sweep</legend>
          <label title="Vary one or two parameters over a grid of values">
            <input
              type="radio"
              name={id('kind')}
              checked={kind === 'grid'}
              onChange={() => setKind('grid')}
            />{' '}
            One or two parameters
          </label>
          <label title="Move each ticked parameter alone from below to above its value and rank them by the metric's swing">
            <input
              type="radio"
              name={id('kind')}
              checked={kind === 'tornado'}
              onChange={() => setKind('tornado')}
            />{' '}
            Tornado (rank parameters)
          </label>
        </fieldset>
        {kind === 'grid' ? (
          <>
            <label
              className="control"
              htmlFor={id('p1')}
              title="Any number or formula constant of the scenario in view"
            >
              <span className="control-label">Parameter</span>
              <select id={id('p1')} value={p1} onChange={(e) => pickP1(e.currentTarget.value)}>
                {paramOptions}
              </select>
            </label>
            {rangeFields('p1', r1, setR1, unitOf(p1))}
            <label className="control" htmlFor={id('p2')} title="A second parameter makes a heat map">
              <span className="control-label">Second parameter (optional)</span>
              <select id={id('p2')} value={p2} onChange={(e) => pickP2(e.currentTarget.value)}>
                <option value="">(none)</option>
                {params
                  .filter((p) => p.name !== p1)
                  .map((p) => (
                    <option key={p.name} value={p.name}>
                      {label(p)}
                    </option>
                  ))}
              </select>
            </label>
            {p2 && rangeFields('p2', r2, setR2, unitOf(p2))}
          </>
        ) : (
          <>
            <NumberField
              id={id('spread')}
              label="Each ± %"
              title="Low and high: the current value minus and plus this percentage (a value of zero goes from 0 to this share)"
              value={spread}
              onChange={setSpread}
            />
            <div className="sens-ticks" role="group" aria-label="Parameters to rank">
              {params.map((p) => (
                <label key={p.name} title={label(p)}>
                  <input
                    type="checkbox"
                    checked={ticked.includes(p.name)}
                    onChange={(e) => {
                      const on = e.currentTarget.checked;
                      setTicked((t) => (on ? [...t, p.name] : t.filter((n) => n !== p.name)));
                    }}
                  />{' '}
                  {p.name} <span className="muted">({Number(p.base.toPrecision(4))})</span>
                </label>
              ))}
            </div>
          </>
        )}
        <label
          className="control"
          htmlFor={id('metric')}
          title="What each run is measured by: a summary figure of the model, or your formula over its columns"
        >
          <span className="control-label">Metric</span>
          <select
            id={id('metric')}
            value={chosenMetric}
            onChange={(e) => setMetricName(e.currentTarget.value)}
            disabled={!result}
          >
            {catalog.map((m) => (
              <option key={m.name} value={m.name} title={m.help}>
                {m.label}
                {m.unit ? ` (${m.unit})` : ''}
              </option>
            ))}
            <option value={FORMULA}>Formula…</option>
          </select>
        </label>
        {chosenMetric === FORMULA && (
          <div className="sens-formula">
            <NumberField
              id={id('fname')}
              label="name"
              title="The metric's column name (letters, digits, _)"
              value={formulaName}
              onChange={setFormulaName}
            />
            <label
              className="control"
              htmlFor={id('formula')}
              title="e.g. mean(unemployment[end-39:end]) or last(counterfactual_debt) / 1000. Aggregates: mean, median, sum, min, max, std, first, last, quantile(col, p); col[a:b] selects rows whose period or year is a…b; end is the last one."
            >
              <span className="control-label">formula</span>
              <input
                id={id('formula')}
                type="text"
                value={formula}
                placeholder={result ? `mean(${Object.keys(result.columns)[0]}[end-9:end])` : ''}
                onChange={(e) => setFormula(e.currentTarget.value)}
              />
            </label>
            {result && <p className="muted small">Columns: {Object.keys(result.columns).join(', ')}</p>}
          </div>
        )}
        {stochastic && (
          <NumberField
            id={id('seeds')}
            label="Seeds per point"
            title="Runs per point with seeds from the scenario's seed on; the chart shows their median and 10–90% band"
            value={seeds}
            onChange={setSeeds}
          />
        )}
        <div className="button-row">
          <button type="button" onClick={run} disabled={!result || sweep.running}>
            Run sweep
          </button>
          <button type="button" onClick={sweep.cancel} disabled={!sweep.running}>
            Cancel
          </button>
          {preview && (
            <span className="muted small" data-testid={`${props.idPrefix}-sens-size`}>
              {preview}
            </span>
          )}
        </div>
        {problem && (
          <p className="error" role="alert">
            {problem}
          </p>
        )}
      </div>
      {design && (
        <div className="sens-result">
          <header className="panel-header">
            <div className="sens-status" aria-live="polite" data-testid={`${props.idPrefix}-sens-status`}>
              <progress max={sweep.total} value={sweep.rows.length} aria-label="Sweep progress" />{' '}
              {sweep.running
                ? `${sweep.rows.length} of ${sweep.total} runs…`
                : sweep.outcome === 'cancelled'
                  ? `Cancelled after ${sweep.rows.length} of ${sweep.total} runs; the chart shows those.`
                  : sweep.outcome === 'failed'
                    ? `Stopped after ${sweep.rows.length} of ${sweep.total} runs.`
                    : `${sweep.total} runs in ${sweep.seconds?.toFixed(1)} s.`}
              {diverged > 0 && ` ${diverged} run${diverged > 1 ? 's' : ''} diverged (shown empty).`}
            </div>
            <ExportToolbar
              disabled={!file || sweep.running}
              onExport={(k) => void doExport(k)}
              csvTitle="One row per point and seed, with units and provenance"
            />
          </header>
          {sweep.error && (
            <p className="error" role="alert">
              {sweep.error}
            </p>
          )}
          {exportError && (
            <p className="error" role="alert">
              Export failed: {exportError}
            </p>
          )}
          <SvgHost draw={draw} height={380} testId={`${props.idPrefix}-sens-chart`} />
        </div>
      )}
    </details>
  );
}
