/** The model data files, read once from models/data/ next to this package (wherever it is installed). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DataFiles } from '../../models/model';
import { ALL_DATA_FILES } from '../../models/registry';

/** The package's root directory, ending in a slash. Two levels up from src-main/cli/ and from the
 * compiled CLI in out/cli/ alike: keep both at that depth. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DATA_DIR = `${PACKAGE_ROOT}models/data/`;

let cache: DataFiles | undefined;

export function loadDataFiles(): DataFiles {
  cache ??= Object.freeze(
    Object.fromEntries(ALL_DATA_FILES.map((p) => [p, readFileSync(DATA_DIR + p, 'utf8')])),
  );
  return cache;
}
