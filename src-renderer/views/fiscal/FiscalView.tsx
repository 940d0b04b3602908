/**
 * The fiscal-history workspace: Canada's federal debt, actual vs public-bank counterfactuals, with
 * the assumptions written out and the sources under the chart.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  MEASURE_RANGES,
  type FiscalParams,
  type FiscalScenario,
  type View,
} from '../../../models/fiscal/scenario';
import { viewUnit } from '../../../models/fiscal/views';
import { getPreset, listPresets, parseScenario, parseScenarioText } from '../../../models/scenario';
import { openScenarioFile } from '../../platform';
import { useWorkingScenario } from '../../library/working';
import {
  counterfactualLabel,
  debtChartSpec,
  debtChartTitle,
  drawFiscalDecomposition,
  fiscalDecompositionSpans,
  largestRestatement,
  type FiscalResult,
} from '../../charts/fiscal';
import { describeLineChart } from '../../charts/describe';
import { drawLineChart } from '../../charts/lineChart';
import type { CardSize } from '../../export';
import { CardExport } from '../common/CardExport';
import { exportCard, exportChart, exportCsv, reportSave } from '../common/exportFigure';
import { fiscalCardChartSpec, fiscalCardMeta } from './card';
import { ExportToolbar, type ExportKind } from '../common/ExportToolbar';
import { Select, Slider, YearInput } from '../common/Slider';
import { SvgHost } from '../common/SvgHost';
import { RunStatus } from '../common/RunProgress';
import { useLatestRun } from '../common/useLatestRun';
import { SensitivityPanel } from '../common/SensitivityPanel';
import { useUndoable } from '../common/useUndoable';
import { HistoryButtons, saveScenarioFile, useWorkspaceCommands } from '../common/workspace';
import { useCommands } from '../common/commands';
import { findTable, pickTable, useTables, type TableInfo } from '../../tables';
import type { WorkspaceProps } from '../workspaces';
import { DebtChart } from './DebtChart';
import { fixed, grouped, percent } from '../../format';

interface FiscalState {
  scenario: FiscalScenario;
  /** Public shares of extra counterfactual lines drawn for comparison. */
  pins: number[];
  /** Saved scenarios drawn beside it (same data and measure), each under its own name. */
  compared?: { label: string; scenario: FiscalScenario }[];
}

const MAX_COMPARED = 3;

function initialFiscalState(): FiscalState {
  return { scenario: getPreset('canada-1974') as FiscalScenario, pins: [] };
}

/** A stored state back into a valid one, or null: autosave must never restore something invalid. */
function validateFiscalState(stored: unknown): FiscalState | null {
  try {
    const s = stored as FiscalState;
    const scenario = parseScenario(s.scenario) as FiscalScenario;
    if (scenario.model !== 'fiscal-history') return null;
    const pins = Array.isArray(s.pins) ? s.pins.filter((x) => typeof x === 'number' && x >= 0 && x <= 1) : [];
    const compared = (Array.isArray(s.compared) ? s.compared : []).map((c) => ({
      label: String(c.label),
      scenario: parseScenario(c.scenario) as FiscalScenario,
    }));
    return { scenario, pins, ...(compared.length ? { compared } : {}) };
  } catch {
    return null;
  }
}

const billions = (v: number) => grouped(v, 1);
const billionsFormat = billions;
const pct = (v: number) => `${Math.round(v * 100)}%`;
const FISCAL_PRESETS = listPresets().filter((p) => p.model === 'fiscal-history');

