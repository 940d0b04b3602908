import { describe, expect, it } from 'vitest';
import { PARAM_DOCS } from '../../../models/abm';
import {
  ABM_PRESETS,
  applyEdit,
  editedName,
  mergeAssumptions,
  newSlot,
  PARAM_GROUPS,
  parseFieldText,
  presetOrigin,
  seedsFor,
  unchangedPreset,
  uniqueLabels,
  type Slot,
} from '../../../src-renderer/views/economy/scenarios';

const slot = (preset = 'abm-tiered-rates'): Slot => newSlot(presetOrigin(preset), []);
const accepted = (o: ReturnType<typeof applyEdit>): Slot => {
  if (!o.ok) throw new Error(o.problems.join('; '));
  return o.slot;
};

describe('editing a scenario', () => {
  it('applies a valid number and marks the copy "(edited)" with the preset’s name', () => {
    const s = slot();
    const next = accepted(applyEdit(s, { param: 'corporateTaxRate' }, 0.3));
    expect(next.scenario.params.corporateTaxRate).toBe(0.3);
    expect(next.scenario.name).toBe(`${s.origin.scenario.name} (edited)`);
    expect(unchangedPreset(next)).toBeUndefined();
    // Setting it back by hand gives back the preset and its name.
    const back = accepted(applyEdit(next, { param: 'corporateTaxRate' }, 0.15));
    expect(back.scenario.name).toBe(s.origin.scenario.name);
    expect(unchangedPreset(back)).toBe('abm-tiered-rates');
  });

  it('rejects an out-of-range value with the field named, changing nothing', () => {
    const s = slot();
    const out = applyEdit(s, { param: 'corporateTaxRate' }, 0.9);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.problems).toHaveLength(1);
    expect(out.problems[0]).toMatch(/^params\.corporateTaxRate: must be at most 0\.6/);
    expect(s.scenario.params.corporateTaxRate).toBe(0.15);
  });

  it('takes a formula where the model allows one and refuses it where it does not', () => {
    const s = slot();
    const rule = accepted(applyEdit(s, { param: 'policyRate' }, '0.02 + 0.6 * (inflation - 0.02)'));
    expect(rule.scenario.params.policyRate).toBe('0.02 + 0.6 * (inflation - 0.02)');
    const bad = applyEdit(s, { param: 'policyRate' }, 'evaluate("1")');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0]).toMatch(/^params\.policyRate: /);
    const notHere = applyEdit(s, { param: 'corporateTaxRate' }, '0.1 * t');
    expect(notHere.ok).toBe(false);
    if (!notHere.ok) expect(notHere.problems[0]).toMatch(/^params\.corporateTaxRate: /);
  });

  it('checks the scale too: whole numbers, and no more firms than households', () => {
    const s = slot();
    expect(accepted(applyEdit(s, { scale: 'households' }, 600)).scenario.households).toBe(600);
    const frac = applyEdit(s, { scale: 'periods' }, 12.5);
    expect(!frac.ok && frac.problems[0]).toMatch(/^periods: /);
    const tooMany = applyEdit(s, { scale: 'firms' }, 20_000);
    expect(!tooMany.ok && tooMany.problems.join()).toMatch(
      /^firms: must be at most the number of households/,
    );
  });

  it('reports a rule that spans two fields', () => {
    const out = applyEdit(slot(), { param: 'coopShare' }, 0.99);
    expect(!out.ok && out.problems.join()).toMatch(
      /params\.socialShare: coopShare \+ socialShare must be at most 1/,
    );
  });

  it('keeps the name of a scenario opened from a file, edited or not', () => {
    const origin = {
      label: 'mine.json',
      scenario: { ...presetOrigin('abm-debt-free').scenario, name: 'My test' },
    };
    expect(editedName(origin, origin.scenario)).toBe('My test');
    expect(editedName(origin, { ...origin.scenario, seed: 9 })).toBe('My test (edited)');
  });
});

