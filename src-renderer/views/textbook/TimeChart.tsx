/**
 * The model's paths over time, with a picker for which variables to draw and the inspected period
 * marked. Pointing reads out every drawn variable; a click opens that period in the step view.
 */
import { format } from 'd3';
import { useCallback, useMemo } from 'react';
import { SFC_ERROR_COLUMN } from '../../../models/textbook';
import {
  VARIABLE_NAMES,
  drawTextbookChart,
  seriesFor,
  textbookChartSpec,
  type TextbookChartOptions,
  type TextbookResult,
} from '../../charts/textbook';
import { LineChartHost } from '../common/LineChartHost';

const formatValue = format(',.4~f');

export function TimeChart(props: {
  result: TextbookResult;
  options: TextbookChartOptions;
  /** The period open in the step view, marked on the chart. */
  period: number;
  onPickSeries: (names: string[]) => void;
  onPickPeriod: (period: number) => void;
}) {
  const { result, options, period } = props;
  const picked = seriesFor(result, options.series);
  const columns = Object.keys(result.columns).filter((c) => c !== SFC_ERROR_COLUMN);
  const key = JSON.stringify([options, period]);
  const draw = useCallback(
    (doc: Document, size: { width: number; height: number }) =>
      drawTextbookChart(doc, result, size, {
        ...options,
        markers: [
          ...(options.markers ?? []),
          { x: period, kind: 'break', label: `period ${period}`, detail: 'The period shown below' },
        ],
      }),
    // options is rebuilt on every render; its content (in key) is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [result, key],
  );
  // The same lines the chart draws (names, colours), for the read-out.
  const spec = useMemo(
    () => textbookChartSpec(result, options),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [result, key],
  );
  return (
    <>
      <fieldset className="series-picker" aria-label="Variables on the chart">
        {columns.map((c) => (
          <label key={c} title={`${c}: ${VARIABLE_NAMES[c] ?? result.units[c] ?? ''}`}>
            <input
              type="checkbox"
              checked={picked.includes(c)}
              onChange={(e) =>
                props.onPickSeries(
                  e.currentTarget.checked
                    ? columns.filter((x) => x === c || picked.includes(x))
                    : picked.filter((x) => x !== c),
                )
              }
            />{' '}
            {c}
          </label>
        ))}
      </fieldset>
      <LineChartHost
        draw={draw}
        series={spec.series.map((l) => ({ ...l, label: l.id }))}
        label={spec.title}
        heading={(i) => `Period ${result.index[i]}`}
        indexName="Period"
        format={formatValue}
        height={380}
        testId="textbook-chart"
        onPick={(i) => props.onPickPeriod(result.index[i]!)}
      />
    </>
  );
}
