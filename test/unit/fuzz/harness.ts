/**
 * Thousands of mutated scenario files per model go through parsing and a short run, exactly as a
 * file opened in the app or given to the CLI would. Each must either be refused with a message
 * naming a field or run (a run may stop as diverged: its own documented outcome, naming the
 * period); a crash, a stack overflow or a hang fails the test. Seeded: a failure names its seed.
 */
import { expect, it } from 'vitest';
import { isDivergence } from '../../../models/divergence';
import { MODELS } from '../../../models/registry';
import { runScenario } from '../../../models/run';
import { parseScenarioText, ScenarioError, type AnyScenario } from '../../../models/scenario';
import { shippedData } from '../helpers/data';
import { mutatedFile } from './mutate';

const FILES_PER_MODEL = 2000;
const SEED = 20261130;
const data = shippedData();

/** "params.G: must be at most …", "(file): not valid JSON …", "params: unknown key "x"". */
const NAMES_A_FIELD = /^(\(file\)|\(scenario\)|[^\s:]+(\.[^\s:]+)*): \S|^unknown keys? "/;

/** Keeps a run short: the fuzz is after bad input, not after timing big economies. */
function small(s: AnyScenario): AnyScenario {
  const out: AnyScenario = { ...s };
  if (typeof out.periods === 'number') out.periods = Math.min(out.periods, s.model === 'abm' ? 6 : 12);
  if (s.model === 'abm') {
    out.households = Math.min(s.households as number, 40);
    out.firms = Math.min(s.firms as number, 6, out.households as number);
    out.banks = Math.min(s.banks as number, 2);
  }
  return out;
}

type Outcome = 'ran' | 'refused' | 'diverged';

function attempt(text: string): Outcome {
  try {
    runScenario(small(parseScenarioText(text)), { data });
    return 'ran';
  } catch (e) {
    if (e instanceof ScenarioError) {
      for (const line of e.problems) {
        if (!NAMES_A_FIELD.test(line)) throw new Error(`a refusal that names no field: ${line}`);
      }
      return 'refused';
    }
    if (isDivergence(e) && /period \d+/.test(e.message)) return 'diverged';
    throw e;
  }
}

/** One test per model; the suite is split over two files so vitest can use both cores. */
export function fuzzModels(ids: readonly string[]): void {
  for (const model of MODELS.filter((m) => ids.includes(m.id))) {
    it(`${model.id}: ${FILES_PER_MODEL} mutated files are each refused naming a field, or run`, () => {
      const bases = Object.values(model.presets);
      const counts: Record<Outcome, number> = { ran: 0, refused: 0, diverged: 0 };
      const crashes: string[] = [];
      let slowest = 0;
      const start = performance.now();
      for (let i = 0; i < FILES_PER_MODEL; i++) {
        const seed = SEED + i;
        const text = mutatedFile(bases[i % bases.length], seed);
        const t0 = performance.now();
        try {
          counts[attempt(text)]++;
        } catch (e) {
          crashes.push(`seed ${seed}: ${(e as Error).name}: ${(e as Error).message.slice(0, 200)}`);
        }
        slowest = Math.max(slowest, performance.now() - t0);
      }
      const total = performance.now() - start;
      expect(crashes.slice(0, 5)).toEqual([]);
      expect(counts.ran + counts.refused + counts.diverged).toBe(FILES_PER_MODEL);
      // Not degenerate: the mutator both breaks files and leaves some runnable.
      expect(counts.refused).toBeGreaterThan(FILES_PER_MODEL / 4);
      expect(counts.ran).toBeGreaterThan(FILES_PER_MODEL / 50);
      // No hang: every file settles quickly (generous for a loaded machine).
      expect(slowest).toBeLessThan(2000);
      console.log(
        `${model.id}: ${JSON.stringify(counts)}, ${Math.round(total)} ms, slowest ${Math.round(slowest)} ms`,
      );
      // ~3–8 s per model when the machine is quiet; the shared one has taken 27 s.
    }, 60_000);
  }
}
