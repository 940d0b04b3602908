/**
 * The Claims workspace: the essay's statements about Canada's debt, each with its quotation, what
 * it would mean in numbers, the measurement on the shipped data, a verdict by a stated rule and a
 * chart. Everything shown is computed by models/claims in the worker from the data at start-up.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Claim, ClaimsReport, Verdict } from '../../../models/claims';
import { claimChartSpec, claimValueFormat, drawClaimChart } from '../../charts/claims';
import { drawLineChart } from '../../charts/lineChart';
import type { CardSize } from '../../export';
import { modelPool } from '../../worker/pool';
import { CardExport } from '../common/CardExport';
import { exportCard, exportChart, reportSave } from '../common/exportFigure';
import { LineChartHost } from '../common/LineChartHost';
import { useCommands } from '../common/commands';
import type { WorkspaceProps } from '../workspaces';
import { claimCardMeta, claimFigureMeta, CLAIM_FIGURE_SIZE, fyName } from './meta';

export function verdictClass(v: Verdict): string {
  return `claim-verdict claim-verdict-${v.replace(/\s+/g, '-')}`;
}

function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return <span className={verdictClass(verdict)}>{verdict}</span>;
}

export function ClaimsView(props: WorkspaceProps) {
  const [report, setReport] = useState<ClaimsReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState(1);
  const [exportError, setExportError] = useState<string | null>(null);

  useEffect(() => {
    modelPool()
      .claims()
      .then(setReport, (e: unknown) => setError((e as Error).message));
  }, []);

  const claim = report?.claims.find((c) => c.id === selected) ?? null;
  const { onStatus } = props;

  const doExport = useCallback(
    async (kind: 'svg' | 'png' | { card: CardSize }) => {
      if (!claim) return;
      setExportError(null);
      const draw = (doc: Document, size: { width: number; height: number }) =>
        drawClaimChart(doc, claim.chart, size).svg;
      const name = `claim-${claim.id}-${claim.short}`;
      await reportSave(
        () =>
          typeof kind === 'object'
            ? exportCard('png', kind.card, draw, claimCardMeta(claim), name)
            : exportChart(kind, draw, claimFigureMeta(claim), name, CLAIM_FIGURE_SIZE),
        onStatus,
        setExportError,
      );
    },
    [claim, onStatus],
  );

  useCommands((action) => {
    if (!props.active) return;
    if (action === 'export-svg') void doExport('svg');
    else if (action === 'export-png') void doExport('png');
  });

  return (
    <div className="workspace claims">
      <nav className="controls claim-list" aria-label="Claims from the essay">
        <h2 className="list-heading">The essay’s claims</h2>
        <p className="muted small">
          Checked on the data shipped with the app (models/data/canada). Each verdict follows the rule stated
          with it.
        </p>
        {report ? (
          <ol>
            {report.claims.map((c) => (
              <li key={c.id}>
                <button
                  type="button"
                  className="claim-pick"
                  aria-current={c.id === selected ? 'true' : undefined}
                  data-testid={`claim-${c.id}`}
                  onClick={() => setSelected(c.id)}
                >
                  <span className="claim-short">
                    {c.id}. {c.short}
                  </span>
                  <VerdictBadge verdict={c.verdict} />
                </button>
              </li>
            ))}
          </ol>
        ) : (
          !error && <p className="muted">Checking…</p>
        )}
      </nav>
      <section className="main-panel" aria-live="polite" aria-busy={!report && !error}>
        {error && (
          <p className="error" role="alert">
            The claims could not be checked: {error}
          </p>
        )}
        {exportError && (
          <p className="error" role="alert">
            Export failed: {exportError}
          </p>
        )}
        {claim && <ClaimDetail claim={claim} onExport={(k) => void doExport(k)} />}
      </section>
    </div>
  );
}

function ClaimDetail(props: { claim: Claim; onExport: (kind: 'svg' | 'png' | { card: CardSize }) => void }) {
  const c = props.claim;
  const spec = useMemo(() => claimChartSpec(c.chart), [c]);
  const draw = useCallback(
    (doc: Document, size: { width: number; height: number }) => drawLineChart(doc, spec, size),
    [spec],
  );
  const format = useMemo(() => claimValueFormat(c.chart), [c]);
  return (
    <article className="claim" data-testid="claim-detail" aria-labelledby="claim-heading">
      <header className="panel-header">
        <h2 id="claim-heading">
          Claim {c.id}: {c.short} <VerdictBadge verdict={c.verdict} />
        </h2>
        <div className="toolbar" role="toolbar" aria-label="Export">
          <button
            type="button"
            title="This claim as an SVG figure, rule and limits on it"
            onClick={() => props.onExport('svg')}
          >
            Export SVG
          </button>
          <button
            type="button"
            title="PNG at twice screen resolution, alt text as .txt"
            onClick={() => props.onExport('png')}
          >
            PNG 2×
          </button>
          <CardExport disabled={false} onExport={(size) => props.onExport({ card: size })} />
        </div>
      </header>
      <figure className="quote">
        <blockquote>“{c.quote}”</blockquote>
        <figcaption className="muted">{c.where}</figcaption>
      </figure>
      <dl className="claim-facts">
        <dt>What it would mean in numbers</dt>
        <dd>{c.meaning}</dd>
        <dt>Rule for the verdict</dt>
        <dd data-testid="claim-rule">{c.rule}</dd>
        <dt>What the data show</dt>
        <dd data-testid="claim-finding">{c.finding}</dd>
      </dl>
      {c.parts.length > 0 && (
        <ul className="claim-parts">
          {c.parts.map((p) => (
            <li key={p.id}>
              <strong>{p.label}</strong> <VerdictBadge verdict={p.verdict} />
              <div className="small">Rule: {p.rule}</div>
              <div className="small">{p.finding}</div>
            </li>
          ))}
        </ul>
      )}
      <h3>{c.chart.title}</h3>
      <LineChartHost
        draw={draw}
        label={c.chart.title}
        series={spec.series}
        heading={(i) => fyName(c.chart.x[i]!)}
        indexName="Fiscal year"
        unit={c.chart.yLabel}
        format={format}
        height={(w) => Math.max(300, Math.min(420, Math.round(w * 0.45)))}
        testId="claim-chart"
      />
      <table className="figures" data-testid="claim-figures">
        <caption>The measurement</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Value</th>
            <th scope="col">Unit</th>
            <th scope="col">Years</th>
            <th scope="col">Series (source)</th>
          </tr>
        </thead>
        <tbody>
          {c.figures.map((f) => (
            <tr key={f.id} data-figure={f.id}>
              <th scope="row">{f.label}</th>
              <td className="num">{f.text}</td>
              <td>{f.unit}</td>
              <td>{f.years}</td>
              <td className="small">{f.series}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section className="assumptions" aria-label="What these data cannot show">
        <h3>What these data cannot show</h3>
        <ul>
          {c.limits.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      </section>
      <footer className="sources">
        <strong>Sources.</strong> {c.sources.join(' ')} Details: models/data/canada/SOURCES.md.
      </footer>
    </article>
  );
}
