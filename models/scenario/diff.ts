/**
 * What differs between two scenarios, in words: one line per changed value, named by its key with
 * what the key means, e.g. "publicShare: 0.5 → 0.8 (share of debt held by the public bank)".
 * Pure: the scenario diff view and tests call it on parsed scenario objects.
 */
import { PARAM_DOCS } from '../abm/params';

export interface ScenarioChange {
  /** Dotted path from the scenario's root, e.g. "params.publicShare". */
  path: string;
  /** The key as the line names it (the last part of the path). */
  key: string;
  before: unknown;
  after: unknown;
  /** What the key means, when the app knows. */
  meaning?: string;
  /** The whole line, ready to show. */
  text: string;
}

const FISCAL_MEANINGS: Record<string, string> = {
  country: 'whose data: "canada" or a country table file',
  measure: 'debt measure',
  firstCounterfactualYear: 'first year financed by the public bank',
  publicShare: 'share of debt held by the public bank',
  publicRate: "public bank's net interest rate",
  method: 'interest on the rest of the debt',
  endYear: 'last year shown',
  view: 'how the debt is shown',
  cpiBaseYear: 'prices of year, for real values',
};

const TOP_MEANINGS: Record<string, string> = {
  model: 'which model',
  name: 'scenario name',
  description: 'description',
  seed: 'random seed',
  periods: 'quarters simulated',
  households: 'number of households',
  firms: 'number of firms',
  banks: 'number of private banks',
  schemaVersion: 'scenario file format',
};

function meaningOf(model: unknown, path: string[]): string | undefined {
  const key = path.at(-1)!;
  if (path.length === 1) return TOP_MEANINGS[key];
  if (path[0] !== 'params' || path.length !== 2) return undefined;
  if (model === 'fiscal-history') return FISCAL_MEANINGS[key];
  if (model === 'abm') {
    const doc = (PARAM_DOCS as Record<string, { label: string; unit: string } | undefined>)[key];
    return doc ? (doc.unit ? `${doc.label}, ${doc.unit}` : doc.label) : undefined;
  }
  return undefined;
}

function show(v: unknown): string {
  if (v === undefined) return '(not set)';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') return String(+v.toPrecision(12));
  return JSON.stringify(v);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function walk(a: unknown, b: unknown, path: string[], model: unknown, out: ScenarioChange[]): void {
  if (isRecord(a) && isRecord(b)) {
    // Keys in a's order, then keys only b has: the list reads in the file's own order.
    const keys = [...Object.keys(a), ...Object.keys(b).filter((k) => !(k in a))];
    for (const k of keys) walk(a[k], b[k], [...path, k], model, out);
    return;
  }
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  const key = path.at(-1) ?? '(scenario)';
  const meaning = meaningOf(model, path);
  const name = path.length > 2 || (path.length === 2 && path[0] !== 'params') ? path.join('.') : key;
  out.push({
    path: path.join('.'),
    key,
    before: a,
    after: b,
    ...(meaning ? { meaning } : {}),
    text: `${name}: ${show(a)} → ${show(b)}${meaning ? ` (${meaning})` : ''}`,
  });
}

/** Every value that differs, in the order of the first scenario's keys. Names are compared too. */
export function diffScenarios(a: unknown, b: unknown): ScenarioChange[] {
  const out: ScenarioChange[] = [];
  const model = isRecord(a) ? a.model : undefined;
  walk(a, b, [], model, out);
  return out;
}
