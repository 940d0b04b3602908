import { useEffect, useRef, useState } from 'react';
import { parseScenarioText, ScenarioError, type AnyScenario } from '../models/scenario';
import { APP_NAME, APP_VERSION } from '../models/version';
import {
  confirmClose,
  isDesktop,
  onCloseRequested,
  onMenuAction,
  onOpenFile,
  openScenarioFile,
} from './platform';
import { dispatchCommand, dispatchMenuAction, keyToCommand, useCommands } from './views/common/commands';
import { WORKSPACES, type Incoming } from './views/workspaces';
import { modelPool } from './worker/pool';
import { findTable, pickTable, registerTable, restoreTables } from './tables';
import { DiffPanel } from './library/DiffPanel';
import { rememberRecent, useRecent } from './library/recent';
import { dismissNote, hasUnsavedChanges, unsavedTitles, useRestoreNotes } from './library/working';
import { ProblemList } from './views/common/ProblemList';

/** Ask before a change would discard unsaved edits in the named workspace (or any). */
export function confirmDiscard(workspace?: string): boolean {
  if (!hasUnsavedChanges(workspace)) return true;
  const titles = workspace === undefined ? unsavedTitles().join(', ') : workspace;
  return window.confirm(`Discard your unsaved changes (${titles})? Save the scenario first to keep them.`);
}

/** A scenario waiting for the country table its `params.country` names ("file:…"). */
interface PendingTable {
  scenario: AnyScenario;
  fileName: string;
  key: string;
}

