/**
 * A fiscal-history scenario's country table: `--data PATH` (relative to the working directory) or the
 * scenario's own `"country": "file:PATH"` (relative to the scenario file's folder), read here and
 * handed to the model under the scenario's `country` string, as the app's worker does.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, resolve } from 'node:path';
import type { DataFiles } from '../../models/model';
import { FILE_PREFIX } from '../../models/fiscal/table';
import { parseScenario } from '../../models/scenario';
import { loadDataFiles } from './data';
import { UsageError } from './errors';
import type { LoadedScenario } from './scenario';

export interface RunInput extends LoadedScenario {
  data: DataFiles;
}

function readTable(path: string, field: string, shown: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code;
    throw new UsageError(`${field}: cannot read the country table "${shown}" (${path}): ${why}`);
  }
}

export function withCountryTable(
  loaded: LoadedScenario,
  ref: string,
  dataFlag: string | null,
  cwd: string,
): RunInput {
  const shipped = loadDataFiles();
  const { scenario } = loaded;
  const params = (scenario.params ?? {}) as { country?: unknown };
  if (dataFlag !== null) {
    if (scenario.model !== 'fiscal-history')
      throw new UsageError(
        `--data: applies to fiscal-history scenarios only (this one is ${scenario.model})`,
      );
    const path = resolve(cwd, dataFlag);
    const text = readTable(path, '--data', dataFlag);
    // The absolute path goes into the scenario, so summary.json re-runs from anywhere on this machine.
    const country = `${FILE_PREFIX}${path}`;
    // A preset's name speaks of Canada; on another table it would mislabel every chart and file.
    const p = params as { publicShare?: number; firstCounterfactualYear?: number };
    const name =
      loaded.preset === null
        ? scenario.name
        : `${basename(path)}: ${+((p.publicShare ?? 0) * 100).toFixed(1)}% of the debt held by a public bank from ${p.firstCounterfactualYear}`;
    return {
      ...loaded,
      scenario: parseScenario({
        ...scenario,
        ...(name === undefined ? {} : { name }),
        params: { ...params, country },
      }),
      data: { ...shipped, [country]: text },
    };
  }
  if (typeof params.country !== 'string' || !params.country.startsWith(FILE_PREFIX))
    return { ...loaded, data: shipped };
  const written = params.country.slice(FILE_PREFIX.length);
  // A preset has no folder of its own: its relative paths start where the user is.
  const base = loaded.preset === null ? dirname(resolve(cwd, ref)) : cwd;
  const path = isAbsolute(written) ? written : resolve(base, written);
  return { ...loaded, data: { ...shipped, [params.country]: readTable(path, 'params.country', written) } };
}
