/** Parsing, presets and references (`preset:NAME`) for scenarios of every model. */
import { z } from 'zod';
import { MODELS, findModel } from '../registry';
import { ScenarioError, formatZodIssues } from './errors';
import { jsonErrorLine } from './json';
import { checkScenarioDepth, checkScenarioText } from './limits';

export { ScenarioError } from './errors';
export {
  MAX_SCENARIO_BYTES,
  MAX_SCENARIO_DEPTH,
  checkScenarioDepth,
  checkScenarioText,
  scenarioSizeProblem,
} from './limits';

export const SCHEMA_VERSION = 1;

export interface AnyScenario {
  schemaVersion: number;
  model: string;
  name?: string;
  [key: string]: unknown;
}

const envelope = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION, { message: `must be ${SCHEMA_VERSION}` }),
  model: z.string(),
});

/** Validate any scenario object; throws ScenarioError whose lines each name the field. */
export function parseScenario(input: unknown): AnyScenario {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new ScenarioError(['(scenario): must be a JSON object']);
  }
  checkScenarioDepth(input);
  const head = envelope.safeParse(input);
  if (!head.success) throw new ScenarioError(formatZodIssues(head.error, input));
  const model = findModel(head.data.model);
  if (!model) {
    throw new ScenarioError([
      `model: unknown model "${head.data.model}" (known: ${MODELS.map((m) => m.id).join(', ')})`,
    ]);
  }
  const parsed = model.schema.safeParse(input);
  if (!parsed.success) throw new ScenarioError(formatZodIssues(parsed.error, input));
  return parsed.data as AnyScenario;
}

/**
 * Parse scenario text (a file's content), the one entry the app and the CLI share: a leading BOM
 * is dropped, size and depth are checked first, and JSON syntax errors are ScenarioErrors too,
 * naming the file and the line and column where the JSON goes wrong.
 */
export function parseScenarioText(text: string, fileName = '(file)'): AnyScenario {
  const body = checkScenarioText(text);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    throw new ScenarioError([jsonErrorLine(fileName, body, e as Error)]);
  }
  return parseScenario(json);
}

export interface PresetInfo {
  name: string;
  model: string;
  title: string;
}

export function listPresets(): PresetInfo[] {
  return MODELS.flatMap((m) =>
    Object.entries(m.presets).map(([name, s]) => ({
      name,
      model: m.id,
      title: String((s as { name?: string }).name ?? name),
    })),
  );
}

export function getPreset(name: string): AnyScenario {
  for (const m of MODELS) {
    const p = m.presets[name];
    if (p) return structuredClone(p) as AnyScenario;
  }
  throw new ScenarioError([
    `preset: unknown preset "${name}" (known: ${listPresets()
      .map((p) => p.name)
      .join(', ')})`,
  ]);
}

/** `preset:NAME` names a built-in preset; anything else is not a reference. */
export function presetNameOf(ref: string): string | null {
  return ref.startsWith('preset:') ? ref.slice('preset:'.length) : null;
}
