/** Every indicator in its own panel, the scenarios on the same axes in each, laid out to the width. */
import { useCallback } from 'react';
import { drawEconomyPanel, PANELS, type EconomyLine, type Panel } from '../../charts/economy';
import { SvgHost } from '../common/SvgHost';

export function SmallMultiples(props: { lines: readonly EconomyLine[] }) {
  return (
    <div className="small-multiples" data-testid="economy-panels">
      {PANELS.map((p) => (
        <PanelChart key={p.id} lines={props.lines} panel={p} />
      ))}
    </div>
  );
}

function PanelChart(props: { lines: readonly EconomyLine[]; panel: Panel }) {
  const { lines, panel } = props;
  const draw = useCallback(
    (doc: Document, size: { width: number; height: number }) => drawEconomyPanel(doc, lines, panel, size).svg,
    [lines, panel],
  );
  return <SvgHost draw={draw} height={230} testId={`econ-panel-${panel.id}`} />;
}
