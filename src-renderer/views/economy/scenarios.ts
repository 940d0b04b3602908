/**
 * The Economy workspace's scenarios as plain data: up to four slots, each a scenario with the origin
 * it was copied from (a preset or a file), edited one field at a time and validated by the model's
 * own schema, so the editor and a scenario file can never disagree about what is allowed.
 */
import {
  DEFAULT_PARAMS,
  FISCAL_RULES,
  FISCAL_RULE_DEBTS,
  FISCAL_RULE_DEBT_LABELS,
  FISCAL_RULE_LABELS,
  MONEY_REGIMES,
  MONEY_REGIME_LABELS,
  RESERVE_REMUNERATIONS,
  RESERVE_REMUNERATION_LABELS,
  CITIZENS_INCOME_FINANCINGS,
  CITIZENS_INCOME_FINANCING_LABELS,
  CITIZENS_INCOME_TAX_MIXES,
  CITIZENS_INCOME_TAX_MIX_LABELS,
  PARAM_DOCS,
  abmScenarioSchema,
  type AbmParams,
  type AbmScenario,
  type ParamDoc,
} from '../../../models/abm';
import { getPreset, listPresets, parseScenario, ScenarioError } from '../../../models/scenario';
import { shortName } from '../../charts/economy';

export const MAX_SLOTS = 4;
export const MAX_RUNS = 50;

export interface Slot {
  /** Stable across edits and removals: React keys and chart ids. */
  id: string;
  /** Index into the palette, kept for the slot's life so a scenario keeps its colour in every panel. */
  colour: number;
  /** What the copy started as (a preset or a file): its name returns when edits are undone by hand. */
  origin: { label: string; scenario: AbmScenario; preset?: string };
  scenario: AbmScenario;
}

/**
 * What a drop-down shows for each preset: the full titles do not fit a 1024-px window's sidebar
 * (the longest needs 447 px against 190), so the option says the lever in a few words and keeps the
 * preset id and full title as its tooltip. A preset missing here falls back to its title's head.
 */
const PRESET_LABELS: Readonly<Record<string, string>> = {
  'abm-private-debt': 'Private debt (baseline)',
  'abm-public-bank': 'Public bank, interest-free',
  'abm-debt-free': 'Public bank, debt-free',
  'abm-tiered-rates': 'Tiered rates',
  'abm-ubi-taxes': "Citizen's income, taxes",
  'abm-ubi-money': "Citizen's income, new money",
  'abm-household-bonds': 'Households hold bonds',
  'abm-reserves-tiered': 'Tiered reserves',
  'abm-ubi-bonds': "Citizen's income, bonds",
  'abm-fiscal-rule-private-debt': 'Fiscal rule, private debt',
  'abm-fiscal-rule-public-bank': 'Fiscal rule, public bank',
  'abm-mortgage-private': 'Mortgages, private banks',
  'abm-mortgage-public-bank': 'Mortgages + public bank',
};

export const ABM_PRESETS = listPresets()
  .filter((p) => p.model === 'abm')
  .map((p) => ({ ...p, label: PRESET_LABELS[p.name] ?? shortName(p.title) }));

let nextId = 0;
/** A new slot holding a copy of a scenario, with the first palette colour no other slot uses. */
export function newSlot(origin: Slot['origin'], taken: readonly Slot[]): Slot {
  const used = new Set(taken.map((s) => s.colour));
  let colour = 0;
  while (used.has(colour)) colour++;
  nextId += 1;
  return { id: `s${nextId}`, colour, origin, scenario: origin.scenario };
}

/** A slot's origin when it is copied from a built-in preset. */
export function presetOrigin(name: string): Slot['origin'] {
  // Parsed, so its keys are in the schema's order like every edited copy's, and the two compare equal.
  return { label: name, scenario: parseScenario(getPreset(name)) as unknown as AbmScenario, preset: name };
}

function withoutName(s: AbmScenario): string {
  const { name: _name, ...rest } = s;
  return JSON.stringify(rest);
}

/** The origin's name while the copy equals it; the origin's name + " (edited)" once it differs. */
export function editedName(origin: Slot['origin'], scenario: AbmScenario): string {
  const base = origin.scenario.name ?? origin.label;
  return withoutName(origin.scenario) === withoutName(scenario) ? base : `${base} (edited)`;
}