describe('preset choices', () => {
  it('keeps the preset ids and gives each a short, distinct label (the full title stays in the list)', () => {
    expect(ABM_PRESETS.map((p) => p.name)).toEqual([
      'abm-private-debt',
      'abm-public-bank',
      'abm-debt-free',
      'abm-tiered-rates',
      'abm-ubi-taxes',
      'abm-ubi-money',
      'abm-household-bonds',
      'abm-reserves-tiered',
      'abm-ubi-bonds',
      'abm-fiscal-rule-private-debt',
      'abm-fiscal-rule-public-bank',
      'abm-mortgage-private',
      'abm-mortgage-public-bank',
    ]);
    const labels = ABM_PRESETS.map((p) => p.label);
    expect(new Set(labels).size).toBe(labels.length);
    // 28 characters fit the 190-px drop-down at 1024 px (the e2e test measures the real widths).
    for (const l of labels) expect(l.length).toBeLessThanOrEqual(28);
    expect(ABM_PRESETS.find((p) => p.name === 'abm-ubi-money')!.title).toBe(
      "Citizen's income financed by public money creation",
    );
  });
});

describe('fields', () => {
  it('reads numbers as numbers and anything else as a formula for the schema to judge', () => {
    expect(parseFieldText(' 0.25 ')).toBe(0.25);
    expect(parseFieldText('1e3')).toBe(1000);
    expect(parseFieldText('0.2 * avg_wage')).toBe('0.2 * avg_wage');
    expect(parseFieldText('')).toBe('');
  });

  it('groups every documented parameter by lever, with formulas only where the schema takes them', () => {
    const keys = PARAM_GROUPS.flatMap((g) => g.fields.map((f) => f.key));
    expect(keys.sort()).toEqual(Object.keys(PARAM_DOCS).sort());
    const formulas = PARAM_GROUPS.flatMap((g) =>
      g.fields.filter((f) => f.kind === 'formula').map((f) => f.key),
    );
    expect(formulas.sort()).toEqual(['citizensIncome', 'policyRate']);
    const regime = PARAM_GROUPS.flatMap((g) => g.fields).find((f) => f.key === 'moneyRegime')!;
    // The file keeps the ids; the editor shows what each means.
    expect(regime.options!.map((o) => o.value)).toEqual([
      'private-debt',
      'public-bank-interest-free',
      'public-bank-debt-free',
    ]);
    // Short enough for the sidebar at 1024 px; the model's longer wording is the tooltip.
    expect(regime.options!.map((o) => o.label)).toEqual([
      'Bonds sold to private banks',
      'Public bank, interest-free',
      'Public bank, debt-free',
    ]);
    expect(regime.options!.map((o) => o.title)).toEqual([
      'Bonds sold to private banks',
      'Public bank holds interest-free bonds',
      'Public bank credits debt-free (no bond)',
    ]);
    expect(PARAM_GROUPS[0]!.group).toBe('Policy: money creation');
  });
});

describe('slots, seeds, labels, assumptions', () => {
  it('gives a new slot the first colour no other slot uses, so colours survive removals', () => {
    const a = slot();
    const b = newSlot(presetOrigin('abm-debt-free'), [a]);
    const c = newSlot(presetOrigin('abm-debt-free'), [b]);
    expect([a.colour, b.colour, c.colour]).toEqual([0, 1, 0]);
    expect(new Set([a.id, b.id, c.id]).size).toBe(3);
  });

  it('runs seeds seed, seed + 1, …', () => {
    expect(seedsFor(7, 3)).toEqual([7, 8, 9]);
    expect(seedsFor(1, 1)).toEqual([1]);
  });

  it('numbers labels that would read the same', () => {
    expect(uniqueLabels(['A', 'B', 'A', 'A'])).toEqual(['A', 'B', 'A #2', 'A #3']);
  });

  it('lists shared assumptions once and the differing ones per scenario', () => {
    const out = mergeAssumptions([
      { label: 'Private', assumptions: ['quarters', 'bonds to banks'] },
      { label: 'Public', assumptions: ['quarters', 'public bank'] },
    ]);
    expect(out).toEqual(['Private: bonds to banks', 'Public: public bank', 'quarters']);
  });
});
