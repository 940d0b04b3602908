import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DataFiles } from '../../../models/model';
import { ALL_DATA_FILES } from '../../../models/registry';

const root = resolve(__dirname, '../../../models/data');

/** The data files exactly as shipped, the way the CLI and the worker hand them to models. */
export function shippedData(): DataFiles {
  return Object.fromEntries(ALL_DATA_FILES.map((f) => [f, readFileSync(resolve(root, f), 'utf8')]));
}
