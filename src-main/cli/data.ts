/** The model data files, read once from models/data/ next to this package (wherever it is installed). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DataFiles } from '../../models/model';
import { ALL_DATA_FILES } from '../../models/registry';

export const DATA_DIR = fileURLToPath(new URL('../../models/data/', import.meta.url));

let cache: DataFiles | undefined;

export function loadDataFiles(): DataFiles {
  cache ??= Object.freeze(
    Object.fromEntries(ALL_DATA_FILES.map((p) => [p, readFileSync(DATA_DIR + p, 'utf8')])),
  );
  return cache;
}
