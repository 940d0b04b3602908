import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FiscalScenario } from '../../../models/fiscal/scenario';
import { runScenario } from '../../../models/run';
import { getPreset } from '../../../models/scenario';
import type { FiscalResult } from '../../../src-renderer/charts/fiscal';
import { fiscalCardMeta } from '../../../src-renderer/views/fiscal/card';

const text = readFileSync(
  resolve(__dirname, '../../../models/data/template/SYNTHETIC_example_country_table.csv'),
  'utf8',
);

describe('headline card of a user table', () => {
  it("names the table's country and currency and says whose data it is, never Canada's", () => {
    const s = getPreset('canada-1974') as FiscalScenario;
    const scenario = {
      ...s,
      name: 'My table',
      params: { ...s.params, country: 'file:syn.csv', endYear: 2023 },
    } as FiscalScenario;
    const r = runScenario(scenario, { data: { 'file:syn.csv': text } }) as FiscalResult;
    const card = fiscalCardMeta(r, scenario);
    const avoided = Math.round((r.summary.cumulative_interest_avoided as number) / 1000).toLocaleString('en');
    expect(card.headline).toBe(`${avoided}B SYN`);
    expect(card.kicker).toBe('Syntheticland (synthetic example): government debt vs a public bank');
    expect(card.sourceLine).toContain('data supplied by the user');
    expect(JSON.stringify({ ...card, provenance: null, scenario: null })).not.toMatch(/Canada|CAD|FY19/);
  });
});
