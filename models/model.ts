import type { z } from 'zod';
import type { ProgressFn, RunResult } from './result';

/** Data files by path under models/data (e.g. "canada/canada_federal_composite_annual.csv") → text.
 * models/ cannot read files, so each environment (worker, CLI, tests) loads them and passes them in. */
export type DataFiles = Readonly<Record<string, string>>;

export interface RunContext {
  data: DataFiles;
  onProgress?: ProgressFn;
}

/** One model: its scenario schema, its presets, and a pure run function. */
export interface ModelDefinition<S extends { model: string } = { model: string }> {
  id: S['model'];
  version: string;
  title: string;
  schema: z.ZodType<S>;
  /** Preset name (addressable as `preset:NAME`) → scenario. */
  presets: Readonly<Record<string, S>>;
  /** Data files (paths under models/data) the model needs in RunContext.data. */
  dataFiles: readonly string[];
  run(scenario: S, ctx: RunContext): RunResult;
}
