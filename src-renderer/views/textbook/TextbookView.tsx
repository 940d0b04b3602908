/**
 * The textbook-models workspace: Godley & Lavoie's SIM, SIMEX, PC and BMW with their parameters on
 * sliders, a parameter shock from a chosen period, the paths towards the steady state, and a step
 * mode that opens any period's matrices, T-accounts and payments.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { getPreset, parseScenario } from '../../../models/scenario';
import { useWorkingScenario } from '../../library/working';
import type { TextbookScenario } from '../../../models/textbook';
import {
  drawTextbookChart,
  textbookSubtitle,
  textbookTitle,
  type TextbookResult,
} from '../../charts/textbook';
import type { Marker } from '../../charts/lineChart';
import { exportChart, exportCsv, reportSave } from '../common/exportFigure';
import { ExportToolbar, type ExportKind } from '../common/ExportToolbar';
import { SensitivityPanel } from '../common/SensitivityPanel';
import { Select, Slider, YearInput } from '../common/Slider';
import { RunStatus } from '../common/RunProgress';
import { useLatestRun } from '../common/useLatestRun';
import { useUndoable } from '../common/useUndoable';
import { HistoryButtons, saveScenarioFile, useWorkspaceCommands } from '../common/workspace';
import type { WorkspaceProps } from '../workspaces';
import { PeriodInspector } from './PeriodInspector';
import { MODEL_CHOICES, baseValue, paramUi, parseShock, specOf, withBase } from './params';
import { ShockControl } from './ShockControl';
import { SteadyState } from './SteadyState';
import { TimeChart } from './TimeChart';

const preset = (model: string) => getPreset(model) as unknown as TextbookScenario;

function validateTextbook(stored: unknown): TextbookScenario | null {
  try {
    const s = parseScenario(stored);
    return s.model.startsWith('gl-') ? (s as unknown as TextbookScenario) : null;
  } catch {
    return null;
  }
}

export function TextbookView(props: WorkspaceProps) {
  const state = useUndoable<TextbookScenario>(preset('gl-sim'));
  const scenario = state.value;
  const working = useWorkingScenario({
    workspace: 'textbook',
    title: 'Textbook models',
    value: scenario,
    initial: useMemo(() => preset('gl-sim'), []),
    restore: (v) => state.set(v),
    validate: validateTextbook,
  });
  const spec = specOf(scenario.model);
  const [period, setPeriod] = useState(1);
  const [series, setSeries] = useState<Record<string, string[]>>({});
  const [exportError, setExportError] = useState<string | null>(null);

  useEffect(() => {
    if (props.incoming?.scenario.model.startsWith('gl-')) {
      state.set(props.incoming.scenario as unknown as TextbookScenario);
      working.markSaved(props.incoming.scenario as unknown as TextbookScenario);
    }
    // Only a newly opened file (new nonce) replaces the scenario.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.incoming?.nonce]);

  const scenarios = useMemo(() => [scenario], [scenario]);
  const run = useLatestRun<TextbookResult>(scenarios);
  // A result of another model may still be on screen while the new one runs: show nothing stale.
  const result = run.results?.[0]?.model === scenario.model ? run.results[0] : undefined;
  const lastPeriod = result?.extras.periods.length ?? scenario.periods;
  const shown = Math.min(Math.max(period, 1), lastPeriod);
  const name = scenario.name ?? spec.title;

  const shockMarkers: Marker[] = spec.params.flatMap((d) => {
    const s = parseShock(scenario.params[d.name]);
    return s
      ? [
          {
            x: s.from,
            kind: 'event' as const,
            label: `from ${s.from}: ${d.name} = ${s.value}`,
            detail: `${d.name} (${d.meaning}) changes from ${s.base} to ${s.value} in period ${s.from}`,
          },
        ]
      : [];
  });
  const chartOptions = { series: series[scenario.model], markers: shockMarkers };

  const setParam = (key: string, v: number) =>
    state.set({ ...scenario, params: { ...scenario.params, [key]: withBase(scenario.params[key], v) } }, key);

  const doExport = useCallback(
    async (kind: ExportKind) => {
      if (!result) return;
      setExportError(null);
      await reportSave(
        async () => {
          const meta = {
            title: textbookTitle(result),
            subtitle: textbookSubtitle(result, chartOptions.series),
            sources: result.sources,
            assumptions: result.assumptions,
            provenance: result.provenance,
            scenario,
          };
          return kind === 'csv'
            ? await exportCsv(result, meta, name)
            : await exportChart(
                kind,
                (doc, size) => drawTextbookChart(doc, result, size, chartOptions).svg,
                meta,
                name,
              );
        },
        props.onStatus,
        setExportError,
      );
    },
    // chartOptions is rebuilt from scenario and series on every render; those are its inputs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [result, name, scenario, series, props],
  );

  const saveScenario = async () => {
    if (await saveScenarioFile(scenario, name, props.onStatus)) working.markSaved(scenario);
  };

  useWorkspaceCommands({
    active: props.active,
    history: state,
    save: () => void saveScenario(),
    exportAs: (kind) => void doExport(kind),
  });

  return (
    <div className="workspace textbook">
      <aside className="controls" aria-label="Model settings">
        <Select
          id="tb-model"
          label="Model (Godley & Lavoie 2007)"
          help="Choose a textbook model; it starts from the book's parameters and all stocks at zero. Undo brings your previous model back."
          value={scenario.model}
          options={MODEL_CHOICES}
          onChange={(v) => {
            state.set(preset(v));
            setPeriod(1);
          }}
        />
        {spec.params.map((d) => {
          const ui = paramUi(d.name);
          const raw = scenario.params[d.name];
          const formula = typeof raw === 'string' && !parseShock(raw) ? raw : null;
          return (
            <div key={d.name}>
              <Slider
                id={`tb-${d.name}`}
                label={`${ui.label} (${d.name})`}
                help={`${d.name}: ${d.meaning}. The book's value is ${d.value}.${parseShock(raw) ? ' A shock changes it later on; the slider sets the value before the shock.' : ''}`}
                value={baseValue(raw, d.value)}
                min={ui.min}
                max={ui.max}
                step={ui.step}
                format={ui.format}
                onChange={(v) => setParam(d.name, v)}
              />
              {formula && (
                <p className="muted small">Set by the formula “{formula}”; moving the slider replaces it.</p>
              )}
            </div>
          );
        })}
        <YearInput
          id="tb-periods"
          label="Periods"
          help="How many periods to run (5 to 400)."
          value={scenario.periods}
          min={5}
          max={400}
          onChange={(v) => state.set({ ...scenario, periods: v }, 'periods')}
        />
        <ShockControl
          spec={spec}
          scenario={scenario}
          onChange={(params) => state.set({ ...scenario, params })}
        />
        <HistoryButtons history={state} onSave={() => void saveScenario()}>
          <button
            type="button"
            onClick={() => state.set(preset(scenario.model))}
            title="Back to the book's parameters"
          >
            Book values
          </button>
        </HistoryButtons>
      </aside>

      <section className="main-panel">
        <header className="panel-header">
          <h2>{result ? textbookTitle(result) : spec.title}</h2>
          <ExportToolbar
            disabled={!result}
            onExport={(k) => void doExport(k)}
            csvTitle="Every variable by period, with provenance"
          />
        </header>
        <RunStatus run={run} hasResults={Boolean(result)} exportError={exportError} />
        {result ? (
          <>
            <TimeChart
              result={result}
              options={chartOptions}
              period={shown}
              onPickPeriod={setPeriod}
              onPickSeries={(names) => setSeries((s) => ({ ...s, [scenario.model]: names }))}
            />
            <SteadyState result={result} />
            <SensitivityPanel
              idPrefix="tb"
              scenario={scenario as unknown as Record<string, unknown>}
              result={result}
              onStatus={props.onStatus}
            />
            <PeriodInspector result={result} period={shown} onPeriod={setPeriod} />
            <section className="assumptions" aria-label="Assumptions">
              <h3>Assumptions</h3>
              <ul>
                {result.assumptions.map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </ul>
            </section>
            <footer className="sources">
              <strong>Sources.</strong> {result.sources.join(' ')}
              <span className="muted">
                {' '}
                Last run {run.lastMs?.toFixed(0)} ms, worker round trip included.
              </span>
            </footer>
          </>
        ) : (
          !run.error && !run.cancelled && <p className="muted">Running…</p>
        )}
      </section>
    </div>
  );
}
