/**
 * The money stock by origin, one panel per compared scenario on one vertical scale, under one
 * legend. Each panel reads without a mouse like the small multiples: arrow keys step through the
 * quarters (announced), "Show data" opens the numbers.
 */
import { format } from 'd3';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  absentOrigins,
  drawMoneyOriginLegend,
  drawMoneyOriginPanel,
  MONEY_ORIGINS,
  originsOf,
  RESIDUAL,
  sharedDomain,
  type MoneyOriginHandle,
  type MoneyOriginScenario,
} from '../../charts/moneyOrigin';
import { ChartHost, ChartReader, HoverRule, useChartKeys, type ChartData } from '../common/ChartReader';
import { QuarterReadout, ReadoutRow } from '../common/QuarterReadout';
import { useDrawnChart } from '../common/useDrawnChart';
import { useWidth } from '../common/useWidth';

const PANEL_HEIGHT = 300;
const formatValue = format(',.2~f');

export function MoneyOriginPanel(props: {
  scenarios: readonly MoneyOriginScenario[];
  seedNote: string;
  toolbar: ReactNode;
}) {
  const { scenarios } = props;
  const host = useRef<HTMLDivElement>(null);
  const width = useWidth(host, 900);
  const domain = useMemo(() => sharedDomain(scenarios), [scenarios]);
  const withResidual = scenarios.some((s) => s.series.hasResidual);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    el.replaceChildren(
      drawMoneyOriginLegend(
        document,
        width,
        withResidual ? [...MONEY_ORIGINS, RESIDUAL] : MONEY_ORIGINS,
        absentOrigins(scenarios),
      ),
    );
  }, [width, withResidual, scenarios]);
  return (
    <section className="econ-figure money-origin" aria-labelledby="econ-money-origin-title">
      <header className="figure-header">
        <h3 id="econ-money-origin-title">Where the money comes from</h3>
        {props.toolbar}
      </header>
      <p className="muted small">
        The money stock (deposits of households and firms) and its counterparts on the banks&apos; and the
        public bank&apos;s balance sheets, % of annual GDP: bands above zero minus bands below add up to the
        money stock (the black line) in every quarter; a hatched residual band would show any part the
        accounts do not explain. {props.seedNote}
      </p>
      <div ref={host} className="money-origin-legend-host" data-testid="money-origin-legend" />
      <div className="money-origin-panels" data-testid="money-origin-panels">
        {scenarios.map((s) => (
          <OriginPanel key={s.id} scenario={s} domain={domain} />
        ))}
      </div>
    </section>
  );
}

function OriginPanel(props: { scenario: MoneyOriginScenario; domain: [number, number] }) {
  const { scenario, domain } = props;
  const draw = useCallback(
    (doc: Document, size: { width: number; height: number }) =>
      drawMoneyOriginPanel(doc, scenario, size, domain),
    [scenario, domain],
  );
  const { host, width, handle } = useDrawnChart(draw, 440, PANEL_HEIGHT);
  const hintId = useId();
  const data = useMemo(() => chartData(scenario), [scenario]);
  const keys = useChartKeys(data);
  const [pointer, setPointer] = useState<number | null>(null);
  const first = scenario.series.index[0] ?? 1;
  const quarter = pointer ?? (keys.point === null ? null : first + keys.point);
  return (
    <div className="chart-block">
      <ChartHost
        host={host}
        height={PANEL_HEIGHT}
        testId={`money-origin-${scenario.id}`}
        label={`Money stock by origin, ${scenario.label} (% of annual GDP)`}
        hintId={hintId}
        onKeyDown={(e) => keys.onKeyDown(e)}
        onPointerMove={(e) => {
          if (!handle) return;
          setPointer(handle.quarterAt(e.clientX - e.currentTarget.getBoundingClientRect().left));
        }}
        onPointerLeave={() => setPointer(null)}
      >
        {handle && quarter !== null && (
          <>
            <HoverRule x={handle.xPixel(quarter)} plot={handle.plot} />
            <Readout scenario={scenario} quarter={quarter} handle={handle} width={width} />
          </>
        )}
      </ChartHost>
      <ChartReader data={data} announcement={keys.announcement} hintId={hintId} />
    </div>
  );
}

function Readout(props: {
  scenario: MoneyOriginScenario;
  quarter: number;
  handle: MoneyOriginHandle;
  width: number;
}) {
  const { scenario, quarter, handle, width } = props;
  const s = scenario.series;
  const i = quarter - (s.index[0] ?? 1);
  if (i < 0 || i >= s.index.length) return null;
  return (
    <QuarterReadout
      quarter={quarter}
      unit="% of annual GDP"
      left={handle.xPixel(quarter) + 10}
      maxLeft={width - 230}
      top={handle.plot.top + 4}
      width={220}
    >
      <ReadoutRow label="Money stock" value={formatValue(s.money[i]!)} />
      {originsOf(s).map((o) => (
        <ReadoutRow
          key={o.id}
          label={o.label}
          value={formatValue(o.id === 'residual' ? s.residual[i]! : s.parts[o.id]![i]!)}
          colour={o.colour}
        />
      ))}
    </QuarterReadout>
  );
}

function chartData(s: MoneyOriginScenario): ChartData {
  const first = s.series.index[0] ?? 1;
  return {
    label: `Money stock by origin, ${s.label}`,
    indexName: 'Quarter',
    rows: s.series.index.length,
    rowName: (i) => `Quarter ${first + i}`,
    columns: [
      { id: 'money', label: 'Money stock', values: s.series.money },
      ...originsOf(s.series).map((o) => ({
        id: o.id,
        label: o.label,
        values: o.id === 'residual' ? s.series.residual : s.series.parts[o.id]!,
      })),
    ],
    format: formatValue,
    unit: '% of annual GDP',
  };
}
