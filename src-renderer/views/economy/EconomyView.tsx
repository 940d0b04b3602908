/**
 * The Economy workspace: up to four scenarios of the agent-based economy, run side by side (with a
 * Monte Carlo band when each runs with several seeds), in small multiples on shared axes, with the
 * sector balance sheets and flows of any quarter and an editor for every lever.
 */
import { SensitivityPanel } from '../common/SensitivityPanel';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ABM_MODEL_VERSION, type AbmScenario } from '../../../models/abm';
import { drawEconomyChart, KEY_PANELS, panelsFor, withPairs } from '../../charts/economy';
import { drawInterestDiagrams } from '../../charts/interestFlows';
import { drawMoneyOriginChart } from '../../charts/moneyOrigin';
import { FIGURE_SIZES } from '../../export';
import { csvWithMeta, exportFileName } from '../../export';
import { exportChart, reportSave, type ChartExportKind } from '../common/exportFigure';
import { saveFile } from '../../platform';
import { useUndoable } from '../common/useUndoable';
import { HistoryButtons, saveScenarioFile, useWorkspaceCommands } from '../common/workspace';
import { useWorkingScenario } from '../../library/working';
import { parseScenario } from '../../../models/scenario';
import type { WorkspaceProps } from '../workspaces';
import { economyTable, figureMeta, figureTitle, type PanelChoice } from './exports';
import { InterestPanel } from './InterestPanel';
import { MoneyOriginPanel } from './MoneyOriginPanel';
import {
  FIGURE_TITLES,
  INTEREST_FIGURE,
  interestScenarios,
  interestTable,
  MONEY_ORIGIN_FIGURE,
  moneyOriginScenarios,
  moneyOriginTable,
} from './originFigures';
import { MatrixInspector } from './MatrixInspector';
import { ParamEditor } from './ParamEditor';
import { ParamField } from './ParamField';
import { FinancingNotes } from './FinancingNotes';
import { ReportCardPanel } from './ReportCardPanel';
import { RunBar } from './RunBar';
import {
  ABM_PRESETS,
  applyEdit,
  fieldName,
  MAX_RUNS,
  MAX_SLOTS,
  newSlot,
  presetOrigin,
  unchangedPreset,
  type FieldPath,
  type Slot,
} from './scenarios';
import { ScenarioList } from './ScenarioList';
import { SmallMultiples } from './SmallMultiples';
import { SummaryTable } from './SummaryTable';
import { runKey, useEconomyRuns } from './useEconomyRuns';
import { describeCost, runCost } from '../../../models/cost';
import { modelPool } from '../../worker/pool';

interface EconomyState {
  slots: Slot[];
  /** Runs per scenario: seeds seed, seed + 1, … */
  runs: number;
  /** Same fiscal stance: every scenario replays the first one's programme spending and tax rates. */
  sameStance?: boolean;
}

/** The comparison the workspace opens with: the baseline against interest-free public-bank finance. */
function initialState(): EconomyState {
  const a = newSlot(presetOrigin('abm-private-debt'), []);
  const b = newSlot(presetOrigin('abm-public-bank'), [a]);
  return { slots: [a, b], runs: 1 };
}

/** Stored slots back into fresh, validated ones (new ids and colours), or null if any is invalid. */
function validateEconomy(stored: unknown): EconomyState | null {
  try {
    const st = stored as EconomyState;
    if (!Array.isArray(st.slots) || st.slots.length === 0 || st.slots.length > MAX_SLOTS) return null;
    const runs = Number.isInteger(st.runs) && st.runs >= 1 && st.runs <= MAX_RUNS ? st.runs : 1;
    const slots: Slot[] = [];
    for (const old of st.slots) {
      const scenario = parseScenario(old.scenario) as unknown as AbmScenario;
      const origin = parseScenario(old.origin.scenario) as unknown as AbmScenario;
      if (scenario.model !== 'abm' || origin.model !== 'abm') return null;
      const fresh = newSlot(
        {
          label: String(old.origin.label),
          scenario: origin,
          ...(old.origin.preset ? { preset: old.origin.preset } : {}),
        },
        slots,
      );
      slots.push({ ...fresh, scenario });
    }
    return { slots, runs, sameStance: st.sameStance === true };
  } catch {
    return null;
  }
}

