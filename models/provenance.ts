import { APP_NAME, APP_VERSION } from './version';

/** Enough to reproduce any result or exported file: who made it, from what, with which seed. */
export interface Provenance {
  app: string;
  appVersion: string;
  model: string;
  modelVersion: string;
  scenario: unknown;
  seed: number | null;
  dataSources: string[];
}

export function makeProvenance(
  model: string,
  modelVersion: string,
  scenario: unknown,
  seed: number | null,
  dataSources: string[],
): Provenance {
  return { app: APP_NAME, appVersion: APP_VERSION, model, modelVersion, scenario, seed, dataSources };
}
