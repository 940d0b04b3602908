import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkerApi } from '../../../src-renderer/worker/api';
import { getPreset } from '../../../models/scenario';
import { shippedData } from '../helpers/data';

const EXAMPLE = readFileSync(
  resolve(__dirname, '../../../models/data/template/SYNTHETIC_example_country_table.csv'),
  'utf8',
);

describe('worker API: imported country tables', () => {
  it('validates a table, describes it, and runs scenarios on it afterwards', () => {
    const api = createWorkerApi(shippedData());
    const key = 'file:syn.csv';
    const s = getPreset('canada-1974');
    Object.assign(s.params as object, { country: key });
    expect(() => api.run(s)).toThrow(/params\.country: the table "syn\.csv" was not supplied/);
    expect(api.addTable(key, EXAMPLE)).toEqual({
      key,
      country: 'Syntheticland (synthetic example)',
      currency: 'SYN',
      unit: 'millions',
      firstYear: 1970,
      lastYear: 2023,
      source: expect.stringContaining('data supplied by the user'),
    });
    const r = api.run(s);
    expect(r.index[0]).toBe(1970);
    expect(r.sources[0]).toContain('data supplied by the user');
  });

  it('refuses a bad table with its line and column, keeping nothing of it', () => {
    const api = createWorkerApi(shippedData());
    expect(() => api.addTable('file:bad.csv', EXAMPLE.replace('# unit: millions\n', ''))).toThrow(
      /bad\.csv: missing the "# unit:" line/,
    );
    const s = getPreset('canada-1974');
    Object.assign(s.params as object, { country: 'file:bad.csv' });
    expect(() => api.run(s)).toThrow(/was not supplied/);
  });
});