export type ScaleKey = 'households' | 'firms' | 'banks' | 'periods' | 'seed';
export type ParamKey = keyof AbmParams;
/** A field of the editor: a top-level scale key, or a parameter. */
export type FieldPath = { scale: ScaleKey } | { param: ParamKey };

export const fieldName = (f: FieldPath): string => ('scale' in f ? f.scale : `params.${f.param}`);

export type EditOutcome = { ok: true; slot: Slot } | { ok: false; problems: string[] };

/**
 * Set one field and validate the whole scenario with the schema. A rejected value changes nothing:
 * the problems (each starting with the field's path) are shown at the field instead.
 */
export function applyEdit(slot: Slot, field: FieldPath, value: unknown): EditOutcome {
  const s = slot.scenario;
  const candidate =
    'scale' in field
      ? { ...s, [field.scale]: value }
      : { ...s, params: { ...s.params, [field.param]: value } };
  let parsed: AbmScenario;
  try {
    parsed = parseScenario(candidate) as unknown as AbmScenario;
  } catch (e) {
    if (e instanceof ScenarioError) return { ok: false, problems: e.problems };
    throw e;
  }
  return { ok: true, slot: { ...slot, scenario: { ...parsed, name: editedName(slot.origin, parsed) } } };
}

/** Text typed into a field: a number if it reads as one, otherwise a formula for the schema to judge. */
export function parseFieldText(text: string): number | string {
  const t = text.trim();
  if (t === '') return t;
  const n = Number(t);
  return Number.isFinite(n) ? n : t;
}

export type FieldKind = 'choice' | 'switch' | 'formula' | 'number';

// Which parameters take formulas is the schema's knowledge, not PARAM_DOCS': ask it once, with a
// formula that is valid wherever formulas are allowed.
const base = abmScenarioSchema.parse({ schemaVersion: 1, model: 'abm' });
function acceptsFormula(key: ParamKey): boolean {
  return abmScenarioSchema.safeParse({ ...base, params: { ...base.params, [key]: 't' } }).success;
}

/** The money regimes as short as the presets that set them, to fit the sidebar at 1024 px. */
const MONEY_REGIME_SHORT: Readonly<Record<(typeof MONEY_REGIMES)[number], string>> = {
  'private-debt': 'Bonds sold to private banks',
  'public-bank-interest-free': 'Public bank, interest-free',
  'public-bank-debt-free': 'Public bank, debt-free',
};

const FISCAL_RULE_SHORT: Readonly<Record<(typeof FISCAL_RULES)[number], string>> = {
  none: 'None',
  'deficit-ceiling': 'Deficit ceiling',
  'debt-target': 'Debt target',
};

/** Choice parameters and their values (the model exports them for exactly this; its label is the tooltip). */
const CHOICES: Partial<Record<ParamKey, readonly ChoiceOption[]>> = {
  moneyRegime: MONEY_REGIMES.map((value) => ({
    value,
    label: MONEY_REGIME_SHORT[value],
    title: MONEY_REGIME_LABELS[value],
  })),
  reserveRemuneration: RESERVE_REMUNERATIONS.map((value) => ({
    value,
    label: { floor: 'Floor: all reserves', tiered: 'Tiered: excess only', none: 'None' }[value],
    title: RESERVE_REMUNERATION_LABELS[value],
  })),
  citizensIncomeFinancing: CITIZENS_INCOME_FINANCINGS.map((value) => ({
    value,
    label: { bonds: 'Budget (bonds)', money: 'New money', taxes: 'Taxes' }[value],
    title: CITIZENS_INCOME_FINANCING_LABELS[value],
  })),
  citizensIncomeTaxMix: CITIZENS_INCOME_TAX_MIXES.map((value) => ({
    value,
    label: {
      essay: "The essay's mix",
      income: 'Income tax',
      corporate: 'Corporate tax',
      wealth: 'Wealth tax',
    }[value],
    title: CITIZENS_INCOME_TAX_MIX_LABELS[value],
  })),
  fiscalRule: FISCAL_RULES.map((value) => ({
    value,
    label: FISCAL_RULE_SHORT[value],
    title: FISCAL_RULE_LABELS[value],
  })),
  fiscalRuleDebt: FISCAL_RULE_DEBTS.map((value) => ({
    value,
    label: value === 'gross' ? 'Every bond (gross)' : 'Held outside the public bank',
    title: FISCAL_RULE_DEBT_LABELS[value],
  })),
};
function choicesOf(key: ParamKey): readonly ChoiceOption[] {
  const only = String(DEFAULT_PARAMS[key]);
  return CHOICES[key] ?? [{ value: only, label: only }];
}

