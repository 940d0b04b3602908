import type { Provenance } from '../../models/provenance';
import type { RunResult } from '../../models/result';

export interface ResultSummary {
  scenario: unknown;
  summary: RunResult['summary'];
  assumptions: string[];
  sources: string[];
  provenance: Provenance;
}

/** The sibling of series.csv: everything needed to understand and reproduce the numbers. */
export function resultSummaryJson(result: RunResult): ResultSummary {
  return {
    scenario: result.provenance.scenario,
    summary: result.summary,
    assumptions: result.assumptions,
    sources: result.sources,
    provenance: result.provenance,
  };
}
