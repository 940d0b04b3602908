/**
 * The report card's note on a scenario without a steady state (abm-ubi-bonds, abm-ubi-money): one
 * note with the excess demand the runs themselves start from, nothing for a scenario that has a
 * steady state, and the facts' values and verdicts untouched either way.
 */
import { describe, expect, it } from 'vitest';
import { ABM_PRESETS, runAbm, scenarioStart } from '../../../../models/abm';
import {
  buildReportCard,
  planValidation,
  scenarioNote,
  type SeedOutcome,
} from '../../../../models/abm/validation';

/** Eight seeds measuring the same made-up values, so two cards differ only by their scenario. */
const seeds: SeedOutcome[] = Array.from({ length: 8 }, (_, i) => ({
  seed: i + 1,
  measurements: {
    okun: { value: null, reason: 'Okun’s correlation is not a finite number' },
    'unemployment-mean': { value: 0 },
    'inflation-mean': { value: 9 + i / 1000 },
  },
}));
const cardOf = (preset: string) => buildReportCard(planValidation(ABM_PRESETS[preset]!, 8), seeds, null);
/** The excess the run's own assumptions state (models/abm/index.ts), e.g. "16.2". */
const runFigure = (assumptions: readonly string[]) => {
  const said = assumptions.find((a) => a.startsWith('These parameters have no steady state'));
  return said?.match(/can make by (\d+\.\d)%/)?.[1] ?? null;
};

describe('report card of a scenario without a steady state', () => {
  it.each(['abm-ubi-bonds', 'abm-ubi-money'])('%s: one note with the run’s own excess demand', (preset) => {
    const card = cardOf(preset);
    const plan = planValidation(ABM_PRESETS[preset]!, 8);
    // Two seeds of the scenario as validated, two quarters each: the start does not depend on either.
    const runs = [1, 5].map((seed) => runAbm({ ...plan.scenario, seed, periods: 2 }));
    for (const r of runs) {
      expect(r.extras.start.clears).toBe(false);
      expect(card.start).toEqual({ clears: false, excessDemand: r.extras.start.excessDemand });
    }
    const figure = runFigure(runs[0]!.assumptions);
    expect(figure).not.toBeNull();
    expect(Number(figure)).toBeCloseTo(100 * card.start!.excessDemand, 1);
    expect(Number(figure)).toBeGreaterThan(5); // 16.2 at the presets' parameters
    expect(card.scenarioNote).toContain(`can make by ${figure}%`);
    expect(card.scenarioNote).toMatch(/^These parameters have no steady state: at full employment/);
    expect(card.scenarioNote).toMatch(/not a fault of the model\.$/);
    // The medians the card measured, so the note and the failing rows visibly agree.
    expect(card.scenarioNote).toContain('measured here: unemployment 0.00%, inflation 9.00% a year');
  });

  it('changes no fact: the same seeds give the same facts and verdicts as under the baseline', () => {
    const bonds = cardOf('abm-ubi-bonds');
    const base = cardOf('abm-private-debt');
    expect(bonds.facts).toEqual(base.facts);
    expect(bonds.passed).toBe(base.passed);
    expect(bonds.allPass).toBe(false);
  });

  it('a scenario with a steady state carries no start and no note: its card is as before', () => {
    const card = cardOf('abm-private-debt');
    expect(scenarioStart(planValidation(ABM_PRESETS['abm-private-debt']!, 8).scenario).clears).toBe(true);
    expect(Object.keys(card).sort()).toEqual(
      [
        'allPass',
        'burnIn',
        'facts',
        'failedSeeds',
        'passed',
        'robustness',
        'rule',
        'scenarioName',
        'seeds',
        'window',
      ].sort(),
    );
  });

  it('says "without limit", never a number, when demand has no bound; leaves out medians it lacks', () => {
    const note = scenarioNote({ clears: false, excessDemand: Infinity }, []);
    expect(note).toContain('would exceed what the economy can make without limit (');
    expect(note).not.toMatch(/Infinity|NaN|measured here/);
  });
});
