import type { Provenance } from '../../models/provenance';
import type { RunResult } from '../../models/result';
import { csvUnits } from './csv';

export interface ResultSummary {
  scenario: unknown;
  summary: RunResult['summary'];
  /** Unit of every summary key. */
  units: Record<string, string>;
  /** Unit of the index and of every series.csv column (also its `# units:` line). */
  columnUnits: Record<string, string>;
  assumptions: string[];
  sources: string[];
  provenance: Provenance;
}

/** Every summary key's unit; a key the model gave no unit is a bug, not something to guess. */
export function summaryUnits(result: Pick<RunResult, 'summary' | 'summaryUnits'>): Record<string, string> {
  return Object.fromEntries(
    Object.keys(result.summary).map((k) => {
      const unit = result.summaryUnits[k];
      if (unit === undefined) throw new Error(`no unit for summary key "${k}"`);
      return [k, unit];
    }),
  );
}

/** The sibling of series.csv: everything needed to understand and reproduce the numbers. */
export function resultSummaryJson(result: RunResult): ResultSummary {
  return {
    scenario: result.provenance.scenario,
    summary: result.summary,
    units: summaryUnits(result),
    columnUnits: csvUnits(result),
    assumptions: result.assumptions,
    sources: result.sources,
    provenance: result.provenance,
  };
}