export function EconomyView(props: WorkspaceProps) {
  const [initial] = useState(initialState);
  const state = useUndoable<EconomyState>(initial);
  const { slots, runs } = state.value;
  const sameStance = state.value.sameStance === true;
  const [editingId, setEditingId] = useState(initial.slots[0]!.id);
  const editing = slots.find((s) => s.id === editingId) ?? slots[0]!;
  const run = useEconomyRuns();
  const [panelChoice, setPanelChoice] = useState<PanelChoice>('key');
  const [exportError, setExportError] = useState<string | null>(null);
  const { onStatus } = props;

  // The first visit shows a comparison straight away.
  const { start } = run;
  useEffect(() => start(initial.slots, initial.runs), [start, initial]);
  const working = useWorkingScenario({
    workspace: 'economy',
    title: 'Economy',
    value: state.value,
    initial,
    restore: (v) => {
      state.set(v);
      setEditingId(v.slots[0]!.id);
      start(v.slots, v.runs, v.sameStance === true);
    },
    validate: validateEconomy,
  });

  useEffect(() => {
    const incoming = props.incoming;
    if (incoming?.scenario.model !== 'abm') return;
    const scenario = incoming.scenario as unknown as AbmScenario;
    const origin = { label: scenario.name ?? 'Scenario from a file', scenario };
    const cur = state.value.slots;
    // A file joins the comparison; when it is full, it takes the place of the scenario being edited.
    const slot = newSlot(origin, cur.length < MAX_SLOTS ? cur : cur.filter((s) => s.id !== editing.id));
    const next = cur.length < MAX_SLOTS ? [...cur, slot] : cur.map((s) => (s.id === editing.id ? slot : s));
    state.set({ ...state.value, slots: next });
    setEditingId(slot.id);
    // Only a newly opened file (new nonce) changes the scenarios.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.incoming?.nonce]);

  const setSlots = (next: Slot[], key?: string) => state.set({ ...state.value, slots: next }, key);
  const replaceSlot = (slot: Slot, key?: string) =>
    setSlots(
      slots.map((s) => (s.id === slot.id ? slot : s)),
      key,
    );

  const tryEdit = (field: FieldPath, value: unknown): string[] | null => {
    const out = applyEdit(editing, field, value);
    if (!out.ok) return out.problems;
    replaceSlot(out.slot, `${editing.id}:${fieldName(field)}`);
    return null;
  };

  const tryRuns = (value: unknown): string[] | null => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_RUNS) {
      return [`runs per scenario: must be a whole number from 1 to ${MAX_RUNS}`];
    }
    state.set({ ...state.value, runs: value }, 'runs');
    return null;
  };

  const startRun = () => {
    // Households × quarters × runs above the cap: say what it will cost and let the user choose.
    const workers = modelPool().size;
    const cost = runCost(
      slots.map((s) => s.scenario),
      runs,
      workers,
    );
    const question = `This is a large run: ${describeCost(cost, workers)}.\n\nStart it? Cancel stops it at any time.`;
    if (cost.overCap && !window.confirm(question)) {
      onStatus('Large run not started.');
      return;
    }
    start(slots, runs, sameStance);
  };
  const results = run.results;
  const stale = results !== null && run.key !== runKey(slots, runs, sameStance && slots.length > 1);
  const lines = useMemo(() => results?.map((r) => r.line) ?? [], [results]);
  // Panels of columns the model in view writes; a panel whose column is absent is not offered.
  const panels = useMemo(() => panelsFor(lines), [lines]);
  // A panel chosen alone still brings its pair (public beside government interest to private).
  const panelIds = useMemo(
    () =>
      withPairs(
        panelChoice === 'key' ? KEY_PANELS : panelChoice === 'all' ? panels.map((p) => p.id) : [panelChoice],
        lines,
      ),
    [panelChoice, panels, lines],
  );
  const origins = useMemo(() => (results ? moneyOriginScenarios(results) : []), [results]);
  const interest = useMemo(() => (results ? interestScenarios(results) : []), [results]);

  const doExport = useCallback(
    async (kind: ChartExportKind | 'csv', choice: PanelChoice = panelChoice) => {
      if (!results?.length) return;
      setExportError(null);
      await reportSave(
        async () => {
          const baseName = figureTitle(results, choice);
          const meta = figureMeta(
            results,
            choice,
            results.length === 1 ? unchangedPreset(slots[0]!) : undefined,
          );
          const table =
            choice === MONEY_ORIGIN_FIGURE
              ? moneyOriginTable(origins)
              : choice === INTEREST_FIGURE
                ? interestTable(results)
                : economyTable(results);
          const draw =
            choice === MONEY_ORIGIN_FIGURE
              ? (doc: Document, size: { width: number; height: number }) =>
                  drawMoneyOriginChart(doc, origins, size)
              : choice === INTEREST_FIGURE
                ? (doc: Document, size: { width: number; height: number }) =>
                    drawInterestDiagrams(doc, interest, size)
                : (doc: Document, size: { width: number; height: number }) =>
                    drawEconomyChart(doc, lines, size, panelIds);
          // Three or four scenarios stack in two rows: a taller figure keeps each diagram's labels apart.
          const tall = results.length > 2 && (choice === INTEREST_FIGURE || choice === MONEY_ORIGIN_FIGURE);
          const size = tall ? { width: FIGURE_SIZES.screen.width, height: 1040 } : undefined;
          return kind === 'csv'
            ? await saveFile('csv', exportFileName(baseName, 'csv'), csvWithMeta(meta, table))
            : await exportChart(kind, draw, meta, baseName, size);
        },
        onStatus,
        setExportError,
      );
    },
    [results, lines, panelIds, panelChoice, slots, onStatus, origins, interest],
  );

  const saveScenario = async () => {
    // A saved file records the model it was written for, so a later model can migrate it honestly.
    const file = { ...editing.scenario, modelVersion: ABM_MODEL_VERSION };
    if (await saveScenarioFile(file, editing.scenario.name ?? 'economy scenario', onStatus))
      working.markSaved(state.value);
  };

  useWorkspaceCommands({
    active: props.active,
    history: state,
    save: () => void saveScenario(),
    exportAs: (kind) => void doExport(kind),
  });

  return (
    <div className="workspace economy">
      <aside className="controls" aria-label="Scenarios and parameters">
        <ScenarioList
          slots={slots}
          editing={editing.id}
          onEdit={setEditingId}
          onRemove={(id) => setSlots(slots.filter((s) => s.id !== id))}
          onAdd={(name) => {
            const slot = newSlot(presetOrigin(name), slots);
            setSlots([...slots, slot]);
            setEditingId(slot.id);
          }}
        />
        <ParamField
          id="econ-runs"
          label="Runs per scenario"
          unit={`1–${MAX_RUNS}`}
          help="Monte Carlo: each scenario runs with seeds seed, seed + 1, …; with more than one run the charts show the median and the 10–90% band."
          kind="number"
          value={runs}
          onTry={tryRuns}
        />
        <ParamField
          id="econ-same-stance"
          label="Same fiscal stance"
          unit="on/off"
          help="Every compared scenario replays the first scenario's programme spending (public wages and purchases) quarter by quarter and its tax rates, as near as its fiscal rule allows, so a difference in outcomes comes from financing alone. Benefits and the citizen's income are entitlements and are not held equal."
          kind="switch"
          value={sameStance}
          inactive={slots.length < 2 ? 'Needs two scenarios or more.' : undefined}
          onTry={(v) => {
            state.set({ ...state.value, sameStance: v === true }, 'sameStance');
            return null;
          }}
        />
        <HistoryButtons
          history={state}
          onSave={() => void saveScenario()}
          saveTitle="Save the scenario being edited as a JSON file (Ctrl+S)"
        />
        <section className="editing" aria-label="Edit a scenario">
          <h3>Editing: {editing.scenario.name ?? editing.origin.label}</h3>
          <label
            className="control"
            htmlFor="econ-reset"
            title="Replace the scenario being edited by a built-in one (Undo brings it back)"
          >
            <span className="control-label">Start over from a preset</span>
            <select
              id="econ-reset"
              value=""
              onChange={(e) => {
                const name = e.currentTarget.value;
                if (name)
                  replaceSlot({
                    ...editing,
                    origin: presetOrigin(name),
                    scenario: presetOrigin(name).scenario,
                  });
              }}
            >
              <option value="">Choose a preset…</option>
              {ABM_PRESETS.map((p) => (
                <option key={p.name} value={p.name} title={`${p.name}: ${p.title}`}>
                  {p.label}
                </option>
              ))}
            </select>
          </label>
          <ParamEditor key={editing.id} slot={editing} onTry={tryEdit} />
        </section>
      </aside>

      <section className="main-panel">
        <header className="panel-header">
          <h2>Public money vs private debt: the agent-based economy</h2>
          <div className="toolbar" role="toolbar" aria-label="Export">
            <label
              className="control inline"
              htmlFor="econ-export-panels"
              title="Which panels the exported figure shows"
            >
              <span className="control-label">Figure</span>
              <select
                id="econ-export-panels"
                value={panelChoice}
                onChange={(e) => setPanelChoice(e.currentTarget.value)}
              >
                <option value="key">Four key panels</option>
                <option value="all">All {panels.length} panels</option>
                <option value={MONEY_ORIGIN_FIGURE}>{FIGURE_TITLES[MONEY_ORIGIN_FIGURE]}</option>
                <option value={INTEREST_FIGURE}>{FIGURE_TITLES[INTEREST_FIGURE]}</option>
                {panels.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              onClick={() => void doExport('svg')}
              disabled={!results}
              title="The figure with its title, sources and assumptions, as SVG"
            >
              Export SVG
            </button>
            <button
              type="button"
              onClick={() => void doExport('png')}
              disabled={!results}
              title="PNG at twice screen resolution"
            >
              PNG 2×
            </button>
            <button
              type="button"
              onClick={() => void doExport('card')}
              disabled={!results}
              title="PNG 1200×675 for social media"
            >
              Social card
            </button>
            <button
              type="button"
              onClick={() => void doExport('csv')}
              disabled={!results}
              title="Every scenario's indicators by quarter (with percentiles for Monte Carlo runs)"
            >
              CSV
            </button>
          </div>
        </header>
        <RunBar
          status={run.status}
          progress={run.progress}
          total={run.total}
          message={run.message}
          ms={run.ms}
          stale={stale}
          onRun={startRun}
          onCancel={run.cancel}
        />
        {exportError && (
          <p className="error" role="alert">
            Export failed: {exportError}
          </p>
        )}
        {results ? (
          <>
            <p className="muted small">
              Quarters along the horizontal axes; stocks as a share of annual GDP, so scenarios of any size
              compare.
              {results[0]!.seeds.length > 1 &&
                ` Lines are medians of ${results[0]!.seeds.length} runs per scenario; bands span the 10th to 90th percentile.`}
            </p>
            <SmallMultiples lines={lines} />
            <SummaryTable results={results} />
            <FinancingNotes results={results} sameStance={run.sameStance} />
            {origins.length > 0 && (
              <MoneyOriginPanel
                scenarios={origins}
                seedNote={seedNote(results[0]!.seeds)}
                toolbar={
                  <FigureExport
                    name="the money-by-origin figure"
                    onExport={(k) => void doExport(k, MONEY_ORIGIN_FIGURE)}
                  />
                }
              />
            )}
            {interest.length > 0 && (
              <InterestPanel
                scenarios={interest}
                seedNote={seedNote(results[0]!.seeds)}
                toolbar={
                  <FigureExport
                    name="the interest diagram"
                    onExport={(k) => void doExport(k, INTEREST_FIGURE)}
                  />
                }
              />
            )}

            <ReportCardPanel
              scenario={editing.scenario}
              preset={unchangedPreset(editing)}
              onStatus={onStatus}
            />
            <MatrixInspector results={results} />
            <SensitivityPanel
              idPrefix="economy"
              scenario={editing.scenario as unknown as Record<string, unknown>}
              result={results[0]!.first}
              onStatus={onStatus}
            />
            <section className="assumptions" aria-label="Assumptions">
              <h3>Assumptions</h3>
              {results.map((r) => (
                <details key={r.slotId}>
                  <summary>
                    <span className="swatch" style={{ background: r.line.colour }} aria-hidden />{' '}
                    {r.line.name}
                  </summary>
                  <ul>
                    {r.first.assumptions.map((a) => (
                      <li key={a}>{a}</li>
                    ))}
                  </ul>
                </details>
              ))}
            </section>
            <footer className="sources">
              <strong>Sources.</strong> {results[0]!.first.sources.join(' ')}
            </footer>
          </>
        ) : (
          run.status === 'running' && <p className="muted">Running…</p>
        )}
      </section>
    </div>
  );
}

/** Which run the accounting figures show: stocks and flows of one run add up; medians would not. */
function seedNote(seeds: readonly number[]): string {
  return seeds.length > 1
    ? `Each scenario's run with its own seed (the first of its ${seeds.length} Monte Carlo runs).`
    : "Each scenario's run with its own seed.";
}

/** Save one figure straight from where it is drawn (the toolbar above exports the chosen figure). */
function FigureExport(props: { name: string; onExport: (kind: 'svg' | 'png' | 'csv') => void }) {
  return (
    <div className="toolbar" role="toolbar" aria-label={`Export ${props.name}`}>
      <button
        type="button"
        onClick={() => props.onExport('svg')}
        title={`Save ${props.name} with its title, sources, assumptions and provenance, as SVG`}
      >
        Save SVG
      </button>
      <button
        type="button"
        onClick={() => props.onExport('png')}
        title={`Save ${props.name} as PNG at twice screen resolution`}
      >
        Save PNG 2×
      </button>
      <button
        type="button"
        onClick={() => props.onExport('csv')}
        title={`Save the numbers behind ${props.name} as CSV`}
      >
        Save CSV
      </button>
    </div>
  );
}
