import type { ReactNode } from 'react';

/**
 * The compact read-out beside a panel's hover rule: the quarter, the unit, one row per value. For
 * the pointer only (aria-hidden): the keyboard hears the same values from the live region.
 */
export function QuarterReadout(props: {
  quarter: number;
  unit: string;
  /** Where it starts (px from the host's left), and the furthest right it may start. */
  left: number;
  maxLeft: number;
  top: number;
  width: number;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <div
      className="readout compact"
      aria-hidden="true"
      data-testid={props.testId}
      style={{ left: Math.max(0, Math.min(props.left, props.maxLeft)), top: props.top, width: props.width }}
    >
      <strong>Quarter {props.quarter}</strong> <span className="muted">{props.unit}</span>
      {props.children}
    </div>
  );
}

/** One value of the read-out, after its line's swatch when it has one. */
export function ReadoutRow(props: { label: string; value: string; colour?: string; title?: string }) {
  return (
    <div className="readout-row" title={props.title}>
      {props.colour && <span className="swatch" style={{ background: props.colour }} />}
      <span className="readout-label">{props.label}:</span>
      <span className="readout-value">{props.value}</span>
    </div>
  );
}
