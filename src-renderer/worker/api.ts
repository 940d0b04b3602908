/**
 * What the model worker offers, kept apart from the worker entry so tests can call it directly.
 * One call per run (not per step): a comlink round trip costs ~50 µs.
 */
import { transfer } from 'comlink';
import { checkClaims, type ClaimsReport } from '../../models/claims';
import { loadDebtTable, type Measure } from '../../models/fiscal/data';
import { FILE_PREFIX, parseCountryTable } from '../../models/fiscal/table';
import { runScenario } from '../../models/run';
import { collectTransferables, type ProgressFn, type RunResult } from '../../models/result';
import type { DataFiles } from '../../models/model';
import type { AbmScenario } from '../../models/abm';
import {
  runDrawTask,
  runSeedTask,
  type DrawVerdict,
  type SeedOutcome,
  type ValidationPlan,
} from '../../models/abm/validation';

/** The first message a model worker posts, once its API is exposed. */
export const WORKER_READY = 'public-money-lab:worker-ready';

export interface DataCheck {
  ok: boolean;
  /** One line per data set: its years, or the error naming file, line and column. */
  lines: string[];
}

/** What the app shows about an imported country table once the worker has validated it. */
export interface TableInfo {
  /** The scenario's `country` value: "file:NAME". */
  key: string;
  country: string;
  currency: string;
  unit: string;
  firstYear: number;
  lastYear: number;
  source: string;
}

export function createWorkerApi(shipped: DataFiles) {
  // Imported tables join the shipped files under their scenario key; a new object, so per-file-set caches start afresh.
  let data = shipped;
  return {
    /** Validate a user's country table (TableError naming line and column) and keep it for runs. */
    addTable(key: string, text: string): TableInfo {
      const t = parseCountryTable(text, key.slice(FILE_PREFIX.length));
      data = { ...data, [key]: text };
      const meta = t.meta!;
      return {
        key,
        country: meta.country,
        currency: meta.currency,
        unit: meta.unit,
        firstYear: t.years[0]!,
        lastYear: t.lastFlowYear,
        source: t.sources[0]!,
      };
    },
    /** Validate and run a scenario; the result's typed arrays move to the caller by transfer. */
    run(scenario: unknown, onProgress?: ProgressFn): RunResult {
      const result = runScenario(scenario, { data, onProgress });
      return transfer(result, collectTransferables(result));
    },
    /**
     * One seed of a report card: the run and its twin with the policy rate 2 points higher,
     * measured here, so a few numbers travel back instead of two full results.
     */
    validateSeed(plan: ValidationPlan, seed: number, onProgress?: ProgressFn): SeedOutcome {
      let half = 0;
      return runSeedTask(plan, seed, (s) => {
        const offset = half++ * 0.5;
        return runScenario(s, { data, onProgress: onProgress && ((f) => onProgress(offset + f / 2)) });
      });
    },
    /** One robustness draw of a report card: did it complete every quarter with every invariant held? */
    validateDraw(draw: AbmScenario): DrawVerdict {
      return runDrawTask(draw, (s) => runScenario(s, { data }));
    },
    /** The essay's claims checked on the shipped data (plain data: nothing to transfer). */
    claims(): ClaimsReport {
      return checkClaims(data);
    },
    /** Load every data set once at start-up, so a corrupt file is reported before anyone runs. */
    checkData(): DataCheck {
      const lines: string[] = [];
      let ok = true;
      for (const measure of ['accumulated-deficit', 'net-debt'] as Measure[]) {
        try {
          const t = loadDebtTable(data, measure);
          lines.push(`${measure}: ${t.years[0]}–${t.years.at(-1)} (${t.years.length} fiscal years)`);
        } catch (e) {
          ok = false;
          lines.push(`${measure}: ${(e as Error).message}`);
        }
      }
      return { ok, lines };
    },
  };
}

export type WorkerApi = ReturnType<typeof createWorkerApi>;