/** "Canada federal debt from FY1974–75: 80% held by the Bank of Canada at 0%". */
export function describeScenario(p: FiscalParams, table?: TableInfo): string {
  if (p.country !== 'canada') {
    const who = table?.country ?? p.country.slice('file:'.length);
    return `${who} debt from ${p.firstCounterfactualYear}: ${+(p.publicShare * 100).toFixed(1)}% held by the public bank at ${(p.publicRate * 100).toFixed(2)}%`;
  }
  const measure = p.measure === 'net-debt' ? 'net federal debt' : 'federal debt';
  const start = p.firstCounterfactualYear - 1;
  const share = `${+(p.publicShare * 100).toFixed(1)}%`;
  const rate = `${+(p.publicRate * 100).toFixed(2)}%`;
  return `Canada ${measure} from FY${start}–${String(start + 1).slice(2)}: ${share} held by the Bank of Canada at ${rate}`;
}

/** Years a scenario can use: the shipped measure's, or an imported table's. */
function yearRange(p: FiscalParams): { firstYear: number; lastFlowYear: number } {
  if (p.country === 'canada') return MEASURE_RANGES[p.measure];
  const t = findTable(p.country);
  // Not imported (yet): let the model name the problem rather than clamp to guessed years.
  return t ? { firstYear: t.firstYear, lastFlowYear: t.lastYear } : { firstYear: 0, lastFlowYear: 9999 };
}

function clampYears(p: FiscalParams): FiscalParams {
  const r = yearRange(p);
  const first = Math.min(Math.max(p.firstCounterfactualYear, r.firstYear + 1), r.lastFlowYear);
  const end = Math.min(Math.max(p.endYear, first), r.lastFlowYear);
  return { ...p, firstCounterfactualYear: first, endYear: end };
}

