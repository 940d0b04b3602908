/**
 * "Does this model behave like an economy?": the report card of the scenario being edited, computed
 * in the model workers over several seeds (and robustness draws), with a sentence per fact saying
 * what it means, a progress bar, Cancel, and a CSV export carrying the usual "#" lines.
 */
import { useState } from 'react';
import type { AbmScenario } from '../../../models/abm';
import { DEFAULT_DRAWS, DEFAULT_SEEDS, measuredText, type ReportCard } from '../../../models/abm/validation';
import { exportFileName, textCsvWithMeta } from '../../export';
import { saveFile } from '../../platform';
import { cardMeta, cardNotes, cardTable } from './reportCardExport';
import { cardKey, useReportCard } from './useReportCard';

const MAX_SEEDS = 50;
const MAX_DRAWS = 1000;

function intIn(text: string, min: number, max: number): number | null {
  const n = Number(text);
  return /^\s*\d+\s*$/.test(text) && n >= min && n <= max ? n : null;
}

export function ReportCardPanel(props: {
  scenario: AbmScenario;
  preset?: string;
  onStatus: (text: string) => void;
}) {
  const { scenario } = props;
  const job = useReportCard();
  const [seedsText, setSeedsText] = useState(String(DEFAULT_SEEDS));
  const [drawsText, setDrawsText] = useState(String(DEFAULT_DRAWS));
  const [exportError, setExportError] = useState<string | null>(null);
  const seeds = intIn(seedsText, 1, MAX_SEEDS);
  const draws = intIn(drawsText, 0, MAX_DRAWS);
  const running = job.status === 'running';
  const card = job.card;
  const stale =
    card !== null && seeds !== null && draws !== null && job.key !== cardKey(scenario, seeds, draws);

  const exportCsv = async () => {
    if (!card || !job.scenario) return;
    setExportError(null);
    try {
      const meta = cardMeta(card, job.scenario, stale ? undefined : props.preset);
      const out = await saveFile(
        'csv',
        exportFileName(meta.title, 'csv'),
        textCsvWithMeta(meta, cardTable(card), cardNotes(card)),
      );
      if (out.saved) props.onStatus(`Saved ${out.fileName}`);
      else if (out.reason === 'error') setExportError(out.message);
    } catch (e) {
      setExportError((e as Error).message);
    }
  };

  return (
    <section className="report-card" aria-labelledby="report-card-title" data-testid="report-card">
      <h3 id="report-card-title">Does this model behave like an economy?</h3>
      <p className="muted small">
        The report card runs <strong>{scenario.name ?? 'the scenario being edited'}</strong> with several
        seeds for at least 400 quarters and checks the regularities every real economy shows (Okun’s law, the
        Phillips curve, business cycles, stable ratios, rates that bite…) against ranges from the literature
        and national accounts. It takes a minute or more; the charts stay usable meanwhile.
      </p>
      <div className="run-bar">
        <label
          className="control inline"
          htmlFor="card-seeds"
          title="Seeds: the scenario's seed and the next ones"
        >
          <span className="control-label">Seeds</span>
          <input
            id="card-seeds"
            inputMode="numeric"
            size={3}
            value={seedsText}
            aria-invalid={seeds === null}
            onChange={(e) => setSeedsText(e.currentTarget.value)}
          />
        </label>
        <label
          className="control inline"
          htmlFor="card-draws"
          title="Robustness: parameter sets drawn at random within the editor's bounds, run at a tenth of the default scale (0 skips the test)"
        >
          <span className="control-label">Robustness draws</span>
          <input
            id="card-draws"
            inputMode="numeric"
            size={4}
            value={drawsText}
            aria-invalid={draws === null}
            onChange={(e) => setDrawsText(e.currentTarget.value)}
          />
        </label>
        <button
          type="button"
          className="primary"
          disabled={seeds === null || draws === null}
          onClick={() => job.start(scenario, seeds!, draws!)}
          title="Compute the report card in the background workers"
        >
          {running ? 'Restart' : 'Compute report card'}
        </button>
        <button
          type="button"
          onClick={job.cancel}
          disabled={!running}
          aria-label="Cancel the report card"
          title="Stop; the last card stays"
        >
          Cancel
        </button>
        <button
          type="button"
          onClick={() => void exportCsv()}
          disabled={!card}
          title="The card as CSV with its title, sources, assumptions and scenario as # lines"
        >
          Export card CSV
        </button>
        {running && (
          <>
            <progress
              value={job.progress}
              max={1}
              data-testid="card-progress"
              aria-label="Report card progress"
            />
            <span className="muted small">{Math.round(job.progress * 100)}%</span>
          </>
        )}
        <span className="run-outcome small" data-testid="card-status" aria-live="polite">
          {seeds === null && <span className="error">Seeds: a whole number from 1 to {MAX_SEEDS}. </span>}
          {draws === null && (
            <span className="error">Robustness draws: a whole number from 0 to {MAX_DRAWS}. </span>
          )}
          {job.status === 'done' && job.ms !== null && `Done in ${(job.ms / 1000).toFixed(0)} s.`}
          {job.status === 'cancelled' && 'Cancelled; the last card stays.'}
          {job.status === 'error' && <span className="error">Report card failed: {job.message}</span>}
          {stale &&
            !running &&
            ' The scenario or settings changed since this card: compute it again to update.'}
        </span>
      </div>
      {exportError && (
        <p className="error" role="alert">
          Export failed: {exportError}
        </p>
      )}
      {card && <CardTable card={card} />}
    </section>
  );
}

function CardTable({ card }: { card: ReportCard }) {
  return (
    <>
      {card.scenarioNote && (
        <p className="card-scenario-note" role="note" data-testid="card-scenario-note">
          <strong>Note on this scenario.</strong> {card.scenarioNote}
        </p>
      )}
      <p className="card-verdict" data-testid="card-verdict">
        <strong>
          {card.passed} of {card.facts.length} facts pass
        </strong>{' '}
        for {card.scenarioName}: quarters {card.window.from}–{card.window.to} (the first {card.burnIn} left
        out as burn-in), seeds {card.seeds[0]}–{card.seeds.at(-1)}.
      </p>
      {card.failedSeeds.map((f) => (
        <p key={f.seed} className="error small" data-testid="card-failed-seed">
          Seed {f.seed} did not complete, so it counts as outside every range: {f.error}
        </p>
      ))}
      <table className="card-table" data-testid="card-table">
        <thead>
          <tr>
            <th scope="col">Fact</th>
            <th scope="col">Target</th>
            <th scope="col">Measured: median (10th–90th percentile)</th>
            <th scope="col">In range</th>
            <th scope="col">Verdict</th>
          </tr>
        </thead>
        <tbody>
          {card.facts.map((f) => (
            <tr key={f.id} data-fact={f.id} className={f.pass ? 'pass' : 'fail'}>
              <th scope="row">
                <span className="fact-name">{f.name}</span>
                <span className="fact-meaning">{f.meaning}</span>
                {f.note && <span className="fact-note">{f.note}</span>}
              </th>
              <td>{f.target}</td>
              <td>{measuredText(f)}</td>
              <td>
                {f.inRange} of {f.of}
              </td>
              <td className="verdict-cell">{f.pass ? '✓ pass' : '✗ fail'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{card.rule}</p>
    </>
  );
}
