/**
 * Who pays interest to whom, one diagram per compared scenario on one width scale. Readable
 * without the picture: arrow keys step through the flows (each announced with every scenario's
 * value, and outlined in the diagrams), and "Show data" opens them as a table with each sector's
 * net interest.
 */
import { format } from 'd3';
import { formatNumber } from '../../format';
import { useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import { DIAGRAM_NOTE, drawInterestDiagrams, type InterestScenario } from '../../charts/interestFlows';
import { ChartHost, ChartReader, useChartKeys, type ChartData } from '../common/ChartReader';
import { useWidth } from '../common/useWidth';
import { flowRows, flowShare, netRows, type FlowRow } from './originFigures';

const DIAGRAM_HEIGHT = 380;
const FLOW_KEYS_HINT =
  'Arrow keys read the flows one by one (Shift: ten at a time); Home and End go to the ends; Show data opens a table.';
const formatPct = format(',.3~f');

export function diagramHeight(n: number, width: number): number {
  const columns = n <= 2 ? Math.max(1, n) : width / DIAGRAM_HEIGHT >= 2.4 ? n : 2;
  return Math.ceil(Math.max(1, n) / columns) * DIAGRAM_HEIGHT + 16;
}

export function InterestPanel(props: {
  scenarios: readonly InterestScenario[];
  seedNote: string;
  toolbar: ReactNode;
}) {
  const { scenarios } = props;
  const host = useRef<HTMLDivElement>(null);
  const width = useWidth(host, 900);
  const height = diagramHeight(scenarios.length, width);
  const hintId = useId();
  const rows = useMemo(() => flowRows(scenarios), [scenarios]);
  const data = useMemo(() => chartData(scenarios, rows), [scenarios, rows]);
  const keys = useChartKeys(data);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    el.querySelector(':scope > svg')?.remove();
    el.prepend(drawInterestDiagrams(document, scenarios, { width, height }));
  }, [scenarios, width, height]);

  // The flow the keys are on is outlined in every diagram; the others fade.
  const active = keys.point === null ? null : rows[keys.point];
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    for (const p of el.querySelectorAll<SVGPathElement>('path.flow')) {
      const on = !active || (p.dataset.from === active.from && p.dataset.to === active.to);
      p.setAttribute('stroke-opacity', on ? '1' : '0.25');
    }
  }, [active, scenarios, width, height]);

  return (
    <section className="econ-figure interest-flows" aria-labelledby="econ-interest-title">
      <header className="figure-header">
        <h3 id="econ-interest-title">Who pays interest to whom</h3>
        {props.toolbar}
      </header>
      <p className="muted small">
        Every interest payment in the sector accounts, payer to receiver, as a share of GDP averaged over the
        quarters after the burn-in; each arrow is labelled with its value and what it pays for, and each
        sector with the interest it receives net of what it pays. {props.seedNote}
      </p>
      <div className="chart-block">
        <ChartHost
          host={host}
          height={height}
          testId="interest-diagrams"
          label={`Who pays interest to whom: ${scenarios.map((s) => s.label).join(' vs ')}. ${DIAGRAM_NOTE}`}
          hintId={hintId}
          onKeyDown={(e) => void keys.onKeyDown(e)}
        />
        <ChartReader data={data} announcement={keys.announcement} hintId={hintId} hint={FLOW_KEYS_HINT} />
        <table className="econ-summary interest-net" data-testid="interest-net">
          <caption>Net interest received (received − paid), % of GDP, mean after the burn-in</caption>
          <thead>
            <tr>
              <th scope="col">Sector</th>
              {scenarios.map((s) => (
                <th key={s.id} scope="col">
                  <span className="swatch" style={{ background: s.colour }} aria-hidden /> {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {netRows(scenarios[0] ?? { id: '', label: '', colour: '', flows: [] }).map(({ sector }) => (
              <tr key={sector}>
                <th scope="row">{sector}</th>
                {scenarios.map((s) => {
                  const v = netRows(s).find((r) => r.sector === sector)!.net;
                  return (
                    <td key={s.id}>{`${formatNumber(100 * v, { digits: 3, trim: true, sign: true })}%`}</td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function chartData(scenarios: readonly InterestScenario[], rows: readonly FlowRow[]): ChartData {
  return {
    label: 'Who pays interest to whom',
    indexName: 'Payer → receiver (what for)',
    rows: rows.length,
    rowName: (i) => `${rows[i]!.from} → ${rows[i]!.to} (${rows[i]!.what})`,
    columns: scenarios.map((s) => ({
      id: s.id,
      label: s.label,
      values: Float64Array.from(rows, (r) => 100 * flowShare(s.flows, r)),
    })),
    format: formatPct,
    unit: '% of GDP, mean after the burn-in',
  };
}
