/** The debt chart on screen: the shared D3 chart plus a hover read-out of every line's value. */
import { useCallback, useMemo } from 'react';
import { debtChartSpec, type FiscalResult } from '../../charts/fiscal';
import { drawLineChart } from '../../charts/lineChart';
import type { View } from '../../../models/fiscal/scenario';
import { fiscalYearLabel } from '../../../models/fiscal';
import { LineChartHost } from '../common/LineChartHost';

const chartHeight = (width: number) => Math.max(360, Math.min(500, Math.round(width * 0.52)));

export function DebtChart(props: {
  results: FiscalResult[];
  view: View;
  unit: string;
  format: (v: number) => string;
}) {
  const spec = useMemo(() => debtChartSpec(props.results, props.view), [props.results, props.view]);
  const draw = useCallback(
    (doc: Document, size: { width: number; height: number }) => drawLineChart(doc, spec, size),
    [spec],
  );
  return (
    <LineChartHost
      draw={draw}
      // The read-out lists history first, although the chart draws it last (on top).
      series={[
        ...spec.series.filter((s) => s.id === 'actual'),
        ...spec.series.filter((s) => s.id !== 'actual'),
      ]}
      label={spec.title}
      heading={(i) => fiscalYearLabel(spec.x[i]!, props.results[0]!.extras.measure)}
      indexName="Fiscal year"
      unit={props.unit}
      format={props.format}
      height={chartHeight}
      testId="debt-chart"
    />
  );
}
