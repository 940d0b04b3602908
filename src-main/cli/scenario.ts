/** Turn `preset:NAME` or a file path into a validated scenario, applying --seed. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  getPreset,
  listPresets,
  parseScenario,
  parseScenarioText,
  presetNameOf,
  scenarioSizeProblem,
  ScenarioError,
  type AnyScenario,
} from '../../models/scenario';
import { UsageError } from './errors';

export interface LoadedScenario {
  scenario: AnyScenario;
  /** The preset's name when the scenario is a built-in preset. */
  preset: string | null;
}

function readScenarioFile(path: string, cwd: string): string {
  try {
    // The app's limit, checked before reading: a scenario is a few kB, not whatever the path holds.
    const full = resolve(cwd, path);
    const info = statSync(full);
    const size = info.isFile() ? scenarioSizeProblem(info.size, `"${path}"`) : null;
    if (size) throw new ScenarioError([size]);
    return readFileSync(full, 'utf8');
  } catch (e) {
    if (e instanceof ScenarioError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : (code ?? (e as Error).message);
    throw new UsageError(`cannot read scenario file "${path}": ${why}`);
  }
}

/** Whether the scenario's model is stochastic, judged by its own schema accepting a `seed`. */
export function takesSeed(scenario: AnyScenario): boolean {
  if (typeof scenario.seed === 'number') return true;
  try {
    parseScenario({ ...scenario, seed: 1 });
    return true;
  } catch (e) {
    if (e instanceof ScenarioError) return false;
    throw e;
  }
}

/**
 * `preset:NAME`, or a bare preset name when no file of that name exists: issue texts write
 * `money-lab run abm-private-debt`, and a file beside the user still wins over a preset.
 */
function presetRef(ref: string, fileExists: (path: string) => boolean): string | null {
  const named = presetNameOf(ref);
  if (named !== null) return named;
  if (fileExists(ref)) return null;
  return listPresets().some((p) => p.name === ref) ? ref : null;
}

export function loadScenario(
  ref: string,
  seed: number | null,
  fileExists: (path: string) => boolean = existsSync,
  cwd: string = process.cwd(),
): LoadedScenario {
  const preset = presetRef(ref, (path) => fileExists(resolve(cwd, path)));
  const scenario =
    preset === null ? parseScenarioText(readScenarioFile(ref, cwd), ref) : parseScenario(getPreset(preset));
  if (seed === null) return { scenario, preset };
  if (!takesSeed(scenario)) {
    throw new UsageError(`--seed: model ${scenario.model} is deterministic (its scenarios have no seed)`);
  }
  return { scenario: parseScenario({ ...scenario, seed }), preset };
}

/** The seed a run of this scenario uses: its own `seed`, or null for deterministic models. */
export function seedOf(scenario: AnyScenario): number | null {
  return typeof scenario.seed === 'number' ? scenario.seed : null;
}