export function FiscalView(props: WorkspaceProps) {
  const state = useUndoable<FiscalState>(initialFiscalState());
  const { scenario, pins } = state.value;
  const compared = useMemo(() => state.value.compared ?? [], [state.value.compared]);
  const working = useWorkingScenario({
    workspace: 'fiscal',
    title: 'Fiscal history',
    value: state.value,
    initial: useMemo(initialFiscalState, []),
    restore: (v) => state.set(v),
    validate: validateFiscalState,
  });
  const p = scenario.params;
  const [span, setSpan] = useState<1 | 10>(10);
  const [exportError, setExportError] = useState<string | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const tables = useTables();
  const userTable = p.country === 'canada' ? undefined : tables.find((t) => t.key === p.country);

  useEffect(() => {
    if (props.incoming?.scenario.model === 'fiscal-history') {
      const opened = { scenario: props.incoming.scenario as FiscalScenario, pins: [] };
      state.set(opened);
      working.markSaved(opened);
    }
    // Only a newly opened file (new nonce) replaces the scenario.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.incoming?.nonce]);

  const setParams = (patch: Partial<FiscalParams>, key: string) => {
    const params = clampYears({ ...p, ...patch });
    // An edited scenario is named by what it now says, so no export carries a preset's stale name.
    state.set(
      {
        ...state.value,
        scenario: { ...scenario, name: describeScenario(params, findTable(params.country)), params },
      },
      key,
    );
  };
  /** One parameter's value and setter for a control; the key is named once, so they cannot drift apart. */
  const bind = <K extends keyof FiscalParams>(key: K) => ({
    value: p[key],
    onChange: (v: FiscalParams[K]) => setParams({ [key]: v }, key),
  });

  const importTable = async () => {
    setImportError(null);
    try {
      const info = await pickTable();
      if (!info) return;
      setParams(
        {
          country: info.key,
          firstCounterfactualYear: info.firstYear + 1,
          endYear: info.lastYear,
          view: p.view === 'real' ? 'nominal' : p.view,
        },
        'country',
      );
      props.onStatus(
        `Imported ${info.key.slice('file:'.length)}: ${info.country}, ${info.firstYear}–${info.lastYear}`,
      );
    } catch (e) {
      setImportError((e as Error).message);
    }
  };
  useCommands((action) => {
    if (action === 'import-country-table') void importTable();
  });

  // Compared scenarios are drawn over the current years and view, so every line shares the x axis.
  const scenarios = useMemo(
    () => [
      scenario,
      ...pins.map((s) => ({ ...scenario, params: { ...scenario.params, publicShare: s } })),
      ...compared.map((c) => ({
        ...c.scenario,
        params: { ...c.scenario.params, endYear: p.endYear, view: p.view, cpiBaseYear: p.cpiBaseYear },
      })),
    ],
    [scenario, pins, compared, p.endYear, p.view, p.cpiBaseYear],
  );
  const labels = useMemo(
    () => [undefined, ...pins.map(() => undefined), ...compared.map((c) => c.label)],
    [pins, compared],
  );

  const compareSaved = async () => {
    setImportError(null);
    try {
      const file = await openScenarioFile();
      if (!file) return;
      const other = parseScenarioText(file.text);
      if (other.model !== 'fiscal-history')
        throw new Error(
          `${file.fileName} is a ${other.model} scenario; only fiscal-history scenarios compare here`,
        );
      const q = (other as FiscalScenario).params;
      if (q.country !== p.country || (q.country === 'canada' && q.measure !== p.measure))
        throw new Error(
          `${file.fileName} uses other data (params.country "${q.country}", params.measure "${q.measure}"); compare needs the same data as the current scenario`,
        );
      const label = `${other.name ?? file.fileName} (${file.fileName})`;
      state.set({
        ...state.value,
        compared: [...compared, { label, scenario: other as FiscalScenario }].slice(-MAX_COMPARED),
      });
      props.onStatus(`Comparing with ${file.fileName}`);
    } catch (e) {
      setImportError((e as Error).message);
    }
  };
  const run = useLatestRun<FiscalResult>(scenarios);
  const results = run.results;
  const main = results?.[0];
  const unit = viewUnit(p.view, p.cpiBaseYear);
  const fmtValue = (v: number) => (p.view === 'percent-gdp' ? `${fixed(v, 1)}%` : `${billions(v)}B`);
  const range = yearRange(p);
  const name = scenario.name ?? 'Canada fiscal history';

  const doExport = useCallback(
    async (kind: ExportKind) => {
      if (!results || !main) return;
      setExportError(null);
      await reportSave(
        async () => {
          const lines = `Lines: actual and ${results.map(counterfactualLabel).join(', ')}.`;
          const meta = {
            title: debtChartTitle(main),
            // The chart is drawn in the view's unit; the CSV holds the model's columns, whose units
            // its "# units:" line gives (CAD millions), so it must not repeat the chart's unit.
            subtitle:
              kind === 'csv'
                ? `${main.extras.measureLabel}. ${lines}`
                : `${main.extras.measureLabel}, ${unit}. ${lines}`,
            sources: main.sources,
            assumptions: main.assumptions,
            provenance: main.provenance,
            scenario,
            alt: `${describeLineChart(
              debtChartSpec(results, p.view),
              (v) => (p.view === 'percent-gdp' ? `${v.toFixed(1)}%` : `${billions(v)}B`),
              (x) => `FY${x - 1}–${String(x).slice(2)}`,
            )} Counterfactual, no macroeconomic feedback.`,
          };
          return kind === 'csv'
            ? await exportCsv(main, meta, name)
            : await exportChart(
                kind,
                (doc, size) => drawLineChart(doc, debtChartSpec(results, p.view, labels), size).svg,
                meta,
                name,
              );
        },
        props.onStatus,
        setExportError,
      );
    },
    [results, main, name, p.view, unit, scenario, props, labels],
  );

  const doCard = useCallback(
    async (size: CardSize) => {
      if (!results || !main) return;
      setExportError(null);
      await reportSave(
        async () => {
          return await exportCard(
            'png',
            size,
            (doc, s) => drawLineChart(doc, fiscalCardChartSpec(results, scenario), s).svg,
            fiscalCardMeta(main, scenario),
            name,
          );
        },
        props.onStatus,
        setExportError,
      );
    },
    [results, main, name, scenario, props],
  );

  const saveScenario = async () => {
    if (await saveScenarioFile(scenario, name, props.onStatus)) working.markSaved(state.value);
  };

  useWorkspaceCommands({
    active: props.active,
    history: state,
    save: () => void saveScenario(),
    exportAs: (kind) => void doExport(kind),
  });

  const drawBars = useCallback(
    (doc: Document, size: { width: number; height: number }) =>
      drawFiscalDecomposition(doc, main!, size, span),
    [main, span],
  );

  const barsData = useMemo(() => {
    if (!main) return undefined;
    const spans = fiscalDecompositionSpans(main, span);
    const col = (label: string, f: (s: (typeof spans)[number]) => number) => ({
      id: label,
      label,
      values: spans.map((s) => f(s) / (main.extras.table?.perBillion ?? 1000)),
    });
    return {
      label: 'Why the actual debt changed',
      indexName: 'Fiscal years',
      rows: spans.length,
      rowName: (i: number) => `${spans[i]!.from + 1}–${spans[i]!.to}`,
      columns: [
        col('Change in debt', (s) => s.change),
        col('Interest', (s) => s.interest),
        col('Primary deficit (+) / surplus (−)', (s) => -s.primaryBalance),
        col('Restatements', (s) => s.restatements),
      ],
      format: (v: number) => `${billions(v)}B`,
      unit: `${main.extras.table?.currency ?? 'CAD'} billions`,
    };
  }, [main, span]);

  return (
    <div className="workspace fiscal">
      <aside className="controls" aria-label="Counterfactual settings">
        <Select
          id="preset"
          label="Start from a preset"
          help="Load a built-in scenario. Your current settings can be brought back with Undo."
          value={
            (FISCAL_PRESETS.find((x) => JSON.stringify(getPreset(x.name)) === JSON.stringify(scenario))
              ?.name ?? '') as string
          }
          options={[
            { value: '', label: '(edited)' },
            // Short enough for the control: what differs between the presets (measure and share).
            ...FISCAL_PRESETS.map((x) => {
              const q = (getPreset(x.name) as FiscalScenario).params;
              const measure = q.measure === 'net-debt' ? 'Net debt' : 'Federal debt';
              return { value: x.name, label: `${measure}, ${pct(q.publicShare)} public` };
            }),
          ]}
          onChange={(v) => v && state.set({ scenario: getPreset(v) as FiscalScenario, pins: [] })}
        />
        <Select
          id="country"
          label="Country data"
          help="Canada's shipped data, or a country table you imported (CSV in the template's form: models/data/template). Imported tables stay available in this browser."
          value={p.country}
          options={[
            { value: 'canada', label: 'Canada (shipped data)' },
            ...tables.map((t) => ({ value: t.key, label: `${t.country} (${t.key.slice('file:'.length)})` })),
            ...(p.country !== 'canada' && !userTable
              ? [{ value: p.country, label: `${p.country} (not imported)` }]
              : []),
          ]}
          onChange={(v) => {
            const t = findTable(v);
            setParams(
              t
                ? { country: v, firstCounterfactualYear: t.firstYear + 1, endYear: t.lastYear }
                : {
                    country: v,
                    firstCounterfactualYear: 1975,
                    endYear: MEASURE_RANGES[p.measure].lastFlowYear,
                  },
              'country',
            );
          }}
        />
        <div className="button-row">
          <button
            type="button"
            title="Read a country table (CSV: year, debt, interest, primary_balance, gdp, cpi and # lines for country, currency, unit, fiscal-year, source)"
            onClick={() => void importTable()}
          >
            Import a country table…
          </button>
        </div>
        {importError && (
          <p className="error" role="alert">
            This table could not be imported; nothing was changed: {importError}
          </p>
        )}
        {p.country === 'canada' && (
          <Select
            id="measure"
            label="Debt measure"
            help="Accumulated deficit: Finance Canada's 'federal debt', FY1961-62 to 2021-22. Net debt: Statistics Canada / Finances of the Nation, 1867 to 2018-19."
            {...bind('measure')}
            options={[
              { value: 'accumulated-deficit', label: 'Federal debt (Finance Canada)' },
              { value: 'net-debt', label: 'Net debt (StatCan, from 1867)' },
            ]}
          />
        )}
        <Select<View>
          id="view"
          label="Show as"
          help="Current dollars, dollars of a base year (deflated by the consumer price index), or a share of the economy (GDP)."
          {...bind('view')}
          options={[
            { value: 'nominal', label: 'Current dollars' },
            { value: 'real', label: 'Real dollars (CPI)' },
            { value: 'percent-gdp', label: '% of GDP' },
          ]}
        />
        {p.view === 'real' && (
          <YearInput
            id="cpi-base"
            label="Prices of year"
            help="Real dollars are expressed in the prices of this calendar year."
            {...bind('cpiBaseYear')}
            min={1870}
            max={2023}
          />
        )}
        <Slider
          id="share"
          label="Public bank's share of the debt"
          help="Share s of the debt held by the public bank (the Bank of Canada) from the start year on. 0% reproduces history exactly."
          {...bind('publicShare')}
          min={0}
          max={1}
          step={0.01}
          format={pct}
        />
        <Slider
          id="rate"
          label="Public bank's net rate"
          help="Interest the government pays on the public bank's share, net of the profits the bank remits. 0% by default: the Bank of Canada hands its profits back."
          {...bind('publicRate')}
          min={0}
          max={0.1}
          step={0.0025}
          format={(v) => percent(v, 2)}
        />
        <YearInput
          id="start"
          label="Counterfactual starts in fiscal year ending"
          help="The first fiscal year financed differently (1975 = FY1974-75). Until then the counterfactual is history."
          {...bind('firstCounterfactualYear')}
          min={range.firstYear + 1}
          max={range.lastFlowYear}
        />
        <YearInput
          id="end"
          label="End year"
          help="Last fiscal year shown."
          {...bind('endYear')}
          min={p.firstCounterfactualYear}
          max={range.lastFlowYear}
        />
        <Select
          id="method"
          label="Interest on the rest"
          help="Average rate: history's effective rate on gross debt, keeping charges beyond it (e.g. on pensions). Proportional: history's charges per dollar of last year's debt."
          {...bind('method')}
          options={[
            { value: 'average-rate', label: 'Average rate (default)' },
            { value: 'proportional', label: 'Proportional' },
          ]}
        />
        <div className="button-row">
          <button
            type="button"
            title="Keep a line for this share on the chart, to compare it with others"
            disabled={pins.length >= 3 || pins.includes(p.publicShare)}
            onClick={() => state.set({ ...state.value, pins: [...pins, p.publicShare] })}
          >
            Compare: pin {pct(p.publicShare)}
          </button>
          <button
            type="button"
            title="Draw a saved fiscal-history scenario (same data) on this chart, under its own name"
            disabled={compared.length >= MAX_COMPARED}
            onClick={() => void compareSaved()}
          >
            Compare with saved…
          </button>
          {(pins.length > 0 || compared.length > 0) && (
            <button type="button" onClick={() => state.set({ scenario, pins: [] })}>
              Clear comparisons
            </button>
          )}
        </div>
        <HistoryButtons history={state} onSave={() => void saveScenario()} />
      </aside>

      <section className="main-panel">
        <header className="panel-header">
          <h2>{main ? debtChartTitle(main) : 'Canada’s federal debt'}</h2>
          <ExportToolbar
            disabled={!main}
            onExport={(k) => void doExport(k)}
            csvTitle="Every series by year, CAD millions"
          />
          <CardExport disabled={!main} onExport={(size) => void doCard(size)} />
        </header>
        <RunStatus run={run} hasResults={Boolean(results)} exportError={exportError} />
        {results && main ? (
          <>
            <DebtChart results={results} view={p.view} unit={unit} format={fmtValue} labels={labels} />
            <Summary result={main} />
            <SensitivityPanel
              idPrefix="fiscal"
              scenario={scenario as unknown as Record<string, unknown>}
              result={main}
              onStatus={props.onStatus}
            />
            <section className="assumptions" aria-label="Assumptions">
              <h3>Assumptions of the counterfactual</h3>
              <ul>
                {main.assumptions.map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </ul>
            </section>
            <section className="decomposition">
              <div className="panel-header">
                <h3>
                  Why the actual debt changed since FY{p.firstCounterfactualYear - 1}–
                  {String(p.firstCounterfactualYear).slice(2)}
                </h3>
                <Select
                  id="span"
                  label="Bars by"
                  help="Add up the contributions over each decade, or show every fiscal year."
                  value={String(span) as '1' | '10'}
                  options={[
                    { value: '10', label: 'Decade' },
                    { value: '1', label: 'Year' },
                  ]}
                  onChange={(v) => setSpan(v === '1' ? 1 : 10)}
                />
              </div>
              <SvgHost draw={drawBars} height={340} testId="decomposition-chart" data={barsData} />
              <p className="muted small" data-testid="decomposition-note">
                {main.extras.table?.userSupplied ? (
                  <>
                    Debt rises by the interest paid and falls by primary surpluses; the identity residual
                    (debt change − interest + primary balance) is what the table&apos;s flows do not explain.
                    Largest residual:{' '}
                    {billions(Number(main.summary.max_abs_identity_residual) / main.extras.table.perBillion)}B{' '}
                    {main.extras.table.currency} in {String(main.summary.max_abs_identity_residual_year)}.
                  </>
                ) : (
                  <>
                    Debt rises by the interest paid and falls by primary surpluses; restatements are
                    accounting changes, signed by their effect on the debt (− lowers it, + raises it), e.g.
                    −11.8B in FY1983–84 when accrual accounting was restated. {largestRestatement(main)}
                  </>
                )}
              </p>
            </section>
            <footer className="sources">
              <strong>Sources.</strong> {main.sources.join(' ')}
              {main.extras.table?.userSupplied ? '' : ' Details: models/data/canada/SOURCES.md.'}
              <span className="muted"> Last run {run.lastMs?.toFixed(0)} ms.</span>
            </footer>
          </>
        ) : (
          !run.error && !run.cancelled && <p className="muted">Running…</p>
        )}
      </section>
    </div>
  );
}

function Summary({ result }: { result: FiscalResult }) {
  const s = result.summary as Record<string, number>;
  // Cards show billions of the table's unit (CAD millions for the shipped data).
  const perBillion = result.extras.table?.perBillion ?? 1000;
  const billions = (v: number) => billionsFormat((v * 1000) / perBillion);
  const end = s.endYear!;
  const cards = [
    {
      label: `Interest paid in fiscal years ${s.firstCounterfactualYear}–${end}, actual`,
      value: `${billions(s.cumulative_interest_actual! / 1000)}B`,
    },
    { label: 'Same, counterfactual', value: `${billions(s.cumulative_interest_counterfactual! / 1000)}B` },
    {
      label: 'Interest avoided',
      value: `${billions(s.cumulative_interest_avoided! / 1000)}B`,
      testId: 'interest-avoided',
    },
    {
      label: `Debt ${end}, actual`,
      value: `${billions(s.final_debt_actual! / 1000)}B (${fixed(s.final_debt_actual_pct_gdp!, 1)}% of GDP)`,
    },
    {
      label: `Debt ${end}, counterfactual`,
      value: `${billions(s.final_debt_counterfactual! / 1000)}B (${fixed(s.final_debt_counterfactual_pct_gdp!, 1)}% of GDP)`,
      testId: 'final-cf',
    },
  ];
  return (
    <dl className="summary">
      {cards.map((c) => (
        <div key={c.label} className="card" data-testid={c.testId}>
          <dt>{c.label}</dt>
          <dd>{c.value}</dd>
        </div>
      ))}
    </dl>
  );
}
