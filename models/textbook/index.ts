/** The textbook SFC models (Godley & Lavoie SIM, SIMEX, PC, BMW) as ModelDefinitions with presets. */
import type { ModelDefinition } from '../model';
import { bookParams, textbookModel, type TextbookScenario, type TextbookSpec } from './engine';
import { BMW_SPEC } from './bmw';
import { PC_SPEC } from './pc';
import { SIMEX_SPEC, SIM_SPEC } from './sim';

export type { TextbookScenario } from './engine';
export { runTextbook, SFC_ERROR_COLUMN } from './engine';
export type * from './types';
export { postingsOf, type PostingTable } from './postingTable';
export { SIM_SPEC, SIMEX_SPEC, PC_SPEC, BMW_SPEC };

function preset(spec: TextbookSpec, name: string, periods: number, description: string): TextbookScenario {
  return {
    schemaVersion: 1,
    model: spec.id,
    name,
    description,
    periods,
    params: bookParams(spec),
    initial: {},
  };
}

export const glSimModel: ModelDefinition<TextbookScenario> = textbookModel(SIM_SPEC, {
  'gl-sim': preset(
    SIM_SPEC,
    'Model SIM',
    60,
    'Government money only, from all stocks zero: G = 20 each period drives income to Y = 100 and household cash to H = 80 (Godley & Lavoie 2007, Table 3.4).',
  ),
});

export const glSimexModel: ModelDefinition<TextbookScenario> = textbookModel(SIMEX_SPEC, {
  'gl-simex': preset(
    SIMEX_SPEC,
    'Model SIMEX',
    60,
    "Model SIM with households spending out of last period's income: the same steady state, reached with mistaken expectations.",
  ),
});

export const glPcModel: ModelDefinition<TextbookScenario> = textbookModel(PC_SPEC, {
  'gl-pc': preset(
    PC_SPEC,
    'Model PC',
    100,
    "Money and bills with portfolio choice, from all stocks zero, with the book's parameters (r = 2.5%).",
  ),
});

export const glBmwModel: ModelDefinition<TextbookScenario> = textbookModel(BMW_SPEC, {
  'gl-bmw': preset(
    BMW_SPEC,
    'Model BMW',
    100,
    'The bank-money world from all stocks zero: loans create deposits; income converges to Y = 160.',
  ),
});

export const TEXTBOOK_MODELS = [glSimModel, glSimexModel, glPcModel, glBmwModel] as const;