export interface ChoiceOption {
  value: string;
  label: string;
  /** The longer description, as the option's tooltip. */
  title?: string;
}

export interface ParamField {
  key: ParamKey;
  doc: ParamDoc;
  kind: FieldKind;
  /** For choices. */
  options?: readonly ChoiceOption[];
}

export interface ParamGroup {
  group: string;
  fields: ParamField[];
}

/** Parameters by lever (PARAM_DOCS.group), in the order the model documents them. */
export const PARAM_GROUPS: readonly ParamGroup[] = (() => {
  const groups = new Map<string, ParamField[]>();
  for (const key of Object.keys(PARAM_DOCS) as ParamKey[]) {
    const doc = PARAM_DOCS[key];
    const def = DEFAULT_PARAMS[key];
    const kind: FieldKind =
      typeof def === 'boolean'
        ? 'switch'
        : typeof def === 'string'
          ? 'choice'
          : acceptsFormula(key)
            ? 'formula'
            : 'number';
    const options = kind === 'choice' ? choicesOf(key) : undefined;
    const list = groups.get(doc.group) ?? [];
    list.push({ key, doc, kind, ...(options ? { options } : {}) });
    groups.set(doc.group, list);
  }
  return [...groups].map(([group, fields]) => ({ group, fields }));
})();

export const SCALE_FIELDS: readonly { key: ScaleKey; label: string; help: string }[] = [
  {
    key: 'households',
    label: 'Households',
    help: 'Number of households (workers; a few also own the firms and banks). More households: smoother results, slower runs.',
  },
  {
    key: 'firms',
    label: 'Firms',
    help: 'Number of firms: private, co-operative and social enterprises in the shares set under Firms.',
  },
  { key: 'banks', label: 'Private banks', help: 'Number of private commercial banks.' },
  { key: 'periods', label: 'Quarters', help: 'Length of the run in quarters (40 quarters = 10 years).' },
  {
    key: 'seed',
    label: 'Seed',
    help: 'Starting point of the random draws. A Monte Carlo run uses this seed and the next ones.',
  },
];

/** The seeds of a Monte Carlo run: seed, seed + 1, … */
export function seedsFor(seed: number, runs: number): number[] {
  return Array.from({ length: runs }, (_, i) => seed + i);
}

/**
 * Assumptions of several scenarios for one figure: those they share once, the others once per
 * scenario, prefixed with its name, so a reader sees exactly where the scenarios differ.
 */
export function mergeAssumptions(
  items: readonly { label: string; assumptions: readonly string[] }[],
): string[] {
  if (items.length === 1) return [...items[0]!.assumptions];
  const shared = items[0]?.assumptions.filter((a) => items.every((i) => i.assumptions.includes(a))) ?? [];
  const own = items.flatMap((i) =>
    i.assumptions.filter((a) => !shared.includes(a)).map((a) => `${i.label}: ${a}`),
  );
  return [...own, ...shared];
}

/** Short labels for the lines, numbered where two scenarios would otherwise read the same. */
export function uniqueLabels(labels: readonly string[]): string[] {
  return labels.map((l, i) => {
    const before = labels.slice(0, i).filter((m) => m === l).length;
    return before === 0 ? l : `${l} #${before + 1}`;
  });
}

/** The preset a slot still equals, if any (exports name it in their provenance line). */
export function unchangedPreset(slot: Slot): string | undefined {
  return slot.origin.preset && withoutName(slot.origin.scenario) === withoutName(slot.scenario)
    ? slot.origin.preset
    : undefined;
}
