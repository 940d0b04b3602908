/**
 * The data files shipped in models/data, bundled as text. Only the worker imports this, so the
 * UI thread never parses CSV.
 */
import type { DataFiles } from '../models/model';

const raw = import.meta.glob('../models/data/**/*.csv', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export const DATA_FILES: DataFiles = Object.fromEntries(
  Object.entries(raw).map(([path, text]) => [path.replace('../models/data/', ''), text]),
);
