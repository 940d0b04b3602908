/**
 * What every model hands back: one index (years or periods) and named columns aligned with it.
 * Columns are Float64Arrays so a worker can transfer them instead of cloning (TOOLCHAIN.md).
 * Insertion order of `columns` is the CSV column order.
 */
import type { Provenance } from './provenance';

export interface RunResult<Extras = unknown> {
  model: string;
  indexName: 'year' | 'period';
  index: Float64Array;
  columns: Record<string, Float64Array>;
  /** Unit of the index and of each column in plain words, e.g. "CAD millions" or "ratio": the one
   * source every export (CSV `# units:` line, chart axes) takes its units from. */
  units: Record<string, string>;
  /** Scalar results (cumulative interest, final debt, steady state…). */
  summary: Record<string, number | string | boolean>;
  /** What the table's reader must know beyond units (e.g. why some cells are empty): `#` lines in every CSV. */
  notes?: string[];
  /** Unit of every summary key (summary.json's `units` map); "text" or "true/false" for non-numbers. */
  summaryUnits: Record<string, string>;
  /** The assumptions of the run, in plain words, shown on screen and in every export. */
  assumptions: string[];
  /** Data sources, one line each, shown under charts and in every export. */
  sources: string[];
  provenance: Provenance;
  /** Model-specific payload (matrices, decompositions); must be structured-cloneable. */
  extras: Extras;
}

export type ProgressFn = (fractionDone: number, message?: string) => void;

/** Every typed array buffer inside a value, so a worker can hand them over by transfer. */
export function collectTransferables(value: unknown): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  walk(value, found);
  return [...found];
}

function walk(value: unknown, found: Set<ArrayBuffer>): void {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) found.add(value.buffer);
  } else if (Array.isArray(value)) {
    for (const v of value) walk(v, found);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) walk(v, found);
  }
}
