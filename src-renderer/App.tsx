import { useEffect, useState } from 'react';
import { parseScenarioText, ScenarioError, type AnyScenario } from '../models/scenario';
import { APP_NAME, APP_VERSION } from '../models/version';
import { isDesktop, onMenuAction, openScenarioFile } from './platform';
import { dispatchCommand, dispatchMenuAction, keyToCommand, useCommands } from './views/common/commands';
import { WORKSPACES, type Incoming } from './views/workspaces';
import { modelPool } from './worker/pool';

export function App() {
  const [active, setActive] = useState(WORKSPACES[0]!.id);
  const [incoming, setIncoming] = useState<Incoming | null>(null);
  const [problems, setProblems] = useState<{ title: string; lines: string[] } | null>(null);
  const [status, setStatus] = useState('');
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
    const offMenu = onMenuAction(dispatchMenuAction);
    const onKey = (e: KeyboardEvent) => {
      const command = isDesktop() ? null : keyToCommand(e);
      if (!command) return;
      e.preventDefault();
      dispatchCommand(command);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      offMenu();
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  const openScenario = async () => {
    try {
      const file = await openScenarioFile();
      if (!file) return;
      const scenario = parseScenarioText(file.text, file.fileName);
      const ws = WORKSPACES.find((w) => w.models(scenario.model));
      if (!ws) throw new ScenarioError([`model: "${scenario.model}" has no workspace in this version`]);
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
      </header>
      {problems && (
        <div className="problems" role="alert">
          <strong>{problems.title}:</strong>
          <ul>
            {problems.lines.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
          <button type="button" onClick={() => setProblems(null)}>
            Dismiss
          </button>
        </div>
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
