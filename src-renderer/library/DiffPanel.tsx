/** Two scenarios side by side in words: pick each from the recent list or a file, read what differs. */
import { useState } from 'react';
import { diffScenarios } from '../../models/scenario/diff';
import { parseScenarioText, ScenarioError, type AnyScenario } from '../../models/scenario';
import { openScenarioFile } from '../platform';
import { useRecent } from './recent';

interface Picked {
  label: string;
  scenario: AnyScenario;
}

function Side(props: {
  title: string;
  picked: Picked | null;
  onPick: (p: Picked) => void;
  onError: (m: string) => void;
}) {
  const recent = useRecent();
  const take = (label: string, text: string) => {
    try {
      props.onPick({ label, scenario: parseScenarioText(text) });
    } catch (e) {
      props.onError(`${label}: ${e instanceof ScenarioError ? e.problems.join('; ') : (e as Error).message}`);
    }
  };
  return (
    <div className="diff-side">
      <h4>{props.title}</h4>
      <p data-testid={`diff-${props.title.at(-1)!.toLowerCase()}`}>{props.picked?.label ?? 'none chosen'}</p>
      <div className="button-row">
        <button
          type="button"
          onClick={() =>
            void openScenarioFile().then(
              (f) => f && take(f.fileName, f.text),
              (e: unknown) => props.onError((e as Error).message),
            )
          }
        >
          Choose a file…
        </button>
        {recent.length > 0 && (
          <select
            aria-label={`${props.title} from recent scenarios`}
            value=""
            onChange={(e) => {
              const r = recent.find((x) => x.fileName === e.target.value);
              if (r) take(r.fileName, r.text);
            }}
          >
            <option value="">Recent…</option>
            {recent.map((r) => (
              <option key={r.fileName} value={r.fileName}>
                {r.fileName}
              </option>
            ))}
          </select>
        )}
      </div>
    </div>
  );
}

export function DiffPanel(props: { onClose: () => void }) {
  const [a, setA] = useState<Picked | null>(null);
  const [b, setB] = useState<Picked | null>(null);
  const [error, setError] = useState<string | null>(null);
  const changes = a && b ? diffScenarios(a.scenario, b.scenario) : null;
  return (
    <section className="diff-panel" role="dialog" aria-label="Differences between two scenarios">
      <header className="panel-header">
        <h3>Differences between two scenarios</h3>
        <button type="button" onClick={props.onClose}>
          Close
        </button>
      </header>
      <div className="diff-sides">
        <Side title="Scenario A" picked={a} onPick={(p) => (setError(null), setA(p))} onError={setError} />
        <Side title="Scenario B" picked={b} onPick={(p) => (setError(null), setB(p))} onError={setError} />
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {changes && a && b && (
        <div data-testid="diff-result">
          {a.scenario.model !== b.scenario.model && (
            <p className="muted">
              Different models ({a.scenario.model}, {b.scenario.model}): their parameters mean different
              things.
            </p>
          )}
          {changes.length === 0 ? (
            <p>No differences: the two scenarios are the same.</p>
          ) : (
            <>
              <p>
                {changes.length} difference{changes.length === 1 ? '' : 's'}, from A ({a.label}) to B (
                {b.label}):
              </p>
              <ul className="diff-list">
                {changes.map((c) => (
                  <li key={c.path}>{c.text}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
