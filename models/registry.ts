/** Every model the app knows. Adding a model = one import and one entry here. */
import type { ModelDefinition } from './model';
import { fiscalHistoryModel } from './fiscal';
import { TEXTBOOK_MODELS } from './textbook';
import { abmModel } from './abm';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry has its own scenario type
export const MODELS: readonly ModelDefinition<any>[] = [fiscalHistoryModel, ...TEXTBOOK_MODELS, abmModel];

export function findModel(id: string): ModelDefinition<{ model: string }> | undefined {
  return MODELS.find((m) => m.id === id);
}

/** Every data file any model needs, so environments can load them all once. */
export const ALL_DATA_FILES: readonly string[] = [...new Set(MODELS.flatMap((m) => m.dataFiles))];
