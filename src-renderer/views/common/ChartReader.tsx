/**
 * What makes a chart readable without a mouse, shared by every chart host: arrow keys step through
 * its points and a live region announces each one, and "Show data" opens the numbers as a table.
 */
import {
  useId,
  useState,
  type HTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { DataTable, type DataColumn } from './DataTable';

export interface ChartData {
  /** What the chart shows: the host's accessible name and the table's caption. */
  label: string;
  /** Header of the first column, e.g. "Fiscal year". */
  indexName: string;
  rows: number;
  rowName: (i: number) => string;
  columns: readonly DataColumn[];
  format: (v: number) => string;
  unit?: string;
}

export function pointText(data: ChartData, i: number): string {
  const values = data.columns
    .map((c) => `${c.label}: ${Number.isFinite(c.values[i]!) ? data.format(c.values[i]!) : 'no data'}`)
    .join('; ');
  return `${data.rowName(i)}${data.unit ? ` (${data.unit})` : ''}: ${values}`;
}

/** Arrow keys (Shift: ten at a time), Home and End move the point; Escape lets go. */
export function useChartKeys(data: ChartData) {
  const [point, setPoint] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const onKeyDown = (e: KeyboardEvent<HTMLElement>): number | null | undefined => {
    const last = data.rows - 1;
    const at = point ?? -1;
    const step = e.shiftKey ? 10 : 1;
    const moves: Record<string, number> = {
      ArrowRight: Math.min(last, at < 0 ? 0 : at + step),
      ArrowDown: Math.min(last, at < 0 ? 0 : at + step),
      ArrowLeft: Math.max(0, at < 0 ? last : at - step),
      ArrowUp: Math.max(0, at < 0 ? last : at - step),
      Home: 0,
      End: last,
    };
    if (e.key in moves && last >= 0) {
      e.preventDefault();
      const k = moves[e.key]!;
      setPoint(k);
      setAnnouncement(pointText(data, k));
      return k;
    }
    if (e.key === 'Escape') {
      setPoint(null);
      return null;
    }
    return undefined;
  };
  return { point, setPoint, announcement, onKeyDown };
}

/**
 * The keyboard hint (the chart's description, by `hintId`), the live region (always in the page, so
 * each change is heard), the toggle and the table.
 */
export function ChartReader(props: { data: ChartData; announcement: string; hintId: string; hint?: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <span id={props.hintId} className="visually-hidden">
        {props.hint ?? CHART_KEYS_HINT}
      </span>
      <div className="visually-hidden" aria-live="polite" data-testid="chart-announcement">
        {props.announcement}
      </div>
      <button
        type="button"
        className="show-data"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((v) => !v)}
      >
        {open ? 'Hide data' : 'Show data'}
      </button>
      {open && (
        <DataTable
          id={id}
          caption={`${props.data.label}${props.data.unit ? ` (${props.data.unit})` : ''}`}
          indexName={props.data.indexName}
          rows={props.data.rows}
          rowName={props.data.rowName}
          columns={props.data.columns}
          format={props.data.format}
        />
      )}
    </>
  );
}

/** The keyboard hint, given as the chart's description rather than stuffed into its name. */
const CHART_KEYS_HINT =
  'Arrow keys read the values point by point (Shift: ten at a time); Home and End go to the ends; Show data opens a table.';

/** The vertical rule at the quarter or point being read, across the plot area. */
export function HoverRule(props: { x: number; plot: { top: number; height: number } }) {
  return (
    <div className="hover-rule" style={{ left: props.x, top: props.plot.top, height: props.plot.height }} />
  );
}

/**
 * The element a chart is drawn into, as the keyboard meets it: a focusable group named by the
 * chart and described by the keys hint (give the same `hintId` to the ChartReader below it).
 * Children are what sits over the drawing (hover rule, read-out).
 */
export function ChartHost(
  props: {
    host: RefObject<HTMLDivElement | null>;
    height: number;
    label: string;
    hintId: string;
    testId?: string | undefined;
    /** Clicking picks a point: the cursor says so. */
    pickable?: boolean;
    children?: ReactNode;
  } & Pick<
    HTMLAttributes<HTMLDivElement>,
    'onKeyDown' | 'onBlur' | 'onPointerMove' | 'onPointerLeave' | 'onClick'
  >,
) {
  const { host, height, label, hintId, testId, pickable, children, ...handlers } = props;
  return (
    <div
      className={`chart-host${pickable ? ' pickable' : ''}`}
      ref={host}
      style={{ height }}
      data-testid={testId}
      role="group"
      tabIndex={0}
      aria-label={label}
      aria-describedby={hintId}
      {...handlers}
    >
      {children}
    </div>
  );
}