export function App() {
  const [active, setActive] = useState(WORKSPACES[0]!.id);
  const [incoming, setIncoming] = useState<Incoming | null>(null);
  const [problems, setProblems] = useState<{ title: string; lines: string[] } | null>(null);
  const [status, setStatus] = useState('');
  const [pendingTable, setPendingTable] = useState<PendingTable | null>(null);
  const [showDiff, setShowDiff] = useState(false);
  const notes = useRestoreNotes();
  const recent = useRecent();
  // A workspace is mounted on its first visit and kept, so its scenario and undo history survive tab changes.
  const [visited, setVisited] = useState(() => new Set([WORKSPACES[0]!.id]));
  useEffect(() => setVisited((v) => (v.has(active) ? v : new Set(v).add(active))), [active]);

  useEffect(() => {
    // Check the shipped data once at start-up: a corrupt file is named before anyone runs a model.
    modelPool()
      .checkData()
      .then(
        (check) =>
          !check.ok && setProblems({ title: 'The built-in data could not be read', lines: check.lines }),
        (e: unknown) =>
          setProblems({ title: 'The model worker did not start', lines: [(e as Error).message] }),
      );
    // Tables imported earlier in this browser: a restored or reopened scenario may name one.
    void restoreTables();
    const offMenu = onMenuAction(dispatchMenuAction);
    const offOpen = onOpenFile((file) => void openRef.current(file));
    const offClose = onCloseRequested(() => {
      if (confirmDiscard()) confirmClose();
    });
    const onKey = (e: KeyboardEvent) => {
      const command = isDesktop() ? null : keyToCommand(e);
      if (!command) return;
      e.preventDefault();
      dispatchCommand(command);
    };
    window.addEventListener('keydown', onKey);
    // The browser's own "Leave site?" question; the desktop app asks from its window's close event.
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (isDesktop() || !hasUnsavedChanges()) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      offMenu();
      offClose();
      offOpen();
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, []);

  const openScenario = async () => {
    try {
      const file = await openScenarioFile();
      if (!file) return;
      await openWithTables(file);
    } catch (e) {
      const lines = e instanceof ScenarioError ? e.problems : [(e as Error).message];
      setProblems({ title: 'This scenario file could not be opened; nothing was changed', lines });
    }
  };

  /** The desktop app reads a fiscal scenario's `file:` table beside it; the workers get it first. */
  const openWithTables = async (file: {
    fileName: string;
    text: string;
    tables?: Record<string, string>;
  }) => {
    try {
      for (const [key, text] of Object.entries(file.tables ?? {})) await registerTable(key, text);
    } catch (e) {
      setProblems({
        title: `${file.fileName} names a country table that could not be read; nothing was changed`,
        lines: [(e as Error).message],
      });
      return;
    }
    openScenarioText(file);
  };

  const openScenarioText = (file: { fileName: string; text: string }) => {
    try {
      const scenario = parseScenarioText(file.text, file.fileName);
      const ws = WORKSPACES.find((w) => w.models(scenario.model));
      if (!ws) throw new ScenarioError([`model: "${scenario.model}" has no workspace in this version`]);
      // An economy scenario joins the comparison, discarding nothing; the others replace the working scenario.
      if (ws.id !== 'economy' && !confirmDiscard(ws.id)) return;
      rememberRecent(file.fileName, scenario);
      const country = (scenario.params as { country?: unknown } | undefined)?.country;
      if (typeof country === 'string' && country.startsWith('file:') && !findTable(country)) {
        // The page cannot read a path: ask for the file rather than fail or guess.
        setPendingTable({ scenario, fileName: file.fileName, key: country });
        return;
      }
      setProblems(null);
      setActive(ws.id);
      setIncoming({ scenario, nonce: Date.now() });
      setStatus(`Opened ${file.fileName}`);
    } catch (e) {
      // The current scenario stays as it was: a bad file loses nothing.
      const lines = e instanceof ScenarioError ? e.problems : [(e as Error).message];
      setProblems({ title: 'This scenario file could not be opened; nothing was changed', lines });
    }
  };

  // The menu listener is installed once; it must call the current openScenarioText.
  const openRef = useRef(openWithTables);
  openRef.current = openWithTables;

  const choosePendingTable = async () => {
    if (!pendingTable) return;
    const { scenario, fileName, key } = pendingTable;
    try {
      const info = await pickTable(key);
      if (!info) return; // still pending: the user may choose again or cancel
      setPendingTable(null);
      setProblems(null);
      setActive('fiscal');
      setIncoming({ scenario, nonce: Date.now() });
      setStatus(`Opened ${fileName} with the table ${key.slice('file:'.length)} (${info.country})`);
    } catch (e) {
      setProblems({
        title: 'This table could not be read; the scenario was not opened',
        lines: [(e as Error).message],
      });
    }
  };

  const cancelPendingTable = () => {
    if (!pendingTable) return;
    setProblems({
      title: `${pendingTable.fileName} was not opened; nothing was changed`,
      lines: [
        `params.country: "${pendingTable.key}" names a country table this app has not read. Import it (Fiscal history › Import a country table…) or open the scenario again and choose the file.`,
      ],
    });
    setPendingTable(null);
  };

  // A lesson's last step opens a built-in scenario in its workspace, as if opened from a file.
  const showScenario = (scenario: AnyScenario) => {
    const ws = WORKSPACES.find((w) => w.models(scenario.model));
    if (!ws) return;
    setActive(ws.id);
    setIncoming({ scenario, nonce: Date.now() });
    setStatus(`Opened ${scenario.name ?? scenario.model}`);
  };

  useCommands((action) => {
    if (action === 'open-scenario') void openScenario();
    if (action === 'import-country-table') setActive('fiscal');
    const ws = WORKSPACES.find((w) => w.command === action);
    if (ws) setActive(ws.id);
  });

  return (
    <div className="app">
      <header className="app-header">
        <h1>
          {APP_NAME} <span className="version">v{APP_VERSION}</span>
        </h1>
        <nav role="tablist" aria-label="Workspaces">
          {WORKSPACES.map((w, i) => (
            <button
              key={w.id}
              role="tab"
              type="button"
              aria-selected={active === w.id}
              title={`${w.title} (Ctrl+${i + 1})`}
              onClick={() => setActive(w.id)}
            >
              {w.title}
            </button>
          ))}
        </nav>
        <button
          type="button"
          className="open-button"
          onClick={() => void openScenario()}
          title="Open a scenario file (Ctrl+O)"
        >
          Open scenario…
        </button>
        {recent.length > 0 && (
          <select
            className="recent"
            aria-label="Open a recent scenario"
            title="Scenarios opened or saved recently (kept in this browser)"
            value=""
            onChange={(e) => {
              const r = recent.find((x) => x.fileName === e.target.value);
              if (r) openScenarioText(r);
            }}
          >
            <option value="">Recent…</option>
            {recent.map((r) => (
              <option key={r.fileName} value={r.fileName}>
                {r.fileName} ({r.model})
              </option>
            ))}
          </select>
        )}
        <button
          type="button"
          title="List what differs between two scenarios, in words"
          onClick={() => setShowDiff(true)}
        >
          Differences…
        </button>
      </header>
      {notes.map((n) => (
        <div key={n.workspace} className="restore-note" role="status" data-testid="restore-note">
          Restored your unsaved {n.title} scenario from {new Date(n.savedAt).toLocaleString()}: the app was
          reloaded or closed before it was saved.{' '}
          <button type="button" onClick={() => dismissNote(n.workspace)}>
            Keep it
          </button>{' '}
          <button type="button" onClick={n.discard}>
            Discard
          </button>
        </div>
      ))}
      {showDiff && <DiffPanel onClose={() => setShowDiff(false)} />}
      {pendingTable && (
        <div className="problems" role="alertdialog" aria-label="Country table needed">
          <strong>
            {pendingTable.fileName} uses the country table “{pendingTable.key.slice('file:'.length)}”
            (params.country).
          </strong>
          <p>
            {isDesktop()
              ? 'The app reads only files you choose'
              : 'A browser cannot read files by their path'}
            : choose that table file to open the scenario, or cancel to keep what you have.
          </p>
          <button type="button" onClick={() => void choosePendingTable()}>
            Choose the table file…
          </button>{' '}
          <button type="button" onClick={cancelPendingTable}>
            Cancel
          </button>
        </div>
      )}
      {problems && (
        <ProblemList title={problems.title} lines={problems.lines} onDismiss={() => setProblems(null)} />
      )}
      <main>
        {WORKSPACES.map((w) => (
          <div key={w.id} hidden={active !== w.id} role="tabpanel" aria-label={w.title}>
            {visited.has(w.id) && (
              <w.component
                incoming={incoming}
                onStatus={setStatus}
                active={active === w.id}
                openScenario={showScenario}
              />
            )}
          </div>
        ))}
      </main>
      <footer className="status-bar" aria-live="polite">
        {status}
      </footer>
    </div>
  );
}
